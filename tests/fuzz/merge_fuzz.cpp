// libFuzzer target: merging two different progress documents, as two tabs do through localStorage and as a
// merging import does. The input is two documents separated by the first NUL byte (which JSON text never holds);
// each is read as stored progress, and when both read:
//   merge_progress is commutative (either tab merging the other's gives the same document), idempotent
//   (merge(a, a) = a) and absorbing (merging the result with either side again changes nothing);
//   it never duplicates a session, and keeps every session of the higher epoch (of both, in the same epoch);
//   merge_with_stored over the other's stored text gives the same as merge_progress;
//   merge_backup keeps our epoch and goal and holds the sessions of both;
//   every result written to storage reads back as itself.
#include "core/progress/document.h"
#include "core/progress/merge.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <string_view>

using namespace ubr;
using ubr::fuzz::ids_of;
using ubr::fuzz::require;
using ubr::fuzz::require_same;

namespace {

std::string text_of(const ProgressDoc& doc) {
  return progress_to_json(doc, "fuzz");
}

void reads_back(const ProgressDoc& doc, const char* what) {
  const std::string written = text_of(doc);
  const ProgressParse again = parse_progress(written, "stored progress");
  require(again.doc.has_value(), std::string(what) + ": the result reads back", again.error);
  require_same(text_of(*again.doc), written, std::string(what) + ": round trip");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const char* text = reinterpret_cast<const char*>(data);
  const void* nul = std::memchr(text, 0, size);
  const std::size_t split = nul ? static_cast<std::size_t>(static_cast<const char*>(nul) - text) : size;
  const std::string first(text, split);
  const std::string second = nul ? std::string(text + split + 1, size - split - 1) : std::string();
  const ProgressParse a = parse_progress(first, "stored progress");
  const ProgressParse b = parse_progress(second, "stored progress");
  if (!a.doc || !b.doc) return 0;

  const ProgressDoc ab = merge_progress(*a.doc, *b.doc);
  const ProgressDoc ba = merge_progress(*b.doc, *a.doc);
  require_same(text_of(ab), text_of(ba), "merge is commutative");
  require_same(text_of(merge_progress(*a.doc, *a.doc)), text_of(*a.doc), "merge is idempotent");
  require_same(text_of(merge_progress(ab, *a.doc)), text_of(ab), "merging the result with one side changes nothing");
  require_same(text_of(merge_progress(ab, *b.doc)), text_of(ab), "merging the result with the other changes nothing");
  require(ids_of(ab).size() == ab.sessions.size(), "merge never duplicates a session");
  if (a.doc->epoch == b.doc->epoch) {
    std::set<std::string> both = ids_of(*a.doc);
    const std::set<std::string> theirs = ids_of(*b.doc);
    both.insert(theirs.begin(), theirs.end());
    require(ids_of(ab) == both, "in one epoch, merge keeps every session of both");
  } else {
    const ProgressDoc& newer = a.doc->epoch > b.doc->epoch ? *a.doc : *b.doc;
    require_same(text_of(ab), text_of(newer), "across epochs, the newer epoch's document wins unchanged");
  }
  reads_back(ab, "merge");

  const StoredMerge stored = merge_with_stored(*a.doc, second);
  require(stored.doc.has_value(), "a readable stored text merges", stored.error);
  require_same(text_of(*stored.doc), text_of(ab), "merge_with_stored is merge_progress over the stored text");

  const ProgressDoc imported = merge_backup(*a.doc, *b.doc);
  require(imported.epoch == a.doc->epoch, "a merging import keeps our epoch");
  require(imported.goal.sessions_per_week == a.doc->goal.sessions_per_week &&
              imported.goal.revision == a.doc->goal.revision,
          "a merging import keeps our goal");
  std::set<std::string> both = ids_of(*a.doc);
  const std::set<std::string> theirs = ids_of(*b.doc);
  both.insert(theirs.begin(), theirs.end());
  require(ids_of(imported) == both, "a merging import holds the sessions of both");
  reads_back(imported, "merging import");
  return 0;
}
