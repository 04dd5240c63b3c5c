// min() and max(), both forms:
//   min(iterable[, key=f][, default=d])    min(a, b, *rest[, key=f])
// Ties keep the first item, as CPython. Empty iterable without default:
// ValueError("min() arg is an empty sequence").
//
// Result type: the item type. Mixed int/float arguments give Float (the
// typeshed view: int promotes to float); default=None gives
// std::optional<item>; a default of another type gives
// std::variant<item, default> (so max([], default=0.5) stays a float and
// max([1]) stays an int, as in Python).
//
// Two spellings of the keywords: rt::kw tags, or the code generator's
// positional min(iterable, key, default) with rt::no_key / rt::no_default.
#pragma once

#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "ingot/rt/builtins/keywords.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/ops/compare.h"
#include "ingot/rt/types.h"

namespace ingot::rt {
namespace detail {

[[noreturn]] void raise_empty_min_max(bool is_max);

struct Identity {
  template <class T>
  const T& operator()(const T& x) const noexcept {
    return x;
  }
};

/// The key function among the arguments (kw::key), or Identity.
inline Identity find_key() { return {}; }
template <class First, class... Rest>
auto find_key(const First& first, const Rest&... rest) {
  if constexpr (kw::is_key_v<First>) return first.fn;
  else return find_key(rest...);
}

/// The kw::default_ among the arguments (only called when there is one).
template <class First, class... Rest>
const auto& find_default(const First& first, const Rest&... rest) {
  if constexpr (kw::is_default_v<First>) return first.value;
  else return find_default(rest...);
}

/// Common result type of values of types Ts (see the header comment).
template <class... Ts>
struct join_types;
template <class T>
struct join_types<T> {
  using type = T;
};
template <class A, class B, class... Rest>
struct join_types<A, B, Rest...> {
  using AB = std::conditional_t<std::is_same_v<A, B>, A,
                                std::conditional_t<Number<A> && Number<B>,
                                                   std::conditional_t<Real<A> || Real<B>, Float, Int>, void>>;
  static_assert(!std::is_void_v<AB>, "min()/max() of values of unrelated types");
  using type = typename join_types<AB, Rest...>::type;
};

template <bool IsMax, class Key, class Iterable>
auto min_max_iterable(const Iterable& iterable, Key& key) {
  using Item = element_t<Iterable>;
  std::optional<Item> best;
  using KeyValue = std::remove_cvref_t<decltype(key(std::declval<const Item&>()))>;
  std::optional<KeyValue> best_key;
  for (auto&& item : iterable) {
    KeyValue k = key(item);
    if (!best) {
      best.emplace(item);
      best_key.emplace(std::move(k));
      continue;
    }
    const bool better = IsMax ? rt::gt(k, *best_key) : rt::lt(k, *best_key);
    if (better) {
      best = item;
      best_key = std::move(k);
    }
  }
  return best;
}

/// The positional (non-keyword) arguments converted to R, in an array.
template <class R, class... Args>
auto positional_array(const Args&... args) {
  std::vector<R> values;
  values.reserve(sizeof...(Args));
  auto push = [&]<class A>(const A& a) {
    if constexpr (!kw::is_keyword_v<A>) values.push_back(static_cast<R>(a));
  };
  (push(args), ...);
  return values;
}

template <class... Args>
struct positional_join;
template <>
struct positional_join<> {
  using type = void;
};
template <class First, class... Rest>
struct positional_join<First, Rest...> {
  using rest_type = typename positional_join<Rest...>::type;
  using type = std::conditional_t<
      kw::is_keyword_v<First>, rest_type,
      typename std::conditional_t<std::is_void_v<rest_type>, std::type_identity<First>,
                                  join_types<First, std::conditional_t<std::is_void_v<rest_type>, First, rest_type>>>::type>;
};

template <bool IsMax, class Key, class... Args>
auto min_max_values(Key& key, const Args&... args) {
  using R = typename positional_join<Args...>::type;
  const std::vector<R> values = positional_array<R>(args...);
  return *min_max_iterable<IsMax>(values, key);
}

template <bool IsMax, class... Args>
auto min_max(const Args&... args) {
  constexpr std::size_t positional = ((kw::is_keyword_v<Args> ? 0 : 1) + ...);
  static_assert(positional >= 1, "min()/max() expected at least 1 argument");
  auto key = find_key(args...);
  if constexpr (positional == 1) {
    const auto& iterable = std::get<0>(std::forward_as_tuple(args...));
    using Item = element_t<std::remove_cvref_t<decltype(iterable)>>;
    std::optional<Item> best = min_max_iterable<IsMax>(iterable, key);
    constexpr bool has_default = (kw::is_default_v<Args> || ...);
    if constexpr (!has_default) {
      if (!best) raise_empty_min_max(IsMax);
      return Item(std::move(*best));
    } else {
      const auto& fallback = find_default(args...);
      using D = std::remove_cvref_t<decltype(fallback)>;
      if constexpr (std::is_same_v<D, Item>) {
        return best ? std::move(*best) : fallback;
      } else if constexpr (is_none_v<D>) {
        return best;
      } else {
        using R = std::variant<Item, D>;
        return best ? R(std::in_place_index<0>, std::move(*best)) : R(std::in_place_index<1>, fallback);
      }
    }
  } else {
    // Several values: the positional arguments, converted to their joined type.
    return min_max_values<IsMax>(key, args...);
  }
}

/// The code generator's spelling min(iterable, key, default), with
/// rt::no_key / rt::no_default for the parts the call left out.
template <class A, class B, class C>
constexpr bool is_positional_form() {
  if constexpr (std::is_same_v<B, NoKey>) {
    return true;
  } else if constexpr (requires { typename element_t<A>; }) {
    return std::invocable<const B&, const element_t<A>&>;
  } else {
    return false;
  }
}
template <class A, class B, class C>
constexpr bool is_positional_form_v = is_positional_form<A, B, C>();

template <bool IsMax, class Iterable, class Key, class Default>
auto min_max_positional(const Iterable& iterable, const Key& key, const Default& fallback) {
  if constexpr (std::is_same_v<Key, NoKey> && std::is_same_v<Default, NoDefault>) {
    return min_max<IsMax>(iterable);
  } else if constexpr (std::is_same_v<Key, NoKey>) {
    return min_max<IsMax>(iterable, kw::default_(fallback));
  } else if constexpr (std::is_same_v<Default, NoDefault>) {
    return min_max<IsMax>(iterable, kw::key(key));
  } else {
    return min_max<IsMax>(iterable, kw::key(key), kw::default_(fallback));
  }
}

}  // namespace detail

namespace builtins {

template <class... Args>
auto min(const Args&... args) {
  if constexpr (sizeof...(Args) == 3) {
    return [](const auto& a, const auto& b, const auto& c) {
      using A = std::remove_cvref_t<decltype(a)>;
      using B = std::remove_cvref_t<decltype(b)>;
      using C = std::remove_cvref_t<decltype(c)>;
      if constexpr (detail::is_positional_form_v<A, B, C>) return detail::min_max_positional<false>(a, b, c);
      else return detail::min_max<false>(a, b, c);
    }(args...);
  } else {
    return detail::min_max<false>(args...);
  }
}
template <class... Args>
auto max(const Args&... args) {
  if constexpr (sizeof...(Args) == 3) {
    return [](const auto& a, const auto& b, const auto& c) {
      using A = std::remove_cvref_t<decltype(a)>;
      using B = std::remove_cvref_t<decltype(b)>;
      using C = std::remove_cvref_t<decltype(c)>;
      if constexpr (detail::is_positional_form_v<A, B, C>) return detail::min_max_positional<true>(a, b, c);
      else return detail::min_max<true>(a, b, c);
    }(args...);
  } else {
    return detail::min_max<true>(args...);
  }
}

}  // namespace builtins
}  // namespace ingot::rt

namespace ingot::rt::builtins {

/// min(a, b, ...) of mixed ints and floats, typed Union[int, float] by the
/// compiler: the winning argument itself, as CPython returns it (the first
/// of equal minima).
template <class R, class... A>
R min_as(const A&... args) {
  std::optional<R> best;
  ((best = (!best || rt::lt(args, *best)) ? std::optional<R>(R(args)) : best), ...);
  return *best;
}

/// max(a, b, ...) likewise (the first of equal maxima).
template <class R, class... A>
R max_as(const A&... args) {
  std::optional<R> best;
  ((best = (!best || rt::gt(args, *best)) ? std::optional<R>(R(args)) : best), ...);
  return *best;
}

}  // namespace ingot::rt::builtins
