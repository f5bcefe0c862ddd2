#pragma once
// First-use safety guidance and the comfort choices that go with it: whether the user has read the guidance, text
// size, light or dark colours, and smooth or stepped demonstrations. Pure data and rules; the platform stores them
// as one small JSON document and reports the browser's own preferences.
#include "core/base/json_reader.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace ubr {

struct SafetyState {
  bool acknowledged = false;
  // The platform turns the gate on at start-up, once it has read the stored acknowledgement (RestoreSafety). The
  // core's default leaves it off, so tests of the session engine need not acknowledge anything first.
  bool enforced = false;
  // A routine the user asked to start before acknowledging; the safety screen offers to start it afterwards.
  std::string pending_routine;
  std::string load_error;  // why the stored document could not be read; the defaults are used meanwhile
};

// True while no guided session may start: the gate is on and the guidance has not been acknowledged.
bool guidance_required(const SafetyState& safety);

enum class ThemeChoice : std::uint8_t { System, Light, Dark };
enum class MotionChoice : std::uint8_t { System, Smooth, Steps };

constexpr double kMinTextScale = 0.85;
constexpr double kMaxTextScale = 1.6;

struct ComfortSettings {
  double text_scale = 1.0;  // multiplies every font size; kMinTextScale..kMaxTextScale
  ThemeChoice theme = ThemeChoice::System;
  MotionChoice motion = MotionChoice::System;
};

// What the browser reports (prefers-color-scheme, prefers-reduced-motion). Not stored: it can change any time.
struct SystemPreferences {
  bool dark = false;
  bool reduced_motion = false;
};

struct Comfort {
  ComfortSettings settings;
  SystemPreferences system;
};

// A partial change of the comfort settings: only the fields present are applied.
struct ComfortChange {
  std::optional<double> text_scale;
  std::optional<ThemeChoice> theme;
  std::optional<MotionChoice> motion;
};

// The effective choices, after "follow the system".
bool uses_dark_theme(const Comfort& comfort);
// When true, demonstrations step between their key poses instead of moving smoothly (prefers-reduced-motion,
// unless the user turned motion on).
bool uses_stepped_motion(const Comfort& comfort);

// The next text size up or down from `scale` (the sizes the UI offers), clamped to the limits.
double next_text_scale(double scale, int direction);

const char* theme_choice_name(ThemeChoice choice);    // "system" | "light" | "dark"
const char* motion_choice_name(MotionChoice choice);  // "system" | "smooth" | "steps"
std::optional<ThemeChoice> parse_theme_choice(std::string_view name);
std::optional<MotionChoice> parse_motion_choice(std::string_view name);

// The comfort settings as JSON fields, {"textScale", "theme", "motion"}: the same in the stored document, the
// automation interface's updateComfort and state().comfort.
nlohmann::json comfort_settings_to_json(const ComfortSettings& settings);
// Reads those fields into a change: every one of them when `all` (the stored document), else those present.
ComfortChange read_comfort_change(JsonReader& reader, const nlohmann::json& json, bool all);

// The stored document: {"schema":1,"safetyAcknowledged":...} and the comfort settings' fields.
std::string safety_document_to_json(const SafetyState& safety, const ComfortSettings& settings);
struct SafetyDocumentParse {
  bool acknowledged = false;
  ComfortSettings settings;  // the defaults where the text could not be read
  std::string error;
};
SafetyDocumentParse parse_safety_document(std::string_view json_text);

}  // namespace ubr
