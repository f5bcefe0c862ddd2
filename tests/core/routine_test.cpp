// Custom routines and session settings: editing, and reading them back from storage text without losing anything.
#include "session_test_util.h"

#include "core/session/routine.h"
#include "core/session/settings.h"

using namespace ubr;
using namespace ubr::session_test;

TEST_CASE("custom routines are saved with new ids, replaced and deleted") {
  AppState state;
  const Routine mine{"", "Desk break", {{"shoulder-roll", {5, 1, 0, false}}, {"arm-reach", {3, 1, 8, false}}}};
  state = must(state, SaveRoutine{mine});
  state = must(state, SaveRoutine{mine});
  REQUIRE(state.routines.custom.size() == 2);
  CHECK(state.routines.custom[0].id == "custom-1");
  CHECK(state.routines.custom[1].id == "custom-2");
  CHECK(state.routines.custom[0].items[1].dosage.per_side);  // taken from the catalogue

  Routine renamed = state.routines.custom[0];
  renamed.name = "Morning";
  renamed.items.pop_back();
  state = must(state, SaveRoutine{renamed});
  CHECK(state.routines.custom[0].name == "Morning");
  CHECK(state.routines.custom[0].items.size() == 1);

  state = must(state, DeleteRoutine{"custom-1"});
  REQUIRE(state.routines.custom.size() == 1);
  CHECK(state.routines.custom[0].id == "custom-2");
  CHECK(update(state, DeleteRoutine{"custom-1"}, shipped_catalogue()).error == "no custom routine with id 'custom-1'");
  state = must(state, SaveRoutine{mine});
  CHECK(state.routines.custom[1].id == "custom-3");  // ids are never reused while a larger one exists
}

TEST_CASE("invalid routines are refused with a reason") {
  const Catalogue& cat = shipped_catalogue();
  auto error = [&](Routine routine) { return update(AppState{}, SaveRoutine{std::move(routine)}, cat).error; };
  CHECK(error({"", "", {{"arm-slides", {1, 1, 0, false}}}}) == "the routine needs a name");
  CHECK(error({"", "Empty", {}}) == "choose at least one exercise");
  CHECK(error({"", "X", {{"cartwheel", {1, 1, 0, false}}}}) == "no exercise with id 'cartwheel'");
  CHECK(error({"", "X", {{"arm-slides", {0, 1, 0, false}}}}) == "Arm Slides: repetitions must be from 1 to 100");
  CHECK(error({"", "X", {{"arm-slides", {1, 11, 0, false}}}}) == "Arm Slides: sets must be from 1 to 10");
  CHECK(error({"", "X", {{"arm-slides", {1, 1, 5, false}}}}) == "Arm Slides is not held");
  CHECK(error({"", "X", {{"elbow-squeeze", {1, 1, 0, false}}}}) ==
        "Elbow Squeeze: the hold must be from 1 to 120 seconds");
  CHECK(error({"custom-9", "X", {{"arm-slides", {1, 1, 0, false}}}}) == "no custom routine with id 'custom-9'");
}

TEST_CASE("custom routines survive a round trip through their stored text") {
  AppState state;
  state = must(state,
               SaveRoutine{{"", "Desk break", {{"shoulder-roll", {5, 2, 0, false}}, {"arm-reach", {3, 1, 8, true}}}}});
  const std::string text = routines_to_json(state.routines.custom);

  AppState reloaded = must(AppState{}, RestoreSessionData{std::nullopt, text});
  CHECK(reloaded.routines.load_error.empty());
  REQUIRE(reloaded.routines.custom.size() == 1);
  const Routine& routine = reloaded.routines.custom[0];
  CHECK(routine.id == "custom-1");
  CHECK(routine.name == "Desk break");
  CHECK(routine.items[0].dosage.sets == 2);
  CHECK(routine.items[1].dosage.hold_seconds == 8);
  CHECK(routine.items[1].dosage.per_side);
  // A restored routine can be started.
  CHECK(update(reloaded, StartSession{"custom-1"}, shipped_catalogue()).ok());
}

TEST_CASE("unreadable stored routines are reported and their text kept word for word") {
  const char* corrupt[] = {
      "{not json",
      R"({"schema":1,"routines":[{"id":"custom-1","name":"A","items":[{"exerciseId":"cartwheel","reps":1,"sets":1,"holdSeconds":0}]}]})",
      R"({"schema":2,"routines":[]})",
      R"({"schema":1,"routines":[{"id":"full","name":"A","items":[{"exerciseId":"arm-slides","reps":1,"sets":1,"holdSeconds":0}]}]})",
      R"([1,2,3])",
  };
  for (const char* text : corrupt) {
    INFO(text);
    const AppState state = must(AppState{}, RestoreSessionData{std::nullopt, std::string(text)});
    CHECK_FALSE(state.routines.load_error.empty());
    CHECK(state.routines.load_error.rfind("saved routines: ", 0) == 0);
    CHECK(state.routines.unreadable_text == text);
    CHECK(state.routines.custom.empty());
  }
}

TEST_CASE("settings are changed within limits and read back; unreadable settings fall back to the defaults") {
  AppState state = must(AppState{}, UpdateSettings{{10, 45, 0, false, true, 0.5}});
  CHECK(state.session_settings.get_ready_seconds == 10);
  CHECK(state.session_settings.rest_seconds == 45);
  CHECK_FALSE(state.session_settings.sound);
  SettingsChange long_rest;
  long_rest.rest_seconds = 301;
  CHECK(update(state, UpdateSettings{long_rest}, shipped_catalogue()).error == "restSeconds must be from 0 to 300");
  SettingsChange loud;
  loud.volume = 1.5;
  CHECK(update(state, UpdateSettings{loud}, shipped_catalogue()).error == "volume must be from 0 to 1");

  const std::string text = settings_to_json(state.session_settings);
  const AppState reloaded = must(AppState{}, RestoreSessionData{text, std::nullopt});
  CHECK(reloaded.settings_load_error.empty());
  CHECK(reloaded.session_settings.rest_seconds == 45);
  CHECK(reloaded.session_settings.volume == 0.5);
  CHECK_FALSE(reloaded.session_settings.sound);

  const AppState broken = must(AppState{}, RestoreSessionData{std::string("{\"schema\":1}"), std::nullopt});
  CHECK(broken.settings_load_error == "settings: getReadySeconds: missing");
  CHECK(broken.session_settings.rest_seconds == 30);
}

TEST_CASE("the next custom id skips ids that are not numbered") {
  RoutineBook book;
  book.custom.push_back({"custom-7", "a", {}});
  book.custom.push_back({"custom-x", "b", {}});
  CHECK(next_custom_routine_id(book) == "custom-8");
}
