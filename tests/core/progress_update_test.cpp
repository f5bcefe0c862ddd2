#include "core/automation_json.h"
#include "core/progress/document.h"
#include "core/update.h"
#include "progress_test_util.h"

#include "shipped_catalogue.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ubr;
using nlohmann::json;
using ubr::test::doc_with;
using ubr::test::session_on;

namespace {
const Catalogue& catalogue() {
  return test::shipped_catalogue();
}

constexpr std::int64_t kNow = 1795600800000;  // 2026-11-25 10:00 UTC
const WallClock kClock{kNow, 60};

// The effects of the last dispatch, as the platform would receive them.
std::vector<Effect> g_effects;

// Applies a JSON action as the automation interface does, at kClock; returns the error ("" when applied).
std::string dispatch(AppState& state, const std::string& action_json) {
  const ActionParse parsed = parse_action(action_json);
  if (!parsed.action) return parsed.error;
  UpdateResult result = update(state, *parsed.action, {catalogue(), kClock});
  state = std::move(result.state);
  g_effects = std::move(result.effects);
  return result.error;
}

std::vector<Download> downloads() {
  std::vector<Download> files;
  for (const Effect& effect : g_effects) {
    if (const auto* file = std::get_if<Download>(&effect)) files.push_back(*file);
  }
  return files;
}

bool asks_to_save() {
  return std::any_of(g_effects.begin(), g_effects.end(),
                     [](const Effect& effect) { return std::holds_alternative<SaveProgress>(effect); });
}

// A state that has seen the clock, as the running app's has.
AppState started() {
  return advance(AppState{}, 0.0, {catalogue(), kClock}).state;
}

json progress_json(const AppState& state) {
  return json::parse(state_to_json(state, catalogue(), "0.1.0"))["progress"];
}
}  // namespace

TEST_CASE("logSession records a session; the state reports it and the streaks") {
  AppState state = started();
  CHECK(dispatch(state, R"({"type":"logSession","id":"t-1","startedAt":1795600000000,"utcOffsetMinutes":60,
                           "exercises":[{"id":"arm-slides","repsPlanned":10,"repsDone":10,"setsPlanned":1,
                                         "setsDone":1,"seconds":50}],"painBefore":4})") == "");
  const json progress = progress_json(state);
  CHECK(progress["sessionCount"] == 1);
  CHECK(progress["sessionIds"] == json::array({"t-1"}));
  CHECK(progress["recentSessions"][0]["localDate"] == "2026-11-25");
  CHECK(progress["recentSessions"][0]["painBefore"] == 4);
  CHECK(progress["dayStreak"] == 1);
  CHECK(progress["sessionsThisWeek"] == 1);
  CHECK(progress["today"] == "2026-11-25");
  CHECK(asks_to_save());

  CHECK(dispatch(state, R"({"type":"logSession","id":"t-1","startedAt":1795600000000})") ==
        "a session with id 't-1' exists");
  CHECK(dispatch(state, R"({"type":"logSession","startedAt":1795600000000,"painAfter":-1})") ==
        "logSession: pa: expected a whole number from 0 to 10, found -1");
  CHECK(dispatch(state, R"({"type":"logSession"})") ==
        "logSession: startedAt: expected a time in whole milliseconds (UTC)");
  CHECK(progress_json(state)["sessionCount"] == 1);
}

TEST_CASE("annotateSession sets pain and a note; rising pain brings the calm prompt") {
  AppState state = started();
  REQUIRE(dispatch(state, R"({"type":"logSession","id":"t-1","startedAt":1795600000000,"painBefore":3})") == "");
  CHECK(progress_json(state)["painPrompt"].is_null());
  CHECK(dispatch(state, R"({"type":"annotateSession","id":"t-1","painAfter":6,"note":"left shoulder"})") == "");
  const json progress = progress_json(state);
  CHECK(progress["recentSessions"][0]["painAfter"] == 6);
  CHECK(progress["recentSessions"][0]["note"] == "left shoulder");
  CHECK(progress["painPrompt"]["sessionId"] == "t-1");
  CHECK(progress["painPrompt"]["text"].get<std::string>().find("see a doctor or physiotherapist") != std::string::npos);
  CHECK(state.progress.doc->sessions[0].revision == 1);
  CHECK(dispatch(state, R"({"type":"annotateSession","id":"t-1","painAfter":null})") == "");
  CHECK(progress_json(state)["painPrompt"].is_null());
  CHECK(dispatch(state, R"({"type":"annotateSession","id":"nope","painAfter":1})") ==
        "no recorded session with id 'nope'");
  CHECK(dispatch(state, R"({"type":"annotateSession","id":"t-1","painAfter":11})") ==
        "annotateSession: painAfter: expected a whole number from 0 to 10, found 11");
}

TEST_CASE("a session that ends is recorded in the history and stored at once") {
  AppState state = started();
  REQUIRE(dispatch(state, R"({"type":"acknowledgeSafety"})") == "");
  REQUIRE(dispatch(state, R"({"type":"startSession","routine":"short"})") == "");
  CHECK(state.progress.doc->sessions.empty());
  REQUIRE(dispatch(state, R"({"type":"endSession"})") == "");
  REQUIRE(state.progress.doc->sessions.size() == 1);
  CHECK(state.progress.doc->sessions[0].id == state.session.record_id);
  CHECK(state.progress.doc->sessions[0].ended_utc_ms == kNow);
  CHECK(asks_to_save());
}

TEST_CASE("a record already in the history (delivered twice) is not added again") {
  ProgressState progress;
  CHECK(record_finished_session(progress, session_on("engine-1", "2026-11-25")).effects.size() == 1);
  CHECK(record_finished_session(progress, session_on("engine-2", "2026-11-24")).effects.size() == 1);
  CHECK(record_finished_session(progress, session_on("engine-1", "2026-11-25")).effects.empty());
  CHECK(progress.doc->sessions.size() == 2);
}

TEST_CASE("importing: merge adds, replace replaces, a bad file changes nothing") {
  AppState state = started();
  REQUIRE(dispatch(state, R"({"type":"logSession","id":"mine","startedAt":1795600000000})") == "");
  const std::string backup =
      progress_to_json(doc_with({session_on("old-1", "2026-10-01"), session_on("old-2", "2026-10-02")}), "0.1.0");
  json merge = {{"type", "importBackup"}, {"text", backup}, {"mode", "merge"}};
  CHECK(dispatch(state, merge.dump()) == "");
  CHECK(progress_json(state)["sessionCount"] == 3);
  CHECK(progress_json(state)["importMessage"]["text"] == "Imported 2 sessions (2 new).");
  CHECK(dispatch(state, merge.dump()) == "");  // again: nothing duplicated
  CHECK(progress_json(state)["sessionCount"] == 3);
  CHECK(progress_json(state)["importMessage"]["text"] == "Imported 2 sessions (0 new).");

  const std::string before = state_to_json(state, catalogue(), "x");
  for (const std::string& bad : {std::string("not json"), std::string(R"({"schema":2,"sessions":[]})"),
                                 std::string(R"({"schema":99})"), std::string(200, '[')}) {
    json action = {{"type", "importBackup"}, {"text", bad}, {"mode", "replace"}};
    CHECK(dispatch(state, action.dump()).rfind("backup: ", 0) == 0);
    CHECK(state_to_json(state, catalogue(), "x") == before);  // refused: nothing changed, nothing to store
    CHECK_FALSE(asks_to_save());
  }
  // A session dated a week from now is refused as an import (the clock says 2026-11-25).
  const std::string future = progress_to_json(doc_with({session_on("f", "2026-12-02")}), "0.1.0");
  json action = {{"type", "importBackup"}, {"text", future}, {"mode", "merge"}};
  CHECK(dispatch(state, action.dump()).find("is too far in the future") != std::string::npos);

  json replace = {{"type", "importBackup"}, {"text", backup}, {"mode", "replace"}};
  CHECK(dispatch(state, replace.dump()) == "");
  CHECK(progress_json(state)["sessionIds"] == json::array({"old-2", "old-1"}));
  CHECK(state.progress.doc->epoch == 1);
}

TEST_CASE("a picked file waits for the user's choice") {
  AppState state = started();
  const std::string backup = progress_to_json(doc_with({session_on("old-1", "2026-10-01")}), "0.1.0");
  state = update(state, ProgressAction{ImportFileLoaded{backup, "b.json", ""}}, catalogue()).state;
  REQUIRE(state.progress.pending_import.has_value());
  CHECK(state.progress.pending_import->new_sessions == 1);
  CHECK(state.progress.doc->sessions.empty());
  CHECK(dispatch(state, R"({"type":"confirmImport","mode":"merge"})") == "");
  CHECK(state.progress.doc->sessions.size() == 1);
  CHECK_FALSE(state.progress.pending_import.has_value());
  CHECK(dispatch(state, R"({"type":"confirmImport","mode":"merge"})") == "no backup file is waiting to be imported");
  state =
      update(state, ProgressAction{ImportFileLoaded{"", "big.json", "big.json: larger than 5 MB"}}, catalogue()).state;
  CHECK(state.progress.import_message->text == "Nothing was imported. big.json: larger than 5 MB");
}

TEST_CASE("weekly goal, reset, exports") {
  AppState state = started();
  REQUIRE(dispatch(state, R"({"type":"logSession","id":"t-1","startedAt":1795600000000,"note":"=1+1"})") == "");
  CHECK(dispatch(state, R"({"type":"setWeeklyGoal","sessionsPerWeek":5})") == "");
  CHECK(progress_json(state)["weeklyGoal"] == 5);
  CHECK(dispatch(state, R"({"type":"setWeeklyGoal","sessionsPerWeek":0})") ==
        "setWeeklyGoal: sessionsPerWeek: expected a whole number from 1 to 14, found 0");

  CHECK(dispatch(state, R"({"type":"exportBackup","format":"csv"})") == "");
  REQUIRE(downloads().size() == 1);
  CHECK(downloads()[0].mime_type == "text/csv");
  CHECK(downloads()[0].text.find("'=1+1") != std::string::npos);
  CHECK(dispatch(state, R"({"type":"exportBackup","format":"json"})") == "");
  REQUIRE(downloads().size() == 1);
  CHECK(downloads()[0].file_name == "upper-back-relief-progress-2026-11-25.json");
  CHECK_FALSE(asks_to_save());  // exporting changes nothing stored
  const ProgressParse exported = parse_progress(downloads()[0].text, "export");
  REQUIRE(exported.doc.has_value());
  CHECK(exported.doc->sessions.size() == 1);
  CHECK(exported.doc->goal.sessions_per_week == 5);

  CHECK(dispatch(state, R"({"type":"resetProgress"})") == "");
  CHECK(progress_json(state)["sessionCount"] == 0);
  CHECK(progress_json(state)["weeklyGoal"] == 3);
  CHECK(state.progress.doc->epoch == 1);
}

TEST_CASE("unreadable stored data: kept for download, flagged until the user starts fresh") {
  AppState state = started();
  StorageStatus status;
  status.health = StorageHealth::Unreadable;
  status.detail = "stored progress: not valid JSON";
  status.unreadable_key = "ubr.progress.unreadable";
  state = update(state,
                 ProgressAction{ProgressLoaded{nullptr, status, std::make_shared<const std::string>("{oops"), false}},
                 catalogue())
              .state;
  json progress = progress_json(state);
  CHECK(progress["storage"]["status"] == "unreadable");
  CHECK(progress["storage"]["warning"].get<std::string>().find("could not be read") != std::string::npos);
  // A later successful read or write report does not hide it.
  state = update(state, ProgressAction{StorageReport{StorageHealth::Saved, ""}}, catalogue()).state;
  CHECK(progress_json(state)["storage"]["status"] == "unreadable");
  CHECK(dispatch(state, R"({"type":"downloadUnreadable"})") == "");
  REQUIRE(downloads().size() == 1);
  CHECK(downloads()[0].text == "{oops");
  CHECK(dispatch(state, R"({"type":"startFresh"})") == "");
  CHECK(progress_json(state)["storage"]["status"] == "saved");
  CHECK(asks_to_save());
  CHECK(dispatch(state, R"({"type":"startFresh"})") == "stored progress is not unreadable");
}

TEST_CASE("openProgress shows the progress screen; deeply nested actions are refused") {
  AppState state = started();
  CHECK(dispatch(state, R"({"type":"openProgress"})") == "");
  CHECK(state.screen == Screen::Progress);
  CHECK(json::parse(state_to_json(state, catalogue(), "0.1.0"))["screen"] == "progress");
  CHECK(dispatch(state, std::string(100000, '[')) == "action: nested too deeply");
}
