// The session feature's JSON for window.app: actions in, the session, routines and settings out.
#include "core/session/json.h"

#include "core/base/json_reader.h"

namespace ubr {
namespace {
bool has(const nlohmann::json& json, const char* key) {
  return json.is_object() && json.contains(key);
}

std::optional<WallClock> read_clock(JsonReader& reader, const nlohmann::json& json) {
  if (!has(json, "clock")) return std::nullopt;
  const nlohmann::json& clock = reader.object(json, "clock", "");
  WallClock result;
  // Up to the year 9999 in milliseconds; a double holds these exactly.
  result.utc_ms = static_cast<std::int64_t>(reader.number(clock, "utcMs", "clock", 0, 253402300799999.0));
  result.local_date = reader.text(clock, "localDate", "clock");
  result.utc_offset_minutes = reader.whole_number(clock, "utcOffsetMinutes", "clock", -24 * 60, 24 * 60);
  return result;
}

SettingsChange read_settings_change(JsonReader& reader, const nlohmann::json& json) {
  SettingsChange change;
  if (has(json, "getReadySeconds")) {
    change.get_ready_seconds = reader.whole_number(json, "getReadySeconds", "", 0, kMaxGetReadySeconds);
  }
  if (has(json, "restSeconds")) change.rest_seconds = reader.whole_number(json, "restSeconds", "", 0, kMaxRestSeconds);
  if (has(json, "previewSeconds")) {
    change.preview_seconds = reader.whole_number(json, "previewSeconds", "", 0, kMaxPreviewSeconds);
  }
  if (has(json, "sound")) change.sound = reader.boolean(json, "sound", "");
  if (has(json, "voice")) change.voice = reader.boolean(json, "voice", "");
  if (has(json, "volume")) change.volume = reader.number(json, "volume", "", 0, 1);
  return change;
}

Routine read_routine(JsonReader& reader, const nlohmann::json& json) {
  const nlohmann::json& object = reader.object(json, "routine", "");
  Routine routine;
  if (has(object, "id")) routine.id = reader.text(object, "id", "routine", /*allow_empty=*/true);
  routine.name = reader.text(object, "name", "routine", /*allow_empty=*/true);
  const nlohmann::json& items = reader.array(object, "items", "routine");
  for (std::size_t i = 0; reader.ok() && i < items.size(); ++i) {
    const std::string path = index_path("routine.items", i);
    RoutineItem item;
    item.exercise_id = reader.text(items[i], "exerciseId", path);
    item.dosage.reps = reader.whole_number(items[i], "reps", path, 1, 100);
    item.dosage.sets = reader.whole_number(items[i], "sets", path, 1, 10);
    if (has(items[i], "holdSeconds")) item.dosage.hold_seconds = reader.number(items[i], "holdSeconds", path, 0, 120);
    routine.items.push_back(std::move(item));
  }
  return routine;
}
}  // namespace

std::optional<ActionParse> parse_session_action(std::string_view type, const nlohmann::json& json) {
  JsonReader reader{"action"};
  std::optional<Action> action;
  if (type == "startSession") {
    StartSession start{reader.text(json, "routine", ""), read_clock(reader, json)};
    action = std::move(start);
  } else if (type == "pauseSession") {
    action = PauseSession{has(json, "hidden") && reader.boolean(json, "hidden", "")};
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
    action = EndSession{read_clock(reader, json)};
  } else if (type == "setPainBefore") {
    SetPainBefore pain;
    if (!has(json, "pain")) {
      reader.fail("pain", "missing (use null to clear)");
    } else if (!json["pain"].is_null()) {
      pain.pain = reader.whole_number(json, "pain", "", 0, 10);
    }
    action = pain;
  } else if (type == "closeSession") {
    action = CloseSession{};
  } else if (type == "openRoutines") {
    action = OpenRoutines{};
  } else if (type == "saveRoutine") {
    action = SaveRoutine{read_routine(reader, json)};
  } else if (type == "deleteRoutine") {
    action = DeleteRoutine{reader.text(json, "id", "")};
  } else if (type == "updateSettings") {
    action = UpdateSettings{read_settings_change(reader, json)};
  } else {
    return std::nullopt;
  }
  if (!reader.ok()) return ActionParse{std::nullopt, reader.error()};
  return ActionParse{std::move(action), {}};
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
