// libFuzzer target: the automation interface's action envelope (window.app.dispatch), for every action type, read
// by parse_action and then applied to the app's state in each of the places a person can be: the home screen of a
// first visit (safety gate on), an exercise's demonstration, a running session, its summary, the routines screen
// and the progress screen with recorded sessions and a file waiting to be imported.
// Properties: no crash, hang or stack overflow whatever the bytes; text nested too deeply is refused with a message;
// an action that is refused leaves the state exactly as it was (compared as state() shows it), except that a refused
// import keeps its message for the screen; the clock actions stay bounded (see kMaxFuzzedSeconds).
#include "fuzz_support.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

using namespace ubr;
using ubr::fuzz::apply_json;
using ubr::fuzz::require;

namespace {

constexpr const char* kClock = R"("clock":{"utcMs":1764000000000,"localDate":"2025-11-24","utcOffsetMinutes":60})";

// Time actions run the session frame by frame (1/60 s); four hours of them take seconds per input. Long walks in
// time are the property test's job (tests/core/session_property_test.cpp), so here a longer advance is cut to a
// minute, which still crosses phases, exercises and the end of a short session.
constexpr double kMaxFuzzedSeconds = 60;

// A first visit as the platform starts it: nothing stored (the safety gate turns on) and the clock read.
AppState first_visit() {
  UpdateResult restored = fuzz::apply(AppState{}, Action{SafetyAction{RestoreSafety{}}}, WallClock{1764000000000, 60});
  require(restored.ok(), "restoring the safety document", restored.error);
  return std::move(restored.state);
}

std::array<AppState, 6> places() {
  const AppState home = first_visit();
  AppState acknowledged = apply_json(home, R"({"type":"acknowledgeSafety"})");
  const std::string log = R"({"type":"logSession","startedAt":1763900000000,"id":"s-1","painBefore":4,"painAfter":2,)"
                          R"("exercises":[{"id":"arm-slides","repsPlanned":10,"repsDone":10,"setsPlanned":1,)"
                          R"("setsDone":1,"seconds":42}]})";
  acknowledged = apply_json(acknowledged, log);
  const AppState exercise = apply_json(acknowledged, R"({"type":"openExercise","id":"arm-reach"})");
  const AppState session =
      apply_json(apply_json(acknowledged, std::string(R"({"type":"startSession","routine":"short",)") + kClock + "}"),
                 R"({"type":"advanceTime","seconds":7})");
  const AppState summary = apply_json(session, std::string(R"({"type":"endSession",)") + kClock + "}");
  AppState routines = apply_json(acknowledged, R"({"type":"openRoutines"})");
  routines = apply_json(routines, R"({"type":"saveRoutine","routine":{"name":"Mine","items":[)"
                                  R"({"exerciseId":"arm-slides","reps":5,"sets":2}]}})");
  AppState progress = apply_json(acknowledged, R"({"type":"openProgress"})");
  ImportFileLoaded picked;
  picked.file_name = "backup.json";
  picked.text = R"({"schema":2,"app":"0.1.0","epoch":0,"goal":{"perWeek":4,"rev":1},"sessions":[)"
                R"({"id":"b-1","start":1763800000000,"end":1763800600000,"date":"2025-11-22","tz":60,)"
                R"("routine":"Short","done":true,"ex":[["arm-slides",10,8,1,1,40]],"rev":0}]})";
  UpdateResult pending = fuzz::apply(progress, Action{ProgressAction{picked}});
  require(pending.ok(), "a picked backup waits for a choice", pending.error);
  return {home, exercise, session, summary, routines, pending.state};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::array<AppState, 6> kPlaces = places();
  static std::array<std::string, 6> kSeen = [] {
    std::array<std::string, 6> seen;
    for (std::size_t i = 0; i < kPlaces.size(); ++i) seen[i] = fuzz::observable(kPlaces[i]);
    return seen;
  }();

  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ActionParse parsed = parse_action(text);
  if (fuzz::too_deep(text)) {
    require(!parsed.action && parsed.error.find("nested too deeply") != std::string::npos,
            "a deeply nested action is refused as too deep", parsed.error);
  }
  if (!parsed.action) {
    require(!parsed.error.empty(), "a refused action says why");
    return 0;
  }
  if (auto* time = std::get_if<AdvanceTime>(&*parsed.action); time && time->seconds > kMaxFuzzedSeconds) {
    time->seconds = kMaxFuzzedSeconds;
  }

  for (std::size_t i = 0; i < kPlaces.size(); ++i) {
    const UpdateResult result = fuzz::apply(kPlaces[i], *parsed.action, parsed.clock);
    if (!result.ok()) {
      fuzz::require_same(fuzz::observable(result.state), kSeen[i],
                         "a refused action leaves the state as it was: " + result.error);
      continue;
    }
    // An applied action leaves a state that can be shown and moved on in time.
    AppState next = advance(result.state, 0.25, {fuzz::catalogue(), parsed.clock.value_or(WallClock{})}).state;
    (void)fuzz::observable(next);
    (void)needs_continuous_frames(next);
  }
  return 0;
}
