#include "state_json.h"

#include "progress_state_json.h"
#include "safety_json.h"
#include "session_state_json.h"

#include <nlohmann/json.hpp>

namespace ubr {

std::string state_to_json(const AppState& state, const Catalogue& catalogue, std::string_view app_version) {
  nlohmann::json exercises = nlohmann::json::array();
  for (const Exercise& exercise : catalogue.exercises) {
    exercises.push_back({{"id", exercise.id}, {"name", exercise.name}, {"dosage", describe_dosage(exercise.dosage)}});
  }
  nlohmann::json json = {
      {"version", app_version},
      {"screen", screen_name(state.screen)},
      {"exercises", std::move(exercises)},
      {"selectedExercise", state.selected_exercise.empty() ? nlohmann::json(nullptr)
                                                           : nlohmann::json(state.selected_exercise)},
      {"demo", demo_to_json(state.demo, state.selected_exercise)},
      {"session", session_to_json(state.session)},
      {"routines", routines_to_state_json(state, catalogue)},
      {"routinesError", state.routines.load_error.empty() ? nlohmann::json(nullptr)
                                                          : nlohmann::json(state.routines.load_error)},
      {"sessionSettings", session_settings_to_json(state)},
      {"safety", safety_to_state_json(state)},
      {"comfort", comfort_to_state_json(state)},
      {"progress", progress_to_state_json(state.progress)},
  };
  return json.dump();
}

}  // namespace ubr
