#include "platform/app_host.h"

#include "core/update.h"

namespace ubr {
namespace {
AppHost* g_running_app = nullptr;
}

AppHost* running_app() { return g_running_app; }
void set_running_app(AppHost* host) { g_running_app = host; }

std::string AppHost::apply(const Action& action) {
  UpdateResult result = update(state_, action, catalogue_);
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
