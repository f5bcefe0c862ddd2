#pragma once
// Shared set-up for the session tests: the shipped catalogue and a state with a started session.
#include "core/exercises/catalogue.h"
#include "core/update.h"

#include "shipped_catalogue.h"

#include <catch2/catch.hpp>

namespace ubr::session_test {

using test::shipped_catalogue;

inline WallClock clock_at(std::int64_t utc_ms) {
  return {utc_ms, 60};
}

// Applies an action that must succeed, with the wall clock given (none by default). The record of a session that
// ends goes straight into the progress history (state.progress.doc->sessions).
inline AppState must(const AppState& state, const Action& action, WallClock now = {}) {
  UpdateResult result = update(state, action, {shipped_catalogue(), now});
  INFO(result.error);
  REQUIRE(result.ok());
  return result.state;
}

inline AppState started(const std::string& routine, SessionSettings settings = {}) {
  AppState state;
  state.session_settings = settings;
  return must(state, StartSession{routine}, clock_at(1'000'000));
}

// Advances in exact steps of 1/8 s (exactly representable, so sums are exact).
inline AppState run_for(AppState state, double seconds) {
  constexpr double kStep = 0.125;
  for (double t = 0; t < seconds; t += kStep) state = advance(state, kStep, shipped_catalogue()).state;
  return state;
}

// A repetition of a one-cycle exercise plays its whole clip at 1x.
inline double clip_seconds(const std::string& exercise_id) {
  const Clip* clip = shipped_catalogue().motion.find(exercise_id);
  REQUIRE(clip != nullptr);
  return clip->duration_seconds;
}

// A held exercise's clip: how long moving into the hold and out of it take at 1x (where its hold phase starts, and
// from where it ends to the clip's end).
struct HeldTimes {
  double move_in = 0;
  double release = 0;
};
inline HeldTimes held_times(const std::string& exercise_id) {
  const Clip* clip = shipped_catalogue().motion.find(exercise_id);
  REQUIRE(clip != nullptr);
  for (std::size_t i = 0; i + 1 < clip->phases.size(); ++i) {
    if (clip->phases[i].hold) {
      return {clip->phases[i].start_seconds, clip->duration_seconds - clip->phases[i + 1].start_seconds};
    }
  }
  FAIL("no hold phase in " << exercise_id);
  return {};
}

inline const SessionStep& step_of(const AppState& state) {
  return current_step(state.session);
}

}  // namespace ubr::session_test
