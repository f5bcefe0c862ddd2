// window.app's JSON: the action envelope (each feature parses its own types) and state() assembled from the features.
#include "core/automation_json.h"

#include "core/base/json_reader.h"
#include "core/exercises/demo.h"
#include "core/progress/document.h"
#include "core/progress/json.h"
#include "core/safety/json.h"
#include "core/session/json.h"

#include <nlohmann/json.hpp>
#include <type_traits>
#include <variant>

namespace ubr {
namespace {
// A feature's parsed action as a root Action. A feature's action variant is one alternative of Action, except the
// session's, whose alternatives are Action's own.
template <typename FeatureAction>
ActionParse to_root(Parsed<FeatureAction> parsed) {
  if (!parsed.action) return {std::nullopt, std::move(parsed.error)};
  if constexpr (std::is_same_v<FeatureAction, SessionAction>) {
    return {std::visit([](auto&& action) { return Action{std::move(action)}; }, std::move(*parsed.action)), {}};
  } else {
    return {Action{std::move(*parsed.action)}, {}};
  }
}
}  // namespace

ActionParse parse_action(std::string_view json_text) {
  JsonReader reader{"action"};
  const nlohmann::json json = reader.parse(json_text);
  const std::string type = reader.text(json, "type", "");
  if (!reader.ok()) return {std::nullopt, reader.error()};

  if (type == "openExercise") {
    std::string id = reader.text(json, "id", "");
    if (!reader.ok()) return {std::nullopt, reader.error()};
    return {OpenExercise{std::move(id)}, {}};
  }
  if (type == "goHome") return {GoHome{}, {}};
  if (type == "advanceTime") {
    const double seconds = reader.number(json, "seconds", "", 0, 1e9);
    if (!reader.ok()) return {std::nullopt, reader.error()};
    return {AdvanceTime{seconds}, {}};
  }
  if (auto session = parse_session_action(type, json)) return to_root(std::move(*session));
  if (auto safety = parse_safety_action(type, json)) return to_root(std::move(*safety));
  if (auto demo = parse_demo_action(type, json)) return to_root(std::move(*demo));
  if (auto progress = parse_progress_action(type, json)) return to_root(std::move(*progress));
  return {std::nullopt, "unknown action type '" + type + "'"};
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
      {"demo", demo_to_json(state.demo, state.selected_exercise)},
      {"session", session_to_json(state.session)},
      {"routines", routines_to_state_json(state.routines, catalogue)},
      {"routinesError",
       state.routines.load_error.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.routines.load_error)},
      {"sessionSettings", settings_fields_to_json(state.session_settings)},
      {"safety", safety_to_state_json(state.safety)},
      {"comfort", comfort_to_state_json(state.comfort)},
      {"progress", progress_to_state_json(state.progress)},
  };
  return json.dump();
}

}  // namespace ubr
