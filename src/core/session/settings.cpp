#include "core/session/settings.h"

#include "core/base/json_reader.h"

#include <cmath>

namespace ubr {
namespace {
constexpr int kSettingsSchema = 1;  // the stored document's version; only this one is read
}  // namespace

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
  if (change.volume && (!std::isfinite(*change.volume) || *change.volume < 0 || *change.volume > kMaxVolume)) {
    return "volume must be from 0 to " + format_number(kMaxVolume);
  }
  if (change.get_ready_seconds) settings.get_ready_seconds = *change.get_ready_seconds;
  if (change.rest_seconds) settings.rest_seconds = *change.rest_seconds;
  if (change.preview_seconds) settings.preview_seconds = *change.preview_seconds;
  if (change.sound) settings.sound = *change.sound;
  if (change.voice) settings.voice = *change.voice;
  if (change.volume) settings.volume = *change.volume;
  return {};
}

nlohmann::json settings_fields_to_json(const SessionSettings& settings) {
  return {
      {"getReadySeconds", settings.get_ready_seconds},
      {"restSeconds", settings.rest_seconds},
      {"previewSeconds", settings.preview_seconds},
      {"sound", settings.sound},
      {"voice", settings.voice},
      {"volume", settings.volume},
  };
}

SettingsChange read_settings_change(JsonReader& reader, const nlohmann::json& json, bool all) {
  SettingsChange change;
  auto wanted = [&](std::string_view key) { return all || has_key(json, key); };
  if (wanted("getReadySeconds")) {
    change.get_ready_seconds = reader.whole_number(json, "getReadySeconds", "", 0, kMaxGetReadySeconds);
  }
  if (wanted("restSeconds")) change.rest_seconds = reader.whole_number(json, "restSeconds", "", 0, kMaxRestSeconds);
  if (wanted("previewSeconds")) {
    change.preview_seconds = reader.whole_number(json, "previewSeconds", "", 0, kMaxPreviewSeconds);
  }
  if (wanted("sound")) change.sound = reader.boolean(json, "sound", "");
  if (wanted("voice")) change.voice = reader.boolean(json, "voice", "");
  if (wanted("volume")) change.volume = reader.number(json, "volume", "", 0, kMaxVolume);
  return change;
}

std::string settings_to_json(const SessionSettings& settings) {
  nlohmann::json json = settings_fields_to_json(settings);
  json["schema"] = kSettingsSchema;
  return json.dump();
}

SettingsParse parse_settings(std::string_view json_text) {
  JsonReader reader{"settings"};
  const nlohmann::json json = reader.parse(json_text);
  SettingsChange change;
  if (reader.ok()) {
    reader.whole_number(json, "schema", "", kSettingsSchema, kSettingsSchema);
    change = read_settings_change(reader, json, /*all=*/true);
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
