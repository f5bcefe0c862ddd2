#include "platform/effects.h"

#include "platform/cues.h"
#include "platform/files.h"
#include "platform/progress_store.h"
#include "platform/reminders.h"
#include "platform/reminders_store.h"
#include "platform/safety_store.h"
#include "platform/session_store.h"

namespace ubr::effects {
namespace {
struct Carrier {
  const AppState& state;
  const Catalogue& catalogue;

  std::vector<Action> operator()(const SaveProgress&) const { return progress_store::save(state); }
  std::vector<Action> operator()(const SaveSessionSettings&) const {
    session_store::save_settings(state);
    return {};
  }
  std::vector<Action> operator()(const SaveRoutines&) const { return session_store::save_routines(state, catalogue); }
  std::vector<Action> operator()(const SaveSafety&) const {
    safety_store::save(state);
    return {};
  }
  std::vector<Action> operator()(const Download& download) const {
    files::download(download.file_name, download.mime_type, download.text);
    return {};
  }
  std::vector<Action> operator()(const OpenFilePicker&) const {
    files::pick_file();
    return {};
  }
  std::vector<Action> operator()(const PlaySound& sound) const {
    cues::play(sound.sound, sound.volume);
    return {};
  }
  std::vector<Action> operator()(const Speak& speech) const {
    cues::say(speech.text, speech.volume);
    return {};
  }
  std::vector<Action> operator()(const ShowReminder& reminder) const {
    // The banner shows in the app either way; the chime rings only when no system notification announces it.
    if (!reminders::notify(reminder)) cues::play(CueSound::Reminder, 0.6);
    return {};
  }
  std::vector<Action> operator()(const SaveReminders&) const {
    reminders_store::save(state);
    if (!state.reminders.runtime.active) reminders::withdraw();  // answered here: the notification goes too
    return {};
  }
  std::vector<Action> operator()(const AskNotificationPermission&) const {
    reminders::ask_permission();
    return {};
  }
  std::vector<Action> operator()(const KeepScreenOn& wake_lock) const {
    cues::keep_screen_on(wake_lock.on);
    return {};
  }
};
}  // namespace

std::vector<Action> carry_out(const Effect& effect, const AppState& state, const Catalogue& catalogue) {
  return std::visit(Carrier{state, catalogue}, effect);
}

}  // namespace ubr::effects
