// Every parser of untrusted text refuses deeply nested JSON with a message, before nlohmann-json's recursion can
// exhaust the stack (the wasm build's stack is small): stored routines, settings, the safety document, progress and
// backups, window.app's actions and the catalogue. Documents at their real depth still read.
#include "core/automation_json.h"
#include "core/base/json_reader.h"
#include "core/progress/document.h"
#include "core/safety/safety.h"
#include "core/session/routine.h"
#include "core/session/settings.h"
#include "session_test_util.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ubr;
using ubr::session_test::shipped_catalogue;

namespace {
std::string arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}
// {"a":{"a":...{}...}}: objects, the shape a corrupt stored document would more likely have.
std::string objects(std::size_t depth) {
  std::string text;
  for (std::size_t i = 0; i < depth; ++i) text += "{\"a\":";
  text += "{}";
  text += std::string(depth, '}');
  return text;
}
}  // namespace

TEST_CASE("every parser refuses deeply nested text with a message") {
  for (const std::string& deep :
       {arrays(100000), objects(100000), arrays(JsonReader::kMaxJsonDepth + 1), std::string(200000, '[')}) {
    CAPTURE(deep.substr(0, 40));
    CHECK(parse_routines(deep, shipped_catalogue()).error == "saved routines: nested too deeply");
    CHECK(parse_settings(deep).error == "settings: nested too deeply");
    CHECK(parse_safety_document(deep).error == "safety and display settings: nested too deeply");
    CHECK(parse_action(deep).error == "action: nested too deeply");
    CHECK(parse_progress(deep, "backup").error == "backup: nested too deeply to be a progress file");
    CHECK(parse_catalogue(deep, "exercises.json").error == "exercises.json: nested too deeply");
  }
}

TEST_CASE("the depth guard counts brackets outside strings only, and lets real documents through") {
  CHECK(json_depth(R"({"a":"[[[[[[[[[[[[[[","b":[1,{"c":2}]})", 100) == 3);
  CHECK(json_depth(R"(["\"[[[[[[["])", 100) == 1);
  CHECK(json_depth(arrays(1000), 10) == 11);  // stops counting once past the limit
  JsonReader reader{"test"};
  CHECK_FALSE(reader.parse(arrays(JsonReader::kMaxJsonDepth)).is_null());
  CHECK(reader.ok());

  const std::string routines = R"({"schema":1,"routines":[{"id":"custom-1","name":"Desk break","items":[)"
                               R"({"exerciseId":"arm-slides","reps":10,"sets":1,"holdSeconds":0}]}]})";
  CHECK(parse_routines(routines, shipped_catalogue()).error.empty());
  CHECK(parse_settings(settings_to_json(SessionSettings{})).error.empty());
  CHECK(parse_safety_document(safety_document_to_json(SafetyState{}, ComfortSettings{})).error.empty());
}
