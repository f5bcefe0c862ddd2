#pragma once
// Owns the one AppState and the catalogue, and applies actions from every source (UI, keyboard, page hooks): each
// goes through the core's update() with the current wall clock, and the effects it returns are carried out at once.
#include "core/actions.h"
#include "core/app_state.h"
#include "core/base/clock.h"
#include "core/exercises/catalogue.h"
#include "core/update.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ubr {

class AppHost {
 public:
  explicit AppHost(Catalogue catalogue) : catalogue_(std::move(catalogue)) {}

  // Applies an action now, with the given wall clock (tests) or the current one; returns the reason it was
  // rejected, or an empty string.
  std::string apply(const Action& action, std::optional<WallClock> clock = std::nullopt);
  // Queues an action from the UI, applied after the frame that produced it so a frame sees one state throughout.
  void enqueue(Action action) { pending_.push_back(std::move(action)); }
  void apply_pending();
  void advance(double dt_seconds);

  const AppState& state() const { return state_; }
  // True once after any applied action, so the loop knows to redraw.
  bool take_changed() { return std::exchange(changed_, false); }
  const Catalogue& catalogue() const { return catalogue_; }

 private:
  // Carries out effects in order; the actions they answer with are applied in turn, and their effects join the
  // queue, so nothing runs inside another effect.
  void carry_out(std::vector<Effect> batch, const WallClock& now);
  // What an update needs besides the state: the catalogue, the clock, a random number (drawn for actions only: the
  // page's crypto would otherwise be asked every frame), whether this tab leads.
  UpdateContext context(const WallClock& now, std::uint32_t random) const;

  Catalogue catalogue_;
  AppState state_;
  std::vector<Action> pending_;
  bool changed_ = false;
};

// The single host of the running app, set up by main(); the page's automation hooks reach it through this.
AppHost* running_app();
void set_running_app(AppHost* host);

}  // namespace ubr
