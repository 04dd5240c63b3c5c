// Slices: s[start:stop:step] with omitted parts as std::nullopt, and the index
// normalisation every sequence shares (CPython's PySlice_AdjustIndices).
#pragma once

#include <cstddef>
#include <optional>

#include "ingot/rt/types.h"

namespace ingot::rt {

/// `x[a:b:c]` -> rt::getitem(x, rt::Slice{a, b, c}); `x[:n]` -> Slice{std::nullopt, n}.
struct Slice {
  Slice(std::optional<Int> start_ = std::nullopt, std::optional<Int> stop_ = std::nullopt,
        std::optional<Int> step_ = std::nullopt)
      : start(start_), stop(stop_), step(step_) {}
  std::optional<Int> start;
  std::optional<Int> stop;
  std::optional<Int> step;
};

/// The positions a slice selects in a sequence of `length` items: start,
/// start + step, ... (count of them). step is never 0.
struct SliceRange {
  std::ptrdiff_t start = 0;
  std::ptrdiff_t stop = 0;
  std::ptrdiff_t step = 1;
  std::size_t count = 0;
};

/// Raises ValueError("slice step cannot be zero") for step 0.
SliceRange adjust_slice(const Slice& slice, std::size_t length);

/// Python's index normalisation for x[i]: negative counts from the end.
/// Returns false when out of range.
inline bool normalize_index(Int index, std::size_t length, std::size_t& out) noexcept {
  if (index < 0) index += static_cast<Int>(length);
  if (index < 0 || static_cast<std::size_t>(index) >= length) return false;
  out = static_cast<std::size_t>(index);
  return true;
}

/// list.insert / index(start, stop) clamping: negative counts from the end,
/// then clamped to [0, length].
inline std::size_t clamp_index(Int index, std::size_t length) noexcept {
  if (index < 0) {
    index += static_cast<Int>(length);
    if (index < 0) index = 0;
  }
  if (static_cast<std::size_t>(index) > length) return length;
  return static_cast<std::size_t>(index);
}

}  // namespace ingot::rt
