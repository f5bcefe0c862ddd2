#pragma once
// The page side of reminders (web/reminders.js, `ubr.reminders`): system notifications through the service worker,
// the notification permission, and which of several open tabs shows reminders. Natively there is one tab and no
// notifications.
#include "core/reminders/update.h"

#include <string>

namespace ubr::reminders {

// Shows the reminder as a system notification when the user allowed them; false when it cannot (no permission, no
// service worker), and the in-app banner then rings its chime.
bool notify(const ShowReminder& reminder);
// Takes any shown notification away (the reminder was answered in the app).
void withdraw();
// True while this tab holds the reminders lock (the Web Locks API; a browser without it counts as one tab).
bool is_leader();
// The notification permission: "granted", "denied", "default" (not asked yet) or "unsupported".
const std::string& permission();
// True once after the permission changed, so the screen that shows it is drawn again.
bool take_permission_change();
// Asks the browser for notification permission (from a press of the screen's button, a user gesture).
void ask_permission();

}  // namespace ubr::reminders
