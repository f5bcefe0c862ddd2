#include "platform/local_storage.h"

#if defined(__EMSCRIPTEN__)
#include "platform/web_api.h"

// Each returns a string for web_api::take_string. Read returns "v" + value, "n" for absent, or "e" + message when
// localStorage threw; write returns why it failed, or "".
// clang-format off
EM_JS(char*, ubr_local_storage_read, (const char* key), {
  let result;
  try {
    const value = window.localStorage.getItem(UTF8ToString(key));
    result = value === null ? 'n' : 'v' + value;
  } catch (e) {
    result = 'e' + (e && e.message ? e.message : String(e));
  }
  return window.ubr.toWasm(result);
});
EM_JS(char*, ubr_local_storage_write, (const char* key, const char* value), {
  let error = "";
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
  } catch (e) {
    error = (e && e.name === 'QuotaExceededError') ? 'storage is full' : (e && e.message ? e.message : String(e));
  }
  return window.ubr.toWasm(error);
});
// clang-format on

namespace ubr::local_storage {
using web_api::take_string;

ReadResult read(const std::string& key) {
  const std::string raw = take_string(ubr_local_storage_read(key.c_str()));
  if (raw.empty()) return {std::nullopt, "storage returned nothing"};
  if (raw[0] == 'v') return {raw.substr(1), {}};
  if (raw[0] == 'n') return {std::nullopt, {}};
  return {std::nullopt, raw.substr(1)};
}

std::string write(const std::string& key, const std::string& value) {
  return take_string(ubr_local_storage_write(key.c_str(), value.c_str()));
}

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

}  // namespace ubr::local_storage
#endif
