// libFuzzer target: what an import does with a backup file after reading it, through the progress feature's own
// functions: the automation interface's importBackup (merge and replace at once) and the screen's path (the picked
// file waits, then the person chooses merge or replace), each applied to progress that already holds sessions.
// Properties: no crash whatever the bytes; a file that cannot be read changes no session and says why; a merge
// keeps every session already there and adds every session of the backup, under our epoch and goal; a replace
// holds exactly the backup's sessions under an epoch above both (so other tabs adopt it); the screen's path ends
// where the direct one does; and what is then written to storage reads back as the same document.
#include "core/progress/document.h"
#include "core/progress/merge.h"
#include "core/progress/update.h"
#include "fuzz_support.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>

using namespace ubr;
using ubr::fuzz::ids_of;
using ubr::fuzz::require;
using ubr::fuzz::require_same;

namespace {

constexpr std::int64_t kNow = 1764000000000;  // 2025-11-24
const WallClock kClock{kNow, 60};

// Progress as it is after a start-up: two sessions (one shared by id with the seed backups) and a goal.
ProgressState current_progress() {
  const char* stored = R"({"schema":2,"app":"0.1.0","epoch":3,"goal":{"perWeek":4,"rev":2},"sessions":[)"
                       R"({"id":"s-1","start":1763900000000,"end":1763900600000,"date":"2025-11-23","tz":60,)"
                       R"("routine":"Short","done":true,"ex":[["arm-slides",10,10,1,1,42.5]],"pb":4,"pa":2,)"
                       R"("note":"","rev":1},)"
                       R"({"id":"s-2","start":1763990000000,"end":1763990600000,"date":"2025-11-24","tz":60,)"
                       R"("routine":"Full","done":false,"ex":[["mid-trap",10,3,1,0,12]],"rev":0}]})";
  ProgressParse parsed = parse_progress(stored, "stored progress");
  require(parsed.doc.has_value(), "the set-up document reads", parsed.error);
  ProgressState progress;
  ProgressLoaded loaded;
  loaded.doc = std::make_shared<const ProgressDoc>(std::move(*parsed.doc));
  loaded.status.health = StorageHealth::Saved;
  require(apply_progress_action(progress, loaded, kClock).error.empty(), "the stored document loads");
  return progress;
}

// What the app writes to localStorage after the import must be readable at the next start.
void written_reads_back(const ProgressDoc& doc, const char* what) {
  const std::string written = progress_to_json(doc, "fuzz");
  const ProgressParse again = parse_progress(written, "stored progress");
  require(again.doc.has_value(), std::string(what) + ": the stored result reads back", again.error);
  require_same(progress_to_json(*again.doc, "fuzz"), written, std::string(what) + ": stored round trip");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ProgressState kCurrent = current_progress();
  const std::string text(reinterpret_cast<const char*>(data), size);
  const ProgressDoc& before = *kCurrent.doc;
  const ProgressParse backup = parse_progress(text, "backup.json", kNow + 24LL * 60 * 60 * 1000);

  for (const ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
    const char* what = mode == ImportMode::Merge ? "merge" : "replace";
    ProgressState direct = kCurrent;
    const ProgressOutcome outcome = apply_progress_action(direct, ImportBackup{text, mode, "backup.json"}, kClock);

    // The screen's path: the picked file waits, then the person chooses.
    ProgressState screen = kCurrent;
    require(apply_progress_action(screen, ImportFileLoaded{text, "backup.json", ""}, kClock).error.empty(),
            "a picked file is answered in the state, never refused");

    if (!backup.doc) {
      require(!outcome.error.empty(), std::string(what) + ": an unreadable backup is refused with a reason");
      // A refused action is answered by its error alone (window.app.dispatch returns it); the state is untouched.
      require(!direct.import_message.has_value(), std::string(what) + ": a refused import leaves no message behind");
      require(*direct.doc == before, std::string(what) + ": a refused import changes nothing");
      require(!screen.pending_import && screen.import_message && !screen.import_message->ok,
              "a picked unreadable file is not offered for import, and the screen says why");
      continue;
    }
    require(outcome.error.empty(), std::string(what) + ": a readable backup imports", outcome.error);
    require(direct.import_message && direct.import_message->ok, "the import is confirmed on screen");
    require(screen.pending_import.has_value(), "a picked readable file waits for the choice");
    require(apply_progress_action(screen, ConfirmImport{mode}, kClock).error.empty(), "the choice is applied");
    require_same(progress_to_json(*screen.doc, ""), progress_to_json(*direct.doc, ""),
                 std::string(what) + ": the screen's path ends where the direct import does");

    const std::set<std::string> ours = ids_of(before);
    const std::set<std::string> theirs = ids_of(*backup.doc);
    const std::set<std::string> now = ids_of(*direct.doc);
    require(now.size() == direct.doc->sessions.size(), std::string(what) + ": no session twice");
    if (mode == ImportMode::Merge) {
      std::set<std::string> both = ours;
      both.insert(theirs.begin(), theirs.end());
      require(now == both, "merge: every session of both, and no other");
      require(direct.doc->epoch == before.epoch, "merge keeps our epoch");
      require(direct.doc->goal.sessions_per_week == before.goal.sessions_per_week, "merge keeps our goal");
    } else {
      require(now == theirs, "replace: exactly the backup's sessions");
      require(direct.doc->epoch > std::max(before.epoch, backup.doc->epoch), "replace raises the epoch above both");
    }
    written_reads_back(*direct.doc, what);
  }
  return 0;
}
