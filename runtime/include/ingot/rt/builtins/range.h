// range(stop), range(start, stop[, step]) -> rt::Range: a lazy sequence
// with len, indexing, slicing, `in`, index/count, reversed and iteration.
//   for i in range(n)   ->  for (rt::Int i : rt::builtins::range(n))
// The loop counter never overflows, even for range(-2**63, 2**63 - 1).
#pragma once

#include <cstdint>
#include <iterator>
#include <string>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/slice.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

class Range {
 public:
  Range() = default;
  /// ValueError("range() arg 3 must not be zero") for step 0.
  Range(Int start, Int stop, Int step);

  Int start() const noexcept { return start_; }
  Int stop() const noexcept { return stop_; }
  Int step() const noexcept { return step_; }
  /// Number of items (may exceed Int's range for huge ranges).
  std::uint64_t count() const noexcept { return count_; }
  std::size_t size() const noexcept { return static_cast<std::size_t>(count_); }
  /// len(r); OverflowError when it does not fit.
  Int len() const;
  /// Item i (< count), unchecked.
  Int item(std::uint64_t i) const noexcept {
    return static_cast<Int>(static_cast<std::uint64_t>(start_) + i * static_cast<std::uint64_t>(step_));
  }
  /// r[i]: IndexError("range object index out of range").
  Int get(Int index) const;
  Range get_slice(const Slice& slice) const;
  bool contains(Int x) const noexcept;
  template <class X>
  bool contains(const X& x) const {
    if constexpr (IntLike<X>) {
      return contains(static_cast<Int>(x));
    } else if constexpr (Real<X>) {
      // Only integral floats within Int's range can be members (NaN fails the test).
      if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) return false;
      const Int i = static_cast<Int>(x);
      return static_cast<double>(i) == x && contains(i);
    } else {
      return false;
    }
  }
  /// r.index(x): ValueError("x is not in range").
  Int index(Int x) const;
  Int count(Int x) const noexcept { return contains(x) ? 1 : 0; }
  /// reversed(r)
  Range reversed() const;

  /// Sequence equality, as Python compares ranges (range(0) == range(2, 2)).
  friend bool operator==(const Range& a, const Range& b) noexcept {
    if (a.count_ != b.count_) return false;
    if (a.count_ == 0) return true;
    if (a.start_ != b.start_) return false;
    return a.count_ == 1 || a.step_ == b.step_;
  }
  std::size_t python_hash() const noexcept;
  void repr_into(std::string& out, bool ascii_only = false) const;

  class iterator {
   public:
    using value_type = Int;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(Int current, Int step, std::uint64_t remaining) : current_(current), step_(step), remaining_(remaining) {}
    Int operator*() const noexcept { return current_; }
    iterator& operator++() noexcept {
      // Unsigned: the step after the last item may leave Int's range.
      current_ = static_cast<Int>(static_cast<std::uint64_t>(current_) + static_cast<std::uint64_t>(step_));
      --remaining_;
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(std::default_sentinel_t) const noexcept { return remaining_ == 0; }

   private:
    Int current_ = 0;
    Int step_ = 1;
    std::uint64_t remaining_ = 0;
  };
  iterator begin() const noexcept { return iterator(start_, step_, count_); }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  Int start_ = 0;
  Int stop_ = 0;
  Int step_ = 1;
  std::uint64_t count_ = 0;
};

namespace builtins {
template <IntLike A>
inline Range range(A stop) {
  return Range(0, static_cast<Int>(stop), 1);
}
template <IntLike A, IntLike B>
inline Range range(A start, B stop) {
  return Range(static_cast<Int>(start), static_cast<Int>(stop), 1);
}
template <IntLike A, IntLike B, IntLike C>
inline Range range(A start, B stop, C step) {
  return Range(static_cast<Int>(start), static_cast<Int>(stop), static_cast<Int>(step));
}
}  // namespace builtins

}  // namespace ingot::rt
