// libFuzzer target: the three small stored documents, read back from localStorage at every start: the custom
// routines (ubr.routines), the session settings (ubr.sessionSettings) and the safety acknowledgement with the
// comfort settings (ubr.safety). One target reads the same bytes as all three, since they share the JSON reader and
// a corpus of one is a good start for the others (a routines document mutated into a settings one, and back).
// Properties: no crash, hang or stack overflow whatever the bytes; text nested too deeply is refused with a message;
// a document that is read writes back to text that reads to the same document (the round trip every save relies
// on); a refused document gives nothing half-read (no routines, default settings).
#include "core/safety/safety.h"
#include "core/session/routine.h"
#include "core/session/settings.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace ubr;
using ubr::fuzz::require;
using ubr::fuzz::require_same;

namespace {

bool names_depth(const std::string& error) {
  return error.find("nested too deeply") != std::string::npos;
}

void routines(std::string_view text) {
  const RoutinesParse parsed = parse_routines(text, fuzz::catalogue());
  if (fuzz::too_deep(text))
    require(names_depth(parsed.error), "deep routines text is refused as too deep", parsed.error);
  if (!parsed.error.empty()) {
    require(parsed.routines.empty(), "refused routines give no routines");
    return;
  }
  for (const Routine& routine : parsed.routines) {
    require(validate_routine(routine, fuzz::catalogue()).empty(), "every stored routine read is valid",
            validate_routine(routine, fuzz::catalogue()));
  }
  const std::string written = routines_to_json(parsed.routines);
  const RoutinesParse again = parse_routines(written, fuzz::catalogue());
  require(again.error.empty(), "written routines read back", again.error + "\n" + written);
  require_same(routines_to_json(again.routines), written, "routines round trip");
}

void settings(std::string_view text) {
  const SettingsParse parsed = parse_settings(text);
  if (fuzz::too_deep(text))
    require(names_depth(parsed.error), "deep settings text is refused as too deep", parsed.error);
  if (!parsed.error.empty()) {
    require_same(settings_to_json(parsed.settings), settings_to_json(SessionSettings{}),
                 "refused settings leave the defaults");
    return;
  }
  const std::string written = settings_to_json(parsed.settings);
  const SettingsParse again = parse_settings(written);
  require(again.error.empty(), "written settings read back", again.error + "\n" + written);
  require_same(settings_to_json(again.settings), written, "settings round trip");
  // What was read is in range: applying it as a change is accepted.
  SessionSettings applied;
  SettingsChange change{parsed.settings.get_ready_seconds,
                        parsed.settings.rest_seconds,
                        parsed.settings.preview_seconds,
                        parsed.settings.sound,
                        parsed.settings.voice,
                        parsed.settings.volume};
  require(apply_settings_change(applied, change).empty(), "stored settings are in range", written);
}

void safety(std::string_view text) {
  const SafetyDocumentParse parsed = parse_safety_document(text);
  if (fuzz::too_deep(text)) require(names_depth(parsed.error), "deep safety text is refused as too deep", parsed.error);
  if (!parsed.error.empty()) {
    require(!parsed.acknowledged, "a refused safety document acknowledges nothing");
    return;
  }
  SafetyState state;
  state.acknowledged = parsed.acknowledged;
  const std::string written = safety_document_to_json(state, parsed.settings);
  const SafetyDocumentParse again = parse_safety_document(written);
  require(again.error.empty(), "written safety document reads back", again.error + "\n" + written);
  SafetyState state_again;
  state_again.acknowledged = again.acknowledged;
  require_same(safety_document_to_json(state_again, again.settings), written, "safety document round trip");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  routines(text);
  settings(text);
  safety(text);
  return 0;
}
