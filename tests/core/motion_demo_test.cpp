// Demonstration controls through update()/advance(), and what state() shows of them.
#include "core/automation_json.h"
#include "core/update.h"

#include "shipped_catalogue.h"

#include <catch2/catch.hpp>

using namespace ubr;

namespace {
const Catalogue& catalogue() {
  return test::shipped_catalogue();
}

AppState opened(const char* id) {
  const UpdateResult result = update(AppState{}, OpenExercise{id}, catalogue());
  REQUIRE(result.ok());
  return result.state;
}

AppState apply(const AppState& state, const Action& action) {
  const UpdateResult result = update(state, action, catalogue());
  INFO(result.error);
  REQUIRE(result.ok());
  return result.state;
}
}  // namespace

TEST_CASE("speed scales time, pause stops it, and time wraps around the loop") {
  AppState state = apply(opened("arm-slides"), SetDemoSpeed{2});
  state = advance(state, 0.1, catalogue()).state;
  CHECK(state.demo.time_seconds == Approx(0.2));
  state = apply(state, SetDemoPaused{true});
  CHECK_FALSE(needs_continuous_frames(state));
  CHECK(advance(state, 0.1, catalogue()).state.demo.time_seconds == Approx(0.2));
  state = apply(state, SetDemoPaused{false});
  state = apply(state, ScrubDemo{6.95});
  state = advance(state, 0.1, catalogue()).state;  // 7 s loop at 2x
  CHECK(state.demo.time_seconds == Approx(0.15));
}

TEST_CASE("bad demo actions are refused and change nothing") {
  const AppState state = opened("arm-slides");
  CHECK(update(state, SetDemoSpeed{3}, catalogue()).error == "setDemoSpeed: speed must be from 0.5 to 2");
  CHECK(update(state, OrbitDemo{0, 95}, catalogue()).error == "orbitDemo: pitch must be from -80 to 89 degrees");
  CHECK(update(AppState{}, SetDemoPaused{true}, catalogue()).error == "no demonstration is open");
}

TEST_CASE("scrubbing wraps into the loop; a per-side loop holds both arms") {
  AppState state = apply(opened("arm-reach"), ScrubDemo{-1});
  CHECK(state.demo.time_seconds == Approx(17));
  state = apply(state, ScrubDemo{20});
  CHECK(state.demo.time_seconds == Approx(2));
}

TEST_CASE("demo actions parse from JSON with messages for bad fields") {
  CHECK(std::get<SetDemoSpeed>(std::get<DemoAction>(*parse_action(R"({"type":"setDemoSpeed","speed":1.5})").action))
            .speed == 1.5);
  CHECK(std::get<SetDemoView>(std::get<DemoAction>(*parse_action(R"({"type":"setDemoView","view":"back"})").action))
            .view == DemoView::Back);
  CHECK(parse_action(R"({"type":"setDemoView","view":"sideways"})").error ==
        "action: view: expected auto, front, side, back or top");
  CHECK(parse_action(R"({"type":"setDemoSpeed","speed":5})").error ==
        "action: speed: expected a number from 0.5 to 2, found 5");
  CHECK(parse_action(R"({"type":"scrubDemo"})").error == "action: time: missing");
  CHECK(std::holds_alternative<DemoAction>(*parse_action(R"({"type":"orbitDemo","yaw":30,"pitch":10})").action));
  CHECK(std::holds_alternative<DemoAction>(*parse_action(R"({"type":"setDemoPaused","paused":true})").action));
}

TEST_CASE("state shows the demo with its phase and side") {
  AppState state = apply(opened("arm-reach"), ScrubDemo{12});
  const nlohmann::json demo = demo_to_json(state.demo, catalogue().motion.find(state.selected_exercise));
  CHECK(demo["phase"] == "hold");
  CHECK(demo["side"] == "right");
  CHECK(demo["loopSeconds"] == 18.0);
  CHECK(demo["view"] == "auto");
  state = apply(state, OrbitDemo{400, 10});
  const nlohmann::json orbit = demo_to_json(state.demo, catalogue().motion.find(state.selected_exercise));
  CHECK(orbit["view"] == "orbit");
  CHECK(orbit["yaw"] == Approx(40));
}
