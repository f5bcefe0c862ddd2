#pragma once
// Reads typed fields out of parsed JSON and, on the first problem, records one message naming where it was
// ("exercises.json: exercises[2].dosage.reps: expected a whole number from 1 to 1000"). The web build has no
// exceptions, so nothing here throws: callers check ok() once at the end.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace ubr {

class JsonReader {
 public:
  explicit JsonReader(std::string source_name) : source_(std::move(source_name)) {}

  // Parses text; on failure records "source: not valid JSON" (or "source: nested too deeply" past `max_depth`
  // levels of arrays and objects) and returns a null json.
  nlohmann::json parse(std::string_view text, int max_depth = kMaxJsonDepth);

  // nlohmann-json parses, copies, compares and writes nested values recursively, without a limit, so deeper text is
  // refused before it reaches the parser: a hostile or corrupt document gets a message, not a stack overflow. None of
  // the app's documents needs more than 5 levels.
  static constexpr int kMaxJsonDepth = 32;

  std::string text(const nlohmann::json& object, std::string_view key, std::string_view path, bool allow_empty = false);
  int whole_number(const nlohmann::json& object, std::string_view key, std::string_view path, int min, int max);
  double number(const nlohmann::json& object, std::string_view key, std::string_view path, double min, double max);
  bool boolean(const nlohmann::json& object, std::string_view key, std::string_view path);
  // The member `key` if it is an array (recording a problem otherwise); an empty array on failure.
  const nlohmann::json& array(const nlohmann::json& object, std::string_view key, std::string_view path);
  const nlohmann::json& object(const nlohmann::json& parent, std::string_view key, std::string_view path);

  void fail(std::string_view path, std::string_view problem);
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

 private:
  const nlohmann::json* member(const nlohmann::json& object, std::string_view key, std::string_view path);

  std::string source_;
  std::string error_;
};

// Nesting depth of the JSON text's arrays and objects (strings skipped), stopping once it exceeds `limit`.
int json_depth(std::string_view text, int limit);

// "parent.key" or "key" when the parent is the document itself.
std::string join_path(std::string_view parent, std::string_view key);
std::string index_path(std::string_view parent, std::size_t index);

// True when `json` is an object with a member `key` (for optional fields).
bool has_key(const nlohmann::json& json, std::string_view key);

// A number as people write it in a message: "600", "0.85", not "600.000000"; messages built from limits use it.
std::string format_number(double value);

// What reading one action from JSON gave: the action, or why it could not be read. Each feature reads its own
// action type (Parsed<SessionAction>, Parsed<SafetyAction>, ...); the root turns them into Parsed<Action>.
template <typename A>
struct Parsed {
  std::optional<A> action;
  std::string error;  // e.g. "action: pain: expected a whole number from 0 to 10, found 12"
};

}  // namespace ubr
