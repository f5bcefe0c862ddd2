// The session feature's JSON for window.app: actions in, the session, routines and settings out.
#include "core/session/json.h"

#include "core/base/json_reader.h"

namespace ubr {
namespace {
Routine read_routine_action(JsonReader& reader, const nlohmann::json& json) {
  return read_routine(reader, reader.object(json, "routine", ""), "routine", RoutineOrigin::Automation);
}
}  // namespace

std::optional<Parsed<SessionAction>> parse_session_action(std::string_view type, const nlohmann::json& json) {
  JsonReader reader{"action"};
  std::optional<SessionAction> action;
  if (type == "startSession") {
    action = StartSession{reader.text(json, "routine", "")};
  } else if (type == "pauseSession") {
    action = PauseSession{has_key(json, "hidden") && reader.boolean(json, "hidden", "")};
  } else if (type == "resumeSession") {
    action = ResumeSession{};
  } else if (type == "nextStep") {
    action = NextStep{};
  } else if (type == "previousStep") {
    action = PreviousStep{};
  } else if (type == "skipRest") {
    action = SkipRest{};
  } else if (type == "restartExercise") {
    action = RestartExercise{};
  } else if (type == "endSession") {
    action = EndSession{};
  } else if (type == "setPainBefore") {
    SetPainBefore pain;
    if (!has_key(json, "pain")) {
      reader.fail("pain", "missing (use null to clear)");
    } else if (!json["pain"].is_null()) {
      pain.pain = reader.whole_number(json, "pain", "", 0, kMaxPain);
    }
    action = pain;
  } else if (type == "closeSession") {
    action = CloseSession{};
  } else if (type == "openRoutines") {
    action = OpenRoutines{};
  } else if (type == "saveRoutine") {
    action = SaveRoutine{read_routine_action(reader, json)};
  } else if (type == "deleteRoutine") {
    action = DeleteRoutine{reader.text(json, "id", "")};
  } else if (type == "updateSettings") {
    action = UpdateSettings{read_settings_change(reader, json, /*all=*/false)};
  } else {
    return std::nullopt;
  }
  if (!reader.ok()) return Parsed<SessionAction>{std::nullopt, reader.error()};
  return Parsed<SessionAction>{std::move(action), {}};
}

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
                       {kRepsDoneKey, tally.reps_done},
                       {kRepsPlannedKey, tally.reps_planned},
                       {kSetsDoneKey, tally.sets_done},
                       {kSetsPlannedKey, tally.sets_planned},
                       {kActiveSecondsKey, tally.active_seconds}});
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
      {kRepsKey, exercise.dosage.reps},
      {"set", step.set},
      {kSetsKey, exercise.dosage.sets},
      {"side", exercise.dosage.per_side ? nlohmann::json(step.side + 1) : nlohmann::json(nullptr)},
      {"sides", exercise.dosage.per_side ? 2 : 1},
      {"remaining", remaining_seconds(session)},
      {"stepSeconds", step.seconds},
      {"progress", step_fraction(session)},
      {"figureTime", figure_time(session)},
      {"figureSpeed", figure_speed(session)},
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

nlohmann::json routines_to_state_json(const RoutineBook& book, const Catalogue& catalogue) {
  nlohmann::json list = nlohmann::json::array();
  for (const Routine& routine : all_routines(book, catalogue)) {
    nlohmann::json entry = routine_to_json(routine, /*with_per_side=*/true);
    entry["builtIn"] = is_built_in_routine(routine.id);  // the built-in routines cannot be edited
    list.push_back(std::move(entry));
  }
  return list;
}

}  // namespace ubr
