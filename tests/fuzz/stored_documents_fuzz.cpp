// libFuzzer target: the small stored documents, read back from localStorage at every start: the custom routines
// (ubr.routines), the session settings (ubr.sessionSettings), the safety acknowledgement with the comfort settings
// (ubr.safety) and the reminders' settings and schedule. One target reads the same bytes as all four, since they share
// the JSON reader and a corpus of one is a good start for the others (a routines document mutated into a settings one,
// and back). Properties: no crash, hang or stack overflow whatever the bytes; text nested too deeply is refused with a
// message; a document that is read writes back to text that reads to the same document (the round trip every save
// relies on); a refused document gives nothing half-read (no routines, default settings); restored reminders keep the
// scheduler's promise (the next due time after the reading) whatever the stored schedule said.
#include "core/reminders/json.h"
#include "core/reminders/schedule.h"
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

void reminders(std::string_view text) {
  const RemindersDocumentParse parsed = parse_reminders_document(text);
  if (fuzz::too_deep(text)) {
    require(names_depth(parsed.error), "deep reminders text is refused as too deep", parsed.error);
  }
  if (!parsed.error.empty()) {
    require(parsed.settings == ReminderSettings{}, "refused reminders leave both reminders off");
    return;
  }
  require(validate_desk_breaks(parsed.settings.desk).empty(), "stored desk breaks are valid");
  require(validate_daily_reminder(parsed.settings.daily).empty(), "stored daily reminder is valid");
  RemindersState state;
  state.settings = parsed.settings;
  state.runtime = parsed.runtime;
  state.counts = parsed.counts;
  const std::string written = reminders_document_to_json(state);
  const RemindersDocumentParse again = parse_reminders_document(written);
  require(again.error.empty(), "written reminders read back", again.error + "\n" + written);
  RemindersState state_again;
  state_again.settings = again.settings;
  state_again.runtime = again.runtime;
  state_again.counts = again.counts;
  require_same(reminders_document_to_json(state_again), written, "reminders document round trip");
  // Whatever schedule was stored, a tick puts the next reminder after the reading.
  for (const std::int64_t utc_ms : {std::int64_t{0}, std::int64_t{1764000000000}, std::int64_t{4102444800000}}) {
    const WallClock clock{utc_ms, 60};
    const ReminderTick tick = tick_reminders(state, clock, false, true);
    require(!tick.state.next_due_utc_ms || *tick.state.next_due_utc_ms > utc_ms,
            "the next reminder is due after the reading", written);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  routines(text);
  settings(text);
  safety(text);
  reminders(text);
  return 0;
}
