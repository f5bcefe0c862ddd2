// The paths drawn behind the figure: the joints that show the movement, where they are at each moment.
#include "core/motion/library.h"
#include "core/motion/paths.h"
#include "shipped_catalogue.h"

#include <embedded_content.h>

#include <catch2/catch.hpp>

#include <set>

using namespace ubr;

namespace {
std::set<Joint> path_joints(const char* exercise_id) {
  std::set<Joint> joints;
  for (const MotionPath& path : test::shipped_catalogue().motion.paths(exercise_id)) joints.insert(path.joint);
  return joints;
}
}  // namespace

TEST_CASE("each exercise's paths follow the joints that carry its movement") {
  CHECK(path_joints("arm-slides") == std::set<Joint>{Joint::LeftWrist, Joint::RightWrist});
  CHECK(path_joints("shoulder-roll") == std::set<Joint>{Joint::LeftShoulder, Joint::RightShoulder});
  CHECK(path_joints("elbow-squeeze") == std::set<Joint>{Joint::LeftElbow, Joint::RightElbow});
  CHECK(path_joints("arm-reach") == std::set<Joint>{Joint::LeftWrist});  // one arm at a time
  CHECK(path_joints("thoracic-stretch") == std::set<Joint>{Joint::Head});
  CHECK(path_joints("upper-back-stretch") == std::set<Joint>{Joint::Head});
  CHECK(path_joints("mid-trap") == std::set<Joint>{Joint::LeftWrist, Joint::RightWrist});
  CHECK(path_joints("shoulder-blade-squeeze") == std::set<Joint>{Joint::LeftShoulder, Joint::RightShoulder});
}

TEST_CASE("a path's points are where its joint is, evenly through the repetition") {
  const MotionLibrary& motion = test::shipped_catalogue().motion;
  const Clip& clip = *motion.find("arm-slides");
  for (const MotionPath& path : motion.paths("arm-slides")) {
    REQUIRE(path.points.size() == kPathSamples);
    for (std::size_t i : {std::size_t{0}, kPathSamples / 3, kPathSamples - 1}) {
      const double t = clip.duration_seconds * static_cast<double>(i) / static_cast<double>(kPathSamples);
      CHECK(distance(path.points[i], sample(clip, t)[path.joint]) < 1e-9);
    }
  }
}

TEST_CASE("a path must name a joint") {
  std::string text(*content::find("arm-slides.json"));
  const std::string both = "\"leftWrist\", \"rightWrist\"";
  text.replace(text.find(both), both.size(), "\"leftWrist\", \"tail\"");
  CHECK(parse_clip(text, "arm-slides").error ==
        "motion for 'arm-slides': paths[1]: expected a joint's name, such as leftWrist");
}

TEST_CASE("a clip that holds still has no path to draw") {
  Clip still = *test::shipped_catalogue().motion.find("arm-slides");
  for (Keyframe& keyframe : still.keyframes) keyframe.angles = still.keyframes[0].angles;
  CHECK(motion_paths(still).empty());
}
