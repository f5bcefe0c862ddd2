// libFuzzer target: everything that reads untrusted progress text. Stored data may be corrupt and a backup file
// may be anything, so parsing must never crash, hang or overflow the stack, whatever the bytes. When a document
// parses, writing it out and reading it back must give the same document (the round trip the app relies on), and
// merging it with itself must change nothing.
#include "core/automation_json.h"
#include "core/progress/document.h"
#include "core/progress/merge.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // As a backup (far-future bound from a fixed "now") and as stored data.
  const ubr::ProgressParse backup = ubr::parse_progress(text, "backup", 1800000000000);
  const ubr::ProgressParse stored = ubr::parse_progress(text, "stored progress");
  if (backup.doc && !stored.doc) std::abort();  // the stored bound is the looser one

  if (stored.doc) {
    const std::string written = ubr::progress_to_json(*stored.doc, "fuzz");
    const ubr::ProgressParse again = ubr::parse_progress(written, "stored progress");
    if (!again.doc || ubr::progress_to_json(*again.doc, "fuzz") != written) std::abort();
    if (ubr::merge_progress(*stored.doc, *stored.doc) != *stored.doc) std::abort();
    const ubr::StoredMerge merged = ubr::merge_with_stored(*stored.doc, std::string(text));
    if (!merged.doc) std::abort();
  }

  // The automation interface's actions (importBackup, logSession, ...) parse the same way.
  (void)ubr::parse_action(text);
  return 0;
}
