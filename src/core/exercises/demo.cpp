#include "core/exercises/demo.h"

#include "core/base/json_reader.h"

#include <cmath>

namespace ubr {
namespace {

double loop_seconds(const Clip* clip) {
  return clip ? demo_cycle_seconds(*clip) : 0;
}

double wrapped(double time_seconds, double loop) {
  if (!(loop > 0)) return 0;
  const double t = std::fmod(time_seconds, loop);
  return t < 0 ? t + loop : t;
}

struct Apply {
  DemoState& demo;
  const Clip* clip;

  std::string operator()(const SetDemoSpeed& a) const {
    if (!std::isfinite(a.speed) || a.speed < kMinDemoSpeed || a.speed > kMaxDemoSpeed) {
      return "setDemoSpeed: speed must be from " + format_number(kMinDemoSpeed) + " to " + format_number(kMaxDemoSpeed);
    }
    demo.speed = a.speed;
    return {};
  }
  std::string operator()(const SetDemoPaused& a) const {
    demo.paused = a.paused;
    return {};
  }
  std::string operator()(const SetDemoView& a) const {
    demo.view = a.view;
    return {};
  }
  std::string operator()(const OrbitDemo& a) const {
    if (!std::isfinite(a.yaw_degrees) || !std::isfinite(a.pitch_degrees) || a.pitch_degrees < kMinOrbitPitchDegrees ||
        a.pitch_degrees > kMaxOrbitPitchDegrees) {
      return "orbitDemo: pitch must be from " + format_number(kMinOrbitPitchDegrees) + " to " +
             format_number(kMaxOrbitPitchDegrees) + " degrees";
    }
    demo.view = DemoView::Orbit;
    demo.orbit_yaw_degrees = std::remainder(a.yaw_degrees, 360.0);
    demo.orbit_pitch_degrees = a.pitch_degrees;
    return {};
  }
  std::string operator()(const ScrubDemo& a) const {
    if (!std::isfinite(a.time_seconds)) return "scrubDemo: time must be a number of seconds";
    demo.time_seconds = wrapped(a.time_seconds, loop_seconds(clip));
    return {};
  }
  std::string operator()(const ShowMistake& a) const {
    if (a.on && !clip->mistake) return "showMistake: this exercise has no mistake to show";
    demo.mistake = a.on;
    return {};
  }
};

}  // namespace

const char* demo_view_name(DemoView view) {
  switch (view) {
    case DemoView::Auto:
      return "auto";
    case DemoView::Front:
      return "front";
    case DemoView::Side:
      return "side";
    case DemoView::Back:
      return "back";
    case DemoView::Top:
      return "top";
    case DemoView::Orbit:
      return "orbit";
  }
  return "auto";
}

std::optional<DemoView> parse_demo_view(std::string_view name) {
  for (DemoView view : {DemoView::Auto, DemoView::Front, DemoView::Side, DemoView::Back, DemoView::Top}) {
    if (name == demo_view_name(view)) return view;
  }
  return std::nullopt;
}

std::string apply_demo_action(DemoState& demo, const DemoAction& action, const Clip* clip) {
  if (clip == nullptr) return "no demonstration is open";
  return std::visit(Apply{demo, clip}, action);
}

void advance_demo(DemoState& demo, double dt_seconds, const Clip* clip) {
  if (demo.paused || !std::isfinite(dt_seconds) || dt_seconds <= 0) return;
  demo.time_seconds = wrapped(demo.time_seconds + dt_seconds * demo.speed, loop_seconds(clip));
}

nlohmann::json demo_to_json(const DemoState& demo, const Clip* clip) {
  nlohmann::json json = {
      {"time", demo.time_seconds},         {"speed", demo.speed},     {"paused", demo.paused},
      {"view", demo_view_name(demo.view)}, {"phase", nullptr},        {"side", nullptr},
      {"loopSeconds", loop_seconds(clip)}, {"mistake", demo.mistake}, {"mistakeName", nullptr},
  };
  if (demo.view == DemoView::Orbit) {
    json["yaw"] = demo.orbit_yaw_degrees;
    json["pitch"] = demo.orbit_pitch_degrees;
  }
  if (clip != nullptr) {
    const DemoFrame frame = sample_demo(*clip, demo.time_seconds);
    json["phase"] = frame.phase ? frame.phase->name : "";
    if (clip->per_side) json["side"] = frame.mirrored ? "right" : "left";
    if (clip->mistake) json["mistakeName"] = clip->mistake->name;
  }
  return json;
}

std::optional<Parsed<DemoAction>> parse_demo_action(std::string_view type, const nlohmann::json& json) {
  JsonReader reader{"action"};
  std::optional<DemoAction> action;
  if (type == "setDemoSpeed") {
    action = SetDemoSpeed{reader.number(json, "speed", "", kMinDemoSpeed, kMaxDemoSpeed)};
  } else if (type == "setDemoPaused") {
    action = SetDemoPaused{reader.boolean(json, "paused", "")};
  } else if (type == "setDemoView") {
    const std::string name = reader.text(json, "view", "");
    const auto view = parse_demo_view(name);
    if (reader.ok() && !view) reader.fail("view", "expected auto, front, side, back or top");
    action = SetDemoView{view.value_or(DemoView::Auto)};
  } else if (type == "orbitDemo") {
    const double yaw = reader.number(json, "yaw", "", -3600, 3600);
    const double pitch = reader.number(json, "pitch", "", kMinOrbitPitchDegrees, kMaxOrbitPitchDegrees);
    action = OrbitDemo{yaw, pitch};
  } else if (type == "scrubDemo") {
    action = ScrubDemo{reader.number(json, "time", "", 0, 1e6)};
  } else if (type == "showMistake") {
    action = ShowMistake{reader.boolean(json, "on", "")};
  } else {
    return std::nullopt;
  }
  if (!reader.ok()) return Parsed<DemoAction>{std::nullopt, reader.error()};
  return Parsed<DemoAction>{std::move(action), {}};
}

}  // namespace ubr
