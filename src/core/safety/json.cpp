#include "core/safety/json.h"

#include "core/base/json_reader.h"

namespace ubr {
namespace {
bool has(const nlohmann::json& json, const char* key) {
  return json.is_object() && json.contains(key);
}

ActionParse result(JsonReader& reader, SafetyAction action) {
  if (!reader.ok()) return {std::nullopt, reader.error()};
  return {Action{std::move(action)}, {}};
}
}  // namespace

std::optional<ActionParse> parse_safety_action(std::string_view type, const nlohmann::json& json) {
  JsonReader reader{"action"};
  if (type == "acknowledgeSafety") return result(reader, AcknowledgeSafety{});
  if (type == "closeSafety") return result(reader, CloseSafety{});
  if (type == "openSafety") {
    OpenSafety action;
    if (has(json, "startRoutine")) action.then_start_routine = reader.text(json, "startRoutine", "");
    return result(reader, std::move(action));
  }
  if (type == "updateComfort") {
    UpdateComfort action;
    if (has(json, "textScale")) action.text_scale = reader.number(json, "textScale", "", kMinTextScale, kMaxTextScale);
    if (has(json, "theme")) {
      action.theme = parse_theme_choice(reader.text(json, "theme", ""));
      if (reader.ok() && !action.theme) reader.fail("theme", "expected \"system\", \"light\" or \"dark\"");
    }
    if (has(json, "motion")) {
      action.motion = parse_motion_choice(reader.text(json, "motion", ""));
      if (reader.ok() && !action.motion) reader.fail("motion", "expected \"system\", \"smooth\" or \"steps\"");
    }
    return result(reader, action);
  }
  if (type == "systemPreferences") {
    SetSystemPreferences action;
    if (has(json, "dark")) action.dark = reader.boolean(json, "dark", "");
    if (has(json, "reducedMotion")) action.reduced_motion = reader.boolean(json, "reducedMotion", "");
    return result(reader, action);
  }
  return std::nullopt;
}

nlohmann::json safety_to_state_json(const AppState& state) {
  const SafetyState& safety = state.safety;
  return {
      {"acknowledged", safety.acknowledged},
      {"required", safety.enforced && !safety.acknowledged},
      {"pendingRoutine",
       safety.pending_routine.empty() ? nlohmann::json(nullptr) : nlohmann::json(safety.pending_routine)},
      {"loadError", safety.load_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(safety.load_error)},
  };
}

nlohmann::json comfort_to_state_json(const AppState& state) {
  const Comfort& comfort = state.comfort;
  return {
      {"textScale", comfort.settings.text_scale},
      {"theme", theme_choice_name(comfort.settings.theme)},
      {"motion", motion_choice_name(comfort.settings.motion)},
      {"systemDark", comfort.system.dark},
      {"systemReducedMotion", comfort.system.reduced_motion},
      {"dark", uses_dark_theme(comfort)},
      {"steppedMotion", uses_stepped_motion(comfort)},
  };
}

}  // namespace ubr
