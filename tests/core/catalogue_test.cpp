#include "core/exercises/catalogue.h"

#include <embedded_content.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace ubr;

namespace {
Catalogue shipped_catalogue() {
  const auto text = content::find("exercises.json");
  REQUIRE(text.has_value());
  CatalogueParse parsed = parse_catalogue(*text, "exercises.json");
  INFO(parsed.error);
  REQUIRE(parsed.catalogue.has_value());
  return *parsed.catalogue;
}

std::string shipped_text() {
  return std::string(*content::find("exercises.json"));
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

CatalogueParse parse_modified(const std::string& from, const std::string& to) {
  return parse_catalogue(replace_once(shipped_text(), from, to), "exercises.json");
}
}  // namespace

TEST_CASE("the shipped catalogue holds every exercise of the seed text with its dosage") {
  const Catalogue catalogue = shipped_catalogue();
  // The seed text has eight exercises (the third lost its heading; it is the Elbow Squeeze here).
  REQUIRE(catalogue.exercises.size() == 8);

  struct Expected {
    const char* id;
    int reps;
    int sets;
    double hold;
    bool per_side;
  };
  const Expected expected[] = {
      {"arm-slides", 10, 1, 0, false},         {"shoulder-blade-squeeze", 10, 1, 5, false},
      {"elbow-squeeze", 10, 1, 5, false},      {"arm-reach", 10, 1, 5, true},
      {"thoracic-stretch", 5, 1, 15, false},   {"shoulder-roll", 10, 1, 0, false},
      {"upper-back-stretch", 10, 1, 0, false}, {"mid-trap", 15, 3, 0, false},
  };
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const Exercise& exercise = catalogue.exercises[i];
    INFO(exercise.id);
    CHECK(exercise.id == expected[i].id);
    CHECK(exercise.dosage.reps == expected[i].reps);
    CHECK(exercise.dosage.sets == expected[i].sets);
    CHECK(exercise.dosage.hold_seconds == expected[i].hold);
    CHECK(exercise.dosage.per_side == expected[i].per_side);
    CHECK_FALSE(exercise.name.empty());
    CHECK_FALSE(exercise.position.empty());
    CHECK_FALSE(exercise.steps.empty());
  }
  CHECK(catalogue.find("elbow-squeeze")->name == "Elbow Squeeze");
  CHECK(catalogue.find("no-such-exercise") == nullptr);
}

TEST_CASE("the embedded catalogue is the file in assets/") {
  std::ifstream file(UBR_SOURCE_DIR "/assets/exercises.json", std::ios::binary);
  REQUIRE(file.good());
  std::ostringstream text;
  text << file.rdbuf();
  CHECK(text.str() == shipped_text());
}

TEST_CASE("dosages are described the way the seed states them") {
  const Catalogue catalogue = shipped_catalogue();
  CHECK(describe_dosage(catalogue.find("arm-slides")->dosage) == "10 reps");
  CHECK(describe_dosage(catalogue.find("shoulder-blade-squeeze")->dosage) == "Hold 5 s \xC3\x97 10");
  CHECK(describe_dosage(catalogue.find("arm-reach")->dosage) == "Hold 5 s \xC3\x97 10 per arm");
  CHECK(describe_dosage(catalogue.find("thoracic-stretch")->dosage) == "Hold 15 s \xC3\x97 5");
  CHECK(describe_dosage(catalogue.find("mid-trap")->dosage) == "3 sets \xC3\x97 15 reps");
  CHECK(describe_dosage(Dosage{3, 1, 2.5, false}) == "Hold 2.5 s \xC3\x97 3");
}

TEST_CASE("malformed catalogue data is rejected with a message naming the file and the field") {
  SECTION("not JSON") {
    const CatalogueParse parsed = parse_catalogue("{ not json", "exercises.json");
    CHECK_FALSE(parsed.catalogue.has_value());
    CHECK(parsed.error == "exercises.json: not valid JSON");
  }
  SECTION("a field of the wrong type") {
    const CatalogueParse parsed = parse_modified("\"reps\": 10,", "\"reps\": \"ten\",");
    CHECK_FALSE(parsed.catalogue.has_value());
    CHECK(parsed.error == "exercises.json: exercises[0].dosage.reps: expected a whole number from 1 to 1000");
  }
  SECTION("a missing field") {
    const CatalogueParse parsed = parse_modified("\"name\": \"Elbow Squeeze\",", "");
    CHECK(parsed.error == "exercises.json: exercises[2].name: missing");
  }
  SECTION("a number out of range") {
    const CatalogueParse parsed = parse_modified("\"holdSeconds\": 15", "\"holdSeconds\": -1");
    CHECK(parsed.error == "exercises.json: exercises[4].dosage.holdSeconds: expected a number from 0 to 600, found -1");
  }
  SECTION("a duplicate id") {
    const CatalogueParse parsed = parse_modified("\"id\": \"elbow-squeeze\"", "\"id\": \"arm-slides\"");
    CHECK(parsed.error == "exercises.json: exercises[2].id: duplicate id 'arm-slides'");
  }
  SECTION("an empty list of steps") {
    const CatalogueParse parsed = parse_catalogue(
        R"({"schema":1,"exercises":[{"id":"a","name":"A","position":"p","summary":"s","steps":[],
            "dosage":{"reps":1,"sets":1,"holdSeconds":0,"perSide":false},"caution":""}]})",
        "x.json");
    CHECK(parsed.error == "x.json: exercises[0].steps: must list at least one step");
  }
  SECTION("an unsupported schema") {
    const CatalogueParse parsed = parse_modified("\"schema\": 1", "\"schema\": 2");
    CHECK(parsed.error == "exercises.json: schema: version 2 is not supported (expected 1)");
  }
  SECTION("a document that is not an object") {
    CHECK(parse_catalogue("[]", "c.json").error == "c.json: expected an object");
  }
}
