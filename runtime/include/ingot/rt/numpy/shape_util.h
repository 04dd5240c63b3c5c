// Small helpers shared by the numpy op headers of reduce.h, linalg.h,
// shape.h, index.h and sort.h: axis normalisation (numpy's AxisError),
// shape broadcasting, and walking the 1-d lanes of an array along one axis.
//
// numpy's AxisError subclasses both ValueError and IndexError (MRO:
// AxisError, ValueError, IndexError): rt::ExcType::AxisError, which
// `except ValueError` and `except IndexError` both catch, and which the
// bindings raise as numpy.exceptions.AxisError.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/ndarray.h"

namespace ingot::rt::np {

/// AxisError(axis, ndim): "axis 2 is out of bounds for array of dimension 2".
[[noreturn]] void raise_axis_error(Int axis, Int ndim);

/// numpy's normalize_axis_index: -ndim <= axis < ndim, negative counts from
/// the end; otherwise AxisError.
inline Int normalize_axis(Int axis, Int ndim) {
  if (axis < -ndim || axis >= ndim) raise_axis_error(axis, ndim);
  return axis < 0 ? axis + ndim : axis;
}

/// np.broadcast_shapes(a, b): the broadcast shape, or ValueError
/// "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch
/// is at arg 0 with shape (2,) and arg 1 with shape (3,)."
Shape broadcast_shapes(const Shape& a, const Shape& b);
/// Whether `from` broadcasts to exactly `to` (np.broadcast_to's rule).
bool broadcasts_to(const Shape& from, const Shape& to);

/// "(2, 3)" / "(4,)" / "()": Python's repr of a shape tuple (with spaces, as
/// numpy's reshape and broadcast_to messages print it).
std::string shape_repr(const Shape& shape);

/// The view of `a` broadcast to `shape` (0 strides on the broadcast axes).
/// The caller has checked broadcasts_to(a.shape(), shape).
template <Element T>
NDArray<T> broadcast_view(const NDArray<T>& a, const Shape& shape) {
  const std::size_t nd = shape.size(), lead = nd - a.shape().size();
  Shape strides(nd, 0);
  for (std::size_t k = lead; k < nd; ++k) {
    strides[k] = a.shape()[k - lead] == shape[k] ? a.strides()[k - lead] : 0;
  }
  return NDArray<T>(a.shared_data(), shape, std::move(strides));
}

/// Calls f(T* first, Int n, Int stride) for every 1-d lane of `a` along
/// `axis` (already normalised), the lanes in C order of the other axes.
template <Element T, class F>
void for_each_lane(const NDArray<T>& a, Int axis, F&& f) {
  const Shape& shape = a.shape();
  const std::size_t nd = shape.size();
  const Int n = shape[static_cast<std::size_t>(axis)];
  const Int stride = a.strides()[static_cast<std::size_t>(axis)];
  for (std::size_t k = 0; k < nd; ++k) {
    if (shape[k] == 0) return;
  }
  Shape index(nd, 0);
  while (true) {
    std::ptrdiff_t offset = 0;
    for (std::size_t k = 0; k < nd; ++k) offset += static_cast<std::ptrdiff_t>(index[k] * a.strides()[k]);
    f(a.data() + offset, n, stride);
    std::size_t k = nd;
    bool done = true;
    while (k > 0) {
      --k;
      if (static_cast<Int>(k) == axis) continue;
      if (++index[k] < shape[k]) {
        done = false;
        break;
      }
      index[k] = 0;
    }
    if (done) return;
  }
}

}  // namespace ingot::rt::np
