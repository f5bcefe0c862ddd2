#pragma once
// What the user chose about guided sessions: timings of the pauses between work, and sound and voice.
// Stored in localStorage as a small JSON document; an unreadable document falls back to the defaults and is kept.
#include "core/base/json_reader.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace ubr {

struct SessionSettings {
  int get_ready_seconds = 5;  // countdown before the first exercise; 0 turns it off
  int rest_seconds = 30;      // rest between sets; 0 goes straight on
  int preview_seconds = 10;   // "next exercise" pause to change position; 0 goes straight on
  bool sound = true;          // beeps and tones
  bool voice = true;          // spoken cues, where the browser has a local voice
  double volume = 0.8;        // 0..1

  bool operator==(const SessionSettings&) const = default;
};

// Limits the settings editor, the automation interface and the stored document respect; each runs from 0 (off).
constexpr int kMaxGetReadySeconds = 30;
constexpr int kMaxRestSeconds = 300;
constexpr int kMaxPreviewSeconds = 60;
constexpr double kMaxVolume = 1;  // from 0

// A partial change: only the fields present are applied (an action from the UI or the automation interface).
struct SettingsChange {
  std::optional<int> get_ready_seconds;
  std::optional<int> rest_seconds;
  std::optional<int> preview_seconds;
  std::optional<bool> sound;
  std::optional<bool> voice;
  std::optional<double> volume;
};

// Returns why the change is out of range, or an empty string after applying it.
std::string apply_settings_change(SessionSettings& settings, const SettingsChange& change);

// The settings as JSON fields, {"getReadySeconds", "restSeconds", "previewSeconds", "sound", "voice", "volume"}: the
// same in the stored document, the automation interface's updateSettings and state().sessionSettings.
nlohmann::json settings_fields_to_json(const SessionSettings& settings);
// Reads those fields into a change: every one of them when `all` (the stored document), else those present.
SettingsChange read_settings_change(JsonReader& reader, const nlohmann::json& json, bool all);

// The stored document: the fields above and {"schema":1}.
std::string settings_to_json(const SessionSettings& settings);

struct SettingsParse {
  SessionSettings settings;  // the defaults where the text could not be read
  std::string error;
};
SettingsParse parse_settings(std::string_view json_text);

}  // namespace ubr
