#include "platform/session_platform.h"

#include "core/base/dates.h"
#include "core/session/cues.h"
#include "platform/cues.h"
#include "platform/local_storage.h"
#include "platform/wall_clock.h"

namespace ubr::session_platform {
namespace {
struct Store {
  // What storage holds, so unchanged data is not written again. Compared as values: turning them into JSON on
  // every tick of the loop to compare was a fifth of what an idle app costs (measured with Chromium's profiler).
  SessionSettings saved_settings;
  std::vector<Routine> saved_routines;
  bool unreadable_copied = false;
  std::string problem;
  Session previous;  // the session as the last tick saw it, to work out the cues in between
  bool screen_kept_on = false;
};
Store& store() {
  static Store instance;
  return instance;
}

WallClock now() {
  const wall_clock::Clock clock = wall_clock::now();
  return {clock.utc_ms, format_local_date(local_day(clock.utc_ms, clock.utc_offset_minutes)), clock.utc_offset_minutes};
}

void save(const AppState& state) {
  Store& s = store();
  // Unreadable settings are only defaults meanwhile; they are written over once the user changes one.
  if (state.session_settings != s.saved_settings) {
    const std::string error = local_storage::write(kSettingsKey, settings_to_json(state.session_settings));
    s.problem = error.empty() ? "" : "Settings could not be saved: " + error;
    s.saved_settings = state.session_settings;  // tried once; a failure is reported, not retried every frame
  }
  if (state.routines.custom == s.saved_routines) return;
  if (!state.routines.unreadable_text.empty() && !s.unreadable_copied) {
    // Never lose what the user made: the unreadable text is copied aside before anything replaces it.
    const std::string error = local_storage::write(kUnreadableRoutinesKey, state.routines.unreadable_text);
    if (!error.empty()) {
      s.problem = "Your routines are not being saved: the unreadable copy could not be kept (" + error + ")";
      return;
    }
    s.unreadable_copied = true;
  }
  const std::string error = local_storage::write(kRoutinesKey, routines_to_json(state.routines.custom));
  s.problem = error.empty() ? "" : "Routines could not be saved: " + error;
  s.saved_routines = state.routines.custom;
}

void play_cues(const AppState& state) {
  Store& s = store();
  const SessionSettings& settings = state.session_settings;
  for (const Cue& cue : cues_between(s.previous, state.session)) {
    if (settings.sound && cue.sound != CueSound::None) cues::play(cue.sound, settings.volume);
    if (settings.voice && !cue.speech.empty()) cues::say(cue.speech, settings.volume);
  }
  s.previous = state.session;
  const bool want_screen_on = session_running(state.session);
  if (want_screen_on != s.screen_kept_on) {
    cues::keep_screen_on(want_screen_on);
    s.screen_kept_on = want_screen_on;
  }
}
}  // namespace

void restore(AppHost& host) {
  Store& s = store();
  const local_storage::ReadResult settings = local_storage::read(kSettingsKey);
  const local_storage::ReadResult routines = local_storage::read(kRoutinesKey);
  host.apply(RestoreSessionData{settings.value, routines.value});
  const AppState& state = host.state();
  // What storage holds now counts as saved: nothing is written until the user changes something, so unreadable
  // settings or routines stay in storage untouched until then (and routines are copied aside first, in save()).
  s.saved_settings = state.session_settings;
  s.saved_routines = state.routines.custom;
  if (!settings.error.empty() || !routines.error.empty()) {
    s.problem = "Storage is not available, so routines and settings will not be kept: " +
                (settings.error.empty() ? routines.error : settings.error);
  }
  s.previous = state.session;
}

Action with_wall_clock(Action action) {
  if (auto* start = std::get_if<StartSession>(&action); start && !start->clock) start->clock = now();
  if (auto* end = std::get_if<EndSession>(&action); end && !end->clock) end->clock = now();
  if (auto* safety = std::get_if<SafetyAction>(&action)) {
    if (auto* acknowledge = std::get_if<AcknowledgeSafety>(safety); acknowledge && !acknowledge->clock) {
      acknowledge->clock = now();  // it may start the session the user asked for
    }
  }
  return action;
}

bool handle_key(const SDL_Event& event, AppHost& host) {
  if (event.type != SDL_KEYDOWN || event.key.repeat != 0) return false;
  const AppState& state = host.state();
  if (state.screen != Screen::Session || !state.session.active) return false;
  const bool running = session_running(state.session);
  switch (event.key.keysym.sym) {
    case SDLK_SPACE:
      if (!running) return false;
      if (state.session.paused) {
        host.apply(ResumeSession{});
      } else {
        host.apply(PauseSession{});
      }
      return true;
    case SDLK_RIGHT:
      if (running) host.apply(NextStep{});
      return running;
    case SDLK_LEFT:
      if (running) host.apply(PreviousStep{});
      return running;
    case SDLK_ESCAPE:
      if (running) {
        host.apply(with_wall_clock(EndSession{}));
      } else {
        host.apply(CloseSession{});
      }
      return true;
    default:
      return false;
  }
}

void tick(const AppState& state) {
  play_cues(state);
  save(state);
}

const std::string& storage_problem() {
  return store().problem;
}

}  // namespace ubr::session_platform
