#pragma once
// The micro-break a desk-break reminder offers: one to two minutes of two exercises that need no floor or wall, so
// it can be done at the desk. Which two rotates with the breaks already taken today, so each one gets practised
// through the day; the same count always gives the same break (the count is in the reminders' state).
#include "core/exercises/catalogue.h"
#include "core/session/routine.h"

#include <array>
#include <string_view>

namespace ubr {

constexpr std::string_view kMicroBreakRoutineId = "micro-break";

// Done standing or sitting at a desk; each needs nothing but a chair at most. Ordered so that consecutive breaks
// pair a held squeeze with a moving exercise, and any two consecutive breaks cover all four.
inline constexpr std::array<std::string_view, 4> kMicroBreakExercises = {"shoulder-blade-squeeze", "shoulder-roll",
                                                                         "elbow-squeeze", "upper-back-stretch"};
constexpr int kMicroBreakExerciseCount = 2;

// The micro-break after `breaks_taken_today` breaks: a routine of two of the exercises above, with fewer
// repetitions than the catalogue's (about a minute and a half with the default pauses).
Routine micro_break_routine(const Catalogue& catalogue, int breaks_taken_today);

}  // namespace ubr
