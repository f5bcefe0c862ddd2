#include "session_state_json.h"

namespace ubr {
namespace {
nlohmann::json optional_int(const std::optional<int>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}
}  // namespace

nlohmann::json session_to_json(const Session& session) {
  if (!session.active || session.steps.empty()) return {{"active", false}, {"running", false}};
  const SessionStep& step = current_step(session);
  const SessionExercise& exercise = session.exercises[static_cast<std::size_t>(step.exercise)];
  const SessionExercise* upcoming = upcoming_exercise(session);
  nlohmann::json tallies = nlohmann::json::array();
  for (const ExerciseTally& tally : session.tallies) {
    tallies.push_back({{"exerciseId", tally.exercise_id},
                       {"repsDone", tally.reps_done},
                       {"repsPlanned", tally.reps_planned},
                       {"setsDone", tally.sets_done},
                       {"setsPlanned", tally.sets_planned},
                       {"activeSeconds", tally.active_seconds}});
  }
  return {
      {"active", true},
      {"running", session_running(session)},
      {"paused", session.paused},
      {"pausedWhileHidden", session.paused_while_hidden},
      {"routine", session.routine_id},
      {"routineName", session.routine_name},
      {"phase", phase_name(step.phase)},
      {"exerciseId", exercise.id},
      {"exerciseName", exercise.name},
      {"exerciseIndex", step.exercise},
      {"exerciseCount", session.exercises.size()},
      {"rep", step.rep},
      {"reps", exercise.dosage.reps},
      {"set", step.set},
      {"sets", exercise.dosage.sets},
      {"side", exercise.dosage.per_side ? nlohmann::json(step.side + 1) : nlohmann::json(nullptr)},
      {"sides", exercise.dosage.per_side ? 2 : 1},
      {"remaining", remaining_seconds(session)},
      {"stepSeconds", step.seconds},
      {"progress", movement_progress(session)},
      {"holding", holding(session)},
      {"mirrored", mirrored(session)},
      {"nextExerciseId", upcoming ? nlohmann::json(upcoming->id) : nlohmann::json(nullptr)},
      {"stepIndex", session.step},
      {"stepCount", session.steps.size()},
      {"plannedSeconds", planned_total_seconds(session)},
      {"painBefore", optional_int(session.pain_before)},
      {"completed", session.completed},
      {"recordId", session.record_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(session.record_id)},
      {"tallies", std::move(tallies)},
  };
}

nlohmann::json routines_to_state_json(const AppState& state, const Catalogue& catalogue) {
  nlohmann::json list = nlohmann::json::array();
  for (const Routine& routine : all_routines(state.routines, catalogue)) {
    nlohmann::json items = nlohmann::json::array();
    for (const RoutineItem& item : routine.items) {
      items.push_back({{"exerciseId", item.exercise_id},
                       {"reps", item.dosage.reps},
                       {"sets", item.dosage.sets},
                       {"holdSeconds", item.dosage.hold_seconds},
                       {"perSide", item.dosage.per_side}});
    }
    const bool built_in = routine.id == kFullRoutineId || routine.id == kShortRoutineId;
    list.push_back({{"id", routine.id}, {"name", routine.name}, {"builtIn", built_in}, {"items", std::move(items)}});
  }
  return list;
}

nlohmann::json session_settings_to_json(const AppState& state) {
  const SessionSettings& s = state.session_settings;
  return {{"getReadySeconds", s.get_ready_seconds},
          {"restSeconds", s.rest_seconds},
          {"previewSeconds", s.preview_seconds},
          {"sound", s.sound},
          {"voice", s.voice},
          {"volume", s.volume}};
}

}  // namespace ubr
