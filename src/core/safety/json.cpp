#include "core/safety/json.h"

#include "core/base/json_reader.h"

namespace ubr {
namespace {
Parsed<SafetyAction> result(const JsonReader& reader, SafetyAction action) {
  if (!reader.ok()) return {std::nullopt, reader.error()};
  return {std::move(action), {}};
}
}  // namespace

std::optional<Parsed<SafetyAction>> parse_safety_action(std::string_view type, const nlohmann::json& json) {
  JsonReader reader{"action"};
  if (type == "acknowledgeSafety") return result(reader, AcknowledgeSafety{});
  if (type == "closeSafety") return result(reader, CloseSafety{});
  if (type == "openSafety") {
    OpenSafety action;
    if (has_key(json, "startRoutine")) action.then_start_routine = reader.text(json, "startRoutine", "");
    return result(reader, std::move(action));
  }
  if (type == "updateComfort") {
    const UpdateComfort action = read_comfort_change(reader, json, /*all=*/false);
    return result(reader, action);
  }
  if (type == "systemPreferences") {
    SetSystemPreferences action;
    if (has_key(json, "dark")) action.dark = reader.boolean(json, "dark", "");
    if (has_key(json, "reducedMotion")) action.reduced_motion = reader.boolean(json, "reducedMotion", "");
    return result(reader, action);
  }
  return std::nullopt;
}

nlohmann::json safety_to_state_json(const SafetyState& safety) {
  return {
      {"acknowledged", safety.acknowledged},
      {"required", guidance_required(safety)},
      {"pendingRoutine",
       safety.pending_routine.empty() ? nlohmann::json(nullptr) : nlohmann::json(safety.pending_routine)},
      {"loadError", safety.load_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(safety.load_error)},
  };
}

nlohmann::json comfort_to_state_json(const Comfort& comfort) {
  nlohmann::json json = comfort_settings_to_json(comfort.settings);
  json["systemDark"] = comfort.system.dark;
  json["systemReducedMotion"] = comfort.system.reduced_motion;
  json["dark"] = uses_dark_theme(comfort);
  json["steppedMotion"] = uses_stepped_motion(comfort);
  return json;
}

}  // namespace ubr
