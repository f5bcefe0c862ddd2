#include "platform/app_host.h"

#include "core/update.h"
#include "platform/session_platform.h"

namespace ubr {
namespace {
AppHost* g_running_app = nullptr;
}

AppHost* running_app() {
  return g_running_app;
}
void set_running_app(AppHost* host) {
  g_running_app = host;
}

std::string AppHost::apply(const Action& action) {
  // Starting and ending a session need the wall clock, which the core never reads itself.
  UpdateResult result = update(state_, session_platform::with_wall_clock(action), catalogue_);
  if (result.ok()) {
    state_ = std::move(result.state);
    changed_ = true;
    if (after_change_) after_change_(*this);
  }
  return result.error;
}

void AppHost::apply_pending() {
  std::vector<Action> actions;
  actions.swap(pending_);
  for (const Action& action : actions) apply(action);
}

void AppHost::advance(double dt_seconds) {
  state_ = ubr::advance(state_, dt_seconds);
  if (after_change_) after_change_(*this);
}

}  // namespace ubr
