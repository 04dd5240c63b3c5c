// rt::Range: length without overflow (CPython's compute_range_length),
// indexing, slicing, membership.
#include "ingot/rt/builtins/range.h"

#include <limits>
#include <string>

#include "ingot/rt/hash.h"
#include "ingot/rt/repr.h"

namespace ingot::rt {

namespace {
/// Items in range(start, stop, step), in unsigned 64-bit arithmetic.
std::uint64_t range_count(Int start, Int stop, Int step) noexcept {
  if (step > 0) {
    if (start >= stop) return 0;
    const std::uint64_t span = static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start) - 1;
    return span / static_cast<std::uint64_t>(step) + 1;
  }
  if (start <= stop) return 0;
  const std::uint64_t span = static_cast<std::uint64_t>(start) - static_cast<std::uint64_t>(stop) - 1;
  const std::uint64_t magnitude = ~static_cast<std::uint64_t>(step) + 1;
  return span / magnitude + 1;
}
}  // namespace

Range::Range(Int start, Int stop, Int step) : start_(start), stop_(stop), step_(step) {
  if (step == 0) raise_value_error("range() arg 3 must not be zero");
  count_ = range_count(start, stop, step);
}

Int Range::len() const {
  if (count_ > static_cast<std::uint64_t>(std::numeric_limits<Int>::max())) {
    raise(ExcType::OverflowError, "Python int too large to convert to C ssize_t");
  }
  return static_cast<Int>(count_);
}

Int Range::get(Int index) const {
  std::uint64_t i;
  if (index < 0) {
    const std::uint64_t back = ~static_cast<std::uint64_t>(index) + 1;
    if (back > count_) raise_index_error("range object index out of range");
    i = count_ - back;
  } else {
    i = static_cast<std::uint64_t>(index);
    if (i >= count_) raise_index_error("range object index out of range");
  }
  return item(i);
}

Range Range::get_slice(const Slice& slice) const {
  const SliceRange r = adjust_slice(slice, static_cast<std::size_t>(count_));
  Range out;
  // As CPython: start + i * step for the adjusted slice bounds.
  auto clamp = [](__int128 v) {
    if (v > std::numeric_limits<Int>::max()) return std::numeric_limits<Int>::max();
    if (v < std::numeric_limits<Int>::min()) return std::numeric_limits<Int>::min();
    return static_cast<Int>(v);
  };
  out.start_ = clamp(static_cast<__int128>(start_) + static_cast<__int128>(r.start) * step_);
  out.stop_ = clamp(static_cast<__int128>(start_) + static_cast<__int128>(r.stop) * step_);
  out.step_ = clamp(static_cast<__int128>(step_) * r.step);
  out.count_ = r.count;
  return out;
}

bool Range::contains(Int x) const noexcept {
  if (count_ == 0) return false;
  // One or two items (also the reversed ranges whose step wrapped).
  if (count_ <= 2) return x == item(0) || (count_ == 2 && x == item(1));
  if (step_ > 0 ? (x < start_ || x >= stop_) : (x > start_ || x <= stop_)) return false;
  const __int128 offset = static_cast<__int128>(x) - start_;
  return offset % step_ == 0;
}

Int Range::index(Int x) const {
  if (!contains(x)) raise(ExcType::ValueError, std::to_string(x) + " is not in range");
  return static_cast<Int>((static_cast<__int128>(x) - start_) / step_);
}

Range Range::reversed() const {
  Range out;
  out.count_ = count_;
  if (count_ == 0) {
    out.start_ = out.stop_ = start_;
    out.step_ = step_ == std::numeric_limits<Int>::min() ? std::numeric_limits<Int>::max() : -step_;
    return out;
  }
  out.start_ = item(count_ - 1);
  // -step, wrapping for step == -2**63: items are computed in unsigned
  // arithmetic, so range(2**63 - 1, -2**63, -2**63) reversed still walks
  // -1 then 2**63 - 1 (such a range has at most two items).
  out.step_ = static_cast<Int>(~static_cast<std::uint64_t>(step_) + 1);
  const __int128 stop = static_cast<__int128>(start_) - step_;
  out.stop_ = stop > std::numeric_limits<Int>::max()   ? std::numeric_limits<Int>::max()
              : stop < std::numeric_limits<Int>::min() ? std::numeric_limits<Int>::min()
                                                       : static_cast<Int>(stop);
  return out;
}

std::size_t Range::python_hash() const noexcept {
  // Equal ranges hash alike: hash (len, start, step) with the unused parts zeroed.
  detail::TupleHasher h;
  h.add(detail::hash_int(static_cast<Int>(count_)));
  h.add(count_ ? detail::hash_int(start_) : 0);
  h.add(count_ > 1 ? detail::hash_int(step_) : 0);
  return h.finish(3);
}

void Range::repr_into(std::string& out, bool) const {
  out += "range(";
  repr_int(start_, out);
  out += ", ";
  repr_int(stop_, out);
  if (step_ != 1) {
    out += ", ";
    repr_int(step_, out);
  }
  out += ')';
}

}  // namespace ingot::rt
