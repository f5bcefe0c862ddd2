#pragma once
// One document in localStorage under one key, kept by the same rules for every stored document (progress, routines,
// session settings, the safety acknowledgement and comfort settings):
// - text the core could not read is copied aside to "<key>.unreadable" (or "<key>.unreadable.2", ... when that
//   already holds something else) before anything is written over it; while it cannot be copied, nothing is written;
// - a document is written only when storage does not already hold the same text;
// - every failure comes back as a reason in words, for the store to show; nothing throws.
#include "platform/local_storage.h"

#include <optional>
#include <string>

namespace ubr {

class StoredDocument {
 public:
  explicit StoredDocument(std::string key) : key_(std::move(key)) {}

  // Reads the stored text (what another tab may have written since, too).
  local_storage::ReadResult read() const { return local_storage::read(key_); }
  // Copies unreadable text aside; returns the key it is kept under, or an empty string if it could not be copied
  // (then write() tries again first, and writes nothing until it can).
  std::string keep_unreadable(const std::string& text);
  // Writes `text` unless storage already holds it. Returns why it was not stored, or an empty string.
  std::string write(const std::string& text);

  const std::string& key() const { return key_; }
  // Where unreadable text was kept, or empty.
  const std::string& unreadable_key() const { return unreadable_key_; }

 private:
  std::string key_;
  std::optional<std::string> not_yet_kept_;  // unreadable text that could not be copied aside yet
  std::string unreadable_key_;
};

}  // namespace ubr
