#pragma once
// Every user intent is one of these values. New features add alternatives here and a case in update().
#include <string>
#include <variant>

namespace ubr {

struct OpenExercise {
  std::string id;
};
struct GoHome {};

using Action = std::variant<OpenExercise, GoHome>;

}  // namespace ubr
