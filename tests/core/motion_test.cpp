// Every shipped clip, sampled finely: a body that keeps its bone lengths, stays above the floor, never teleports,
// loops without a jump and stays inside the human range of motion.
#include "core/exercises/catalogue.h"
#include "core/motion/library.h"
#include "motion_checks.h"
#include "shipped_catalogue.h"

#include <embedded_content.h>

#include <catch2/catch.hpp>

namespace {
const ubr::MotionLibrary& shipped_motion() {
  return ubr::test::shipped_catalogue().motion;
}
}  // namespace

using namespace ubr;

namespace {
std::vector<std::string> exercise_ids() {
  const Catalogue catalogue = *parse_catalogue(*content::find("exercises.json"), "exercises.json").catalogue;
  std::vector<std::string> ids;
  for (const Exercise& exercise : catalogue.exercises) ids.push_back(exercise.id);
  return ids;
}
}  // namespace

TEST_CASE("every exercise of the catalogue has a valid motion clip") {
  const auto ids = exercise_ids();
  REQUIRE(ids.size() == 8);
  for (const std::string& id : ids) {
    INFO(id);
    CHECK(shipped_motion().error(id).empty());
    REQUIRE(shipped_motion().find(id) != nullptr);
    CHECK(shipped_motion().find(id)->exercise_id == id);
  }
}

TEST_CASE("per-side exercises in the catalogue are the mirrored clips, and only they") {
  const Catalogue catalogue = *parse_catalogue(*content::find("exercises.json"), "exercises.json").catalogue;
  for (const Exercise& exercise : catalogue.exercises) {
    INFO(exercise.id);
    REQUIRE(shipped_motion().find(exercise.id) != nullptr);
    CHECK(shipped_motion().find(exercise.id)->per_side == exercise.dosage.per_side);
    // A hold exercise shows a hold at least as long as its dosage asks for.
    CHECK(hold_seconds(*shipped_motion().find(exercise.id)) >= exercise.dosage.hold_seconds);
  }
}

TEST_CASE("physical plausibility of every clip") {
  for (const std::string& id : exercise_ids()) {
    const Clip* clip = shipped_motion().find(id);
    REQUIRE(clip != nullptr);
    INFO(id);
    CHECK(checks::check_bone_lengths(*clip) == "");
    CHECK(checks::check_above_floor(*clip) == "");
    CHECK(checks::check_joint_speed(*clip) == "");
    CHECK(checks::check_loop_seam(*clip) == "");
    CHECK(checks::check_range_of_motion(*clip) == "");
  }
}

TEST_CASE("sampling is pure and periodic") {
  const Clip& clip = *shipped_motion().find("arm-slides");
  for (double t : {0.0, 0.7, 2.9, 5.2}) {
    const Pose a = sample(clip, t);
    const Pose b = sample(clip, t + clip.duration_seconds);
    const Pose c = sample(clip, t - 3 * clip.duration_seconds);
    for (std::size_t j = 0; j < kJointCount; ++j) {
      CHECK(distance(a.joints[j], b.joints[j]) < 1e-9);
      CHECK(distance(a.joints[j], c.joints[j]) < 1e-9);
    }
  }
}

TEST_CASE("phases are named and follow the clip's time") {
  const Clip& clip = *shipped_motion().find("shoulder-blade-squeeze");
  CHECK(phase_at(clip, 0.5).name == "squeeze");
  CHECK(phase_at(clip, 3).name == "hold");
  CHECK(phase_at(clip, 3).hold);
  CHECK(phase_at(clip, 7).name == "release");
  CHECK(phase_at(clip, 9).name == "relax");
  CHECK(phase_at(clip, 9 + clip.duration_seconds).name == "relax");
}

TEST_CASE("the library samples a clip by its time and mirrors") {
  const Clip& clip = *shipped_motion().find("arm-reach");
  const Pose quarter = shipped_motion().pose_at("arm-reach", 0.25 * clip.duration_seconds, false);
  const Pose expected = sample(clip, 0.25 * clip.duration_seconds);
  CHECK(distance(quarter[Joint::LeftWrist], expected[Joint::LeftWrist]) < 1e-9);

  // The mirrored pose reaches with the right arm to the same spot, reflected.
  const double hold = *hold_middle_seconds(clip);
  const Pose held = shipped_motion().pose_at("arm-reach", hold, false);
  const Pose right = shipped_motion().pose_at("arm-reach", hold, true);
  CHECK(right[Joint::RightWrist].x == Approx(-held[Joint::LeftWrist].x).margin(1e-9));
  CHECK(right[Joint::RightWrist].z == Approx(held[Joint::LeftWrist].z).margin(1e-9));
}

TEST_CASE("a held repetition moves into the hold, plays the hold and moves out to the clip's end") {
  const Clip& clip = *shipped_motion().find("arm-reach");  // lift 0-1.5, hold 1.5-6.5, hand down, rest; 9 s
  const HeldRepetition held = held_repetition(clip);
  CHECK(held.move_in == ClipStretch{0, 1.5});
  CHECK(held.hold == ClipStretch{1.5, 6.5});
  CHECK(held.release == ClipStretch{6.5, 9});
  // Without a hold phase, the pose held is where the first phase ends: the top of the arm slide.
  const HeldRepetition slide = held_repetition(*shipped_motion().find("arm-slides"));
  CHECK(slide.move_in == ClipStretch{0, 3});
  CHECK(slide.hold == ClipStretch{3, 3});
  CHECK(slide.release == ClipStretch{3, 7});
}

TEST_CASE("a clip's cycles are spread over the repetitions in order") {
  const Clip& roll = *shipped_motion().find("shoulder-roll");  // eight circles: 2 large, 2 small, both ways
  REQUIRE(roll.cycle_starts.size() == 8);
  std::vector<double> starts;
  for (int rep = 1; rep <= 10; ++rep) starts.push_back(repetition_cycle(roll, rep, 10).from_seconds);
  CHECK(starts == std::vector<double>{0, 0, 4, 8, 10.8, 13.6, 13.6, 17.6, 21.6, 24.4});
  CHECK(repetition_cycle(roll, 10, 10).to_seconds == roll.duration_seconds);
  // Fewer repetitions than circles skip some; one repetition plays the first circle.
  CHECK(repetition_cycle(roll, 1, 1) == ClipStretch{0, 4});
  // A one-cycle clip: every repetition is the whole clip.
  const Clip& slides = *shipped_motion().find("arm-slides");
  CHECK(repetition_cycle(slides, 7, 10) == ClipStretch{0, slides.duration_seconds});
}

TEST_CASE("an exercise without a clip stands still and says why") {
  CHECK(shipped_motion().find("cartwheel") == nullptr);
  CHECK(shipped_motion().error("cartwheel") == "no motion for 'cartwheel' in this build");
  const Pose pose = shipped_motion().pose_at("cartwheel", 0.5, false);
  CHECK(pose[Joint::Head].y == Approx(rest_pose()[Joint::Head].y));
}

TEST_CASE("working joints light up only in working phases, on the working side") {
  const Clip& clip = *shipped_motion().find("arm-reach");
  const DemoFrame left_hold = sample_demo(clip, *hold_middle_seconds(clip));
  const auto left = working_joints(clip, left_hold);
  CHECK(left[static_cast<std::size_t>(Joint::LeftElbow)]);
  CHECK_FALSE(left[static_cast<std::size_t>(Joint::RightElbow)]);
  const DemoFrame right_hold = sample_demo(clip, clip.duration_seconds + *hold_middle_seconds(clip));
  const auto right = working_joints(clip, right_hold);
  CHECK(right[static_cast<std::size_t>(Joint::RightElbow)]);
  CHECK_FALSE(right[static_cast<std::size_t>(Joint::LeftElbow)]);
  const DemoFrame resting = sample_demo(clip, clip.duration_seconds - 0.1);
  const auto none = working_joints(clip, resting);
  CHECK(std::none_of(none.begin(), none.end(), [](bool b) { return b; }));
}

TEST_CASE("each exercise's key pose is its most telling moment: the top of the slide, inside the holds") {
  const Clip& slides = *shipped_motion().find("arm-slides");  // slide up 0-3, slide down 3-5.5
  CHECK(key_pose_seconds(slides) == Approx(3).margin(0.1));
  for (const char* held : {"shoulder-blade-squeeze", "elbow-squeeze", "arm-reach", "thoracic-stretch"}) {
    INFO(held);
    const Clip& clip = *shipped_motion().find(held);
    const Phase& phase = phase_at(clip, key_pose_seconds(clip));
    CHECK(phase.hold);
  }
  // The library keeps the picture: the same pose, from the same place, however often it is asked.
  const MotionLibrary& library = shipped_motion();
  const Pose& pose = library.key_pose("arm-slides");
  CHECK(&pose == &library.key_pose("arm-slides"));
  CHECK(pose[Joint::LeftWrist].y == Approx(sample(slides, key_pose_seconds(slides))[Joint::LeftWrist].y));
  CHECK(library.key_pose("no-such-exercise")[Joint::Head].y == Approx(rest_pose()[Joint::Head].y));
}
