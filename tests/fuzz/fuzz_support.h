#pragma once
// Shared by the libFuzzer targets: the shipped catalogue, a property check that names what broke, and the app's
// state set up through the same path the page uses (actions read from JSON, then update()).
#include "core/automation_json.h"
#include "core/exercises/catalogue.h"
#include "core/progress/doc.h"
#include "core/update.h"

#include "../core/shipped_catalogue.h"

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

namespace ubr::fuzz {

inline const Catalogue& catalogue() {
  return test::shipped_catalogue();
}

// A broken property: prints which one (and what differed), then aborts, so libFuzzer saves the input as crash-*.
[[noreturn]] inline void fail(std::string_view property, std::string_view detail = {}) {
  std::fprintf(stderr, "\nPROPERTY BROKEN: %.*s\n%.*s\n", static_cast<int>(property.size()), property.data(),
               static_cast<int>(detail.size() > 4000 ? 4000 : detail.size()), detail.data());
  std::abort();
}

inline void require(bool holds, std::string_view property, std::string_view detail = {}) {
  if (!holds) fail(property, detail);
}

inline void require_same(const std::string& a, const std::string& b, std::string_view property) {
  if (a != b) fail(property, "first:  " + a.substr(0, 1900) + "\nsecond: " + b.substr(0, 1900));
}

// One action applied the way the platform applies it, with the wall clock the page sent (none when it sent none).
inline UpdateResult apply(const AppState& state, const Action& action, std::optional<WallClock> clock = {}) {
  return update(state, action, {catalogue(), clock.value_or(WallClock{})});
}

// Applies an action written as the page would send it; the set-up of a fuzz target must not be refused.
inline AppState apply_json(const AppState& state, std::string_view json) {
  const ActionParse parsed = parse_action(json);
  if (!parsed.action) fail("set-up action parses", std::string(json) + ": " + parsed.error);
  UpdateResult result = apply(state, *parsed.action, parsed.clock);
  if (!result.ok()) fail("set-up action applies", std::string(json) + ": " + result.error);
  return std::move(result.state);
}

// The whole observable state, as window.app.state() shows it.
inline std::string observable(const AppState& state) {
  return state_to_json(state, catalogue(), "fuzz");
}

// True when the text is nested deeper than every parser accepts; such text must be refused with a message.
inline bool too_deep(std::string_view text) {
  return json_depth(text, JsonReader::kMaxJsonDepth) > JsonReader::kMaxJsonDepth;
}

// The session ids a progress document holds.
inline std::set<std::string> ids_of(const ProgressDoc& doc) {
  std::set<std::string> ids;
  for (const SessionRecord& session : doc.sessions) ids.insert(session.id);
  return ids;
}

}  // namespace ubr::fuzz
