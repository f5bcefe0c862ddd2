// Merging the custom routines of two tabs: what one side added, changed or deleted since the common base survives.
#include "core/session/routine_merge.h"

#include <catch2/catch.hpp>

using namespace ubr;

namespace {
Routine routine(const char* id, const char* name, int reps = 10) {
  return {id, name, {{"arm-slides", {reps, 1, 0, false}}}};
}

std::vector<std::string> names(const std::vector<Routine>& routines) {
  std::vector<std::string> result;
  for (const Routine& r : routines) result.push_back(r.id + ":" + r.name);
  return result;
}
}  // namespace

TEST_CASE("routines both tabs added under the same id are both kept, theirs under a new id") {
  const auto merged = merge_routines({}, {routine("custom-1", "Mine")}, {routine("custom-1", "Theirs")});
  CHECK(names(merged) == std::vector<std::string>{"custom-1:Mine", "custom-2:Theirs"});
}

TEST_CASE("a routine added there joins ours; one deleted there goes; one deleted here stays deleted") {
  const std::vector<Routine> base{routine("custom-1", "A"), routine("custom-2", "B")};
  // Here: B deleted. There: A deleted, C added.
  const auto merged =
      merge_routines(base, {routine("custom-1", "A")}, {routine("custom-2", "B"), routine("custom-3", "C")});
  CHECK(names(merged) == std::vector<std::string>{"custom-3:C"});
}

TEST_CASE("a change on one side is kept; a change on both sides keeps ours") {
  const std::vector<Routine> base{routine("custom-1", "A"), routine("custom-2", "B")};
  const std::vector<Routine> ours{routine("custom-1", "A", 12), routine("custom-2", "B")};
  const std::vector<Routine> theirs{routine("custom-1", "A", 8), routine("custom-2", "B renamed")};
  const auto merged = merge_routines(base, ours, theirs);
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].items[0].dosage.reps == 12);  // both changed A: ours
  CHECK(merged[1].name == "B renamed");         // only they changed B
}

TEST_CASE("nothing changed anywhere, or only here, gives ours unchanged") {
  const std::vector<Routine> base{routine("custom-1", "A")};
  CHECK(merge_routines(base, base, base) == base);
  const std::vector<Routine> ours{routine("custom-1", "A"), routine("custom-2", "New")};
  CHECK(merge_routines(base, ours, base) == ours);
  CHECK(merge_routines(base, {}, base).empty());  // deleted here
}

TEST_CASE("merging is stable: merging the result again with the same storage changes nothing") {
  const std::vector<Routine> base{routine("custom-1", "A")};
  const std::vector<Routine> ours{routine("custom-1", "A"), routine("custom-2", "Mine")};
  const std::vector<Routine> theirs{routine("custom-1", "A"), routine("custom-2", "Theirs")};
  const auto merged = merge_routines(base, ours, theirs);
  CHECK(names(merged) == std::vector<std::string>{"custom-1:A", "custom-2:Mine", "custom-3:Theirs"});
  // The other tab, whose base is now what we stored, finds its own routine kept and nothing to add.
  CHECK(merge_routines(merged, merged, merged) == merged);
  CHECK(merge_routines(theirs, theirs, merged) == merged);
}
