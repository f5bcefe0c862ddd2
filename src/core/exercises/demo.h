#pragma once
// The demonstration controls on the exercise screen: speed, pause, scrub and the viewing angle. They are actions
// like any other, so the page's automation and the tests drive the figure exactly as the buttons do.
#include "core/base/json_reader.h"
#include "core/motion/motion.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace ubr {

// Auto is the exercise's own best view (its clip's default camera); Orbit is wherever the user dragged it.
enum class DemoView { Auto, Front, Side, Back, Top, Orbit };

struct DemoState {
  double time_seconds = 0;  // position in the demonstration's loop, in [0, loop length)
  double speed = 1;         // 0.5 to 2
  bool paused = false;
  DemoView view = DemoView::Auto;
  double orbit_yaw_degrees = 0;  // used when view == Orbit
  double orbit_pitch_degrees = 0;
  bool mistake = false;  // the mistake to avoid is drawn beside the right way (only for a clip with a mistake)
};

constexpr double kMinDemoSpeed = 0.5;
constexpr double kMaxDemoSpeed = 2.0;
// How far the camera may look up (negative) or down: past these the figure is seen edge-on from below or above.
constexpr double kMinOrbitPitchDegrees = -80;
constexpr double kMaxOrbitPitchDegrees = 89;

struct SetDemoSpeed {
  double speed = 1;
};
struct SetDemoPaused {
  bool paused = false;
};
struct SetDemoView {
  DemoView view = DemoView::Auto;
};
// Turns the camera to a yaw (0 = front, 90 = the figure's left) and pitch (positive looks down), as a drag does.
struct OrbitDemo {
  double yaw_degrees = 0;
  double pitch_degrees = 0;
};
// Moves to a time in the loop (wrapped), as the scrub bar does.
struct ScrubDemo {
  double time_seconds = 0;
};

// Shows or hides the mistake to avoid beside the demonstration. Refused for an exercise whose clip has no mistake.
struct ShowMistake {
  bool on = false;
};

using DemoAction = std::variant<SetDemoSpeed, SetDemoPaused, SetDemoView, OrbitDemo, ScrubDemo, ShowMistake>;

const char* demo_view_name(DemoView view);  // "auto" | "front" | "side" | "back" | "top" | "orbit"
std::optional<DemoView> parse_demo_view(std::string_view name);

// Applies a demo action to the demonstration of `clip` (the open exercise's, from its MotionLibrary); returns why it
// was refused, or an empty string. Refused when there is no clip.
std::string apply_demo_action(DemoState& demo, const DemoAction& action, const Clip* clip);
// Moves the demonstration of `clip` forward by dt seconds of wall time (speed applied, wrapped to the loop).
void advance_demo(DemoState& demo, double dt_seconds, const Clip* clip);

// {"time", "speed", "paused", "view", "yaw", "pitch", "phase", "side", "loopSeconds", "mistake", "mistakeName"} for
// state().
nlohmann::json demo_to_json(const DemoState& demo, const Clip* clip);

// Reads the demo actions the page may send ("setDemoSpeed", ...): nothing when `type` is not one of them, otherwise
// the action or why it is malformed.
std::optional<Parsed<DemoAction>> parse_demo_action(std::string_view type, const nlohmann::json& json);

}  // namespace ubr
