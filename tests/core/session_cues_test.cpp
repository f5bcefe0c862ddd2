// The cues a session emits: a sound and words when a phase begins, the count in holds, tones in the last seconds.
#include "session_test_util.h"

#include "core/session/cues.h"

using namespace ubr;
using namespace ubr::session_test;

namespace {
// Every cue heard while the session runs for `seconds`, in frame-sized steps.
std::vector<Cue> heard(AppState& state, double seconds) {
  std::vector<Cue> all;
  for (double t = 0; t < seconds; t += 0.125) {
    const Session before = state.session;
    state = advance(state, 0.125, shipped_catalogue()).state;
    for (Cue& cue : cues_between(before, state.session)) all.push_back(std::move(cue));
  }
  return all;
}
std::vector<std::string> words(const std::vector<Cue>& cues) {
  std::vector<std::string> result;
  for (const Cue& cue : cues) {
    if (!cue.speech.empty()) result.push_back(cue.speech);
  }
  return result;
}
int count_sound(const std::vector<Cue>& cues, CueSound sound) {
  int n = 0;
  for (const Cue& cue : cues) n += cue.sound == sound ? 1 : 0;
  return n;
}
}  // namespace

TEST_CASE("starting a session announces the first exercise; the get-ready countdown ends with three tones") {
  AppState state = started("full");
  const std::vector<Cue> start = cues_between(Session{}, state.session);
  REQUIRE(start.size() == 1);
  CHECK(start[0].sound == CueSound::PhaseChange);
  CHECK(start[0].speech == "Get ready. Arm Slides");
  const std::vector<Cue> countdown = heard(state, 5);
  CHECK(count_sound(countdown, CueSound::LastSeconds) == 3);
  CHECK(words(countdown) == std::vector<std::string>{"1"});  // the first repetition is counted as it begins
}

TEST_CASE("repetitions are counted aloud; holds say hold, count down and relax") {
  AppState state = started("full");
  state = must(state, NextStep{});
  std::vector<Cue> cues = heard(state, 3 * clip_seconds("arm-slides"));
  CHECK(words(cues) == std::vector<std::string>{"2", "3", "4"});
  state = must(state, NextStep{});  // preview of the shoulder blade squeeze
  state = must(state, NextStep{});
  const HeldTimes held = held_times("shoulder-blade-squeeze");
  cues = heard(state, held.move_in + 5 + held.release);
  CHECK(words(cues) == std::vector<std::string>{"Hold", "4", "3", "2", "1", "Relax"});
  CHECK(count_sound(cues, CueSound::LastSeconds) == 3);
}

TEST_CASE("a paused session is silent; the end plays the finish sound") {
  AppState state = must(started("short"), PauseSession{});
  CHECK(heard(state, 10).empty());
  state = must(state, ResumeSession{});
  const Session before = state.session;
  state = must(state, EndSession{}, clock_at(2'000'000));
  const std::vector<Cue> end = cues_between(before, state.session);
  REQUIRE(end.size() == 1);
  CHECK(end[0].sound == CueSound::Finish);
  CHECK(end[0].speech == "Session ended.");
}

TEST_CASE("restarting an exercise announces it again even though the step is the same") {
  AppState state = started("full");
  const Session before = state.session;
  state = must(state, RestartExercise{});
  CHECK(state.session.step == before.step);
  CHECK(words(cues_between(before, state.session)) == std::vector<std::string>{"Get ready. Arm Slides"});
}
