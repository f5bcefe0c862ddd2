#pragma once
// Keeps the reminder settings, schedule and counts in localStorage (stored_document.h), and follows the changes
// another tab stores, so every open tab keeps one schedule.
#include "core/app_state.h"
#include "platform/app_host.h"

#include <string>

namespace ubr::reminders_store {

constexpr const char* kStorageKey = "ubr.reminders";

// At start-up: reads the stored document (unreadable text is kept aside, the defaults used meanwhile).
void restore(AppHost& host);
// The SaveReminders effect.
void save(const AppState& state);
// Why the reminders could not be stored this visit, for the Reminders screen; empty when all is well.
const std::string& problem();

}  // namespace ubr::reminders_store
