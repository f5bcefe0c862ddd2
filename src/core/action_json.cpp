#include "action_json.h"

#include "demo.h"
#include "json_reader.h"
#include "safety_json.h"
#include "progress_action_json.h"
#include "progress_json.h"
#include "session_action_json.h"

namespace ubr {

ActionParse parse_action(std::string_view json_text) {
  JsonReader reader{"action"};
  // nlohmann-json recurses without a depth limit: deeply nested input is refused before it can exhaust the stack.
  if (json_depth(json_text, 32) > 32) return {std::nullopt, "action: nested too deeply"};
  const nlohmann::json json = reader.parse(json_text);
  const std::string type = reader.text(json, "type", "");
  if (!reader.ok()) return {std::nullopt, reader.error()};

  if (type == "openExercise") {
    std::string id = reader.text(json, "id", "");
    if (!reader.ok()) return {std::nullopt, reader.error()};
    return {OpenExercise{std::move(id)}, {}};
  }
  if (type == "goHome") return {GoHome{}, {}};
  if (type == "advanceTime") {
    const double seconds = reader.number(json, "seconds", "", 0, 1e9);
    if (!reader.ok()) return {std::nullopt, reader.error()};
    return {AdvanceTime{seconds}, {}};
  }
  if (std::optional<ActionParse> session = parse_session_action(type, json)) return std::move(*session);
  if (std::optional<ActionParse> safety = parse_safety_action(type, json)) return std::move(*safety);
  std::string demo_error;
  if (std::optional<DemoAction> demo = parse_demo_action(type, json, demo_error)) {
    if (!demo_error.empty()) return {std::nullopt, demo_error};
    return {Action{std::move(*demo)}, {}};
  }
  if (std::optional<ActionParse> progress = parse_progress_action(type, json)) return std::move(*progress);
  return {std::nullopt, "unknown action type '" + type + "'"};
}

}  // namespace ubr
