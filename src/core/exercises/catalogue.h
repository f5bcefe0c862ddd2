#pragma once
// The exercise catalogue: what each exercise is, how to do it and how much of it to do.
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
