// Each clip does what its exercise's instructions say (see motion_exercise_checks.h), and each check really
// catches the mistake it is about: a corrupted copy of the clip must fail it.
#include "core/motion/library.h"
#include "motion_exercise_checks.h"
#include "shipped_catalogue.h"

#include <catch2/catch.hpp>

namespace {
const ubr::MotionLibrary& shipped_motion() {
  return ubr::test::shipped_catalogue().motion;
}
}  // namespace

using namespace ubr;

namespace {
Clip copy_of(const char* id) {
  const Clip* clip = shipped_motion().find(id);
  REQUIRE(clip != nullptr);
  return *clip;
}
// Sets one angle on every keyframe from `first` on.
void set_angle(Clip& clip, Channel channel, std::size_t axis, double degrees, std::size_t first = 0) {
  for (std::size_t k = first; k < clip.keyframes.size(); ++k) clip.keyframes[k].angles.at(channel, axis) = degrees;
}
}  // namespace

namespace {
std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}
}  // namespace

TEST_CASE("each exercise's clip does what its instructions say") {
  for (const checks::ExerciseCheckEntry& entry : checks::kExerciseChecks) {
    INFO(entry.exercise_id);
    const Clip* clip = shipped_motion().find(entry.exercise_id);
    REQUIRE(clip != nullptr);
    CHECK(joined(checks::exercise_problems(*clip)) == "");
  }
}

TEST_CASE("each exercise's mistake breaks exactly the instruction it names, and nothing physical") {
  for (const checks::ExerciseCheckEntry& entry : checks::kExerciseChecks) {
    INFO(entry.exercise_id);
    const Clip* clip = shipped_motion().find(entry.exercise_id);
    REQUIRE(clip != nullptr);
    REQUIRE(clip->mistake);
    const Clip* wrong = shipped_motion().find_mistake(entry.exercise_id);
    REQUIRE(wrong != nullptr);
    INFO(joined(checks::exercise_problems(*wrong)));
    CHECK(checks::failed_check_names(*wrong) == std::vector<std::string>{clip->mistake->fails});
    CHECK(checks::check_bone_lengths(*wrong) == "");
    CHECK(checks::check_above_floor(*wrong) == "");
    CHECK(checks::check_joint_speed(*wrong) == "");
    CHECK(checks::check_range_of_motion(*wrong) == "");
    CHECK(checks::check_loop_seam(*wrong) == "");
    // The same movement otherwise: the phases, props and timing a person compares against.
    CHECK(wrong->duration_seconds == clip->duration_seconds);
    CHECK(wrong->phases.size() == clip->phases.size());
    CHECK_FALSE(wrong->mistake);
  }
}

namespace {
// Sets every angle of `channel` on keyframe `to` to its value on keyframe `from`: that joint stops moving there.
void copy_channel(Clip& clip, Channel channel, std::size_t from, std::size_t to) {
  for (std::size_t axis = 0; axis < kAxesPerChannel; ++axis) {
    clip.keyframes[to].angles.at(channel, axis) = clip.keyframes[from].angles.at(channel, axis);
  }
}

// One mistake an instruction warns against, made in a copy of the shipped clip, and what its check must say.
struct Corruption {
  const char* what;
  const char* exercise_id;
  void (*corrupt)(Clip&);
  const char* expected;  // part of the check's message
};

const Corruption kCorruptions[] = {
    {"arm slides: wrists and elbows leave the wall at the top", "arm-slides",
     [](Clip& c) { c.keyframes[1].angles.at(Channel::LeftShoulder, 0) = 30; }, "off the wall"},
    {"arm slides: the arms hardly rise", "arm-slides", [](Clip& c) { c.keyframes[1].angles = c.keyframes[0].angles; },
     "leftWrist reaches only"},
    {"arm slides: only the left arm slides up", "arm-slides",
     [](Clip& c) {
       for (Channel channel : {Channel::RightGirdle, Channel::RightShoulder, Channel::RightElbow}) {
         copy_channel(c, channel, 0, 1);
       }
     },
     "rightWrist reaches only"},
    {"arm slides: a 25 cm rise is not as high as you can", "arm-slides",
     [](Clip& c) {
       for (Channel shoulder : {Channel::LeftShoulder, Channel::RightShoulder})
         c.keyframes[1].angles.at(shoulder, 1) = 120;
     },
     "reaches only"},
    {"shoulder blade squeeze: the blades do not move", "shoulder-blade-squeeze",
     [](Clip& c) {
       set_angle(c, Channel::LeftGirdle, 1, 0);
       set_angle(c, Channel::RightGirdle, 1, 0);
     },
     "not clearly closer"},
    {"shoulder blade squeeze: the hold is too short", "shoulder-blade-squeeze",
     [](Clip& c) { c.phases[2].start_seconds = c.phases[1].start_seconds + 3; }, "less than 5"},
    {"elbow squeeze: the hands leave the shoulders", "elbow-squeeze",
     [](Clip& c) { set_angle(c, Channel::LeftElbow, 0, 90, 1); }, "leftHand"},
    {"elbow squeeze: the right elbow stays out to the side", "elbow-squeeze",
     [](Clip& c) {
       c.keyframes[1].angles.at(Channel::RightShoulder, 0) = 20;
       c.keyframes[2].angles.at(Channel::RightShoulder, 0) = 20;
     },
     "rightElbow is not in front"},
    {"elbow squeeze: the hand is tucked against the shoulder, not resting on top of it", "elbow-squeeze",
     [](Clip& c) {
       set_angle(c, Channel::LeftWrist, 0, 120);
       set_angle(c, Channel::LeftElbow, 0, 160);
     },
     "leftHand is not resting on top"},
    {"arm reach: the head is raised", "arm-reach", [](Clip& c) { set_angle(c, Channel::Neck, 0, -35); }, "head rises"},
    {"arm reach: the head hangs", "arm-reach", [](Clip& c) { set_angle(c, Channel::Neck, 0, 60); }, "head hangs"},
    {"arm reach: the back is not level", "arm-reach", [](Clip& c) { c.root.pitch_degrees = -25; }, "back is not level"},
    {"arm reach: the hand stays up after the hold", "arm-reach",
     [](Clip& c) { c.keyframes[3].angles = c.keyframes[2].angles; }, "does not return to the floor"},
    {"arm reach: the reaching arm points at the floor", "arm-reach",
     [](Clip& c) {
       c.keyframes[1].angles.at(Channel::LeftShoulder, 0) = 130;
       c.keyframes[2].angles.at(Channel::LeftShoulder, 0) = 130;
     },
     "not parallel"},
    {"thoracic stretch: knees bent", "thoracic-stretch", [](Clip& c) { set_angle(c, Channel::LeftKnee, 0, 40); },
     "leg is bent"},
    {"thoracic stretch: the head stays up", "thoracic-stretch",
     [](Clip& c) {
       set_angle(c, Channel::Neck, 0, 0);
       set_angle(c, Channel::Head, 0, 0);
     },
     "curl"},
    {"shoulder roll: circles in the wrong direction", "shoulder-roll",
     [](Clip& c) {
       for (Keyframe& keyframe : c.keyframes) {
         for (Channel girdle : {Channel::LeftGirdle, Channel::RightGirdle}) {
           keyframe.angles.at(girdle, 1) = -keyframe.angles.at(girdle, 1);
         }
       }
     },
     "large forward"},
    {"upper back stretch: hands by the sides", "upper-back-stretch",
     [](Clip& c) { set_angle(c, Channel::LeftShoulder, 1, 5); }, "behind the head"},
    {"mid-trap: thumbs toward the floor", "mid-trap", [](Clip& c) { set_angle(c, Channel::LeftElbow, 1, 85); },
     "thumb"},
    {"mid-trap: only the left arm rises", "mid-trap",
     [](Clip& c) {
       copy_channel(c, Channel::RightShoulder, 0, 1);
       copy_channel(c, Channel::RightShoulder, 0, 2);
     },
     "right arm does not rise"},
    {"mid-trap: lowered as fast as raised", "mid-trap",
     [](Clip& c) { c.keyframes[3].time_seconds = c.keyframes[2].time_seconds + 1.5; }, "lowered slowly"},
    // Props and placement: each exercise's position.
    {"arm slides: no wall", "arm-slides", [](Clip& c) { c.props.clear(); }, "there is no wall"},
    {"arm slides: standing away from the wall", "arm-slides", [](Clip& c) { c.root.position.z += 0.2; },
     "is off the wall"},
    {"upper back stretch: no chair", "upper-back-stretch", [](Clip& c) { c.props.clear(); }, "there is no chair"},
    {"upper back stretch: hovering above the seat", "upper-back-stretch", [](Clip& c) { c.root.position.y += 0.3; },
     "not seated on the chair"},
    {"upper back stretch: sitting off the seat", "upper-back-stretch", [](Clip& c) { c.root.position.z += 0.6; },
     "not over the seat"},
    {"upper back stretch: a foot lifted", "upper-back-stretch", [](Clip& c) { set_angle(c, Channel::LeftKnee, 0, 10); },
     "a foot is off the floor"},
    {"mid-trap: no pillow", "mid-trap", [](Clip& c) { c.props.erase(c.props.begin() + 1); }, "there is no pillow"},
    {"mid-trap: up off the floor", "mid-trap", [](Clip& c) { c.root.position.y += 0.4; }, "not lying down"},
    {"mid-trap: lying along the other way", "mid-trap", [](Clip& c) { c.root.pitch_degrees = -83; }, "not lying flat"},
    {"mid-trap: the chest beside the pillow", "mid-trap", [](Clip& c) { c.root.position.z -= 0.5; },
     "the chest is not on the pillow"},
    {"thoracic stretch: sitting on a box", "thoracic-stretch", [](Clip& c) { c.root.position.y += 0.2; },
     "not seated on the floor"},
    // Arms and legs.
    {"shoulder blade squeeze: the arms lift", "shoulder-blade-squeeze",
     [](Clip& c) { set_angle(c, Channel::LeftShoulder, 0, 60, 1); }, "the arms leave the sides"},
    {"shoulder blade squeeze: the figure drifts in the hold", "shoulder-blade-squeeze",
     [](Clip& c) { c.keyframes[2].angles.at(Channel::LeftElbow, 0) = 40; }, "moves during the hold"},
    {"elbow squeeze: the elbows stay apart", "elbow-squeeze",
     [](Clip& c) {
       for (Channel shoulder : {Channel::LeftShoulder, Channel::RightShoulder}) {
         c.keyframes[1].angles.at(shoulder, 0) = 40;
         c.keyframes[2].angles.at(shoulder, 0) = 40;
       }
     },
     "elbows are still"},
    {"arm reach: a knee lifts", "arm-reach", [](Clip& c) { set_angle(c, Channel::LeftHip, 0, 40, 1); },
     "leaves the floor"},
    {"arm reach: the supporting hand lifts", "arm-reach",
     [](Clip& c) { set_angle(c, Channel::RightShoulder, 0, 110, 1); }, "supporting hand leaves the floor"},
    {"arm reach: the reaching elbow bends", "arm-reach",
     [](Clip& c) {
       c.keyframes[1].angles.at(Channel::LeftElbow, 0) = 40;
       c.keyframes[2].angles.at(Channel::LeftElbow, 0) = 40;
     },
     "the reaching arm is bent"},
    {"arm reach: the arm reaches down, not out", "arm-reach",
     [](Clip& c) {
       c.keyframes[1].angles.at(Channel::LeftShoulder, 0) = 80;
       c.keyframes[2].angles.at(Channel::LeftShoulder, 0) = 80;
     },
     "reaching arm is not"},
    {"arm reach: one arm only", "arm-reach", [](Clip& c) { c.per_side = false; }, "must be done with each arm"},
    {"thoracic stretch: the hold is too short", "thoracic-stretch",
     [](Clip& c) { c.phases[2].start_seconds = c.phases[1].start_seconds + 10; }, "less than 15"},
    {"thoracic stretch: the legs lifted", "thoracic-stretch", [](Clip& c) { set_angle(c, Channel::LeftHip, 0, 110); },
     "the legs are not out in front"},
    {"shoulder roll: one phase of circles only", "shoulder-roll", [](Clip& c) { c.phases.resize(1); },
     "needs large circles, smaller circles and reversed circles"},
    {"shoulder roll: the shoulders roll apart", "shoulder-roll",
     [](Clip& c) {
       for (Keyframe& keyframe : c.keyframes) keyframe.angles.at(Channel::RightGirdle, 0) *= 0.5;
     },
     "do not roll together"},
    {"shoulder roll: every circle the same size", "shoulder-roll",
     [](Clip& c) { c.phases.erase(c.phases.begin() + 1); }, "not smaller"},
    {"upper back stretch: no forward bend", "upper-back-stretch",
     [](Clip& c) { c.keyframes[1].angles = c.keyframes[0].angles; }, "does not bend forward"},
    {"upper back stretch: no arch", "upper-back-stretch",
     [](Clip& c) { c.keyframes[2].angles = c.keyframes[0].angles; }, "does not arch backward"},
    {"mid-trap: bent elbows", "mid-trap", [](Clip& c) { set_angle(c, Channel::LeftElbow, 0, 40); }, "an elbow bends"},
    {"mid-trap: the arms by the sides", "mid-trap", [](Clip& c) { set_angle(c, Channel::LeftShoulder, 1, 20); },
     "not out to the side"},
    {"mid-trap: the blades stay apart", "mid-trap",
     [](Clip& c) {
       set_angle(c, Channel::LeftGirdle, 1, 0);
       set_angle(c, Channel::RightGirdle, 1, 0);
     },
     "the blades do not come together"},
    {"mid-trap: only the right arm rises", "mid-trap",
     [](Clip& c) {
       copy_channel(c, Channel::LeftShoulder, 0, 1);
       copy_channel(c, Channel::LeftShoulder, 0, 2);
     },
     "left arm does not rise"},
    {"upper back stretch: the arch first, then the bend", "upper-back-stretch",
     [](Clip& c) { std::swap(c.keyframes[1].angles, c.keyframes[2].angles); },
     "the arch comes before the forward bend"},
    {"arm reach: no hold at all", "arm-reach",
     [](Clip& c) {
       for (Phase& phase : c.phases) phase.hold = false;
     },
     "no hold"},
};

}  // namespace

TEST_CASE("corrupted clips fail the matching checks") {
  for (const Corruption& corruption : kCorruptions) {
    INFO(corruption.what);
    Clip clip = copy_of(corruption.exercise_id);
    corruption.corrupt(clip);
    CHECK_THAT(joined(checks::exercise_problems(clip)), Catch::Contains(corruption.expected));
  }
}

TEST_CASE("corrupted clips fail the physical checks") {
  SECTION("an angle beyond the range of motion") {
    Clip clip = copy_of("elbow-squeeze");
    clip.keyframes[1].angles.at(Channel::LeftElbow, 0) = 175;
    CHECK_THAT(checks::check_range_of_motion(clip), Catch::Contains("leftElbow.flexion"));
  }
  SECTION("a figure sunk into the floor") {
    Clip clip = copy_of("thoracic-stretch");
    clip.root.position.y -= 0.12;
    CHECK_THAT(checks::check_above_floor(clip), Catch::Contains("below the floor"));
  }
  SECTION("a movement that teleports") {
    Clip clip = copy_of("arm-reach");
    clip.keyframes[1].time_seconds = 0.05;
    CHECK_THAT(checks::check_joint_speed(clip), Catch::Contains("faster than"));
  }
  SECTION("a loop whose ends do not meet") {
    Clip clip = copy_of("arm-reach");
    // Starting with the arm already reaching makes the mirrored half begin where the first did not end.
    clip.keyframes[0].angles = clip.keyframes[1].angles;
    CHECK_THAT(checks::check_loop_seam(clip), Catch::Contains("jumps"));
  }
}
