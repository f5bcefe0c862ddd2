#pragma once
// The browser's localStorage as strings, with every failure reported instead of thrown: storage can be disabled
// (access throws), full (quota error on write) or hold anything. Natively it is an in-memory map, for tests.
#include <optional>
#include <string>

namespace ubr::local_storage {

struct ReadResult {
  std::optional<std::string> value;  // empty when the key is absent or storage failed
  std::string error;                 // non-empty when storage could not be read at all
};

ReadResult read(const std::string& key);
// Returns an empty string on success, otherwise why the write failed (e.g. the quota is exceeded). A failed write
// leaves the previous value in place.
std::string write(const std::string& key, const std::string& value);

}  // namespace ubr::local_storage
