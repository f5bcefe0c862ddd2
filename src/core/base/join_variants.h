#pragma once
// Joins several std::variant types into one: the root's Action and Effect are each feature's list put together, so
// a feature adds an alternative in its own file and the root's list grows by itself.
#include <variant>

namespace ubr {

template <typename... Variants>
struct JoinVariants;
template <typename... As, typename... Bs, typename... Rest>
struct JoinVariants<std::variant<As...>, std::variant<Bs...>, Rest...>
    : JoinVariants<std::variant<As..., Bs...>, Rest...> {};
template <typename... As>
struct JoinVariants<std::variant<As...>> {
  using type = std::variant<As...>;
};

}  // namespace ubr
