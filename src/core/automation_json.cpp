// window.app's JSON: the action envelope (each feature parses its own types) and state() assembled from the features.
#include "core/automation_json.h"

#include "core/base/json_reader.h"
#include "core/exercises/demo.h"
#include "core/progress/document.h"
#include "core/progress/json.h"
#include "core/reminders/json.h"
#include "core/safety/json.h"
#include "core/session/json.h"

#include <nlohmann/json.hpp>
#include <type_traits>
#include <variant>

namespace ubr {
namespace {
// {utcMs, utcOffsetMinutes, localDate?}: a localDate, when given, must be the date the other two make.
std::optional<WallClock> read_clock(JsonReader& reader, const nlohmann::json& json) {
  if (!has_key(json, "clock")) return std::nullopt;
  const nlohmann::json& clock = reader.object(json, "clock", "");
  WallClock result;
  // Up to the year 9999 in milliseconds; a double holds these exactly.
  result.utc_ms = static_cast<std::int64_t>(reader.number(clock, "utcMs", "clock", 0, 253402300799999.0));
  result.utc_offset_minutes = reader.whole_number(clock, "utcOffsetMinutes", "clock", -24 * 60, 24 * 60);
  if (reader.ok() && has_key(clock, "localDate") && reader.text(clock, "localDate", "clock") != local_date(result)) {
    reader.fail("clock.localDate", "is not the local date of utcMs at utcOffsetMinutes (" + local_date(result) + ")");
  }
  return result;
}

// A feature's parsed action as a root Action. A feature's action variant is one alternative of Action, except the
// session's, whose alternatives are Action's own.
template <typename FeatureAction>
ActionParse to_root(Parsed<FeatureAction> parsed) {
  if (!parsed.action) return {std::nullopt, std::move(parsed.error), std::nullopt};
  if constexpr (std::is_same_v<FeatureAction, SessionAction>) {
    return {std::visit([](auto&& action) { return Action{std::move(action)}; }, std::move(*parsed.action)), {}, {}};
  } else {
    return {Action{std::move(*parsed.action)}, {}, {}};
  }
}

ActionParse parse_action_type(const std::string& type, const nlohmann::json& json) {
  JsonReader reader{"action"};
  if (type == "openExercise") {
    std::string id = reader.text(json, "id", "");
    if (!reader.ok()) return {std::nullopt, reader.error(), std::nullopt};
    return {OpenExercise{std::move(id)}, {}, {}};
  }
  if (type == "goHome") return {GoHome{}, {}, {}};
  if (type == "openReminders") return {OpenReminders{}, {}, {}};
  if (type == "advanceTime") {
    const double seconds = reader.number(json, "seconds", "", 0, 1e9);
    if (!reader.ok()) return {std::nullopt, reader.error(), std::nullopt};
    return {AdvanceTime{seconds}, {}, {}};
  }
  if (auto session = parse_session_action(type, json)) return to_root(std::move(*session));
  if (auto safety = parse_safety_action(type, json)) return to_root(std::move(*safety));
  if (auto demo = parse_demo_action(type, json)) return to_root(std::move(*demo));
  if (auto progress = parse_progress_action(type, json)) return to_root(std::move(*progress));
  if (auto reminders = parse_reminder_action(type, json)) return to_root(std::move(*reminders));
  return {std::nullopt, "unknown action type '" + type + "'", std::nullopt};
}
}  // namespace

ActionParse parse_action(std::string_view json_text) {
  JsonReader reader{"action"};
  const nlohmann::json json = reader.parse(json_text);
  const std::string type = reader.text(json, "type", "");
  std::optional<WallClock> clock = read_clock(reader, json);
  if (!reader.ok()) return {std::nullopt, reader.error(), std::nullopt};
  ActionParse parsed = parse_action_type(type, json);
  if (parsed.action) parsed.clock = clock;
  return parsed;
}

std::string state_to_json(const AppState& state, const Catalogue& catalogue, std::string_view app_version) {
  nlohmann::json exercises = nlohmann::json::array();
  for (const Exercise& exercise : catalogue.exercises) {
    exercises.push_back({{"id", exercise.id}, {"name", exercise.name}, {"dosage", describe_dosage(exercise.dosage)}});
  }
  nlohmann::json json = {
      {"version", app_version},
      {"screen", screen_name(state.screen)},
      {"exercises", std::move(exercises)},
      {"selectedExercise",
       state.selected_exercise.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.selected_exercise)},
      {"demo", demo_to_json(state.demo, catalogue.motion.find(state.selected_exercise))},
      {"session", session_to_json(state.session)},
      {"routines", routines_to_state_json(state.routines, catalogue)},
      {"routinesError",
       state.routines.load_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.routines.load_error)},
      {"sessionSettings", settings_fields_to_json(state.session_settings)},
      {"safety", safety_to_state_json(state.safety)},
      {"comfort", comfort_to_state_json(state.comfort)},
      {"progress", progress_to_state_json(state.progress)},
      {"reminders", reminders_to_state_json(state.reminders)},
  };
  return json.dump();
}

}  // namespace ubr
