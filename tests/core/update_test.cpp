#include "core/update.h"
#include "core/automation_json.h"

#include "shipped_catalogue.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>

using namespace ubr;

namespace {
const Catalogue& catalogue() {
  return test::shipped_catalogue();
}
}  // namespace

TEST_CASE("opening an exercise and going home") {
  const Catalogue cat = catalogue();
  AppState state;
  UpdateResult opened = update(state, OpenExercise{"arm-reach"}, cat);
  REQUIRE(opened.ok());
  CHECK(opened.state.screen == Screen::Exercise);
  CHECK(opened.state.selected_exercise == "arm-reach");

  UpdateResult home = update(opened.state, GoHome{}, cat);
  REQUIRE(home.ok());
  CHECK(home.state.screen == Screen::Home);
  CHECK(home.state.selected_exercise.empty());
}

TEST_CASE("opening an unknown exercise is rejected and changes nothing") {
  const UpdateResult result = update(AppState{}, OpenExercise{"cartwheel"}, catalogue());
  CHECK(result.error == "no exercise with id 'cartwheel'");
  CHECK(result.state.screen == Screen::Home);
}

TEST_CASE("actions parse from JSON and unknown ones are rejected with a message") {
  const ActionParse open = parse_action(R"({"type":"openExercise","id":"arm-slides"})");
  REQUIRE(open.action.has_value());
  CHECK(std::get<OpenExercise>(*open.action).id == "arm-slides");
  CHECK(std::holds_alternative<GoHome>(*parse_action(R"({"type":"goHome"})").action));

  CHECK(parse_action(R"({"type":"fly"})").error == "unknown action type 'fly'");
  CHECK(parse_action(R"({"id":"x"})").error == "action: type: missing");
  CHECK(parse_action("nope").error == "action: not valid JSON");
  CHECK(parse_action(R"({"type":"openExercise"})").error == "action: id: missing");
  CHECK(parse_action(R"({"type":3})").error == "action: type: expected text");
}

TEST_CASE("time advances the demonstration only on the exercise screen, in clamped steps") {
  const Catalogue cat = catalogue();
  CHECK(advance(AppState{}, 1.0, catalogue()).state.demo.time_seconds == 0);
  AppState state = update(AppState{}, OpenExercise{"arm-slides"}, cat).state;
  state = advance(state, 0.1, catalogue()).state;
  CHECK(state.demo.time_seconds == Approx(0.1));
  state =
      advance(state, 3600.0, catalogue()).state;  // a tab hidden for an hour moves the demo by one clamped step only
  CHECK(state.demo.time_seconds == Approx(0.1 + kMaxTimeStepSeconds));
  CHECK(advance(state, -1.0, catalogue()).state.demo.time_seconds == state.demo.time_seconds);
  CHECK(advance(state, std::nan(""), catalogue()).state.demo.time_seconds == state.demo.time_seconds);
}

TEST_CASE("the state JSON has the fields the automation interface documents") {
  const Catalogue cat = catalogue();
  const AppState state = update(AppState{}, OpenExercise{"mid-trap"}, cat).state;
  const nlohmann::json json = nlohmann::json::parse(state_to_json(state, cat, "1.2.3"));
  CHECK(json["version"] == "1.2.3");
  CHECK(json["screen"] == "exercise");
  CHECK(json["selectedExercise"] == "mid-trap");
  REQUIRE(json["exercises"].size() == cat.exercises.size());
  CHECK(json["exercises"][0]["id"] == "arm-slides");
  CHECK(json["exercises"][0]["name"] == "Arm Slides");
  CHECK(nlohmann::json::parse(state_to_json(AppState{}, cat, "v"))["selectedExercise"].is_null());
}

TEST_CASE("advanceTime moves the clock in frame-sized steps and rejects bad durations") {
  const Catalogue cat = catalogue();
  const AppState opened = update(AppState{}, OpenExercise{"arm-slides"}, cat).state;
  const UpdateResult result = update(opened, AdvanceTime{90.0}, cat);
  REQUIRE(result.ok());
  // The demonstration loops: its time wraps at the loop length (7 s for arm slides).
  CHECK(result.state.demo.time_seconds == Approx(std::fmod(90.0, 7.0)));
  CHECK_FALSE(update(opened, AdvanceTime{-1}, cat).ok());
  CHECK_FALSE(update(opened, AdvanceTime{kMaxAdvanceSeconds + 1}, cat).ok());
  REQUIRE(parse_action(R"({"type":"advanceTime","seconds":2.5})").action.has_value());
  CHECK(parse_action(R"({"type":"advanceTime","seconds":"x"})").error == "action: seconds: expected a number");
}
