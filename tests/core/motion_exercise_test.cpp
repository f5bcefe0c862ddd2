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

// Sets one angle on keyframes 1 and 2, the held position of the clips with a hold (the squeezes, the arm reach, the
// thoracic stretch), so the mistake is made in the hold and the figure still starts and rests where it should.
void set_held_angle(Clip& clip, Channel channel, std::size_t axis, double degrees) {
  for (std::size_t k = 1; k <= 2; ++k) clip.keyframes[k].angles.at(channel, axis) = degrees;
}

// Arm reach: the left arm stays on the floor through the reach and the hold.
void reach_without_the_arm(Clip& clip) {
  for (Channel channel : {Channel::LeftGirdle, Channel::LeftShoulder, Channel::LeftElbow, Channel::LeftWrist}) {
    copy_channel(clip, channel, 0, 1);
    copy_channel(clip, channel, 0, 2);
  }
}

// Thoracic stretch: only the neck and head curl; the upper back and the arms keep their starting angles, which hold
// the hands on the mid-thighs.
void curl_only_the_neck(Clip& clip) {
  for (Channel channel : {Channel::Lumbar, Channel::Thoracic, Channel::LeftGirdle, Channel::RightGirdle,
                          Channel::LeftShoulder, Channel::RightShoulder, Channel::LeftElbow, Channel::RightElbow}) {
    copy_channel(clip, channel, 0, 1);
    copy_channel(clip, channel, 0, 2);
  }
}

// Shoulder roll: the backward circles turned forward, so every circle rolls the same way.
void roll_forward_only(Clip& clip) {
  const double backward_start = clip.phases[2].start_seconds;
  for (Keyframe& keyframe : clip.keyframes) {
    if (keyframe.time_seconds < backward_start) continue;
    for (Channel girdle : {Channel::LeftGirdle, Channel::RightGirdle}) {
      keyframe.angles.at(girdle, 1) = -keyframe.angles.at(girdle, 1);
    }
  }
}

// Mid-trap: the right arm drops back to the floor a second after the top while the left one lowers slowly.
void drop_the_right_arm(Clip& clip) {
  Keyframe dropped = clip.keyframes[2];
  dropped.time_seconds += 1;
  dropped.angles = sample_angles(clip, dropped.time_seconds);
  clip.keyframes.insert(clip.keyframes.begin() + 3, dropped);
  copy_channel(clip, Channel::RightGirdle, 0, 3);
  copy_channel(clip, Channel::RightShoulder, 0, 3);
}

// One mistake an instruction warns against, made in a copy of the shipped clip, and the branch of the named check
// that must catch it.
struct Corruption {
  const char* what;
  const char* exercise_id;
  void (*corrupt)(Clip&);
  const char* check;     // the named check that must fail
  const char* expected;  // part of its message: the branch that fails
};

// One row per failure branch of every named check, grouped by exercise and check in the order of
// motion_exercise_checks.h. A branch shared by several checks (no wall, too few phases) has a row for each; the
// holds' branches live in check_hold and have their rows once.
const Corruption kCorruptions[] = {
    // --- Arm slides ---
    {"arm slides: no wall", "arm-slides", [](Clip& c) { c.props.clear(); }, "back against the wall",
     "there is no wall"},
    {"arm slides: standing away from the wall", "arm-slides", [](Clip& c) { c.root.position.z += 0.2; },
     "back against the wall", "leftShoulderBlade is off the wall"},
    {"arm slides: the hips drift forward off the wall, the upper back still on it", "arm-slides",
     [](Clip& c) {
       c.root.position.z += 0.06;
       c.root.pitch_degrees = -7;
     },
     "back against the wall", "pelvis is not against the wall"},
    {"arm slides: the upper back rounds away from the wall, the blades still on it", "arm-slides",
     [](Clip& c) { set_angle(c, Channel::Thoracic, 0, 8); }, "back against the wall", "chest is not against the wall"},
    {"arm slides: no wall for the arms", "arm-slides", [](Clip& c) { c.props.clear(); },
     "wrists and elbows on the wall", "there is no wall"},
    {"arm slides: the left wrist and elbow leave the wall at the top", "arm-slides",
     [](Clip& c) { c.keyframes[1].angles.at(Channel::LeftShoulder, 0) = 30; }, "wrists and elbows on the wall",
     "leftWrist is off the wall"},
    {"arm slides: the right wrist and elbow leave the wall at the top", "arm-slides",
     [](Clip& c) { c.keyframes[1].angles.at(Channel::RightShoulder, 0) = 30; }, "wrists and elbows on the wall",
     "rightWrist is off the wall"},
    {"arm slides: the arms hardly rise", "arm-slides", [](Clip& c) { c.keyframes[1].angles = c.keyframes[0].angles; },
     "as high as you can", "leftWrist reaches only"},
    {"arm slides: only the left arm slides up", "arm-slides",
     [](Clip& c) {
       for (Channel channel : {Channel::RightGirdle, Channel::RightShoulder, Channel::RightElbow}) {
         copy_channel(c, channel, 0, 1);
       }
     },
     "as high as you can", "rightWrist reaches only"},
    {"arm slides: a 25 cm rise is not as high as you can", "arm-slides",
     [](Clip& c) {
       for (Channel shoulder : {Channel::LeftShoulder, Channel::RightShoulder})
         c.keyframes[1].angles.at(shoulder, 1) = 120;
     },
     "as high as you can", "leftWrist reaches only"},

    // --- Shoulder blade squeeze ---
    {"shoulder blade squeeze: the hold is too short", "shoulder-blade-squeeze",
     [](Clip& c) { c.phases[2].start_seconds = c.phases[1].start_seconds + 3; }, "hold 5 seconds", "less than 5"},
    {"shoulder blade squeeze: the figure drifts in the hold", "shoulder-blade-squeeze",
     [](Clip& c) { c.keyframes[2].angles.at(Channel::LeftElbow, 0) = 40; }, "hold 5 seconds", "moves during the hold"},
    {"shoulder blade squeeze: the blades do not move", "shoulder-blade-squeeze",
     [](Clip& c) {
       set_angle(c, Channel::LeftGirdle, 1, 0);
       set_angle(c, Channel::RightGirdle, 1, 0);
     },
     "blades together", "not clearly closer"},
    {"shoulder blade squeeze: the shoulders shrug up toward the ears", "shoulder-blade-squeeze",
     [](Clip& c) {
       set_held_angle(c, Channel::LeftGirdle, 0, 10);
       set_held_angle(c, Channel::RightGirdle, 0, 10);
     },
     "squeeze back, not up", "leftShoulder rises"},
    {"shoulder blade squeeze: the arms lift", "shoulder-blade-squeeze",
     [](Clip& c) { set_angle(c, Channel::LeftShoulder, 0, 60, 1); }, "arms by your sides", "the arms leave the sides"},

    // --- Elbow squeeze ---
    {"elbow squeeze: the hands leave the shoulders", "elbow-squeeze",
     [](Clip& c) { set_angle(c, Channel::LeftElbow, 0, 90, 1); }, "hands stay on the shoulders",
     "leftHand is off the shoulder"},
    {"elbow squeeze: the right hand slides along the shoulder", "elbow-squeeze",
     [](Clip& c) { set_held_angle(c, Channel::RightWrist, 0, 20); }, "hands stay on the shoulders",
     "rightHand slides away"},
    {"elbow squeeze: the hand is tucked against the shoulder, not resting on top of it", "elbow-squeeze",
     [](Clip& c) {
       set_angle(c, Channel::LeftWrist, 0, 120);
       set_angle(c, Channel::LeftElbow, 0, 160);
     },
     "palms down", "leftHand is not resting on top"},
    {"elbow squeeze: the right elbow stays out to the side", "elbow-squeeze",
     [](Clip& c) { set_held_angle(c, Channel::RightShoulder, 0, 20); }, "elbows together in front",
     "rightElbow is not in front"},
    {"elbow squeeze: the elbows stay apart", "elbow-squeeze",
     [](Clip& c) {
       set_held_angle(c, Channel::LeftShoulder, 0, 40);
       set_held_angle(c, Channel::RightShoulder, 0, 40);
     },
     "elbows together in front", "elbows are still"},

    // --- Arm reach ---
    {"arm reach: one arm only", "arm-reach", [](Clip& c) { c.per_side = false; }, "each arm",
     "must be done with each arm"},
    {"arm reach: no hold at all", "arm-reach",
     [](Clip& c) {
       for (Phase& phase : c.phases) phase.hold = false;
     },
     "each arm", "no hold"},
    {"arm reach: the arm stays on the floor, so the other arm does not reach either", "arm-reach",
     reach_without_the_arm, "each arm", "the other arm does not reach"},
    {"arm reach: the back is not level", "arm-reach", [](Clip& c) { c.root.pitch_degrees = -25; },
     "on knees and hands, back level", "back is not level"},
    {"arm reach: a knee lifts", "arm-reach", [](Clip& c) { set_angle(c, Channel::LeftHip, 0, 40, 1); },
     "on knees and hands, back level", "leftKnee leaves the floor"},
    {"arm reach: the supporting hand lifts", "arm-reach",
     [](Clip& c) { set_angle(c, Channel::RightShoulder, 0, 110, 1); }, "on knees and hands, back level",
     "supporting hand leaves the floor"},
    {"arm reach: the head is raised", "arm-reach", [](Clip& c) { set_angle(c, Channel::Neck, 0, -35); },
     "neck parallel to the ground", "head rises"},
    {"arm reach: the neck cranes up with the chin tucked, the head level", "arm-reach",
     [](Clip& c) {
       set_angle(c, Channel::Neck, 0, -20);
       set_angle(c, Channel::Head, 0, 30);
     },
     "neck parallel to the ground", "the neck rises above the back"},
    {"arm reach: the head hangs", "arm-reach", [](Clip& c) { set_angle(c, Channel::Neck, 0, 60); },
     "neck parallel to the ground", "head hangs"},
    {"arm reach: the reaching elbow bends", "arm-reach", [](Clip& c) { set_held_angle(c, Channel::LeftElbow, 0, 40); },
     "arm straight out in front, parallel to the ground", "the reaching arm is bent"},
    {"arm reach: the arm reaches down, not out", "arm-reach",
     [](Clip& c) { set_held_angle(c, Channel::LeftShoulder, 0, 80); },
     "arm straight out in front, parallel to the ground", "the reaching arm is not out in front"},
    {"arm reach: the reaching arm points at the floor", "arm-reach",
     [](Clip& c) { set_held_angle(c, Channel::LeftShoulder, 0, 130); },
     "arm straight out in front, parallel to the ground", "not parallel"},
    {"arm reach: the hand stays up after the hold", "arm-reach",
     [](Clip& c) { c.keyframes[3].angles = c.keyframes[2].angles; }, "hand back to the ground",
     "does not return to the floor"},

    // --- Thoracic stretch ---
    {"thoracic stretch: the hold is too short", "thoracic-stretch",
     [](Clip& c) { c.phases[2].start_seconds = c.phases[1].start_seconds + 10; }, "hold 15", "less than 15"},
    {"thoracic stretch: sitting on a box", "thoracic-stretch", [](Clip& c) { c.root.position.y += 0.2; },
     "seated, legs straight out in front", "not seated on the floor"},
    {"thoracic stretch: knees bent", "thoracic-stretch", [](Clip& c) { set_angle(c, Channel::LeftKnee, 0, 40); },
     "seated, legs straight out in front", "leg is bent"},
    {"thoracic stretch: the legs lifted", "thoracic-stretch", [](Clip& c) { set_angle(c, Channel::LeftHip, 0, 110); },
     "seated, legs straight out in front", "the legs are not out in front"},
    {"thoracic stretch: the right leg raised a little off the floor", "thoracic-stretch",
     [](Clip& c) { set_angle(c, Channel::RightHip, 0, 96); }, "seated, legs straight out in front",
     "a leg is off the floor"},
    {"thoracic stretch: the right hand reaches for the toes", "thoracic-stretch",
     [](Clip& c) { set_held_angle(c, Channel::RightShoulder, 0, 40); }, "hands on the mid-thighs",
     "rightHand is not on the mid-thigh"},
    {"thoracic stretch: only the neck curls, the upper back stays straight", "thoracic-stretch", curl_only_the_neck,
     "head and neck curl toward the navel", "the upper back does not curl"},
    {"thoracic stretch: the neck and head stay up, the upper back curls", "thoracic-stretch",
     [](Clip& c) {
       set_angle(c, Channel::Neck, 0, 0);
       set_angle(c, Channel::Head, 0, 0);
     },
     "head and neck curl toward the navel", "the neck does not curl"},
    {"thoracic stretch: the head tips back on the curled neck", "thoracic-stretch",
     [](Clip& c) { set_held_angle(c, Channel::Head, 0, -25); }, "head and neck curl toward the navel",
     "the head does not curl toward the navel"},

    // --- Shoulder roll ---
    {"shoulder roll: one phase of circles only", "shoulder-roll", [](Clip& c) { c.phases.resize(1); },
     "whole circles, both shoulders together", "needs large circles, smaller circles and reversed circles"},
    {"shoulder roll: a phase ends halfway round a circle", "shoulder-roll",
     [](Clip& c) { c.phases[1].start_seconds += 0.5; }, "whole circles, both shoulders together",
     "large circles forward: the shoulder's path is not a closed loop"},
    {"shoulder roll: the shoulders roll apart", "shoulder-roll",
     [](Clip& c) {
       for (Keyframe& keyframe : c.keyframes) keyframe.angles.at(Channel::RightGirdle, 0) *= 0.5;
     },
     "whole circles, both shoulders together", "do not roll together"},
    {"shoulder roll: one phase of circles only, in order", "shoulder-roll", [](Clip& c) { c.phases.resize(1); },
     "large forward circles, then smaller, then reversed", "needs large circles, smaller circles and reversed circles"},
    {"shoulder roll: circles in the wrong direction", "shoulder-roll",
     [](Clip& c) {
       for (Keyframe& keyframe : c.keyframes) {
         for (Channel girdle : {Channel::LeftGirdle, Channel::RightGirdle}) {
           keyframe.angles.at(girdle, 1) = -keyframe.angles.at(girdle, 1);
         }
       }
     },
     "large forward circles, then smaller, then reversed", "the first circles are not large forward rolls"},
    {"shoulder roll: every circle the same size", "shoulder-roll",
     [](Clip& c) { c.phases.erase(c.phases.begin() + 1); }, "large forward circles, then smaller, then reversed",
     "not smaller"},
    {"shoulder roll: the circles roll forward only", "shoulder-roll", roll_forward_only,
     "large forward circles, then smaller, then reversed", "the direction never reverses"},
    {"shoulder roll: the right arm held out in front", "shoulder-roll",
     [](Clip& c) { set_angle(c, Channel::RightShoulder, 0, 90); }, "arms relaxed", "the arms are not relaxed"},

    // --- Upper back stretch ---
    {"upper back stretch: no chair", "upper-back-stretch", [](Clip& c) { c.props.clear(); },
     "seated, feet on the floor", "there is no chair"},
    {"upper back stretch: hovering above the seat", "upper-back-stretch", [](Clip& c) { c.root.position.y += 0.3; },
     "seated, feet on the floor", "not seated on the chair"},
    {"upper back stretch: sitting off the seat", "upper-back-stretch", [](Clip& c) { c.root.position.z += 0.6; },
     "seated, feet on the floor", "not over the seat"},
    {"upper back stretch: a foot lifted", "upper-back-stretch", [](Clip& c) { set_angle(c, Channel::LeftKnee, 0, 10); },
     "seated, feet on the floor", "a foot is off the floor"},
    {"upper back stretch: the elbows come forward round the face", "upper-back-stretch",
     [](Clip& c) {
       set_angle(c, Channel::LeftShoulder, 0, 40);
       set_angle(c, Channel::RightShoulder, 0, 40);
     },
     "arms crossed behind the head", "leftElbow is not behind the head"},
    {"upper back stretch: the right elbow comes forward", "upper-back-stretch",
     [](Clip& c) { set_angle(c, Channel::RightShoulder, 0, 40); }, "arms crossed behind the head",
     "rightElbow is not behind the head"},
    {"upper back stretch: the left hand drops to the side", "upper-back-stretch",
     [](Clip& c) { set_angle(c, Channel::LeftShoulder, 1, 5); }, "arms crossed behind the head",
     "leftWrist is not at the height of the head"},
    {"upper back stretch: hands behind the head with the elbows wide, not crossed", "upper-back-stretch",
     [](Clip& c) {
       set_angle(c, Channel::LeftShoulder, 1, 140);
       set_angle(c, Channel::RightShoulder, 1, 140);
     },
     "arms crossed behind the head", "the arms are not crossed: leftWrist does not reach past the midline"},
    {"upper back stretch: only the left forearm crosses", "upper-back-stretch",
     [](Clip& c) { set_angle(c, Channel::RightShoulder, 1, 140); }, "arms crossed behind the head",
     "the arms are not crossed: rightWrist does not reach past the midline"},
    {"upper back stretch: no forward bend", "upper-back-stretch",
     [](Clip& c) { c.keyframes[1].angles = c.keyframes[0].angles; }, "bend forward, then arch backward",
     "does not bend forward"},
    {"upper back stretch: no arch", "upper-back-stretch",
     [](Clip& c) { c.keyframes[2].angles = c.keyframes[0].angles; }, "bend forward, then arch backward",
     "does not arch backward"},
    {"upper back stretch: the arch first, then the bend", "upper-back-stretch",
     [](Clip& c) { std::swap(c.keyframes[1].angles, c.keyframes[2].angles); }, "bend forward, then arch backward",
     "the arch comes before the forward bend"},
    {"upper back stretch: tipping back from the low back with the upper back straight", "upper-back-stretch",
     [](Clip& c) {
       c.keyframes[2].angles.at(Channel::Lumbar, 0) = -20;
       c.keyframes[2].angles.at(Channel::Thoracic, 0) = 4;
     },
     "bend forward, then arch backward", "the backward movement is a lean, not an arch"},

    // --- Mid-trap ---
    {"mid-trap: no pillow", "mid-trap", [](Clip& c) { c.props.erase(c.props.begin() + 1); },
     "face down, chest on the pillow", "there is no pillow"},
    {"mid-trap: up off the floor", "mid-trap", [](Clip& c) { c.root.position.y += 0.4; },
     "face down, chest on the pillow", "not lying down"},
    {"mid-trap: lying along the other way", "mid-trap", [](Clip& c) { c.root.pitch_degrees = -83; },
     "face down, chest on the pillow", "not lying flat"},
    {"mid-trap: the face lifted to look ahead", "mid-trap",
     [](Clip& c) {
       set_angle(c, Channel::Neck, 0, -45);
       set_angle(c, Channel::Head, 0, -10);
     },
     "face down, chest on the pillow", "not face down"},
    {"mid-trap: the chest beside the pillow", "mid-trap", [](Clip& c) { c.root.position.z -= 0.5; },
     "face down, chest on the pillow", "the chest is not on the pillow"},
    {"mid-trap: bent elbows", "mid-trap", [](Clip& c) { set_angle(c, Channel::LeftElbow, 0, 40); },
     "elbows straight, arms out to the sides", "an elbow bends"},
    {"mid-trap: the arms by the sides", "mid-trap", [](Clip& c) { set_angle(c, Channel::LeftShoulder, 1, 20); },
     "elbows straight, arms out to the sides", "not out to the side"},
    {"mid-trap: thumbs toward the floor", "mid-trap", [](Clip& c) { set_angle(c, Channel::LeftElbow, 1, 85); },
     "thumbs toward the ceiling", "thumb does not point to the ceiling"},
    {"mid-trap: only the right arm rises", "mid-trap",
     [](Clip& c) {
       copy_channel(c, Channel::LeftShoulder, 0, 1);
       copy_channel(c, Channel::LeftShoulder, 0, 2);
     },
     "raise the arms and squeeze the blades", "left arm does not rise"},
    {"mid-trap: only the left arm rises", "mid-trap",
     [](Clip& c) {
       copy_channel(c, Channel::RightShoulder, 0, 1);
       copy_channel(c, Channel::RightShoulder, 0, 2);
     },
     "raise the arms and squeeze the blades", "right arm does not rise"},
    {"mid-trap: the blades stay apart", "mid-trap",
     [](Clip& c) {
       set_angle(c, Channel::LeftGirdle, 1, 0);
       set_angle(c, Channel::RightGirdle, 1, 0);
     },
     "raise the arms and squeeze the blades", "the blades do not come together"},
    {"mid-trap: lowered as fast as raised", "mid-trap",
     [](Clip& c) { c.keyframes[3].time_seconds = c.keyframes[2].time_seconds + 1.5; }, "lower slowly",
     "the left arm is not lowered slowly"},
    {"mid-trap: the right arm drops while the left one lowers slowly", "mid-trap", drop_the_right_arm, "lower slowly",
     "the right arm is not lowered slowly"},
};

// The message of the exercise's check named `name`: empty when the clip passes it, nullopt when there is no such
// check.
std::optional<std::string> problem_of(const Clip& clip, std::string_view name) {
  for (const checks::NamedCheck& named : checks::checks_for(clip.exercise_id)) {
    if (named.name == name) return named.check(clip);
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("corrupted clips fail the matching checks") {
  for (const Corruption& corruption : kCorruptions) {
    INFO(corruption.what);
    Clip clip = copy_of(corruption.exercise_id);
    corruption.corrupt(clip);
    INFO(joined(checks::exercise_problems(clip)));
    const auto problem = problem_of(clip, corruption.check);
    REQUIRE(problem);
    CHECK_THAT(*problem, Catch::Contains(corruption.expected));
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
