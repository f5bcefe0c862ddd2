#include "core/session/routine.h"

#include "core/base/json_reader.h"

#include <algorithm>
#include <cmath>

namespace ubr {
namespace {
constexpr int kRoutinesSchema = 1;  // the stored document's version; only this one is read
// Origins and deletions were added later as optional fields: a document without them reads as before.
constexpr const char* kOriginKey = "origin";
constexpr const char* kDeletedKey = "deleted";
constexpr double kMaxOrigin = 9007199254740991.0;  // 2^53 - 1: the largest whole number a JSON double holds exactly

RoutineItem item_for(const Exercise& exercise, int reps, int sets) {
  RoutineItem item{exercise.id, exercise.dosage};
  item.dosage.reps = reps;
  item.dosage.sets = sets;
  return item;
}
}  // namespace

bool is_built_in_routine(std::string_view id) {
  return id == kFullRoutineId || id == kShortRoutineId;
}

Routine full_routine(const Catalogue& catalogue) {
  Routine routine{std::string(kFullRoutineId), "Full routine", {}};
  for (const Exercise& exercise : catalogue.exercises) routine.items.push_back({exercise.id, exercise.dosage});
  return routine;
}

Routine short_routine(const Catalogue& catalogue) {
  // Exercises that need no lying or kneeling down, so the five minutes are spent moving, not changing position;
  // fewer repetitions each. Total, with the default pauses, is about five minutes (checked by a test).
  struct Pick {
    std::string_view id;
    int reps;
  };
  constexpr Pick kPicks[] = {
      {"arm-slides", 5},    {"shoulder-blade-squeeze", 5}, {"elbow-squeeze", 5},
      {"shoulder-roll", 8}, {"upper-back-stretch", 5},     {"thoracic-stretch", 3},
  };
  Routine routine{std::string(kShortRoutineId), "Short routine (5 minutes)", {}};
  for (const Pick& pick : kPicks) {
    if (const Exercise* exercise = catalogue.find(pick.id)) routine.items.push_back(item_for(*exercise, pick.reps, 1));
  }
  return routine;
}

std::vector<Routine> all_routines(const RoutineBook& book, const Catalogue& catalogue) {
  std::vector<Routine> routines{full_routine(catalogue), short_routine(catalogue)};
  routines.insert(routines.end(), book.custom.begin(), book.custom.end());
  return routines;
}

Routine find_routine(const RoutineBook& book, const Catalogue& catalogue, std::string_view id, bool& found) {
  for (Routine& routine : all_routines(book, catalogue)) {
    if (routine.id == id) {
      found = true;
      return routine;
    }
  }
  found = false;
  return {};
}

std::string validate_routine(const Routine& routine, const Catalogue& catalogue) {
  if (routine.name.empty()) return "the routine needs a name";
  if (routine.name.size() > static_cast<std::size_t>(kMaxRoutineNameLength)) {
    return "the name is longer than " + std::to_string(kMaxRoutineNameLength) + " characters";
  }
  if (routine.items.empty()) return "choose at least one exercise";
  if (routine.items.size() > static_cast<std::size_t>(kMaxRoutineItems)) {
    return "a routine holds at most " + std::to_string(kMaxRoutineItems) + " exercises";
  }
  for (const RoutineItem& item : routine.items) {
    const Exercise* exercise = catalogue.find(item.exercise_id);
    if (exercise == nullptr) return "no exercise with id '" + item.exercise_id + "'";
    const Dosage& d = item.dosage;
    if (d.reps < 1 || d.reps > kMaxRoutineReps) {
      return exercise->name + ": repetitions must be from 1 to " + std::to_string(kMaxRoutineReps);
    }
    if (d.sets < 1 || d.sets > kMaxRoutineSets) {
      return exercise->name + ": sets must be from 1 to " + std::to_string(kMaxRoutineSets);
    }
    const bool holds = exercise->dosage.hold_seconds > 0;
    if (holds && (d.hold_seconds < kMinRoutineHoldSeconds || d.hold_seconds > kMaxRoutineHoldSeconds)) {
      return exercise->name + ": the hold must be from " + format_number(kMinRoutineHoldSeconds) + " to " +
             format_number(kMaxRoutineHoldSeconds) + " seconds";
    }
    if (!holds && d.hold_seconds != 0) return exercise->name + " is not held";
    if (d.per_side != exercise->dosage.per_side) return exercise->name + ": perSide follows the catalogue";
  }
  return {};
}

std::string next_custom_routine_id(const RoutineBook& book) {
  int largest = 0;
  for (const Routine& routine : book.custom) {
    if (routine.id.rfind("custom-", 0) != 0) continue;
    const std::string digits = routine.id.substr(7);
    if (digits.empty() || digits.size() > 6 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    largest = std::max(largest, std::stoi(digits));
  }
  return "custom-" + std::to_string(largest + 1);
}

nlohmann::json routine_to_json(const Routine& routine, bool with_per_side) {
  nlohmann::json items = nlohmann::json::array();
  for (const RoutineItem& item : routine.items) {
    nlohmann::json entry = {{"exerciseId", item.exercise_id},
                            {kRepsKey, item.dosage.reps},
                            {kSetsKey, item.dosage.sets},
                            {kHoldSecondsKey, item.dosage.hold_seconds}};
    if (with_per_side) entry[kPerSideKey] = item.dosage.per_side;
    items.push_back(std::move(entry));
  }
  return {{"id", routine.id}, {"name", routine.name}, {"items", std::move(items)}};
}

Routine read_routine(JsonReader& reader, const nlohmann::json& object, const std::string& path, RoutineOrigin origin) {
  const bool stored = origin == RoutineOrigin::Stored;
  Routine routine;
  if (stored || has_key(object, "id")) routine.id = reader.text(object, "id", path, /*allow_empty=*/!stored);
  routine.name = reader.text(object, "name", path, /*allow_empty=*/!stored);
  const nlohmann::json& items = reader.array(object, "items", path);
  for (std::size_t i = 0; reader.ok() && i < items.size(); ++i) {
    const std::string item_path = index_path(join_path(path, "items"), i);
    RoutineItem item;
    item.exercise_id = reader.text(items[i], "exerciseId", item_path);
    item.dosage.reps = reader.whole_number(items[i], kRepsKey, item_path, 1, kMaxRoutineReps);
    item.dosage.sets = reader.whole_number(items[i], kSetsKey, item_path, 1, kMaxRoutineSets);
    if (stored || has_key(items[i], kHoldSecondsKey)) {
      item.dosage.hold_seconds = reader.number(items[i], kHoldSecondsKey, item_path, 0, kMaxRoutineHoldSeconds);
    }
    routine.items.push_back(std::move(item));
  }
  return routine;
}

std::uint64_t routine_origin(std::int64_t utc_ms, std::uint32_t random) {
  // 41 bits of milliseconds (until 2039) and 10 random ones: 51 bits, exact as a JSON number (a double).
  constexpr std::uint64_t kRandomBits = 10;
  const std::uint64_t ms = utc_ms > 0 ? static_cast<std::uint64_t>(utc_ms) & ((std::uint64_t{1} << 41) - 1) : 0;
  return (ms << kRandomBits) | (random & ((1u << kRandomBits) - 1)) | 1u;  // never 0, which means "none"
}

std::string routines_to_json(const std::vector<Routine>& routines, const std::vector<std::uint64_t>& deleted) {
  nlohmann::json list = nlohmann::json::array();
  for (const Routine& routine : routines) {
    nlohmann::json entry = routine_to_json(routine);
    // As a JSON double, like every number the readers take (origins fit in its 53 bits).
    if (routine.origin != 0) entry[kOriginKey] = static_cast<double>(routine.origin);
    list.push_back(std::move(entry));
  }
  nlohmann::json document{{"schema", kRoutinesSchema}, {"routines", std::move(list)}};
  if (!deleted.empty()) {
    nlohmann::json origins = nlohmann::json::array();
    for (const std::uint64_t origin : deleted) origins.push_back(static_cast<double>(origin));
    document[kDeletedKey] = std::move(origins);
  }
  return document.dump();
}

RoutinesParse parse_routines(std::string_view json_text, const Catalogue& catalogue) {
  JsonReader reader{"saved routines"};
  const nlohmann::json document = reader.parse(json_text);
  if (reader.ok()) reader.whole_number(document, "schema", "", kRoutinesSchema, kRoutinesSchema);
  const nlohmann::json& list = reader.ok() ? reader.array(document, "routines", "") : document;
  RoutinesParse result;
  for (std::size_t i = 0; reader.ok() && i < list.size(); ++i) {
    const std::string path = index_path("routines", i);
    Routine routine = read_routine(reader, list[i], path, RoutineOrigin::Stored);
    if (reader.ok() && has_key(list[i], kOriginKey)) {
      routine.origin = static_cast<std::uint64_t>(reader.number(list[i], kOriginKey, path, 0, kMaxOrigin));
    }
    for (RoutineItem& item : routine.items) {
      if (const Exercise* exercise = catalogue.find(item.exercise_id)) item.dosage.per_side = exercise->dosage.per_side;
    }
    if (reader.ok()) {
      const std::string problem = validate_routine(routine, catalogue);
      if (!problem.empty()) reader.fail(path, problem);
    }
    const bool duplicate = std::any_of(result.routines.begin(), result.routines.end(),
                                       [&](const Routine& other) { return other.id == routine.id; });
    if (reader.ok() && duplicate) reader.fail(join_path(path, "id"), "duplicate id '" + routine.id + "'");
    if (reader.ok() && is_built_in_routine(routine.id)) {
      reader.fail(join_path(path, "id"), "'" + routine.id + "' belongs to a built-in routine");
    }
    result.routines.push_back(std::move(routine));
  }
  if (reader.ok() && has_key(document, kDeletedKey)) {
    const nlohmann::json& deleted = reader.array(document, kDeletedKey, "");
    for (std::size_t i = 0; reader.ok() && i < deleted.size() && i < kMaxDeletedRoutines; ++i) {
      const double origin = deleted[i].is_number() ? deleted[i].get<double>() : -1;
      if (!(origin >= 1 && origin <= kMaxOrigin) || origin != std::floor(origin)) {
        reader.fail(index_path(kDeletedKey, i), "expected an origin number");
        break;
      }
      result.deleted.push_back(static_cast<std::uint64_t>(origin));
    }
  }
  if (!reader.ok()) return {{}, {}, reader.error()};
  return result;
}

}  // namespace ubr
