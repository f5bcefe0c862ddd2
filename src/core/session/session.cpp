#include "core/session/session.h"

#include "core/motion/library.h"

#include <algorithm>

namespace ubr {
namespace {
bool is_pause(SessionPhase phase) {
  return phase == SessionPhase::GetReady || phase == SessionPhase::Preview || phase == SessionPhase::Rest ||
         phase == SessionPhase::SwitchSides;
}
bool counts_as_exercise_time(SessionPhase phase) {
  return phase != SessionPhase::GetReady && phase != SessionPhase::Preview && phase != SessionPhase::Summary;
}

void begin_step(Session& session, std::size_t index) {
  session.step = std::min(index, session.steps.size() - 1);
  session.step_elapsed = 0;
  ++session.step_serial;
}

void finish_step(Session& session) {
  const SessionStep& step = current_step(session);
  ExerciseTally& tally = session.tallies[static_cast<std::size_t>(step.exercise)];
  // Redoing an exercise (previous, restart) adds time but never counts more than the plan: the tally says how much
  // of the plan was done.
  if (step.completes_rep) tally.reps_done = std::min(tally.reps_done + 1, tally.reps_planned);
  if (step.completes_set) tally.sets_done = std::min(tally.sets_done + 1, tally.sets_planned);
}

// First step of an exercise's block: its preview (or the get-ready countdown), else its first repetition.
std::size_t block_start(const Session& session, int exercise) {
  for (std::size_t i = 0; i < session.steps.size(); ++i) {
    if (session.steps[i].exercise == exercise && session.steps[i].phase != SessionPhase::Summary) return i;
  }
  return session.steps.size() - 1;
}

void add_step(std::vector<SessionStep>& steps, SessionStep step) {
  if (step.seconds > 0 || step.phase == SessionPhase::Summary) steps.push_back(step);
}
}  // namespace

const char* phase_name(SessionPhase phase) {
  switch (phase) {
    case SessionPhase::GetReady:
      return "getReady";
    case SessionPhase::Rep:
      return "rep";
    case SessionPhase::Hold:
      return "hold";
    case SessionPhase::Release:
      return "release";
    case SessionPhase::Rest:
      return "rest";
    case SessionPhase::SwitchSides:
      return "switchSides";
    case SessionPhase::Preview:
      return "preview";
    case SessionPhase::Summary:
      return "summary";
  }
  return "unknown";
}

namespace {
SessionStep make_step(SessionPhase phase, int exercise, int set, int side, int rep, double seconds = 0) {
  SessionStep step;
  step.phase = phase;
  step.exercise = exercise;
  step.set = set;
  step.side = side;
  step.rep = rep;
  step.seconds = seconds;
  return step;
}

// A step that plays `stretch` of the clip at its own pace (or, without a clip, a still figure for `still_seconds`).
SessionStep moving_step(SessionStep step, const Clip* clip, ClipStretch stretch, double still_seconds) {
  if (clip == nullptr) {
    step.seconds = still_seconds;
    return step;
  }
  step.figure = stretch;
  step.seconds = std::max(stretch.length(), kShortestMovingStepSeconds);
  return step;
}
}  // namespace

std::vector<SessionStep> plan_session(const std::vector<SessionExercise>& exercises, const SessionSettings& settings,
                                      const MotionLibrary& motion) {
  std::vector<SessionStep> steps;
  for (std::size_t e = 0; e < exercises.size(); ++e) {
    const SessionExercise& exercise = exercises[e];
    const int index = static_cast<int>(e);
    const Dosage& d = exercise.dosage;
    const bool held = d.hold_seconds > 0;
    const int sides = d.per_side ? 2 : 1;
    const Clip* clip = motion.find(exercise.id);
    const HeldRepetition hold = clip ? held_repetition(*clip) : HeldRepetition{};
    if (e == 0) {
      add_step(steps, make_step(SessionPhase::GetReady, index, 0, 0, 0, settings.get_ready_seconds));
    } else {
      add_step(steps, make_step(SessionPhase::Preview, index, 0, 0, 0, settings.preview_seconds));
    }
    for (int set = 1; set <= d.sets; ++set) {
      for (int side = 0; side < sides; ++side) {
        for (int rep = 1; rep <= d.reps; ++rep) {
          const bool last_of_set = side == sides - 1 && rep == d.reps;
          if (held) {
            add_step(steps, moving_step(make_step(SessionPhase::Rep, index, set, side, rep), clip, hold.move_in,
                                        kStillRepetitionSeconds / 2));
            SessionStep still = make_step(SessionPhase::Hold, index, set, side, rep, d.hold_seconds);
            still.figure = hold.hold;
            still.completes_rep = true;
            still.completes_set = last_of_set;
            add_step(steps, still);
            add_step(steps, moving_step(make_step(SessionPhase::Release, index, set, side, rep), clip, hold.release,
                                        kStillRepetitionSeconds / 2));
          } else {
            SessionStep step = make_step(SessionPhase::Rep, index, set, side, rep);
            step.completes_rep = true;
            step.completes_set = last_of_set;
            add_step(steps, moving_step(step, clip, clip ? repetition_cycle(*clip, rep, d.reps) : ClipStretch{},
                                        kStillRepetitionSeconds));
          }
        }
        if (side + 1 < sides)
          add_step(steps, make_step(SessionPhase::SwitchSides, index, set, side + 1, 0, kSwitchSidesSeconds));
      }
      if (set < d.sets) {
        add_step(steps, make_step(SessionPhase::Rest, index, set + 1, 0, 0, settings.rest_seconds));
      }
    }
  }
  const int last = exercises.empty() ? 0 : static_cast<int>(exercises.size()) - 1;
  add_step(steps, make_step(SessionPhase::Summary, last, 0, 0, 0));
  return steps;
}

std::optional<Session> start_session(const Routine& routine, const Catalogue& catalogue,
                                     const SessionSettings& settings, const WallClock& clock, std::string& error) {
  if (routine.items.empty()) {
    error = "the routine '" + routine.name + "' has no exercises";
    return std::nullopt;
  }
  Session session;
  session.active = true;
  session.routine_id = routine.id;
  session.routine_name = routine.name;
  session.started = clock;
  for (const RoutineItem& item : routine.items) {
    const Exercise* exercise = catalogue.find(item.exercise_id);
    if (exercise == nullptr) {
      error = "no exercise with id '" + item.exercise_id + "'";
      return std::nullopt;
    }
    session.exercises.push_back({exercise->id, exercise->name, item.dosage});
    const int sides = item.dosage.per_side ? 2 : 1;
    ExerciseTally tally;
    tally.exercise_id = exercise->id;
    tally.reps_planned = item.dosage.reps * item.dosage.sets * sides;
    tally.sets_planned = item.dosage.sets;
    session.tallies.push_back(tally);
  }
  session.steps = plan_session(session.exercises, settings, catalogue.motion);
  begin_step(session, 0);
  return session;
}

void advance_session(Session& session, double dt_seconds) {
  if (!session_running(session) || session.paused || !(dt_seconds > 0)) return;
  double left = dt_seconds;
  while (left > 0 && session_running(session)) {
    const SessionStep& step = current_step(session);
    const double step_left = step.seconds - session.step_elapsed;
    const double used = std::min(left, step_left);
    // Only time the session used: a session that ends mid-frame ends when its last step does.
    session.wall_seconds += used;
    if (counts_as_exercise_time(step.phase)) {
      session.tallies[static_cast<std::size_t>(step.exercise)].active_seconds += used;
    }
    if (left < step_left) {
      session.step_elapsed += left;
      return;
    }
    left -= step_left;
    finish_step(session);
    begin_step(session, session.step + 1);
  }
}

std::string next_step(Session& session) {
  if (!session_running(session)) return "no session is running";
  const SessionStep& step = current_step(session);
  if (is_pause(step.phase)) {
    begin_step(session, session.step + 1);
    return {};
  }
  // During the work itself, "next" moves on to the next exercise (or the summary after the last).
  std::size_t i = session.step;
  while (i + 1 < session.steps.size() && session.steps[i].exercise == step.exercise &&
         session.steps[i].phase != SessionPhase::Summary) {
    ++i;
  }
  begin_step(session, i);
  return {};
}

std::string previous_step(Session& session) {
  if (!session_running(session)) return "no session is running";
  const int exercise = current_step(session).exercise;
  begin_step(session, block_start(session, std::max(0, exercise - 1)));
  return {};
}

std::string restart_exercise(Session& session) {
  if (!session_running(session)) return "no session is running";
  begin_step(session, block_start(session, current_step(session).exercise));
  return {};
}

std::string skip_rest(Session& session) {
  if (!session_running(session)) return "no session is running";
  if (!is_pause(current_step(session).phase)) return "there is no rest or countdown to skip now";
  begin_step(session, session.step + 1);
  return {};
}

const SessionStep& current_step(const Session& session) {
  static const SessionStep kNone{};
  return session.steps.empty() ? kNone : session.steps[std::min(session.step, session.steps.size() - 1)];
}

bool session_running(const Session& session) {
  return session.active && !session.steps.empty() && current_step(session).phase != SessionPhase::Summary;
}

double remaining_seconds(const Session& session) {
  return std::max(0.0, current_step(session).seconds - session.step_elapsed);
}

double step_fraction(const Session& session) {
  const SessionStep& step = current_step(session);
  return step.seconds > 0 ? std::clamp(session.step_elapsed / step.seconds, 0.0, 1.0) : 0.0;
}

double figure_time(const Session& session) {
  const ClipStretch& figure = current_step(session).figure;
  return figure.from_seconds + figure.length() * step_fraction(session);
}

double figure_speed(const Session& session) {
  const SessionStep& step = current_step(session);
  // A hold plays the clip's hold, which is still (the motion checks make sure), stretched to the count.
  if (!session_running(session) || session.paused || step.seconds <= 0 || step.phase == SessionPhase::Hold) return 0;
  return step.figure.length() / step.seconds;
}

bool holding(const Session& session) {
  return current_step(session).phase == SessionPhase::Hold;
}

bool mirrored(const Session& session) {
  return session_running(session) && current_step(session).side == 1;
}

double planned_total_seconds(const Session& session) {
  double total = 0;
  for (const SessionStep& step : session.steps) total += step.seconds;
  return total;
}

const SessionExercise* upcoming_exercise(const Session& session) {
  const auto next = static_cast<std::size_t>(current_step(session).exercise) + 1;
  return next < session.exercises.size() ? &session.exercises[next] : nullptr;
}

SessionRecord make_session_record(const Session& session, std::int64_t ended_utc_ms, int session_number) {
  SessionRecord record;
  record.id = "s-" + std::to_string(session.started.utc_ms) + "-" + std::to_string(session_number);
  record.started_utc_ms = session.started.utc_ms;
  record.ended_utc_ms = std::max(ended_utc_ms, session.started.utc_ms);
  record.local_date = local_date(session.started);
  record.utc_offset_minutes = session.started.utc_offset_minutes;
  record.routine_name = session.routine_name;
  record.completed = session.completed;
  record.exercises = session.tallies;
  record.pain_before = session.pain_before;
  return record;
}

}  // namespace ubr
