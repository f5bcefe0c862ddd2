#include "core/session/cues.h"

#include <cmath>

namespace ubr {
namespace {
bool counts_down(SessionPhase phase) {
  return phase == SessionPhase::GetReady || phase == SessionPhase::Preview || phase == SessionPhase::Rest ||
         phase == SessionPhase::SwitchSides || phase == SessionPhase::Hold;
}

std::vector<Cue> cues_for_new_step(const Session& session, const Session& before) {
  const SessionStep& step = current_step(session);
  const SessionExercise& exercise = session.exercises[static_cast<std::size_t>(step.exercise)];
  const bool held = exercise.dosage.hold_seconds > 0;
  // The exercise's name is said when it is introduced; if previews and get ready are off, at its first movement.
  const SessionStep& previous = current_step(before);
  const bool new_exercise =
      !before.active || previous.exercise != step.exercise || previous.phase == SessionPhase::Summary;
  switch (step.phase) {
    case SessionPhase::GetReady:
      return {{CueSound::PhaseChange, "Get ready. " + exercise.name}};
    case SessionPhase::Preview:
      return {{CueSound::PhaseChange, "Next: " + exercise.name}};
    case SessionPhase::Rep: {
      std::string words = new_exercise ? exercise.name + ". " : "";
      // The count, in time with the movement; a held repetition is counted when the hold begins.
      if (!held) words += std::to_string(step.rep);
      return {{held ? CueSound::None : CueSound::PhaseChange, words}};
    }
    case SessionPhase::Hold:
      return {{CueSound::PhaseChange, "Hold"}};
    case SessionPhase::Release:
      return {{CueSound::None, "Relax"}};
    case SessionPhase::Rest:
      return {{CueSound::PhaseChange, "Rest"}};
    case SessionPhase::SwitchSides:
      return {{CueSound::PhaseChange, "Switch sides"}};
    case SessionPhase::Summary:
      return {{CueSound::Finish, session.completed ? "Well done. Session complete." : "Session ended."}};
  }
  return {};
}
}  // namespace

std::vector<Cue> cues_between(const Session& before, const Session& after) {
  if (!after.active || after.steps.empty()) return {};
  if (!before.active || before.step_serial != after.step_serial) return cues_for_new_step(after, before);
  const SessionStep& step = current_step(after);
  if (after.paused || !counts_down(step.phase)) return {};
  std::vector<Cue> cues;
  const double was = remaining_seconds(before);
  const double now = remaining_seconds(after);
  // Each whole second crossed: the count in holds, and a tone for the last three seconds of every countdown.
  for (int n = static_cast<int>(std::ceil(was)) - 1; n >= 1 && n >= now; --n) {
    if (static_cast<double>(n) >= was) continue;
    Cue cue;
    if (n <= 3) cue.sound = CueSound::LastSeconds;
    if (step.phase == SessionPhase::Hold) cue.speech = std::to_string(n);
    if (cue.sound != CueSound::None || !cue.speech.empty()) cues.push_back(cue);
  }
  return cues;
}

}  // namespace ubr
