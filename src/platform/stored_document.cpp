#include "platform/stored_document.h"

namespace ubr {
namespace {
constexpr int kUnreadableCopies = 10;  // how many different unreadable originals are kept side by side
}

std::string StoredDocument::keep_unreadable(const std::string& text) {
  not_yet_kept_.reset();
  for (int i = 1; i <= kUnreadableCopies; ++i) {
    const std::string key = key_ + ".unreadable" + (i == 1 ? "" : "." + std::to_string(i));
    const local_storage::ReadResult existing = local_storage::read(key);
    if (!existing.error.empty()) break;
    if (existing.value && *existing.value != text) continue;  // another original, kept from before
    if (!existing.value && !local_storage::write(key, text).empty()) break;
    unreadable_key_ = key;
    return key;
  }
  not_yet_kept_ = text;
  return {};
}

std::string StoredDocument::write(const std::string& text) {
  if (not_yet_kept_ && keep_unreadable(*not_yet_kept_).empty()) {
    return "the unreadable stored copy could not be set aside, so nothing is written over it";
  }
  // Compared with what storage holds now, not with what we last wrote: another tab may have written since.
  const local_storage::ReadResult stored = local_storage::read(key_);
  if (stored.error.empty() && stored.value == text) return {};
  return local_storage::write(key_, text);
}

}  // namespace ubr
