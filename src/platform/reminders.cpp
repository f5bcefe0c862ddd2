#include "platform/reminders.h"

#include "core/reminders/micro_break.h"
#include "core/update.h"
#include "platform/app_host.h"
#include "platform/cues.h"
#include "platform/web_api.h"

#include <string_view>
#include <utility>

namespace {
std::string g_permission = "unsupported";  // as web/reminders.js last reported it
bool g_permission_changed = false;
}  // namespace

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
// clang-format off
EM_JS(int, ubr_reminders_notify, (const char* kind, const char* title, const char* body, const char* routine), {
  const page = window.ubr.reminders;
  return page ? page.notify(UTF8ToString(kind), UTF8ToString(title), UTF8ToString(body), UTF8ToString(routine)) : 0;
});
EM_JS(void, ubr_reminders_withdraw, (), {
  if (window.ubr.reminders) window.ubr.reminders.withdraw();
});
EM_JS(int, ubr_reminders_is_leader, (), {
  return !window.ubr.reminders || window.ubr.reminders.isLeader() ? 1 : 0;
});
EM_JS(void, ubr_reminders_ask_permission, (), {
  if (window.ubr.reminders) window.ubr.reminders.askPermission();
});
// clang-format on
#else
int ubr_reminders_notify(const char*, const char*, const char*, const char*) {
  return 0;
}
void ubr_reminders_withdraw() {}
int ubr_reminders_is_leader() {
  return 1;
}
void ubr_reminders_ask_permission() {}
#endif

namespace ubr::reminders {

bool notify(const ShowReminder& reminder) {
  return ubr_reminders_notify(reminder_kind_name(reminder.kind), reminder.title.c_str(), reminder.body.c_str(),
                              reminder.routine_id.c_str()) != 0;
}
void withdraw() {
  ubr_reminders_withdraw();
}
bool is_leader() {
  return ubr_reminders_is_leader() != 0;
}
const std::string& permission() {
  return g_permission;
}
bool take_permission_change() {
  return std::exchange(g_permission_changed, false);
}
void ask_permission() {
  ubr_reminders_ask_permission();
}

}  // namespace ubr::reminders

// web/reminders.js, on a timer and when the page becomes visible again: a hidden tab draws no frames, so without
// this the scheduler would not take its step until the user came back.
UBR_EXPORT void ubr_reminders_tick() {
  if (ubr::AppHost* host = ubr::running_app()) host->advance(0);
}

// web/reminders.js: a notification (or the page opened from one) was answered: "start" opens `routine`, "snooze"
// shows the reminder again in ten minutes. The same actions as the banner's buttons, applied at once: a hidden tab
// draws no frame that would apply a queued one.
UBR_EXPORT void ubr_reminders_answer(const char* answer, const char* routine) {
  ubr::AppHost* host = ubr::running_app();
  if (host == nullptr || answer == nullptr) return;
  const std::string_view what = answer;
  if (what == "snooze") {
    host->apply(ubr::ReminderAction{ubr::SnoozeReminder{}});
  } else if (what == "start") {
    const std::string id = routine != nullptr && *routine != '\0' ? routine : std::string(ubr::kMicroBreakRoutineId);
    host->apply(ubr::StartSession{id});
  }
}

// web/reminders.js: the notification permission at start-up and whenever it changes (the user answered the browser's
// question, or changed the site's settings).
UBR_EXPORT void ubr_reminders_set_permission(const char* permission) {
  if (permission == nullptr || g_permission == permission) return;
  g_permission = permission;
  g_permission_changed = true;
}

// web/reminders.js: a notification could not be shown after all, so the banner's chime rings instead.
UBR_EXPORT void ubr_reminders_notification_failed() {
  ubr::cues::play(ubr::CueSound::Reminder, 0.6);
}
