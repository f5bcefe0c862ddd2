// The figure a guided session shows, frame by frame: real sessions of every routine run to their end at 60 frames a
// second through the app's own update and advance, and each frame's pose is checked as the demonstrations are (joint
// speed, range of motion), against the demonstration's own pace: a session may play a clip at most 1.25x as fast as
// the demo does at 1x. The demo player itself is checked at its slowest and fastest speeds.
#include "motion_checks.h"
#include "shipped_catalogue.h"

#include "core/update.h"

#include <embedded_content.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>

using namespace ubr;
using test::shipped_catalogue;

namespace {
constexpr double kFrame = 1.0 / 60;
constexpr double kMaxPace = 1.25;  // a session's figure against the demonstration at 1x

// The fastest any joint moves in an exercise's demonstration at 1x (m/s), sampled as the checks sample.
double demo_top_speed(const Clip& clip) {
  double top = 0;
  for (bool mirror : {false, true}) {
    const std::vector<checks::Sampled> samples = checks::sample_clip(clip, mirror);
    for (std::size_t i = 1; i < samples.size(); ++i) {
      for (std::size_t j = 0; j < kJointCount; ++j) {
        top = std::max(top, distance(samples[i].pose.joints[j], samples[i - 1].pose.joints[j]) / checks::kStep);
      }
    }
  }
  return top;
}

std::string range_problem(const Clip& clip, double t) {
  const BodyAngles angles = sample_angles(clip, t);
  for (std::size_t c = 0; c < kChannelCount; ++c) {
    const ChannelInfo& info = channel_info(static_cast<Channel>(c));
    for (std::size_t axis = 0; axis < kAxesPerChannel; ++axis) {
      const double value = angles.degrees[c][axis];
      if (value < info.range[axis].min_degrees - 1e-9 || value > info.range[axis].max_degrees + 1e-9) {
        return std::string(info.name) + " is outside its range";
      }
    }
  }
  return {};
}

// Runs the routine's session from `state` to its summary, checking every frame of the figure. `reference` holds the
// clips the demonstrations play (the pace to compare with); the session plays the clips of `catalogue`. Returns the
// first problem, or an empty string; `frames` counts the frames checked.
std::string check_session_figure(const Catalogue& catalogue, const MotionLibrary& reference, AppState state,
                                 const std::string& routine, int& frames) {
  UpdateResult started = update(state, StartSession{routine}, {catalogue, {1'000'000, 0}});
  if (!started.ok()) return started.error;
  state = std::move(started.state);
  std::map<std::string, double> top_speed;
  std::optional<Pose> previous;
  int previous_exercise = -1;
  bool previous_mirrored = false;
  frames = 0;
  for (int frame = 0; session_running(state.session); ++frame) {
    if (frame > 4 * 60 * 60 * 60) return "the session never ended";
    const Session& session = state.session;
    const SessionStep& step = current_step(session);
    const std::string& id = session.exercises[static_cast<std::size_t>(step.exercise)].id;
    const Clip* clip = catalogue.motion.find(id);
    const Clip* shown = reference.find(id);
    if (clip == nullptr || shown == nullptr) return "no clip for " + id;
    if (!top_speed.contains(id)) top_speed[id] = demo_top_speed(*shown);

    const double speed = figure_speed(session);
    const double t = figure_time(session);
    const std::string where = checks::at(
        session.wall_seconds, id + " (" + phase_name(step.phase) + ", rep " + std::to_string(step.rep) + "): ");
    if (speed < 0 || speed > kMaxPace) return where + "the figure plays at " + checks::number(speed) + "x";
    if (std::string range = range_problem(*clip, t); !range.empty()) return where + range;
    const Pose pose = mirrored(session) ? sample_mirrored(*clip, t) : sample(*clip, t);
    // A new exercise, or the other arm, is a cut to a new picture, not a movement.
    if (previous && step.exercise == previous_exercise && mirrored(session) == previous_mirrored) {
      const double limit = top_speed[id] * kMaxPace + 0.01;
      for (std::size_t j = 0; j < kJointCount; ++j) {
        const double moved = distance(pose.joints[j], previous->joints[j]) / kFrame;
        if (moved > limit) {
          return where + joint_name(static_cast<Joint>(j)) + " moves at " + checks::number(moved) +
                 " m/s; the demonstration's fastest at 1.25x is " + checks::number(limit);
        }
      }
    }
    previous = pose;
    previous_exercise = step.exercise;
    previous_mirrored = mirrored(session);
    ++frames;
    state = advance(state, kFrame, {catalogue, {1'000'000, 0}}).state;
  }
  return {};
}

// The arm slides clip three times as fast: every time in the file divided by three.
std::optional<std::string_view> sped_up_clips(std::string_view exercise_id) {
  static const std::string fast = [] {
    nlohmann::json clip = nlohmann::json::parse(*content::find("arm-slides.json"));
    clip["duration"] = clip["duration"].get<double>() / 3;
    for (auto& phase : clip["phases"]) phase["start"] = phase["start"].get<double>() / 3;
    for (auto& keyframe : clip["keyframes"]) keyframe["time"] = keyframe["time"].get<double>() / 3;
    return clip.dump();
  }();
  if (exercise_id == "arm-slides") return std::string_view(fast);
  return content::find(std::string(exercise_id) + ".json");
}
}  // namespace

TEST_CASE("every frame of the full and short routines moves at the demonstration's pace, within range") {
  for (const char* routine : {"full", "short"}) {
    INFO(routine);
    int frames = 0;
    CHECK(check_session_figure(shipped_catalogue(), shipped_catalogue().motion, {}, routine, frames) == "");
    CHECK(frames > 60 * 60 * (std::string(routine) == "full" ? 15 : 4));  // the whole session was walked
  }
}

TEST_CASE("every exercise on its own, at its own dosage, plays at the demonstration's pace") {
  for (const Exercise& exercise : shipped_catalogue().exercises) {
    INFO(exercise.id);
    const UpdateResult saved = update(AppState{}, SaveRoutine{{"", exercise.name, {{exercise.id, exercise.dosage}}}},
                                      {shipped_catalogue(), {}});
    REQUIRE(saved.ok());
    int frames = 0;
    CHECK(check_session_figure(shipped_catalogue(), shipped_catalogue().motion, saved.state, "custom-1", frames) == "");
    CHECK(frames > 0);
  }
}

TEST_CASE("a clip played faster than its demonstration fails the session's figure check") {
  Catalogue fast = shipped_catalogue();
  fast.motion = MotionLibrary(sped_up_clips);
  REQUIRE(fast.motion.find("arm-slides") != nullptr);
  int frames = 0;
  const std::string problem = check_session_figure(fast, shipped_catalogue().motion, {}, "full", frames);
  CHECK(problem.find("arm-slides") != std::string::npos);
  CHECK(problem.find("moves at") != std::string::npos);
}

TEST_CASE("the demonstration at half and at double speed stays smooth and within range") {
  for (const Exercise& exercise : shipped_catalogue().exercises) {
    const Clip* clip = shipped_catalogue().motion.find(exercise.id);
    REQUIRE(clip != nullptr);
    const double top = demo_top_speed(*clip);
    for (double speed : {kMinDemoSpeed, kMaxDemoSpeed}) {
      INFO(exercise.id << " at " << speed << "x");
      DemoState demo;
      REQUIRE(apply_demo_action(demo, SetDemoSpeed{speed}, clip).empty());
      std::optional<Pose> previous;
      // Two whole loops, across the seam where the loop starts again.
      const int frames = static_cast<int>(2 * demo_cycle_seconds(*clip) / speed / kFrame);
      for (int frame = 0; frame < frames; ++frame) {
        const DemoFrame shown = sample_demo(*clip, demo.time_seconds);
        REQUIRE(range_problem(*clip, shown.clip_time_seconds) == "");
        if (previous) {
          for (std::size_t j = 0; j < kJointCount; ++j) {
            // As fast as the demonstration at 1x times the speed, and no faster: no jump, at the seam either.
            const double moved = distance(shown.pose.joints[j], previous->joints[j]) / kFrame;
            REQUIRE(moved <= top * speed + 0.01);
          }
        }
        previous = shown.pose;
        advance_demo(demo, kFrame, clip);
      }
    }
  }
}
