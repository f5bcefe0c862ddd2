#pragma once
// Routines: which exercises a guided session goes through, in what order and how much of each. Two are built in
// ("full": every exercise at the catalogue's dosage; "short": about five minutes); the user adds custom ones, which
// are stored in localStorage as JSON and read back with every problem reported, never thrown.
#include "core/base/json_reader.h"
#include "core/exercises/catalogue.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace ubr {

struct RoutineItem {
  std::string exercise_id;
  Dosage dosage;  // per_side always follows the catalogue: it is how the exercise is done, not how much

  bool operator==(const RoutineItem&) const = default;
};

struct Routine {
  std::string id;  // "full", "short" or "custom-<n>"
  std::string name;
  std::vector<RoutineItem> items;
  // Set when a custom routine is first saved (the time, and a random number for two saves in the same millisecond)
  // and kept through edits and renumbering: two tabs may give different routines the same id, and the same routine
  // different ids, so merging them (routine_merge.h) goes by origin. 0 for routines stored before origins existed.
  std::uint64_t origin = 0;

  bool operator==(const Routine&) const = default;
};

constexpr std::string_view kFullRoutineId = "full";
constexpr std::string_view kShortRoutineId = "short";
bool is_built_in_routine(std::string_view id);

// What a custom routine may hold: the editor, saving, the automation interface and the stored document all keep to
// these, and the messages that refuse a routine are built from them.
constexpr int kMaxRoutineNameLength = 60;
constexpr int kMaxRoutineItems = 40;
constexpr int kMaxRoutineReps = 100;          // repetitions (or holds) per set and side, from 1
constexpr int kMaxRoutineSets = 10;           // from 1
constexpr double kMinRoutineHoldSeconds = 1;  // for a held exercise; a moving one holds 0
constexpr double kMaxRoutineHoldSeconds = 120;
constexpr std::size_t kMaxDeletedRoutines = 50;

// A new routine's origin, from the time it was saved and a random number.
std::uint64_t routine_origin(std::int64_t utc_ms, std::uint32_t random);

Routine full_routine(const Catalogue& catalogue);
Routine short_routine(const Catalogue& catalogue);

// The user's routines and what happened when they were read back.
struct RoutineBook {
  std::vector<Routine> custom;
  // Origins of the routines deleted here, the latest kMaxDeletedRoutines: stored with the routines, so a tab that
  // still has one knows it was deleted rather than never seen.
  std::vector<std::uint64_t> deleted;
  // When the stored text could not be read: why, and the text itself, kept so nothing the user made is lost.
  std::string load_error;
  std::string unreadable_text;
};

// The built-in routines followed by the custom ones.
std::vector<Routine> all_routines(const RoutineBook& book, const Catalogue& catalogue);
// nullptr-like: an empty id means not found.
Routine find_routine(const RoutineBook& book, const Catalogue& catalogue, std::string_view id, bool& found);

// Why a routine cannot be saved (unknown exercise, empty, out-of-range dosage), or an empty string.
std::string validate_routine(const Routine& routine, const Catalogue& catalogue);
// "custom-<n>" with n one more than the largest in use.
std::string next_custom_routine_id(const RoutineBook& book);

// One routine as JSON, {"id", "name", "items": [{"exerciseId", "reps", "sets", "holdSeconds"}]}: the same shape in
// the stored document, the automation interface's saveRoutine and state().routines, so it is spelled only here.
// state() also says how each item is done (`with_per_side` adds "perSide" to the items, from the catalogue).
nlohmann::json routine_to_json(const Routine& routine, bool with_per_side = false);

// What a routine read from JSON must carry depends on where it comes from: a stored one has every field; one from
// the automation interface may leave out its id (a new routine) and the hold of a moving exercise, and may have an
// empty name (validate_routine then says what is missing). per_side is left for the caller to take from the catalogue.
enum class RoutineOrigin : std::uint8_t { Stored, Automation };
Routine read_routine(JsonReader& reader, const nlohmann::json& object, const std::string& path, RoutineOrigin origin);

// The stored document: {"schema":1,"routines":[...],"deleted":[...]} with the custom routines, each with its
// "origin", and the origins deleted.
std::string routines_to_json(const std::vector<Routine>& routines, const std::vector<std::uint64_t>& deleted = {});

struct RoutinesParse {
  std::vector<Routine> routines;  // empty when error is set
  std::vector<std::uint64_t> deleted;
  std::string error;
};
// Exercises no longer in the catalogue are an error too: silently dropping them would change the user's routine.
RoutinesParse parse_routines(std::string_view json_text, const Catalogue& catalogue);

}  // namespace ubr
