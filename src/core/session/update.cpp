#include "core/session/update.h"

#include <cmath>

namespace ubr {
namespace {
// Produces the record once, when the session reaches its summary by itself or is ended early.
void finish_session(AppState& state, std::int64_t ended_utc_ms) {
  Session& session = state.session;
  if (!session.record_id.empty()) return;
  SessionRecord record = make_session_record(session, ended_utc_ms, state.sessions_started);
  session.record_id = record.id;
  session.paused = false;
  state.finished_sessions.push_back(std::move(record));
}

std::string control(AppState& state, std::string (*act)(Session&)) {
  const std::string error = act(state.session);
  if (error.empty() && !session_running(state.session)) {  // "next" past the last exercise reaches the summary
    state.session.completed = true;
    finish_session(state, state.session.started.utc_ms + std::llround(state.session.wall_seconds * 1000));
  }
  return error;
}
}  // namespace

std::string apply_session_action(AppState& state, const StartSession& action, const Catalogue& catalogue) {
  if (session_running(state.session)) return "a session is already running; end it first";
  bool found = false;
  const Routine routine = find_routine(state.routines, catalogue, action.routine_id, found);
  if (!found) return "no routine with id '" + action.routine_id + "'";
  std::string error;
  std::optional<Session> session =
      start_session(routine, catalogue, state.session_settings, action.clock.value_or(WallClock{}), error);
  if (!session) return error;
  state.session = std::move(*session);
  ++state.sessions_started;
  state.screen = Screen::Session;
  return {};
}

std::string apply_session_action(AppState& state, const PauseSession& action, const Catalogue&) {
  if (!session_running(state.session)) return "no session is running";
  if (state.session.paused) return "the session is already paused";
  state.session.paused = true;
  state.session.paused_while_hidden = action.because_hidden;
  return {};
}

std::string apply_session_action(AppState& state, const ResumeSession&, const Catalogue&) {
  if (!session_running(state.session)) return "no session is running";
  if (!state.session.paused) return "the session is not paused";
  state.session.paused = false;
  state.session.paused_while_hidden = false;
  return {};
}

std::string apply_session_action(AppState& state, const NextStep&, const Catalogue&) {
  return control(state, next_step);
}
std::string apply_session_action(AppState& state, const PreviousStep&, const Catalogue&) {
  return control(state, previous_step);
}
std::string apply_session_action(AppState& state, const SkipRest&, const Catalogue&) {
  return control(state, skip_rest);
}
std::string apply_session_action(AppState& state, const RestartExercise&, const Catalogue&) {
  return control(state, restart_exercise);
}

std::string apply_session_action(AppState& state, const EndSession& action, const Catalogue&) {
  Session& session = state.session;
  if (!session_running(session)) return "no session is running";
  const std::int64_t ended =
      action.clock ? action.clock->utc_ms : session.started.utc_ms + std::llround(session.wall_seconds * 1000);
  session.completed = false;
  session.step = session.steps.size() - 1;  // the summary
  session.step_elapsed = 0;
  ++session.step_serial;
  finish_session(state, ended);
  return {};
}

std::string apply_session_action(AppState& state, const SetPainBefore& action, const Catalogue&) {
  if (!session_running(state.session)) return "no session is running";
  if (action.pain && (*action.pain < 0 || *action.pain > 10)) return "pain must be from 0 to 10";
  state.session.pain_before = action.pain;
  return {};
}

std::string apply_session_action(AppState& state, const CloseSession&, const Catalogue&) {
  if (session_running(state.session)) return "the session is still running; end it first";
  state.session = Session{};
  state.screen = Screen::Home;
  return {};
}

std::string apply_session_action(AppState& state, const OpenRoutines&, const Catalogue&) {
  if (session_running(state.session)) return "a session is running; end it first";
  state.screen = Screen::Routines;
  return {};
}

std::string apply_session_action(AppState& state, const SaveRoutine& action, const Catalogue& catalogue) {
  Routine routine = action.routine;
  // per_side is how an exercise is done, not a choice: take it from the catalogue.
  for (RoutineItem& item : routine.items) {
    if (const Exercise* exercise = catalogue.find(item.exercise_id)) item.dosage.per_side = exercise->dosage.per_side;
  }
  if (std::string problem = validate_routine(routine, catalogue); !problem.empty()) return problem;
  std::vector<Routine>& custom = state.routines.custom;
  if (routine.id.empty()) {
    routine.id = next_custom_routine_id(state.routines);
    custom.push_back(std::move(routine));
    return {};
  }
  for (Routine& existing : custom) {
    if (existing.id == routine.id) {
      existing = std::move(routine);
      return {};
    }
  }
  return "no custom routine with id '" + routine.id + "'";
}

std::string apply_session_action(AppState& state, const DeleteRoutine& action, const Catalogue&) {
  std::vector<Routine>& custom = state.routines.custom;
  for (auto it = custom.begin(); it != custom.end(); ++it) {
    if (it->id == action.id) {
      custom.erase(it);
      return {};
    }
  }
  return "no custom routine with id '" + action.id + "'";
}

std::string apply_session_action(AppState& state, const UpdateSettings& action, const Catalogue&) {
  return apply_settings_change(state.session_settings, action.change);
}

std::string apply_session_action(AppState& state, const RestoreSessionData& action, const Catalogue& catalogue) {
  if (action.settings_text) {
    SettingsParse parsed = parse_settings(*action.settings_text);
    state.session_settings = parsed.settings;
    state.settings_load_error = parsed.error;
  }
  if (action.routines_text) {
    RoutinesParse parsed = parse_routines(*action.routines_text, catalogue);
    state.routines.custom = std::move(parsed.routines);
    state.routines.load_error = parsed.error;
    // Kept word for word: the platform copies it aside before anything is saved over it.
    state.routines.unreadable_text = parsed.error.empty() ? std::string() : *action.routines_text;
  }
  return {};
}

void advance_session_state(AppState& state, double dt_seconds) {
  if (!session_running(state.session)) return;
  advance_session(state.session, dt_seconds);
  if (!session_running(state.session)) {
    state.session.completed = true;
    finish_session(state, state.session.started.utc_ms + std::llround(state.session.wall_seconds * 1000));
  }
}

bool session_needs_frames(const AppState& state) {
  return session_running(state.session) && !state.session.paused;
}

}  // namespace ubr
