// numpy sorting: np.sort, ndarray.sort (in place), np.argsort.
//
//   Python                          C++ (namespace rt::np)
//   np.sort(a), np.sort(a, axis=0)  sort(a), sort(a, 0)         -> a sorted copy (axis default -1)
//   np.sort(a, axis=None)           sort(a, rt::none)           -> sorted flattened copy
//   a.sort(), a.sort(axis=0)        sort_inplace(a), sort_inplace(a, 0)
//   np.argsort(a, axis=-1)          argsort(a), argsort(a, 0)   -> NDArray<int64_t>
//   np.argsort(a, axis=None)        argsort(a, rt::none)        (indices into the flattened array)
//
// Every sort here is stable (kind='stable', whatever `kind` was asked):
// numpy's default quicksort (introsort) is not stable, so argsort of equal
// keys, and the order of -0.0 and 0.0, may differ from numpy's default;
// for distinct keys the results agree. NaNs sort last (numpy's order:
// every non-NaN < NaN). An axis out of range is numpy's AxisError
// (shape_util.h).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <type_traits>
#include <vector>

#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/shape.h"
#include "ingot/rt/numpy/shape_util.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

namespace detail {

/// numpy's sort order: NaN after everything.
template <class T>
inline bool sort_less(const T& a, const T& b) {
  using C = compute_t<T>;
  const C x = static_cast<C>(a), y = static_cast<C>(b);
  if constexpr (std::is_floating_point_v<C>) {
    return x < y || (std::isnan(y) && !std::isnan(x));
  } else {
    return x < y;
  }
}

/// Sorts every lane of `a` along `axis` (normalised) in place.
template <class T>
void sort_lanes(const NDArray<T>& a, Int axis) {
  if (a.size() == 0) return;
  std::vector<T> buf;
  for_each_lane(a, axis, [&](T* p, Int n, Int s) {
    if (s == 1) {
      std::stable_sort(p, p + n, sort_less<T>);
      return;
    }
    buf.resize(static_cast<std::size_t>(n));
    for (Int i = 0; i < n; ++i) buf[static_cast<std::size_t>(i)] = p[i * s];
    std::stable_sort(buf.begin(), buf.end(), sort_less<T>);
    for (Int i = 0; i < n; ++i) p[i * s] = buf[static_cast<std::size_t>(i)];
  });
}

}  // namespace detail

/// a.sort(axis): in place (writes through views).
template <Element T>
void sort_inplace(const NDArray<T>& a, Int axis = -1) {
  if (a.ndim() == 0) raise_axis_error(axis, 0);
  detail::sort_lanes(a, normalize_axis(axis, a.ndim()));
}

/// np.sort(a, axis): a sorted copy.
template <Element T>
NDArray<T> sort(const NDArray<T>& a, Int axis = -1) {
  if (a.ndim() == 0) raise_axis_error(axis, 0);
  axis = normalize_axis(axis, a.ndim());
  NDArray<T> out = a.copy();
  detail::sort_lanes(out, axis);
  return out;
}
/// np.sort(a, axis=None): the flattened array sorted.
template <Element T>
NDArray<T> sort(const NDArray<T>& a, None) {
  NDArray<T> out = flatten(a);
  detail::sort_lanes(out, 0);
  return out;
}

/// np.argsort(a, axis): the indices that sort each lane (stable).
template <Element T>
NDArray<Int> argsort(const NDArray<T>& a, Int axis = -1) {
  if (a.ndim() == 0) raise_axis_error(axis, 0);
  axis = normalize_axis(axis, a.ndim());
  NDArray<Int> out(a.shape());
  if (a.size() == 0) return out;
  // Lanes of `out` along axis, visited in the same order as a's.
  std::vector<Int*> out_lanes;
  for_each_lane(out, axis, [&](Int* p, Int, Int) { out_lanes.push_back(p); });
  const Int os = out.strides()[static_cast<std::size_t>(axis)];
  std::size_t lane = 0;
  std::vector<Int> order;
  for_each_lane(a, axis, [&](T* p, Int n, Int s) {
    order.resize(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Int{0});
    std::stable_sort(order.begin(), order.end(), [&](Int i, Int j) { return detail::sort_less(p[i * s], p[j * s]); });
    Int* o = out_lanes[lane++];
    for (Int i = 0; i < n; ++i) o[i * os] = order[static_cast<std::size_t>(i)];
  });
  return out;
}
/// np.argsort(a, axis=None): indices into the flattened array.
template <Element T>
NDArray<Int> argsort(const NDArray<T>& a, None) {
  return argsort(ravel(a), 0);
}

}  // namespace ingot::rt::np
