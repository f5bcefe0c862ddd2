#include "platform/local_storage.h"

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>

#include <cstdlib>

// Each returns a malloc'd UTF-8 string that the C++ side frees. Read returns "v" + value, "n" for absent, or
// "e" + message when localStorage threw.
// clang-format off
EM_JS(char*, ubr_storage_read, (const char* key), {
  let result;
  try {
    const value = window.localStorage.getItem(UTF8ToString(key));
    result = value === null ? 'n' : 'v' + value;
  } catch (e) {
    result = 'e' + (e && e.message ? e.message : String(e));
  }
  const size = lengthBytesUTF8(result) + 1;
  const pointer = _malloc(size);
  stringToUTF8(result, pointer, size);
  return pointer;
});
EM_JS(char*, ubr_storage_write, (const char* key, const char* value), {
  let error = "";
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
  } catch (e) {
    error = (e && e.name === 'QuotaExceededError') ? 'storage is full' : (e && e.message ? e.message : String(e));
  }
  const size = lengthBytesUTF8(error) + 1;
  const pointer = _malloc(size);
  stringToUTF8(error, pointer, size);
  return pointer;
});
EM_JS(char*, ubr_storage_remove, (const char* key), {
  let error = "";
  try {
    window.localStorage.removeItem(UTF8ToString(key));
  } catch (e) {
    error = e && e.message ? e.message : String(e);
  }
  const size = lengthBytesUTF8(error) + 1;
  const pointer = _malloc(size);
  stringToUTF8(error, pointer, size);
  return pointer;
});
// clang-format on

namespace ubr::local_storage {
namespace {
std::string take(char* text) {
  std::string result = text ? text : "";
  std::free(text);
  return result;
}
}  // namespace

ReadResult read(const std::string& key) {
  const std::string raw = take(ubr_storage_read(key.c_str()));
  if (raw.empty()) return {std::nullopt, "storage returned nothing"};
  if (raw[0] == 'v') return {raw.substr(1), {}};
  if (raw[0] == 'n') return {std::nullopt, {}};
  return {std::nullopt, raw.substr(1)};
}

std::string write(const std::string& key, const std::string& value) {
  return take(ubr_storage_write(key.c_str(), value.c_str()));
}

std::string remove(const std::string& key) { return take(ubr_storage_remove(key.c_str())); }

}  // namespace ubr::local_storage

#else
#include <map>

namespace ubr::local_storage {
namespace {
std::map<std::string, std::string>& memory() {
  static std::map<std::string, std::string> store;
  return store;
}
}  // namespace

ReadResult read(const std::string& key) {
  auto found = memory().find(key);
  if (found == memory().end()) return {std::nullopt, {}};
  return {found->second, {}};
}

std::string write(const std::string& key, const std::string& value) {
  memory()[key] = value;
  return {};
}

std::string remove(const std::string& key) {
  memory().erase(key);
  return {};
}

}  // namespace ubr::local_storage
#endif
