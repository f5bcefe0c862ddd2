// The effects update() and advance() return: what the platform must store, offer, open and play.
#include "core/update.h"
#include "session_test_util.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ubr;
using ubr::session_test::clock_at;
using ubr::session_test::shipped_catalogue;

namespace {
template <typename E>
std::size_t count(const std::vector<Effect>& effects) {
  return static_cast<std::size_t>(
      std::count_if(effects.begin(), effects.end(), [](const Effect& e) { return std::holds_alternative<E>(e); }));
}

AppState acknowledged() {
  return update(AppState{}, SafetyAction{AcknowledgeSafety{}}, shipped_catalogue()).state;
}
}  // namespace

TEST_CASE("starting a session takes the wake lock and announces it; ending releases it") {
  const UpdateResult start = update(acknowledged(), StartSession{"short"}, {shipped_catalogue(), clock_at(5000)});
  REQUIRE(start.ok());
  CHECK(count<KeepScreenOn>(start.effects) == 1);
  CHECK(std::get<KeepScreenOn>(*std::find_if(start.effects.begin(), start.effects.end(), [](const Effect& e) {
          return std::holds_alternative<KeepScreenOn>(e);
        })).on);
  CHECK(count<PlaySound>(start.effects) == 1);
  CHECK(count<Speak>(start.effects) == 1);
  CHECK(start.state.session.started.utc_ms == 5000);

  const UpdateResult end = update(start.state, EndSession{}, {shipped_catalogue(), clock_at(9000)});
  REQUIRE(end.ok());
  CHECK(count<KeepScreenOn>(end.effects) == 1);
  CHECK(count<SaveProgress>(end.effects) == 1);  // the record is stored at once
  REQUIRE(end.state.progress.doc->sessions.size() == 1);
  CHECK(end.state.progress.doc->sessions[0].ended_utc_ms == 9000);
}

TEST_CASE("cues follow the sound and voice settings") {
  AppState state = acknowledged();
  state.session_settings.sound = false;
  const UpdateResult quiet = update(state, StartSession{"short"}, shipped_catalogue());
  CHECK(count<PlaySound>(quiet.effects) == 0);
  CHECK(count<Speak>(quiet.effects) == 1);
  state.session_settings.voice = false;
  CHECK(count<Speak>(update(state, StartSession{"short"}, shipped_catalogue()).effects) == 0);
}

TEST_CASE("a long advanceTime works out the cues once, between the state before and after") {
  const AppState running = update(acknowledged(), StartSession{"short"}, shipped_catalogue()).state;
  const UpdateResult jumped = update(running, AdvanceTime{120}, shipped_catalogue());
  REQUIRE(jumped.ok());
  CHECK(count<PlaySound>(jumped.effects) <= 1);
  CHECK(count<Speak>(jumped.effects) <= 1);
}

TEST_CASE("changes the user makes ask to be stored; refused ones ask for nothing") {
  const Catalogue& cat = shipped_catalogue();
  const UpdateResult saved = update(AppState{}, SaveRoutine{{"", "Desk", {{"mid-trap", {3, 1, 0, false}}}}}, cat);
  REQUIRE(saved.ok());
  CHECK(count<SaveRoutines>(saved.effects) == 1);
  CHECK(count<SaveRoutines>(update(saved.state, DeleteRoutine{"custom-1"}, cat).effects) == 1);
  const UpdateResult invalid = update(AppState{}, SaveRoutine{{"", "Empty", {}}}, cat);
  CHECK_FALSE(invalid.ok());
  CHECK(invalid.effects.empty());

  SettingsChange quieter;
  quieter.volume = 0.5;
  CHECK(count<SaveSessionSettings>(update(AppState{}, UpdateSettings{quieter}, cat).effects) == 1);
  quieter.volume = 2.0;
  CHECK(update(AppState{}, UpdateSettings{quieter}, cat).effects.empty());

  CHECK(count<SaveSafety>(update(AppState{}, SafetyAction{AcknowledgeSafety{}}, cat).effects) == 1);
  CHECK(count<SaveSafety>(update(AppState{}, SafetyAction{UpdateComfort{1.2, {}, {}}}, cat).effects) == 1);
  // Restoring what was stored is not a change to store again.
  CHECK(update(AppState{}, RestoreSessionData{std::nullopt, std::nullopt}, cat).effects.empty());
}

TEST_CASE("the file picker and downloads are effects, not state") {
  const Catalogue& cat = shipped_catalogue();
  const UpdateResult pick = update(AppState{}, ProgressAction{ChooseImportFile{}}, cat);
  CHECK(count<OpenFilePicker>(pick.effects) == 1);
  const UpdateResult csv = update(AppState{}, ProgressAction{ExportBackup{ExportFormat::Csv}}, cat);
  REQUIRE(count<Download>(csv.effects) == 1);
  CHECK(std::get<Download>(csv.effects[0]).file_name == "upper-back-relief-sessions-export.csv");  // no clock: no date
}

TEST_CASE("progress follows the clock into a new local day") {
  const WallClock before_midnight{1795647540000, 60};  // 2026-11-25 22:59 UTC = 23:59 at UTC+1
  const WallClock after_midnight{1795647660000, 60};   // 2026-11-26 00:01 at UTC+1
  AppState state = advance(AppState{}, 0.016, {shipped_catalogue(), before_midnight}).state;
  CHECK(local_date(before_midnight) == "2026-11-25");
  const std::int64_t day = state.progress.today;
  state = advance(state, 0.016, {shipped_catalogue(), after_midnight}).state;
  CHECK(state.progress.today == day + 1);
}
