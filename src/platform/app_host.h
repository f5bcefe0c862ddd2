#pragma once
// Owns the one AppState and the catalogue, and applies actions from every source (UI, keyboard, page hooks).
#include "core/actions.h"
#include "core/app_state.h"
#include "core/exercises/catalogue.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace ubr {

class AppHost {
 public:
  explicit AppHost(Catalogue catalogue) : catalogue_(std::move(catalogue)) {}

  // Applies an action now; returns the reason it was rejected, or an empty string.
  std::string apply(const Action& action);
  // Queues an action from the UI, applied after the frame that produced it so a frame sees one state throughout.
  void enqueue(Action action) { pending_.push_back(std::move(action)); }
  void apply_pending();
  void advance(double dt_seconds);

  const AppState& state() const { return state_; }
  // True once after any applied action, so the loop knows to redraw.
  bool take_changed() { return std::exchange(changed_, false); }
  const Catalogue& catalogue() const { return catalogue_; }
  // Runs after every applied action and time step: progress is saved the moment it changes (progress_store.h).
  void set_after_change(std::function<void(AppHost&)> hook) { after_change_ = std::move(hook); }

 private:
  Catalogue catalogue_;
  AppState state_;
  std::vector<Action> pending_;
  bool changed_ = false;
  std::function<void(AppHost&)> after_change_;
};

// The single host of the running app, set up by main(); the page's automation hooks reach it through this.
AppHost* running_app();
void set_running_app(AppHost* host);

}  // namespace ubr
