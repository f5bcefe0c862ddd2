// Merging the custom routines of two tabs: what one side added, changed or deleted since the common base survives,
// and two tabs that merge each other's lists arrive at the same one.
#include "core/session/routine_merge.h"
#include "session_test_util.h"

#include <catch2/catch.hpp>

using namespace ubr;

namespace {
Routine routine(const char* id, const char* name, std::uint64_t origin, int reps = 10) {
  return {id, name, {{"arm-slides", {reps, 1, 0, false}}}, origin};
}

std::vector<std::string> names(const RoutineList& list) {
  std::vector<std::string> result;
  for (const Routine& r : list.routines) result.push_back(r.id + ":" + r.name);
  return result;
}
}  // namespace

TEST_CASE("two tabs that save a new routine at the same moment keep both, and agree on their ids") {
  // Tab one wrote One; tab two, not yet seeing it, wrote Two under the same id over it.
  const RoutineList one{{routine("custom-1", "One", 11)}, {}};
  const RoutineList two{{routine("custom-1", "Two", 22)}, {}};
  // Tab one hears of tab two's write: One was never seen there, so it stays; Two joins under the next id.
  const RoutineList first = merge_routines(one, one, two);
  CHECK(names(first) == std::vector<std::string>{"custom-1:One", "custom-2:Two"});
  // Tab two hears of tab one's merged write and takes it as it is: nothing more to write.
  CHECK(merge_routines(two, two, first) == first);
}

TEST_CASE("a routine deleted in one tab goes from the other, unless it was changed there") {
  const RoutineList base{{routine("custom-1", "A", 11), routine("custom-2", "B", 22)}, {}};
  const RoutineList theirs{{routine("custom-2", "B", 22)}, {11}};  // A deleted there
  CHECK(names(merge_routines(base, base, theirs)) == std::vector<std::string>{"custom-2:B"});
  const RoutineList ours{{routine("custom-1", "A", 11, 12), routine("custom-2", "B", 22)}, {}};  // A changed here
  CHECK(names(merge_routines(base, ours, theirs)) == std::vector<std::string>{"custom-1:A", "custom-2:B"});
  CHECK(merge_routines(base, ours, theirs).deleted == std::vector<std::uint64_t>{11});
}

TEST_CASE("a routine deleted here stays deleted though the other tab still has it") {
  const RoutineList base{{routine("custom-1", "A", 11)}, {}};
  const RoutineList ours{{}, {11}};
  CHECK(merge_routines(base, ours, base).routines.empty());
}

TEST_CASE("a change on one side is kept; a change on both sides keeps ours; a renumbered routine follows theirs") {
  const RoutineList base{{routine("custom-1", "A", 11), routine("custom-2", "B", 22)}, {}};
  const RoutineList ours{{routine("custom-1", "A", 11, 12), routine("custom-2", "B", 22)}, {}};
  const RoutineList theirs{{routine("custom-1", "A", 11, 8), routine("custom-5", "B renamed", 22)}, {}};
  const RoutineList merged = merge_routines(base, ours, theirs);
  CHECK(names(merged) == std::vector<std::string>{"custom-1:A", "custom-5:B renamed"});
  CHECK(merged.routines[0].items[0].dosage.reps == 12);
}

TEST_CASE("routines stored before origins existed merge by id") {
  const RoutineList base{{routine("custom-1", "A", 0)}, {}};
  CHECK(merge_routines(base, base, base) == base);
  CHECK(merge_routines(base, base, {{}, {}}).routines.empty());  // deleted there
  CHECK(names(merge_routines(base, {{}, {}}, base)).empty());    // deleted here
  const RoutineList theirs{{routine("custom-1", "A", 0), routine("custom-2", "C", 0)}, {}};
  CHECK(names(merge_routines(base, base, theirs)) == std::vector<std::string>{"custom-1:A", "custom-2:C"});
}

TEST_CASE("the deleted origins of both sides are kept in order, the latest 50") {
  std::vector<std::uint64_t> many;
  for (std::uint64_t i = 1; i <= 60; ++i) many.push_back(i * 2);
  const RoutineList ours{{}, {7, 3}};
  const RoutineList theirs{{}, many};
  const RoutineList merged = merge_routines({}, ours, theirs);
  REQUIRE(merged.deleted.size() == kMaxDeletedRoutines);
  CHECK(std::is_sorted(merged.deleted.begin(), merged.deleted.end()));
  CHECK(merged.deleted.back() == 120);
  CHECK(merge_routines({}, theirs, ours).deleted == merged.deleted);  // the same list from either side
}

TEST_CASE("a new routine gets an origin that edits keep; deleting it records the origin; both are stored") {
  using session_test::clock_at;
  using session_test::must;
  AppState state =
      must(AppState{}, SaveRoutine{{"", "Mine", {{"arm-slides", {10, 1, 0, false}}}}}, clock_at(1'000'000));
  REQUIRE(state.routines.custom.size() == 1);
  const std::uint64_t origin = state.routines.custom[0].origin;
  CHECK(origin == routine_origin(1'000'000, 0));
  state = must(state, SaveRoutine{{"custom-1", "Mine, longer", {{"arm-slides", {12, 1, 0, false}}}}});
  CHECK(state.routines.custom[0].origin == origin);
  const std::string stored = routines_to_json(state.routines.custom, state.routines.deleted);
  const RoutinesParse read = parse_routines(stored, session_test::shipped_catalogue());
  REQUIRE(read.error.empty());
  CHECK(read.routines == state.routines.custom);
  state = must(state, DeleteRoutine{"custom-1"});
  CHECK(state.routines.deleted == std::vector<std::uint64_t>{origin});
  const RoutinesParse after = parse_routines(routines_to_json(state.routines.custom, state.routines.deleted),
                                             session_test::shipped_catalogue());
  CHECK(after.deleted == std::vector<std::uint64_t>{origin});
  // Two saves in the same millisecond differ by the random part; none is 0, which means "no origin".
  CHECK(routine_origin(1'000'000, 1) != routine_origin(1'000'000, 2));
  CHECK(routine_origin(0, 0) != 0);
  CHECK(parse_routines(R"({"schema":1,"routines":[],"deleted":["x"]})", session_test::shipped_catalogue()).error ==
        "saved routines: deleted[0]: expected an origin number");
}
