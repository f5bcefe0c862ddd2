#pragma once
// The guided-session engine. A session is planned in full when it starts: a flat list of timed steps (get ready,
// each repetition or hold, rests, side switches, previews of the next exercise, the summary). Time moves a cursor
// along that list, and the controls (next, previous, restart) move the cursor to step boundaries. Because the plan
// is data, the total duration is the sum of its steps, and every counter shown is read off the current step.
// Pure: time, the wall clock and the settings are passed in.
#include "core/base/clock.h"
#include "core/exercises/catalogue.h"
#include "core/motion/motion.h"
#include "core/session/record.h"
#include "core/session/routine.h"
#include "core/session/settings.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ubr {

enum class SessionPhase : std::uint8_t {
  GetReady,     // countdown before the first exercise
  Rep,          // one movement cycle; for a held exercise, moving into the hold
  Hold,         // the figure holds the pose; counts down
  Release,      // coming out of a hold, relaxing before the next one
  Rest,         // between sets
  SwitchSides,  // short pause before the other arm
  Preview,      // the next exercise is shown while the user gets into position
  Summary,      // the end: what was done
};
const char* phase_name(SessionPhase phase);  // "getReady", "rep", "hold", ... as in docs/automation.md

struct SessionExercise {
  std::string id;
  std::string name;
  Dosage dosage;
};

struct SessionStep {
  SessionPhase phase = SessionPhase::Summary;
  int exercise = 0;  // index into Session::exercises; a preview belongs to the exercise it introduces
  int set = 0;       // 1-based; 0 before the exercise begins
  int side = 0;      // 0 = first (or only) side, 1 = the other arm
  int rep = 0;       // 1-based within the set and side; 0 outside repetitions
  double seconds = 0;
  // The stretch of the exercise's clip the figure plays over this step. Repetitions play their cycle at the clip's
  // own pace (the step lasts as long as the stretch), so the figure moves as it does in the demonstration at 1x.
  ClipStretch figure;
  bool completes_rep = false;  // finishing this step finishes one repetition (or hold)
  bool completes_set = false;  // ... and with it a set, on every side
};

struct Session {
  bool active = false;  // a session is on screen: running, paused or showing its summary
  std::string routine_id;
  std::string routine_name;
  std::vector<SessionExercise> exercises;
  std::vector<SessionStep> steps;  // the whole plan; the last step is the summary
  std::size_t step = 0;
  double step_elapsed = 0;  // seconds into the current step
  bool paused = false;
  bool paused_while_hidden = false;    // paused because the page was hidden; the screen says so
  std::uint64_t step_serial = 0;       // grows whenever a step begins, even the same one again (restart)
  std::vector<ExerciseTally> tallies;  // one per exercise: what progress tracking needs
  WallClock started;
  double wall_seconds = 0;  // time since the start, pauses included: dates a session that completes by itself
  std::optional<int> pain_before;
  std::string record_id;  // set once the session's record has been produced (at the summary)
  bool completed = false;
};

// Timing constants of the steps that are not settings.
constexpr double kSwitchSidesSeconds = 5;
// A repetition of an exercise without a clip (the figure stands still): a calm count.
constexpr double kStillRepetitionSeconds = 4;
// The shortest a moving step lasts: a clip whose hold starts at once still gives the user a moment to get there.
constexpr double kShortestMovingStepSeconds = 1;

std::vector<SessionStep> plan_session(const std::vector<SessionExercise>& exercises, const SessionSettings& settings,
                                      const MotionLibrary& motion);
// Fails (empty optional, error set) when the routine names an exercise the catalogue lacks.
std::optional<Session> start_session(const Routine& routine, const Catalogue& catalogue,
                                     const SessionSettings& settings, const WallClock& clock, std::string& error);

// Moves time on by dt seconds (already clamped by the caller). Crosses as many steps as dt covers.
void advance_session(Session& session, double dt_seconds);

// The controls. Each returns why it does not apply now, or an empty string after acting.
std::string next_step(Session& session);
std::string previous_step(Session& session);
std::string restart_exercise(Session& session);
std::string skip_rest(Session& session);

// Queries read off the current step.
const SessionStep& current_step(const Session& session);
bool session_running(const Session& session);  // active and not at the summary
double remaining_seconds(const Session& session);
double step_fraction(const Session& session);  // 0..1 through the current step
// Where the figure is in its clip (seconds), and how fast it moves: clip seconds per real second, 0 while it is still
// (paused, holding, between exercises).
double figure_time(const Session& session);
double figure_speed(const Session& session);
bool holding(const Session& session);
bool mirrored(const Session& session);  // the other arm of a one-sided exercise
double planned_total_seconds(const Session& session);
// The exercise after the current one, or nullptr on the last.
const SessionExercise* upcoming_exercise(const Session& session);

// What the session achieved, for progress tracking.
SessionRecord make_session_record(const Session& session, std::int64_t ended_utc_ms, int session_number);

}  // namespace ubr
