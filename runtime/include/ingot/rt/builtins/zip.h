// zip(a, b, ...): yields std::tuple of one item from each, stopping at the
// shortest.   for x, y in zip(xs, ys) -> for (auto [x, y] : rt::builtins::zip(xs, ys))
#pragma once

#include <iterator>
#include <tuple>
#include <utility>

#include "ingot/rt/types.h"

namespace ingot::rt {

template <class... Iterables>
class Zip {
 public:
  explicit Zip(Iterables... iterables) : iterables_(std::move(iterables)...) {}
  using value_type = std::tuple<element_t<Iterables>...>;

  class iterator {
   public:
    using value_type = Zip::value_type;
    using difference_type = std::ptrdiff_t;
    using iterators = std::tuple<decltype(std::declval<const Iterables&>().begin())...>;
    using sentinels = std::tuple<decltype(std::declval<const Iterables&>().end())...>;
    iterator() = default;
    iterator(iterators its, sentinels ends) : its_(std::move(its)), ends_(std::move(ends)) {}
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
    bool operator==(std::default_sentinel_t) const { return any_done(std::index_sequence_for<Iterables...>{}); }

   private:
    template <std::size_t... I>
    bool any_done(std::index_sequence<I...>) const {
      return ((std::get<I>(its_) == std::get<I>(ends_)) || ...);
    }
    iterators its_;
    sentinels ends_;
  };
  iterator begin() const {
    return std::apply(
        [](const auto&... it) {
          return iterator(typename iterator::iterators(it.begin()...), typename iterator::sentinels(it.end()...));
        },
        iterables_);
  }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  std::tuple<Iterables...> iterables_;
};

namespace builtins {
template <class... Iterables>
Zip<Iterables...> zip(const Iterables&... iterables) {
  return Zip<Iterables...>(iterables...);
}
}  // namespace builtins
}  // namespace ingot::rt
