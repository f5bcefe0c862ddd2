#pragma once
// The exercise catalogue: what each exercise is, how to do it, how much of it to do, and how it moves.
#include "core/motion/library.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ubr {

struct Dosage {
  int reps = 1;  // repetitions (or holds) per set, per side
  int sets = 1;
  double hold_seconds = 0;  // 0 for a moving exercise, otherwise the time each repetition is held
  bool per_side = false;    // done with one arm, then again with the other

  bool operator==(const Dosage&) const = default;
};

// A dosage's fields as JSON names, the same in the catalogue file, routines (session/routine.h) and state().
inline constexpr const char* kRepsKey = "reps";
inline constexpr const char* kSetsKey = "sets";
inline constexpr const char* kHoldSecondsKey = "holdSeconds";
inline constexpr const char* kPerSideKey = "perSide";

// What the catalogue file may ask for, each from 1 (a hold from 0: a moving exercise). Wider than what a user's
// routine may hold (session/routine.h): the catalogue is reviewed like code.
constexpr int kMaxCatalogueReps = 1000;
constexpr int kMaxCatalogueSets = 100;
constexpr double kMaxCatalogueHoldSeconds = 600;

struct Exercise {
  std::string id;
  std::string name;
  std::string position;
  std::string summary;
  std::vector<std::string> steps;
  Dosage dosage;
  std::string caution;  // empty when the position needs none
};

struct Catalogue {
  std::vector<Exercise> exercises;
  MotionLibrary motion;  // parse_catalogue leaves it empty; the app hands in embedded_motion()

  const Exercise* find(std::string_view id) const;
};

struct CatalogueParse {
  std::optional<Catalogue> catalogue;
  std::string error;  // names the file and the field when catalogue is empty
};

CatalogueParse parse_catalogue(std::string_view json_text, std::string_view file_name);

// "10 reps", "Hold 5 s × 10", "Hold 5 s × 10 per arm", "3 sets × 15".
std::string describe_dosage(const Dosage& dosage);

}  // namespace ubr
