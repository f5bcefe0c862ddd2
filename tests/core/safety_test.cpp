// The first-use safety gate, the stored acknowledgement and the comfort settings.
#include "core/safety/safety.h"
#include "core/automation_json.h"
#include "core/update.h"

#include "shipped_catalogue.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ubr;

namespace {
const Catalogue& catalogue() {
  return test::shipped_catalogue();
}

AppState apply(const AppState& state, Action action, const Catalogue& cat) {
  UpdateResult result = update(state, action, cat);
  INFO(result.error);
  REQUIRE(result.ok());
  return result.state;
}

// The app as the platform starts it: the stored document (if any) restored, which turns the gate on.
AppState started_app(std::optional<std::string> stored, const Catalogue& cat) {
  return apply(AppState{}, SafetyAction{RestoreSafety{std::move(stored)}}, cat);
}

nlohmann::json state_json(const AppState& state, const Catalogue& cat) {
  return nlohmann::json::parse(state_to_json(state, cat, "0.0.0"));
}
}  // namespace

TEST_CASE("on first use no session starts before the safety guidance is acknowledged") {
  const Catalogue cat = catalogue();
  const AppState fresh = started_app(std::nullopt, cat);
  CHECK_FALSE(fresh.safety.acknowledged);

  // Asking to start shows the guidance instead, whoever asks (a click, a tap, the mirror or automation).
  const UpdateResult detoured = update(fresh, StartSession{"short"}, cat);
  REQUIRE(detoured.ok());
  CHECK_FALSE(detoured.state.session.active);
  CHECK(detoured.state.screen == Screen::Safety);
  CHECK(detoured.state.safety.pending_routine == "short");

  // Looking at exercises stays possible: only sessions wait for the guidance.
  CHECK(update(fresh, OpenExercise{"arm-slides"}, cat).ok());
  CHECK(update(fresh, GoHome{}, cat).ok());

  const AppState acknowledged = apply(fresh, SafetyAction{AcknowledgeSafety{}}, cat);
  const UpdateResult started = update(acknowledged, StartSession{"short"}, cat);
  REQUIRE(started.ok());
  CHECK(started.state.session.active);
}

TEST_CASE("the gate is off until the platform restores the stored document") {
  // Engine tests start from a blank AppState and must not need to acknowledge anything.
  CHECK(update(AppState{}, StartSession{"short"}, catalogue()).ok());
}

TEST_CASE("trying to start a session first shows the guidance and remembers the routine") {
  const Catalogue cat = catalogue();
  AppState state = apply(started_app(std::nullopt, cat), SafetyAction{OpenSafety{"short"}}, cat);
  CHECK(state.screen == Screen::Safety);
  CHECK(state.safety.pending_routine == "short");
  CHECK(state_json(state, cat)["safety"]["pendingRoutine"] == "short");
  CHECK(state_json(state, cat)["screen"] == "safety");

  // Leaving without acknowledging is not offered before the first acknowledgement.
  CHECK_FALSE(update(state, SafetyAction{CloseSafety{}}, cat).ok());

  state = apply(state, SafetyAction{AcknowledgeSafety{}}, cat);
  CHECK(state.screen == Screen::Session);
  CHECK(state.session.routine_id == "short");
}

TEST_CASE("the guidance stays reachable after it was acknowledged") {
  const Catalogue cat = catalogue();
  AppState state = apply(started_app(std::nullopt, cat), SafetyAction{AcknowledgeSafety{}}, cat);
  state = apply(state, SafetyAction{OpenSafety{}}, cat);
  CHECK(state.screen == Screen::Safety);
  state = apply(state, SafetyAction{CloseSafety{}}, cat);
  CHECK(state.screen == Screen::Home);
  CHECK(state.safety.acknowledged);
}

TEST_CASE("the acknowledgement and comfort settings survive a reload") {
  const Catalogue cat = catalogue();
  AppState state = apply(started_app(std::nullopt, cat), SafetyAction{AcknowledgeSafety{}}, cat);
  state = apply(state, SafetyAction{UpdateComfort{1.3, ThemeChoice::Dark, MotionChoice::Smooth}}, cat);
  const std::string stored = safety_document_to_json(state.safety, state.comfort.settings);

  const AppState reloaded = started_app(stored, cat);
  CHECK(reloaded.safety.acknowledged);
  CHECK(reloaded.safety.load_error.empty());
  CHECK(reloaded.comfort.settings.text_scale == Approx(1.3));
  CHECK(reloaded.comfort.settings.theme == ThemeChoice::Dark);
  CHECK(reloaded.comfort.settings.motion == MotionChoice::Smooth);
  CHECK(update(reloaded, StartSession{"short"}, cat).ok());
}

TEST_CASE("an unreadable stored document shows the guidance again and says why") {
  const Catalogue cat = catalogue();
  for (const char* stored :
       {"{not json", R"({"schema":1,"safetyAcknowledged":"yes","textScale":1,"theme":"light","motion":"system"})",
        R"({"schema":1,"safetyAcknowledged":true,"textScale":9,"theme":"light","motion":"system"})",
        R"({"schema":1,"safetyAcknowledged":true,"textScale":1,"theme":"purple","motion":"system"})",
        R"({"schema":2,"safetyAcknowledged":true,"textScale":1,"theme":"light","motion":"system"})"}) {
    INFO(stored);
    const AppState state = started_app(std::string(stored), cat);
    CHECK_FALSE(state.safety.acknowledged);
    CHECK_FALSE(state.safety.load_error.empty());
    CHECK(state.comfort.settings.text_scale == 1.0);
    const UpdateResult asked = update(state, StartSession{"short"}, cat);
    CHECK_FALSE(asked.state.session.active);
    CHECK(asked.state.screen == Screen::Safety);
  }
}

TEST_CASE("theme and motion follow the system unless the user chose") {
  Comfort comfort;
  comfort.system = {true, true};
  CHECK(uses_dark_theme(comfort));
  CHECK(uses_stepped_motion(comfort));
  comfort.settings.theme = ThemeChoice::Light;
  comfort.settings.motion = MotionChoice::Smooth;
  CHECK_FALSE(uses_dark_theme(comfort));
  CHECK_FALSE(uses_stepped_motion(comfort));
  comfort.system = {false, false};
  comfort.settings.theme = ThemeChoice::Dark;
  comfort.settings.motion = MotionChoice::Steps;
  CHECK(uses_dark_theme(comfort));
  CHECK(uses_stepped_motion(comfort));
}

TEST_CASE("text size steps up and down within its limits") {
  CHECK(next_text_scale(1.0, +1) == Approx(1.15));
  CHECK(next_text_scale(1.0, -1) == Approx(0.85));
  CHECK(next_text_scale(kMaxTextScale, +1) == Approx(kMaxTextScale));
  CHECK(next_text_scale(kMinTextScale, -1) == Approx(kMinTextScale));
  CHECK(next_text_scale(1.2, -1) == Approx(1.15));  // an odd stored value snaps to the nearest offered size
}

TEST_CASE("safety and comfort actions parse from JSON and bad values are refused") {
  const Catalogue cat = catalogue();
  AppState state = started_app(std::nullopt, cat);
  for (const char* text : {R"({"type":"acknowledgeSafety"})", R"({"type":"openSafety"})", R"({"type":"closeSafety"})",
                           R"({"type":"updateComfort","textScale":1.45,"theme":"dark","motion":"steps"})",
                           R"({"type":"systemPreferences","dark":true,"reducedMotion":true})"}) {
    INFO(text);
    const ActionParse parsed = parse_action(text);
    REQUIRE(parsed.action);
    state = apply(state, *parsed.action, cat);
  }
  const nlohmann::json json = state_json(state, cat);
  CHECK(json["safety"]["acknowledged"] == true);
  CHECK(json["safety"]["required"] == false);
  CHECK(json["comfort"]["textScale"] == Approx(1.45));
  CHECK(json["comfort"]["theme"] == "dark");
  CHECK(json["comfort"]["motion"] == "steps");
  CHECK(json["comfort"]["dark"] == true);
  CHECK(json["comfort"]["steppedMotion"] == true);

  CHECK(parse_action(R"({"type":"updateComfort","textScale":3})").error ==
        "action: textScale: expected a number from 0.85 to 1.6, found 3");
  CHECK_THAT(parse_action(R"({"type":"updateComfort","theme":"purple"})").error, Catch::Contains("theme"));
  CHECK_THAT(parse_action(R"({"type":"systemPreferences","dark":"yes"})").error, Catch::Contains("dark"));
  CHECK(update(state, SafetyAction{UpdateComfort{5.0, {}, {}}}, cat).error == "textScale must be from 0.85 to 1.6");
}

TEST_CASE("one acknowledgement starts the session that was asked for, at the time of the acknowledgement") {
  const Catalogue cat = catalogue();
  const AppState asked = apply(started_app(std::nullopt, cat), StartSession{"short"}, cat);
  REQUIRE(asked.screen == Screen::Safety);
  const WallClock clock{1700000000000, 60};
  const UpdateResult started = update(asked, SafetyAction{AcknowledgeSafety{}}, {cat, clock});
  REQUIRE(started.ok());
  CHECK(started.state.safety.acknowledged);
  CHECK(started.state.safety.pending_routine.empty());
  CHECK(started.state.screen == Screen::Session);
  CHECK(started.state.session.active);
  CHECK(started.state.session.routine_id == "short");
  CHECK(started.state.session.started.utc_ms == clock.utc_ms);

  // Acknowledging with nothing pending only leaves the guidance.
  const AppState opened = apply(started_app(std::nullopt, cat), SafetyAction{OpenSafety{}}, cat);
  const AppState read = apply(opened, SafetyAction{AcknowledgeSafety{}}, cat);
  CHECK(read.screen == Screen::Home);
  CHECK_FALSE(read.session.active);

  // A pending routine that no longer exists keeps the acknowledgement and offers the routines to choose from.
  const AppState gone = apply(started_app(std::nullopt, cat), StartSession{"custom-deleted"}, cat);
  const UpdateResult chosen_again = update(gone, SafetyAction{AcknowledgeSafety{}}, cat);
  REQUIRE(chosen_again.ok());
  CHECK(chosen_again.state.safety.acknowledged);
  CHECK(chosen_again.state.screen == Screen::Routines);
  CHECK_FALSE(chosen_again.state.session.active);
}
