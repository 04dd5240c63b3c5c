// enumerate(iterable, start=0): yields std::tuple<Int, item>.
//   for i, x in enumerate(xs)  ->  for (auto [i, x] : rt::builtins::enumerate(xs))
#pragma once

#include <iterator>
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
    value_type operator*() const { return value_type(index_, *it_); }
    iterator& operator++() {
      ++it_;
      index_ = detail::checked_add(index_, 1);
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
