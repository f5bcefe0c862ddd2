#include "platform/app_host.h"

#include "platform/effects.h"
#include "platform/entropy.h"
#include "platform/reminders.h"
#include "platform/wall_clock.h"

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

UpdateContext AppHost::context(const WallClock& now, std::uint32_t random) const {
  UpdateContext context{catalogue_, now, random};
  context.reminders_leader = reminders::is_leader();
  return context;
}

std::string AppHost::apply(const Action& action, std::optional<WallClock> clock) {
  const WallClock now = clock.value_or(wall_clock::now());
  UpdateResult result = update(state_, action, context(now, entropy::next()));
  if (!result.ok()) return result.error;
  state_ = std::move(result.state);
  changed_ = true;
  carry_out(std::move(result.effects), now);
  return {};
}

void AppHost::apply_pending() {
  std::vector<Action> actions;
  actions.swap(pending_);
  for (const Action& action : actions) apply(action);
}

void AppHost::advance(double dt_seconds) {
  const WallClock now = wall_clock::now();
  StepResult result = ubr::advance(state_, dt_seconds, context(now, 0));  // a time step draws no random number
  state_ = std::move(result.state);
  if (!result.effects.empty()) changed_ = true;  // a reminder that time brought is drawn at once
  carry_out(std::move(result.effects), now);
}

void AppHost::carry_out(std::vector<Effect> batch, const WallClock& now) {
  // First in, first out: the effects an answer brings are carried out after those already waiting. A vector read
  // from the front (not a std::deque) keeps the wasm smaller; the queue is a handful of effects long.
  std::vector<Effect> queue = std::move(batch);
  for (std::size_t next = 0; next < queue.size(); ++next) {
    const Effect effect = queue[next];
    for (const Action& answer : effects::carry_out(effect, state_, catalogue_)) {
      UpdateResult result = update(state_, answer, context(now, entropy::next()));
      if (!result.ok()) continue;  // e.g. a merge that is no longer news
      state_ = std::move(result.state);
      changed_ = true;
      queue.insert(queue.end(), std::make_move_iterator(result.effects.begin()),
                   std::make_move_iterator(result.effects.end()));
    }
  }
}

}  // namespace ubr
