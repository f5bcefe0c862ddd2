// The page's automation interface (window.app in web/main.js) calls these. They go through the same AppHost as the
// UI, so a test that dispatches an action exercises the same code path as a click.
#include "core/automation_json.h"
#include "platform/app_host.h"
#include "platform/web_api.h"

#include <string>

namespace {
// Returned pointers stay valid until the next call; the page copies the text out at once.
std::string g_state_text;
std::string g_error_text;
}  // namespace

UBR_EXPORT const char* ubr_state_json() {
  const ubr::AppHost* host = ubr::running_app();
  g_state_text = host ? ubr::state_to_json(host->state(), host->catalogue(), UBR_APP_VERSION) : "null";
  return g_state_text.c_str();
}

// Returns an empty string when the action was applied, otherwise why it was rejected.
UBR_EXPORT const char* ubr_dispatch_json(const char* action_json) {
  ubr::AppHost* host = ubr::running_app();
  if (host == nullptr) {
    g_error_text = "the app has not started";
    return g_error_text.c_str();
  }
  ubr::ActionParse parsed = ubr::parse_action(action_json ? action_json : "");
  g_error_text = parsed.action ? host->apply(*parsed.action, parsed.clock) : parsed.error;
  return g_error_text.c_str();
}
