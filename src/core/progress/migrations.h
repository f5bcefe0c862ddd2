#pragma once
// Converts stored documents from older schema versions to the current one, one step per version, as JSON → JSON.
// The result is then read by the current reader, so every migrated document passes the same checks.
//
// Schema 1 (the first release) used readable keys and no time-zone offset:
//   {"version":1,"weeklyGoal":3,"sessions":[{"id":"…","startedAt":ms,"endedAt":ms,"localDate":"YYYY-MM-DD",
//     "routine":"…","completed":true,"exercises":[{"id":"arm-slides","repsPlanned":10,"repsDone":10,
//     "setsPlanned":1,"setsDone":1,"seconds":40}],"painBefore":3,"painAfter":2,"note":"…"}]}
#include <nlohmann/json.hpp>

#include <string>

namespace ubr {

struct Migration {
  nlohmann::json document;
  std::string error;  // why the old document could not be converted
};

// The schema a document declares: "schema" (2 on), "version" (1), or 0 when neither is a whole number.
int declared_schema(const nlohmann::json& document);

// Schema 1 → 2: readable keys become short ones, exercises become arrays, and the UTC offset (not recorded in
// schema 1) is inferred as the whole-hour offset that puts the start on its recorded local date.
Migration migrate_v1_to_v2(const nlohmann::json& v1);

// Runs every step from `schema` up to the current version.
Migration migrate_to_current(nlohmann::json document, int schema);

}  // namespace ubr
