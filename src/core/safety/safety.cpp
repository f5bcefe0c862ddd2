#include "core/safety/safety.h"

#include "core/base/json_reader.h"

#include <array>
#include <cmath>

namespace ubr {
namespace {
constexpr int kSafetySchema = 1;  // the stored document's version; only this one is read

// The sizes the UI steps through: small steps near 100 %, where most people settle.
constexpr std::array<double, 6> kTextScales = {kMinTextScale, 1.0, 1.15, 1.3, 1.45, kMaxTextScale};

constexpr std::array<ThemeChoice, 3> kThemeChoices = {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark};
constexpr std::array<MotionChoice, 3> kMotionChoices = {MotionChoice::System, MotionChoice::Smooth,
                                                        MotionChoice::Steps};

// 'expected "system", "light" or "dark"', from the names the choices are written with.
template <typename Choice, std::size_t N>
std::string expected_one_of(const std::array<Choice, N>& choices, const char* (*name)(Choice)) {
  std::string text = "expected ";
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) text += i + 1 == N ? " or " : ", ";
    text += std::string("\"") + name(choices[i]) + "\"";
  }
  return text;
}
}  // namespace

bool guidance_required(const SafetyState& safety) {
  return safety.enforced && !safety.acknowledged;
}

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
  for (ThemeChoice choice : kThemeChoices) {
    if (name == theme_choice_name(choice)) return choice;
  }
  return std::nullopt;
}

std::optional<MotionChoice> parse_motion_choice(std::string_view name) {
  for (MotionChoice choice : kMotionChoices) {
    if (name == motion_choice_name(choice)) return choice;
  }
  return std::nullopt;
}

nlohmann::json comfort_settings_to_json(const ComfortSettings& settings) {
  return {
      {"textScale", settings.text_scale},
      {"theme", theme_choice_name(settings.theme)},
      {"motion", motion_choice_name(settings.motion)},
  };
}

ComfortChange read_comfort_change(JsonReader& reader, const nlohmann::json& json, bool all) {
  ComfortChange change;
  auto wanted = [&](std::string_view key) { return all || has_key(json, key); };
  if (wanted("textScale")) change.text_scale = reader.number(json, "textScale", "", kMinTextScale, kMaxTextScale);
  if (wanted("theme")) {
    change.theme = parse_theme_choice(reader.text(json, "theme", ""));
    if (reader.ok() && !change.theme) reader.fail("theme", expected_one_of(kThemeChoices, theme_choice_name));
  }
  if (wanted("motion")) {
    change.motion = parse_motion_choice(reader.text(json, "motion", ""));
    if (reader.ok() && !change.motion) reader.fail("motion", expected_one_of(kMotionChoices, motion_choice_name));
  }
  return change;
}

std::string safety_document_to_json(const SafetyState& safety, const ComfortSettings& settings) {
  nlohmann::json json = comfort_settings_to_json(settings);
  json["schema"] = kSafetySchema;
  json["safetyAcknowledged"] = safety.acknowledged;
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
  reader.whole_number(json, "schema", "", kSafetySchema, kSafetySchema);
  const bool acknowledged = reader.boolean(json, "safetyAcknowledged", "");
  const ComfortChange stored = read_comfort_change(reader, json, /*all=*/true);
  if (!reader.ok()) {
    result.error = reader.error();
    return result;
  }
  result.acknowledged = acknowledged;
  result.settings = {*stored.text_scale, *stored.theme, *stored.motion};
  return result;
}

}  // namespace ubr
