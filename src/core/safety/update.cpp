#include "core/safety/update.h"

#include <cmath>

namespace ubr {
namespace {

SafetyOutcome refused(std::string why) {
  return {std::move(why), std::nullopt, {}};
}
SafetyOutcome go(SafetyNav nav) {
  return {{}, nav, {}};
}

struct SafetyReducer {
  SafetySlice slice;

  SafetyOutcome operator()(const AcknowledgeSafety&) const {
    slice.safety.acknowledged = true;
    // The pending routine is kept: the root update starts it right after this (core/update.cpp).
    return {{}, SafetyNav::LeaveGuidance, {SaveSafety{}}};
  }
  SafetyOutcome operator()(const OpenSafety& action) const {
    slice.safety.pending_routine = action.then_start_routine;
    return go(SafetyNav::ShowGuidance);
  }
  SafetyOutcome operator()(const CloseSafety&) const {
    if (!slice.safety.acknowledged) return refused("the safety guidance has not been acknowledged yet");
    slice.safety.pending_routine.clear();
    return go(SafetyNav::LeaveGuidance);
  }
  SafetyOutcome operator()(const UpdateComfort& action) const {
    if (action.text_scale && (!std::isfinite(*action.text_scale) || *action.text_scale < kMinTextScale ||
                              *action.text_scale > kMaxTextScale)) {
      return refused("textScale must be from " + format_number(kMinTextScale) + " to " + format_number(kMaxTextScale));
    }
    ComfortSettings& settings = slice.comfort.settings;
    if (action.text_scale) settings.text_scale = *action.text_scale;
    if (action.theme) settings.theme = *action.theme;
    if (action.motion) settings.motion = *action.motion;
    return {{}, std::nullopt, {SaveSafety{}}};
  }
  SafetyOutcome operator()(const SetSystemPreferences& action) const {
    if (action.dark) slice.comfort.system.dark = *action.dark;
    if (action.reduced_motion) slice.comfort.system.reduced_motion = *action.reduced_motion;
    return {};
  }
  SafetyOutcome operator()(const RestoreSafety& action) const {
    slice.safety.enforced = true;
    if (!action.stored) return {};
    SafetyDocumentParse parsed = parse_safety_document(*action.stored);
    slice.safety.load_error = parsed.error;
    // An unreadable document leaves the guidance unacknowledged: showing it once more is the safe side.
    if (parsed.error.empty()) {
      slice.safety.acknowledged = parsed.acknowledged;
      slice.comfort.settings = parsed.settings;
    }
    return {};
  }
};

}  // namespace

SafetyOutcome apply_safety_action(SafetySlice slice, const SafetyAction& action) {
  return std::visit(SafetyReducer{slice}, action);
}

}  // namespace ubr
