#include "core/base/json_reader.h"

#include <cmath>

namespace ubr {
namespace {
const nlohmann::json& empty_json_array() {
  static const nlohmann::json kEmpty = nlohmann::json::array();
  return kEmpty;
}
const nlohmann::json& empty_json_object() {
  static const nlohmann::json kEmpty = nlohmann::json::object();
  return kEmpty;
}
}  // namespace

std::string format_number(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
  return nlohmann::json(value).dump();
}

bool has_key(const nlohmann::json& json, std::string_view key) {
  return json.is_object() && json.contains(key);
}

std::string join_path(std::string_view parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  return std::string(parent) + "." + std::string(key);
}

std::string index_path(std::string_view parent, std::size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

int json_depth(std::string_view text, int limit) {
  int depth = 0;
  int deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

nlohmann::json JsonReader::parse(std::string_view text, int max_depth) {
  if (json_depth(text, max_depth) > max_depth) {
    fail("", "nested too deeply");
    return nullptr;
  }
  nlohmann::json document = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded()) {
    fail("", "not valid JSON");
    return nullptr;
  }
  return document;
}

void JsonReader::fail(std::string_view path, std::string_view problem) {
  if (!error_.empty()) return;  // The first problem is the one worth reading; later ones usually follow from it.
  error_ = source_ + ": ";
  if (!path.empty()) error_ += std::string(path) + ": ";
  error_ += problem;
}

const nlohmann::json* JsonReader::member(const nlohmann::json& object, std::string_view key, std::string_view path) {
  if (!object.is_object()) {
    fail(path, "expected an object");
    return nullptr;
  }
  auto found = object.find(key);
  if (found == object.end()) {
    fail(join_path(path, key), "missing");
    return nullptr;
  }
  return &*found;
}

std::string JsonReader::text(const nlohmann::json& object, std::string_view key, std::string_view path,
                             bool allow_empty) {
  const nlohmann::json* value = member(object, key, path);
  if (value == nullptr) return {};
  if (!value->is_string()) {
    fail(join_path(path, key), "expected text");
    return {};
  }
  std::string result = value->get<std::string>();
  if (!allow_empty && result.empty()) fail(join_path(path, key), "must not be empty");
  return result;
}

int JsonReader::whole_number(const nlohmann::json& object, std::string_view key, std::string_view path, int min,
                             int max) {
  const nlohmann::json* value = member(object, key, path);
  if (value == nullptr) return min;
  if (!value->is_number_integer()) {
    fail(join_path(path, key), "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return min;
  }
  const auto number = value->get<long long>();
  if (number < min || number > max) {
    fail(join_path(path, key), "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                                   ", found " + std::to_string(number));
    return min;
  }
  return static_cast<int>(number);
}

double JsonReader::number(const nlohmann::json& object, std::string_view key, std::string_view path, double min,
                          double max) {
  const nlohmann::json* value = member(object, key, path);
  if (value == nullptr) return min;
  if (!value->is_number()) {
    fail(join_path(path, key), "expected a number");
    return min;
  }
  const double number = value->get<double>();
  if (!std::isfinite(number) || number < min || number > max) {
    fail(join_path(path, key),
         "expected a number from " + format_number(min) + " to " + format_number(max) + ", found " + value->dump());
    return min;
  }
  return number;
}

bool JsonReader::boolean(const nlohmann::json& object, std::string_view key, std::string_view path) {
  const nlohmann::json* value = member(object, key, path);
  if (value == nullptr) return false;
  if (!value->is_boolean()) {
    fail(join_path(path, key), "expected true or false");
    return false;
  }
  return value->get<bool>();
}

const nlohmann::json& JsonReader::array(const nlohmann::json& object, std::string_view key, std::string_view path) {
  const nlohmann::json* value = member(object, key, path);
  if (value == nullptr) return empty_json_array();
  if (!value->is_array()) {
    fail(join_path(path, key), "expected a list");
    return empty_json_array();
  }
  return *value;
}

const nlohmann::json& JsonReader::object(const nlohmann::json& parent, std::string_view key, std::string_view path) {
  const nlohmann::json* value = member(parent, key, path);
  if (value == nullptr) return empty_json_object();
  if (!value->is_object()) {
    fail(join_path(path, key), "expected an object");
    return empty_json_object();
  }
  return *value;
}

}  // namespace ubr
