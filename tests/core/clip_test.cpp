// Loading motion files: a bad file is rejected with a message naming the exercise, the keyframe and the field.
#include "core/motion/clip.h"

#include <embedded_content.h>

#include <catch2/catch.hpp>

#include <string>

using namespace ubr;

namespace {
std::string shipped(const char* id) {
  return std::string(*content::find(std::string(id) + ".json"));
}

// The shipped text with its first `from` replaced by `to`.
std::string edited(const char* id, const std::string& from, const std::string& to) {
  std::string text = shipped(id);
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::string error_of(const std::string& text, const char* id) {
  const ClipParse parsed = parse_clip(text, id);
  CHECK_FALSE(parsed.clip.has_value());
  return parsed.error;
}
}  // namespace

TEST_CASE("a shipped clip parses") {
  const ClipParse parsed = parse_clip(shipped("arm-slides"), "arm-slides");
  REQUIRE(parsed.clip.has_value());
  CHECK(parsed.clip->keyframes.size() == 3);
  CHECK(parsed.clip->phases.front().name == "slide up");
  REQUIRE(parsed.clip->props.size() == 1);
  CHECK(parsed.clip->props[0].kind == PropKind::Wall);
}

TEST_CASE("an angle outside the range of motion names exercise, keyframe and field") {
  const std::string error = error_of(edited("arm-slides", "\"abduction\": 150", "\"abduction\": 200"), "arm-slides");
  CHECK(error ==
        "motion for 'arm-slides': keyframes[1].pose.shoulders.abduction: 200 is outside the human range of motion "
        "(-30 to 180)");
}

TEST_CASE("unknown joints, angles and eases are rejected") {
  CHECK(error_of(edited("arm-slides", "\"elbows\": {\"flexion\": 25}", "\"tail\": {\"flexion\": 25}"), "arm-slides") ==
        "motion for 'arm-slides': keyframes[1].pose.tail: unknown joint");
  CHECK(error_of(edited("arm-slides", "\"elbows\": {\"flexion\": 25}", "\"elbows\": {\"twist\": 25}"), "arm-slides") ==
        "motion for 'arm-slides': keyframes[1].pose.elbows.twist: unknown angle for this joint");
  CHECK(error_of(edited("mid-trap", "\"ease\": \"linear\"", "\"ease\": \"bouncy\""), "mid-trap") ==
        "motion for 'mid-trap': keyframes[1].ease: expected linear, inOut or smooth");
  CHECK(error_of(edited("mid-trap", "\"kind\": \"pillow\"", "\"kind\": \"sofa\""), "mid-trap") ==
        "motion for 'mid-trap': props[1].kind: expected wall, chair, floor or pillow");
}

TEST_CASE("keyframe and phase times must run forward inside the clip") {
  CHECK(error_of(edited("arm-slides", "\"time\": 3,", "\"time\": 0,"), "arm-slides") ==
        "motion for 'arm-slides': keyframes[1].time: must be later than the previous keyframe");
  CHECK(error_of(edited("arm-slides", "\"time\": 5.5,", "\"time\": 7,"), "arm-slides") ==
        "motion for 'arm-slides': keyframes[2].time: must be earlier than the clip's duration (the loop returns to "
        "keyframe 0)");
  CHECK(error_of(edited("arm-slides", "\"start\": 3,", "\"start\": 6,"), "arm-slides") ==
        "motion for 'arm-slides': phases[2].start: must be later than the previous phase's start");
}

TEST_CASE("a file for another exercise, or not JSON at all, is rejected") {
  CHECK(error_of(shipped("arm-slides"), "mid-trap") ==
        "motion for 'mid-trap': exercise: names 'arm-slides', not this exercise");
  CHECK(error_of("{ not json", "mid-trap") == "motion for 'mid-trap': not valid JSON");
  CHECK(error_of(edited("arm-slides", "\"duration\": 7", "\"duration\": \"long\""), "arm-slides") ==
        "motion for 'arm-slides': duration: expected a number");
}

TEST_CASE("a mistake changes the moving keyframes only, and must stay inside the range of motion") {
  const ClipParse parsed = parse_clip(shipped("arm-reach"), "arm-reach");
  REQUIRE(parsed.clip);
  const Clip& clip = *parsed.clip;
  REQUIRE(clip.mistake);
  CHECK(clip.mistake->name == "Head lifted");
  CHECK(clip.mistake->fails == "neck parallel to the ground");
  REQUIRE(clip.mistake->keyframes.size() == clip.keyframes.size());
  // The neck lifts 30 degrees while the arm reaches and holds; the figure starts and rests as the right way does.
  CHECK(clip.mistake->keyframes[0].angles.degrees == clip.keyframes[0].angles.degrees);
  CHECK(clip.mistake->keyframes[1].angles.at(Channel::Neck, 0) == clip.keyframes[1].angles.at(Channel::Neck, 0) - 30);
  CHECK(clip.mistake->keyframes[3].angles.degrees == clip.keyframes[3].angles.degrees);
  const auto wrong = mistake_clip(clip);
  REQUIRE(wrong);
  CHECK_FALSE(wrong->mistake);
  CHECK(wrong->keyframes[1].angles.degrees == clip.mistake->keyframes[1].angles.degrees);
  CHECK_FALSE(mistake_clip(*wrong));

  CHECK(error_of(edited("arm-reach", "\"add\": {\"neck\": {\"flex\": -30}}", "\"add\": {\"neck\": {\"flex\": -70}}"),
                 "arm-reach") ==
        "motion for 'arm-reach': mistake.add.neck.flex: takes keyframes[1] outside the human range of motion");
  CHECK(error_of(edited("arm-reach", "\"add\": {\"neck\": {\"flex\": -30}}", "\"add\": {\"neck\": {\"bow\": 5}}"),
                 "arm-reach") == "motion for 'arm-reach': mistake.add.neck.bow: unknown angle for this joint");
  CHECK(error_of(edited("arm-reach", "\"name\": \"Head lifted\",", ""), "arm-reach") ==
        "motion for 'arm-reach': mistake.name: missing");
}

TEST_CASE("a mistake may name the view that shows it") {
  const ClipParse slides = parse_clip(shipped("arm-slides"), "arm-slides");
  REQUIRE(slides.clip);
  REQUIRE(slides.clip->mistake->view);
  CHECK(slides.clip->mistake->view->yaw_degrees == 90);  // arms off the wall show from the side
  CHECK(error_of(edited("arm-slides", "\"yaw\": 90, \"pitch\": 6", "\"yaw\": 90, \"pitch\": 95"), "arm-slides") ==
        "motion for 'arm-slides': mistake.view.pitch: expected a number from -89 to 89, found 95");
}
