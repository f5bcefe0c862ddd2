#include "core/safety/safety.h"

#include "core/base/json_reader.h"

#include <array>
#include <cmath>

namespace ubr {
namespace {
// The sizes the UI steps through: small steps near 100 %, where most people settle.
constexpr std::array<double, 6> kTextScales = {0.85, 1.0, 1.15, 1.3, 1.45, 1.6};
}  // namespace

bool uses_dark_theme(const Comfort& comfort) {
  switch (comfort.settings.theme) {
    case ThemeChoice::Light:
      return false;
    case ThemeChoice::Dark:
      return true;
    case ThemeChoice::System:
      break;
  }
  return comfort.system.dark;
}

bool uses_stepped_motion(const Comfort& comfort) {
  switch (comfort.settings.motion) {
    case MotionChoice::Smooth:
      return false;
    case MotionChoice::Steps:
      return true;
    case MotionChoice::System:
      break;
  }
  return comfort.system.reduced_motion;
}

double next_text_scale(double scale, int direction) {
  if (direction > 0) {
    for (double candidate : kTextScales) {
      if (candidate > scale + 1e-6) return candidate;
    }
    return kTextScales.back();
  }
  if (direction < 0) {
    for (auto it = kTextScales.rbegin(); it != kTextScales.rend(); ++it) {
      if (*it < scale - 1e-6) return *it;
    }
    return kTextScales.front();
  }
  return scale;
}

const char* theme_choice_name(ThemeChoice choice) {
  switch (choice) {
    case ThemeChoice::System:
      return "system";
    case ThemeChoice::Light:
      return "light";
    case ThemeChoice::Dark:
      return "dark";
  }
  return "system";
}

const char* motion_choice_name(MotionChoice choice) {
  switch (choice) {
    case MotionChoice::System:
      return "system";
    case MotionChoice::Smooth:
      return "smooth";
    case MotionChoice::Steps:
      return "steps";
  }
  return "system";
}

// The names are spelled once, in the *_name functions above; parsing looks them up there.
std::optional<ThemeChoice> parse_theme_choice(std::string_view name) {
  for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark}) {
    if (name == theme_choice_name(choice)) return choice;
  }
  return std::nullopt;
}

std::optional<MotionChoice> parse_motion_choice(std::string_view name) {
  for (MotionChoice choice : {MotionChoice::System, MotionChoice::Smooth, MotionChoice::Steps}) {
    if (name == motion_choice_name(choice)) return choice;
  }
  return std::nullopt;
}

std::string safety_document_to_json(const SafetyState& safety, const ComfortSettings& settings) {
  const nlohmann::json json = {
      {"schema", 1},
      {"safetyAcknowledged", safety.acknowledged},
      {"textScale", settings.text_scale},
      {"theme", theme_choice_name(settings.theme)},
      {"motion", motion_choice_name(settings.motion)},
  };
  return json.dump();
}

SafetyDocumentParse parse_safety_document(std::string_view json_text) {
  JsonReader reader{"safety and display settings"};
  const nlohmann::json json = reader.parse(json_text);
  SafetyDocumentParse result;
  if (!reader.ok()) {
    result.error = reader.error();
    return result;
  }
  reader.whole_number(json, "schema", "", 1, 1);
  const bool acknowledged = reader.boolean(json, "safetyAcknowledged", "");
  const double scale = reader.number(json, "textScale", "", kMinTextScale, kMaxTextScale);
  const std::optional<ThemeChoice> theme = parse_theme_choice(reader.text(json, "theme", ""));
  const std::optional<MotionChoice> motion = parse_motion_choice(reader.text(json, "motion", ""));
  if (reader.ok() && !theme) reader.fail("theme", "expected \"system\", \"light\" or \"dark\"");
  if (reader.ok() && !motion) reader.fail("motion", "expected \"system\", \"smooth\" or \"steps\"");
  if (!reader.ok()) {
    result.error = reader.error();
    return result;
  }
  result.acknowledged = acknowledged;
  result.settings = {scale, *theme, *motion};
  return result;
}

}  // namespace ubr
