#pragma once
// Combining two progress documents: another tab's stored copy with this tab's, or a backup with the current data.
// merge_progress is commutative and idempotent and never duplicates a session, so two tabs that merge with each
// other in any order end with the same document.
#include "core/progress/doc.h"

#include <optional>
#include <string>
#include <string_view>

namespace ubr {

// Documents of the same epoch: the union of their sessions by id; where both hold a session, the one with the
// higher revision (then the larger content, so the choice never depends on the order of the arguments).
// Different epochs: the higher epoch's document unchanged, since a reset or replacement is meant to remove data.
ProgressDoc merge_progress(const ProgressDoc& a, const ProgressDoc& b);

// A merging import: the backup's sessions join ours whatever its epoch; we keep our own epoch.
ProgressDoc merge_backup(const ProgressDoc& current, const ProgressDoc& backup);

// What to write when the stored text may have been changed by another tab since we last looked.
struct StoredMerge {
  std::optional<ProgressDoc> doc;  // ours merged with the stored one; empty when the stored text is unreadable
  std::string error;               // why the stored text could not be read
  bool newer_schema = false;
  bool stored_matches = false;  // the stored text already holds exactly `doc`: no write is needed
};
StoredMerge merge_with_stored(const ProgressDoc& ours, const std::optional<std::string>& stored_text);

}  // namespace ubr
