#include "core/session/update.h"

#include <algorithm>
#include <cmath>

namespace ubr {
namespace {
SessionOutcome refused(std::string why) {
  return {std::move(why), std::nullopt, std::nullopt, {}};
}
SessionOutcome go(SessionNav nav) {
  return {{}, nav, std::nullopt, {}};
}
SessionOutcome saved(SessionEffect save) {
  return {{}, std::nullopt, std::nullopt, {std::move(save)}};
}

// The moment a session reaches its summary by itself: its start plus the time it has run, pauses included.
std::int64_t natural_end_ms(const Session& session) {
  return session.started.utc_ms + std::llround(session.wall_seconds * 1000);
}

// Produces the record once, when the session reaches its summary by itself or is ended early.
std::optional<SessionRecord> finish_session(SessionSlice slice, std::int64_t ended_utc_ms) {
  Session& session = slice.session;
  if (!session.record_id.empty()) return std::nullopt;
  SessionRecord record = make_session_record(session, ended_utc_ms, slice.sessions_started);
  session.record_id = record.id;
  session.paused = false;
  return record;
}

SessionOutcome control(SessionSlice slice, std::string (*act)(Session&)) {
  SessionOutcome outcome{act(slice.session), std::nullopt, std::nullopt, {}};
  if (outcome.error.empty() && !session_running(slice.session)) {  // "next" past the last exercise reaches the summary
    slice.session.completed = true;
    outcome.finished = finish_session(slice, natural_end_ms(slice.session));
  }
  return outcome;
}
}  // namespace

SessionOutcome apply_session_action(SessionSlice slice, const StartSession& action, const SessionContext& context) {
  if (session_running(slice.session)) return refused("a session is already running; end it first");
  bool found = false;
  Routine routine = find_routine(slice.routines, context.catalogue, action.routine_id, found);
  for (const Routine& offered : context.offered_routines) {
    if (!found && offered.id == action.routine_id) {
      routine = offered;
      found = true;
    }
  }
  if (!found) return refused("no routine with id '" + action.routine_id + "'");
  std::string error;
  std::optional<Session> session = start_session(routine, context.catalogue, slice.settings, context.now, error);
  if (!session) return refused(std::move(error));
  slice.session = std::move(*session);
  ++slice.sessions_started;
  return go(SessionNav::ShowSession);
}

SessionOutcome apply_session_action(SessionSlice slice, const PauseSession& action, const SessionContext&) {
  if (!session_running(slice.session)) return refused("no session is running");
  if (slice.session.paused) return refused("the session is already paused");
  slice.session.paused = true;
  slice.session.paused_while_hidden = action.because_hidden;
  return {};
}

SessionOutcome apply_session_action(SessionSlice slice, const ResumeSession&, const SessionContext&) {
  if (!session_running(slice.session)) return refused("no session is running");
  if (!slice.session.paused) return refused("the session is not paused");
  slice.session.paused = false;
  slice.session.paused_while_hidden = false;
  return {};
}

SessionOutcome apply_session_action(SessionSlice slice, const NextStep&, const SessionContext&) {
  return control(slice, next_step);
}
SessionOutcome apply_session_action(SessionSlice slice, const PreviousStep&, const SessionContext&) {
  return control(slice, previous_step);
}
SessionOutcome apply_session_action(SessionSlice slice, const SkipRest&, const SessionContext&) {
  return control(slice, skip_rest);
}
SessionOutcome apply_session_action(SessionSlice slice, const RestartExercise&, const SessionContext&) {
  return control(slice, restart_exercise);
}

SessionOutcome apply_session_action(SessionSlice slice, const EndSession&, const SessionContext& context) {
  Session& session = slice.session;
  if (!session_running(session)) return refused("no session is running");
  // Without a clock reading (native tests) the end is worked out from the time the session has run.
  const std::int64_t ended = context.now.utc_ms != 0 ? context.now.utc_ms : natural_end_ms(session);
  session.completed = false;
  session.step = session.steps.size() - 1;  // the summary
  session.step_elapsed = 0;
  ++session.step_serial;
  return {{}, std::nullopt, finish_session(slice, ended), {}};
}

SessionOutcome apply_session_action(SessionSlice slice, const SetPainBefore& action, const SessionContext&) {
  if (!session_running(slice.session)) return refused("no session is running");
  if (action.pain && (*action.pain < 0 || *action.pain > kMaxPain)) {
    return refused("pain must be from 0 to " + std::to_string(kMaxPain));
  }
  slice.session.pain_before = action.pain;
  return {};
}

SessionOutcome apply_session_action(SessionSlice slice, const CloseSession&, const SessionContext&) {
  if (session_running(slice.session)) return refused("the session is still running; end it first");
  slice.session = Session{};
  return go(SessionNav::LeaveSession);
}

SessionOutcome apply_session_action(SessionSlice slice, const OpenRoutines&, const SessionContext&) {
  if (session_running(slice.session)) return refused("a session is running; end it first");
  return go(SessionNav::ShowRoutines);
}

SessionOutcome apply_session_action(SessionSlice slice, const SaveRoutine& action, const SessionContext& context) {
  Routine routine = action.routine;
  // per_side is how an exercise is done, not a choice: take it from the catalogue.
  for (RoutineItem& item : routine.items) {
    if (const Exercise* exercise = context.catalogue.find(item.exercise_id)) {
      item.dosage.per_side = exercise->dosage.per_side;
    }
  }
  if (std::string problem = validate_routine(routine, context.catalogue); !problem.empty()) {
    return refused(std::move(problem));
  }
  std::vector<Routine>& custom = slice.routines.custom;
  if (routine.id.empty()) {
    routine.id = next_custom_routine_id(slice.routines);
    routine.origin = routine_origin(context.now.utc_ms, context.random);
    custom.push_back(std::move(routine));
    return saved(SaveRoutines{});
  }
  for (Routine& existing : custom) {
    if (existing.id == routine.id) {
      routine.origin = existing.origin;  // the same routine, edited
      existing = std::move(routine);
      return saved(SaveRoutines{});
    }
  }
  return refused("no custom routine with id '" + routine.id + "'");
}

SessionOutcome apply_session_action(SessionSlice slice, const DeleteRoutine& action, const SessionContext&) {
  std::vector<Routine>& custom = slice.routines.custom;
  for (auto it = custom.begin(); it != custom.end(); ++it) {
    if (it->id == action.id) {
      std::vector<std::uint64_t>& deleted = slice.routines.deleted;
      if (it->origin != 0) {
        deleted.push_back(it->origin);
        std::sort(deleted.begin(), deleted.end());  // the order merge_routines keeps
        if (deleted.size() > kMaxDeletedRoutines) deleted.erase(deleted.begin());
      }
      custom.erase(it);
      return saved(SaveRoutines{});
    }
  }
  return refused("no custom routine with id '" + action.id + "'");
}

SessionOutcome apply_session_action(SessionSlice slice, const UpdateSettings& action, const SessionContext&) {
  std::string error = apply_settings_change(slice.settings, action.change);
  if (!error.empty()) return refused(std::move(error));
  return saved(SaveSessionSettings{});
}

SessionOutcome apply_session_action(SessionSlice slice, const RestoreSessionData& action,
                                    const SessionContext& context) {
  if (action.settings_text) {
    SettingsParse parsed = parse_settings(*action.settings_text);
    slice.settings = parsed.settings;
    slice.settings_load_error = parsed.error;
  }
  if (action.routines_text) {
    RoutinesParse parsed = parse_routines(*action.routines_text, context.catalogue);
    slice.routines.custom = std::move(parsed.routines);
    slice.routines.deleted = std::move(parsed.deleted);
    slice.routines.load_error = parsed.error;
    // Kept word for word: the platform copies it aside before anything is saved over it.
    slice.routines.unreadable_text = parsed.error.empty() ? std::string() : *action.routines_text;
  }
  return {};
}

SessionOutcome apply_session_action(SessionSlice slice, const AdoptRoutines& action, const SessionContext& context) {
  for (const Routine& routine : action.custom) {
    if (std::string problem = validate_routine(routine, context.catalogue); !problem.empty()) {
      return refused(std::move(problem));
    }
  }
  if (slice.routines.custom == action.custom && slice.routines.deleted == action.deleted) return {};
  slice.routines.custom = action.custom;
  slice.routines.deleted = action.deleted;
  return saved(SaveRoutines{});  // the merged list goes back to storage, where the other tab hears of it
}

std::optional<SessionRecord> advance_session_state(SessionSlice slice, double dt_seconds) {
  Session& session = slice.session;
  if (!session_running(session)) return std::nullopt;
  advance_session(session, dt_seconds);
  if (session_running(session)) return std::nullopt;
  session.completed = true;
  return finish_session(slice, natural_end_ms(session));
}

std::vector<SessionEffect> session_feedback(const Session& before, const Session& after,
                                            const SessionSettings& settings) {
  std::vector<SessionEffect> effects;
  for (const Cue& cue : cues_between(before, after)) {
    if (settings.sound && cue.sound != CueSound::None) effects.emplace_back(PlaySound{cue.sound, settings.volume});
    if (settings.voice && !cue.speech.empty()) effects.emplace_back(Speak{cue.speech, settings.volume});
  }
  const bool running = session_running(after);
  if (running != session_running(before)) effects.emplace_back(KeepScreenOn{running});
  return effects;
}

bool session_needs_frames(const Session& session) {
  return session_running(session) && !session.paused;
}

}  // namespace ubr
