// Slice index normalisation, as CPython's PySlice_Unpack + PySlice_AdjustIndices.
#include "ingot/rt/slice.h"

#include <limits>

#include "ingot/rt/exceptions.h"

namespace ingot::rt {

SliceRange adjust_slice(const Slice& slice, std::size_t length) {
  const Int step = slice.step.value_or(1);
  if (step == 0) raise_value_error("slice step cannot be zero");
  // CPython clamps step to -PY_SSIZE_T_MAX so that -step cannot overflow.
  const Int safe_step = step < -std::numeric_limits<Int>::max() ? -std::numeric_limits<Int>::max() : step;
  const Int len = static_cast<Int>(length);
  constexpr Int kMax = std::numeric_limits<Int>::max(), kMin = std::numeric_limits<Int>::min();
  Int start = slice.start.value_or(safe_step < 0 ? kMax : 0);
  Int stop = slice.stop.value_or(safe_step < 0 ? kMin : kMax);
  auto adjust = [&](Int& index) {
    if (index < 0) {
      index += len;  // cannot overflow: len >= 0
      if (index < 0) index = safe_step < 0 ? -1 : 0;
    } else if (index >= len) {
      index = safe_step < 0 ? len - 1 : len;
    }
  };
  adjust(start);
  adjust(stop);
  SliceRange r;
  r.start = static_cast<std::ptrdiff_t>(start);
  r.stop = static_cast<std::ptrdiff_t>(stop);
  r.step = static_cast<std::ptrdiff_t>(safe_step);
  if (safe_step < 0) {
    r.count = stop < start ? static_cast<std::size_t>((start - stop - 1) / (-safe_step) + 1) : 0;
  } else {
    r.count = start < stop ? static_cast<std::size_t>((stop - start - 1) / safe_step + 1) : 0;
  }
  return r;
}

}  // namespace ingot::rt
