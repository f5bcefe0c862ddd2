// The micro-break a desk-break reminder offers.
#include "core/reminders/micro_break.h"
#include "core/session/session.h"

#include "shipped_catalogue.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace ubr;

TEST_CASE("micro-break reminders rotate through the desk exercises during the day") {
  const Catalogue& catalogue = test::shipped_catalogue();
  std::map<std::string, int> practised;
  for (int taken = 0; taken < 8; ++taken) {
    const Routine routine = micro_break_routine(catalogue, taken);
    CHECK(routine.id == kMicroBreakRoutineId);
    REQUIRE(routine.items.size() == 2);
    CHECK(routine.items[0].exercise_id != routine.items[1].exercise_id);
    // The same count always gives the same break.
    CHECK(micro_break_routine(catalogue, taken) == routine);
    // Any two breaks in a row practise all four exercises.
    std::set<std::string> two_in_a_row;
    for (const Routine& r : {routine, micro_break_routine(catalogue, taken + 1)}) {
      for (const RoutineItem& item : r.items) two_in_a_row.insert(item.exercise_id);
    }
    CHECK(two_in_a_row.size() == kMicroBreakExercises.size());
    for (const RoutineItem& item : routine.items) ++practised[item.exercise_id];
  }
  // Eight breaks: each exercise four times.
  REQUIRE(practised.size() == 4);
  for (const auto& [id, times] : practised) CHECK(times == 4);
}

TEST_CASE("micro-break reminders offer one to two minutes needing no floor or wall") {
  const Catalogue& catalogue = test::shipped_catalogue();
  for (std::string_view id : kMicroBreakExercises) {
    const Exercise* exercise = catalogue.find(id);
    REQUIRE(exercise != nullptr);
    INFO(exercise->position);
    CHECK(exercise->position.find("floor") == std::string::npos);
    CHECK(exercise->position.find("wall") == std::string::npos);
    CHECK(exercise->position.find("Lying") == std::string::npos);
  }
  for (int taken = 0; taken < 4; ++taken) {
    std::string error;
    const std::optional<Session> session =
        start_session(micro_break_routine(catalogue, taken), catalogue, SessionSettings{}, WallClock{}, error);
    INFO(error);
    REQUIRE(session);
    INFO("micro-break " << taken << ": " << planned_total_seconds(*session) << " s");
    CHECK(planned_total_seconds(*session) >= 60);
    CHECK(planned_total_seconds(*session) <= 120);
  }
}
