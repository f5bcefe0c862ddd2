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

TEST_CASE("each exercise's clip does what its instructions say") {
  for (const checks::ExerciseCheckEntry& entry : checks::kExerciseChecks) {
    INFO(entry.exercise_id);
    const Clip* clip = shipped_motion().find(entry.exercise_id);
    REQUIRE(clip != nullptr);
    CHECK(entry.check(*clip) == "");
  }
}

TEST_CASE("corrupted clips fail the matching checks") {
  SECTION("arm slides: wrists and elbows leave the wall at the top") {
    Clip clip = copy_of("arm-slides");
    clip.keyframes[1].angles.at(Channel::LeftShoulder, 0) = 30;
    CHECK_THAT(checks::check_arm_slides(clip), Catch::Contains("off the wall"));
  }
  SECTION("arm slides: the arms hardly rise") {
    Clip clip = copy_of("arm-slides");
    clip.keyframes[1].angles = clip.keyframes[0].angles;
    CHECK_THAT(checks::check_arm_slides(clip), Catch::Contains("rise only"));
  }
  SECTION("shoulder blade squeeze: the blades do not move") {
    Clip clip = copy_of("shoulder-blade-squeeze");
    set_angle(clip, Channel::LeftGirdle, 1, 0);
    set_angle(clip, Channel::RightGirdle, 1, 0);
    CHECK_THAT(checks::check_shoulder_blade_squeeze(clip), Catch::Contains("not clearly closer"));
  }
  SECTION("shoulder blade squeeze: the hold is too short") {
    Clip clip = copy_of("shoulder-blade-squeeze");
    clip.phases[2].start_seconds = clip.phases[1].start_seconds + 3;
    CHECK_THAT(checks::check_shoulder_blade_squeeze(clip), Catch::Contains("less than 5"));
  }
  SECTION("elbow squeeze: the hands leave the shoulders") {
    Clip clip = copy_of("elbow-squeeze");
    set_angle(clip, Channel::LeftElbow, 0, 90, 1);
    CHECK_THAT(checks::check_elbow_squeeze(clip), Catch::Contains("leftHand"));
  }
  SECTION("arm reach: the head is raised") {
    Clip clip = copy_of("arm-reach");
    set_angle(clip, Channel::Neck, 0, -35);
    CHECK_THAT(checks::check_arm_reach(clip), Catch::Contains("head rises"));
  }
  SECTION("arm reach: the reaching arm points at the floor") {
    Clip clip = copy_of("arm-reach");
    clip.keyframes[1].angles.at(Channel::LeftShoulder, 0) = 130;
    clip.keyframes[2].angles.at(Channel::LeftShoulder, 0) = 130;
    CHECK_THAT(checks::check_arm_reach(clip), Catch::Contains("not parallel"));
  }
  SECTION("thoracic stretch: knees bent") {
    Clip clip = copy_of("thoracic-stretch");
    set_angle(clip, Channel::LeftKnee, 0, 40);
    CHECK_THAT(checks::check_thoracic_stretch(clip), Catch::Contains("leg is bent"));
  }
  SECTION("thoracic stretch: the head stays up") {
    Clip clip = copy_of("thoracic-stretch");
    set_angle(clip, Channel::Neck, 0, 0);
    set_angle(clip, Channel::Head, 0, 0);
    CHECK_THAT(checks::check_thoracic_stretch(clip), Catch::Contains("curl"));
  }
  SECTION("shoulder roll: circles in the wrong direction") {
    Clip clip = copy_of("shoulder-roll");
    for (Keyframe& keyframe : clip.keyframes) {
      for (Channel girdle : {Channel::LeftGirdle, Channel::RightGirdle}) {
        keyframe.angles.at(girdle, 1) = -keyframe.angles.at(girdle, 1);
      }
    }
    CHECK_THAT(checks::check_shoulder_roll(clip), Catch::Contains("large forward"));
  }
  SECTION("upper back stretch: hands by the sides") {
    Clip clip = copy_of("upper-back-stretch");
    set_angle(clip, Channel::LeftShoulder, 1, 5);
    CHECK_THAT(checks::check_upper_back_stretch(clip), Catch::Contains("behind the head"));
  }
  SECTION("mid-trap: thumbs toward the floor") {
    Clip clip = copy_of("mid-trap");
    set_angle(clip, Channel::LeftElbow, 1, 85);
    CHECK_THAT(checks::check_mid_trap(clip), Catch::Contains("thumb"));
  }
  SECTION("mid-trap: lowered as fast as raised") {
    Clip clip = copy_of("mid-trap");
    clip.keyframes[3].time_seconds = clip.keyframes[2].time_seconds + 1.5;
    CHECK_THAT(checks::check_mid_trap(clip), Catch::Contains("lowered slowly"));
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
