// zip(a, b, ...): yields std::tuple of one item from each, stopping at the
// shortest.   for x, y in zip(xs, ys) -> for (auto [x, y] : rt::builtins::zip(xs, ys))
// zip(a, b, strict=True) -> rt::builtins::zip_strict(a, b): ValueError when
// the lengths differ, worded as CPython's.
#pragma once

#include <iterator>
#include <string>
#include <tuple>
#include <utility>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <class... Iterables>
class Zip {
 public:
  explicit Zip(Iterables... iterables) : iterables_(std::move(iterables)...) {}
  Zip(bool strict, Iterables... iterables) : iterables_(std::move(iterables)...), strict_(strict) {}
  using value_type = std::tuple<element_t<Iterables>...>;

  class iterator {
   public:
    using value_type = Zip::value_type;
    using difference_type = std::ptrdiff_t;
    using iterators = std::tuple<decltype(std::declval<const Iterables&>().begin())...>;
    using sentinels = std::tuple<decltype(std::declval<const Iterables&>().end())...>;
    iterator() = default;
    iterator(iterators its, sentinels ends, bool strict)
        : its_(std::move(its)), ends_(std::move(ends)), strict_(strict) {}
    value_type operator*() const {
      return std::apply([](const auto&... it) { return value_type(*it...); }, its_);
    }
    iterator& operator++() {
      std::apply([](auto&... it) { (++it, ...); }, its_);
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(std::default_sentinel_t) const {
      if (!any_done(std::index_sequence_for<Iterables...>{})) return false;
      if (strict_) check_lengths(std::index_sequence_for<Iterables...>{});
      return true;
    }

   private:
    /// CPython's strict zip: the first exhausted argument, if not the first,
    /// is shorter; otherwise any later one still going is longer.
    template <std::size_t... I>
    void check_lengths(std::index_sequence<I...>) const {
      const bool done[] = {(std::get<I>(its_) == std::get<I>(ends_))...};
      std::size_t n = sizeof...(I), first = 0;
      while (first < n && !done[first]) ++first;
      auto fail = [](std::size_t i, const char* what) {
        std::string msg = "zip() argument " + std::to_string(i + 1) + " is " + what + " than argument" +
                          (i == 1 ? " 1" : "s 1-" + std::to_string(i));
        raise_value_error(msg.c_str());
      };
      if (first > 0) fail(first, "shorter");
      for (std::size_t j = 1; j < n; ++j)
        if (!done[j]) fail(j, "longer");
    }
    template <std::size_t... I>
    bool any_done(std::index_sequence<I...>) const {
      return ((std::get<I>(its_) == std::get<I>(ends_)) || ...);
    }
    iterators its_;
    sentinels ends_;
    bool strict_ = false;
  };
  iterator begin() const {
    return std::apply(
        [strict = strict_](const auto&... it) {
          return iterator(typename iterator::iterators(it.begin()...), typename iterator::sentinels(it.end()...),
                          strict);
        },
        iterables_);
  }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  std::tuple<Iterables...> iterables_;
  bool strict_ = false;
};

namespace builtins {
template <class... Iterables>
Zip<Iterables...> zip(const Iterables&... iterables) {
  return Zip<Iterables...>(iterables...);
}
template <class... Iterables>
Zip<Iterables...> zip_strict(const Iterables&... iterables) {
  return Zip<Iterables...>(true, iterables...);
}
}  // namespace builtins
}  // namespace ingot::rt
