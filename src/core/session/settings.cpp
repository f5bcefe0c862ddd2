#include "core/session/settings.h"

#include "core/base/json_reader.h"

#include <cmath>

namespace ubr {

std::string apply_settings_change(SessionSettings& settings, const SettingsChange& change) {
  auto out_of_range = [](const std::optional<int>& value, int max) { return value && (*value < 0 || *value > max); };
  if (out_of_range(change.get_ready_seconds, kMaxGetReadySeconds)) {
    return "getReadySeconds must be from 0 to " + std::to_string(kMaxGetReadySeconds);
  }
  if (out_of_range(change.rest_seconds, kMaxRestSeconds)) {
    return "restSeconds must be from 0 to " + std::to_string(kMaxRestSeconds);
  }
  if (out_of_range(change.preview_seconds, kMaxPreviewSeconds)) {
    return "previewSeconds must be from 0 to " + std::to_string(kMaxPreviewSeconds);
  }
  if (change.volume && (!std::isfinite(*change.volume) || *change.volume < 0 || *change.volume > 1)) {
    return "volume must be from 0 to 1";
  }
  if (change.get_ready_seconds) settings.get_ready_seconds = *change.get_ready_seconds;
  if (change.rest_seconds) settings.rest_seconds = *change.rest_seconds;
  if (change.preview_seconds) settings.preview_seconds = *change.preview_seconds;
  if (change.sound) settings.sound = *change.sound;
  if (change.voice) settings.voice = *change.voice;
  if (change.volume) settings.volume = *change.volume;
  return {};
}

std::string settings_to_json(const SessionSettings& settings) {
  const nlohmann::json json = {
      {"schema", 1},
      {"getReadySeconds", settings.get_ready_seconds},
      {"restSeconds", settings.rest_seconds},
      {"previewSeconds", settings.preview_seconds},
      {"sound", settings.sound},
      {"voice", settings.voice},
      {"volume", settings.volume},
  };
  return json.dump();
}

SettingsParse parse_settings(std::string_view json_text) {
  JsonReader reader{"settings"};
  const nlohmann::json json = reader.parse(json_text);
  SettingsChange change;
  if (reader.ok()) {
    reader.whole_number(json, "schema", "", 1, 1);
    change.get_ready_seconds = reader.whole_number(json, "getReadySeconds", "", 0, kMaxGetReadySeconds);
    change.rest_seconds = reader.whole_number(json, "restSeconds", "", 0, kMaxRestSeconds);
    change.preview_seconds = reader.whole_number(json, "previewSeconds", "", 0, kMaxPreviewSeconds);
    change.sound = reader.boolean(json, "sound", "");
    change.voice = reader.boolean(json, "voice", "");
    change.volume = reader.number(json, "volume", "", 0, 1);
  }
  SettingsParse result;
  if (!reader.ok()) {
    result.error = reader.error();
    return result;
  }
  apply_settings_change(result.settings, change);
  return result;
}

}  // namespace ubr
