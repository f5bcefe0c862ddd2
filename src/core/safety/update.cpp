#include "core/safety/update.h"

#include <cmath>

namespace ubr {
namespace {

struct SafetyReducer {
  AppState& state;

  std::string operator()(const AcknowledgeSafety&) const {
    state.safety.acknowledged = true;
    // The pending routine is kept: the root update starts it right after this (update.cpp).
    if (state.screen == Screen::Safety) state.screen = Screen::Home;
    return {};
  }
  std::string operator()(const OpenSafety& action) const {
    state.safety.pending_routine = action.then_start_routine;
    state.screen = Screen::Safety;
    state.selected_exercise.clear();
    return {};
  }
  std::string operator()(const CloseSafety&) const {
    if (!state.safety.acknowledged) return "the safety guidance has not been acknowledged yet";
    state.safety.pending_routine.clear();
    if (state.screen == Screen::Safety) state.screen = Screen::Home;
    return {};
  }
  std::string operator()(const UpdateComfort& action) const {
    if (action.text_scale && (!std::isfinite(*action.text_scale) || *action.text_scale < kMinTextScale ||
                              *action.text_scale > kMaxTextScale)) {
      return "textScale must be from 0.85 to 1.6";  // kMinTextScale, kMaxTextScale
    }
    ComfortSettings& settings = state.comfort.settings;
    if (action.text_scale) settings.text_scale = *action.text_scale;
    if (action.theme) settings.theme = *action.theme;
    if (action.motion) settings.motion = *action.motion;
    return {};
  }
  std::string operator()(const SetSystemPreferences& action) const {
    if (action.dark) state.comfort.system.dark = *action.dark;
    if (action.reduced_motion) state.comfort.system.reduced_motion = *action.reduced_motion;
    return {};
  }
  std::string operator()(const RestoreSafety& action) const {
    state.safety.enforced = true;
    if (!action.stored) return {};
    SafetyDocumentParse parsed = parse_safety_document(*action.stored);
    state.safety.load_error = parsed.error;
    // An unreadable document leaves the guidance unacknowledged: showing it once more is the safe side.
    if (parsed.error.empty()) {
      state.safety.acknowledged = parsed.acknowledged;
      state.comfort.settings = parsed.settings;
    }
    return {};
  }
};

}  // namespace

std::string apply_safety_action(AppState& state, const SafetyAction& action) {
  return std::visit(SafetyReducer{state}, action);
}

bool safety_gate_closed(const AppState& state, const Action& action) {
  return std::holds_alternative<StartSession>(action) && state.safety.enforced && !state.safety.acknowledged;
}

}  // namespace ubr
