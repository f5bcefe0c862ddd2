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

inline const SessionStep& step_of(const AppState& state) {
  return current_step(state.session);
}

}  // namespace ubr::session_test
