// enumerate(iterable, start=0): yields std::tuple<Int, item>.
//   for i, x in enumerate(xs)  ->  for (auto [i, x] : rt::builtins::enumerate(xs))
#pragma once

#include <iterator>
#include <limits>
#include <tuple>

#include "ingot/rt/ops/arithmetic_core.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <class Iterable>
class Enumerate {
 public:
  Enumerate(Iterable iterable, Int start) : iterable_(std::move(iterable)), start_(start) {}
  using inner_iterator = decltype(std::declval<const Iterable&>().begin());
  using inner_sentinel = decltype(std::declval<const Iterable&>().end());
  using item_type = element_t<Iterable>;

  class iterator {
   public:
    using value_type = std::tuple<Int, item_type>;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(inner_iterator it, inner_sentinel end, Int index) : it_(std::move(it)), end_(std::move(end)), index_(index) {}
    value_type operator*() const {
      // The index past 2**63 - 1 overflows only when an item needs it
      // (enumerate(["a"], 2**63 - 1) is fine).
      if (past_max_) (void)detail::checked_add(index_, 1);
      return value_type(index_, *it_);
    }
    iterator& operator++() {
      ++it_;
      if (index_ == std::numeric_limits<Int>::max()) past_max_ = true;
      else ++index_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(std::default_sentinel_t) const { return it_ == end_; }

   private:
    inner_iterator it_;
    inner_sentinel end_;
    Int index_ = 0;
    bool past_max_ = false;
  };
  iterator begin() const { return iterator(iterable_.begin(), iterable_.end(), start_); }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  Iterable iterable_;
  Int start_;
};

namespace builtins {
template <class Iterable>
Enumerate<Iterable> enumerate(const Iterable& iterable, Int start = 0) {
  return Enumerate<Iterable>(iterable, start);
}
}  // namespace builtins
}  // namespace ingot::rt
