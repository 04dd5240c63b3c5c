// From arrays to Python values, and the first-axis protocol.
//
//   a.item()              np::item(a)          Python int / float / bool; size != 1:
//                                              ValueError("can only convert an array
//                                              of size 1 to a Python scalar")
//   a.tolist()            np::tolist<N>(a)     N = the (static) rank: N == 0 gives the
//                                              Python scalar, N == 2 List<List<py_t<T>>>
//   len(a)                np::len(a)           first extent; 0-d: TypeError("len() of
//                                              unsized object")
//   a[i] (ndim >= 2)      np::row(a, i)        a view (writes go through)
//   a[i] (ndim == 1)      np::scalar_at(a, i)  a Scalar<T>; also scalar_at(a, {i, j})
//                                              IndexError("index 5 is out of bounds for
//                                              axis 0 with size 3"), negative i counts
//                                              from the end
//   for r in a            for (auto&& r : np::rows(a))       views, ndim >= 2
//                         for (auto&& x : np::elements(a))   Scalar<T>, ndim == 1
//                         (0-d: TypeError("iteration over a 0-d array"))
//   bool(a)               np::truthy(a)  (size 1 only; else numpy's ValueError)
#pragma once

#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/list.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/scalar.h"

namespace ingot::rt::np {

// Non-template parts (src/numpy/convert.cpp).
[[noreturn]] void raise_item_size();
[[noreturn]] void raise_len_unsized();
[[noreturn]] void raise_iterate_0d();
[[noreturn]] void raise_ambiguous_truth(bool empty);
[[noreturn]] void raise_index_out_of_bounds(Int index, Int axis, Int size);
[[noreturn]] void raise_too_many_indices(Int ndim, Int given);
/// index normalised against `size` (negative counts from the end), or IndexError.
Int normalize_index(Int index, Int axis, Int size);

/// a.item()
template <Element T>
py_t<T> item(const NDArray<T>& a) {
  if (a.size() != 1) raise_item_size();
  return to_py(*a.data());
}

/// len(a)
template <Element T>
Int len(const NDArray<T>& a) {
  if (a.ndim() == 0) raise_len_unsized();
  return a.shape()[0];
}

/// bool(a): the only element's truth (numpy refuses arrays of other sizes).
template <Element T>
bool truthy(const NDArray<T>& a) {
  if (a.size() != 1) raise_ambiguous_truth(a.size() == 0);
  return static_cast<compute_t<T>>(*a.data()) != 0;
}

/// a[i] of an array with ndim >= 1: the view of row i (0-d for a 1-d array).
template <Element T>
NDArray<T> row(const NDArray<T>& a, Int i) {
  if (a.ndim() == 0) raise_too_many_indices(0, 1);
  i = normalize_index(i, 0, a.shape()[0]);
  Shape shape(a.shape().begin() + 1, a.shape().end());
  Shape strides(a.strides().begin() + 1, a.strides().end());
  std::shared_ptr<T> first(a.shared_data(), a.data() + i * a.strides()[0]);
  return NDArray<T>(std::move(first), std::move(shape), std::move(strides));
}

/// The element at a full index, as a numpy scalar.
template <Element T>
Scalar<T> scalar_at(const NDArray<T>& a, std::initializer_list<Int> index) {
  const Int nd = a.ndim();
  if (static_cast<Int>(index.size()) > nd) raise_too_many_indices(nd, static_cast<Int>(index.size()));
  if (static_cast<Int>(index.size()) < nd) raise(ExcType::TypeError, "scalar_at: a full index is needed");
  std::ptrdiff_t offset = 0;
  Int k = 0;
  for (Int i : index) {
    offset += static_cast<std::ptrdiff_t>(normalize_index(i, k, a.shape()[k]) * a.strides()[k]);
    ++k;
  }
  return Scalar<T>(a.data()[offset]);
}
template <Element T>
Scalar<T> scalar_at(const NDArray<T>& a, Int i) {
  return scalar_at(a, {i});
}

/// The rows of an array (for r in a, ndim >= 2): views.
template <Element T>
std::vector<NDArray<T>> rows(const NDArray<T>& a) {
  if (a.ndim() == 0) raise_iterate_0d();
  std::vector<NDArray<T>> out;
  const Int n = a.shape()[0];
  out.reserve(static_cast<std::size_t>(n));
  for (Int i = 0; i < n; ++i) out.push_back(row(a, i));
  return out;
}
/// The elements of a 1-d array (for x in a): numpy scalars.
template <Element T>
std::vector<Scalar<T>> elements(const NDArray<T>& a) {
  if (a.ndim() == 0) raise_iterate_0d();
  std::vector<Scalar<T>> out;
  const Int n = a.shape()[0];
  out.reserve(static_cast<std::size_t>(n));
  const T* p = a.data();
  const Int s = a.strides()[0];
  for (Int i = 0; i < n; ++i) out.emplace_back(p[i * s]);
  return out;
}

namespace detail {
template <int N, class T>
struct tolist_type {
  using type = List<typename tolist_type<N - 1, T>::type>;
};
template <class T>
struct tolist_type<0, T> {
  using type = py_t<T>;
};
template <int N, Element T>
typename tolist_type<N, T>::type tolist_at(const NDArray<T>& a, const T* p, std::size_t depth) {
  if constexpr (N == 0) {
    return to_py(*p);
  } else {
    using Out = typename tolist_type<N, T>::type;
    typename Out::storage_type items;
    const Int n = a.shape()[depth];
    const Int s = a.strides()[depth];
    items.reserve(static_cast<std::size_t>(n));
    for (Int i = 0; i < n; ++i) items.push_back(tolist_at<N - 1>(a, p + i * s, depth + 1));
    return Out(std::move(items));
  }
}
}  // namespace detail

/// a.tolist() for an array of rank N.
template <int N, Element T>
typename detail::tolist_type<N, T>::type tolist(const NDArray<T>& a) {
  if (a.ndim() != N) raise(ExcType::SystemError, "tolist: the array's rank differs from the compiled one");
  return detail::tolist_at<N>(a, a.data(), 0);
}

}  // namespace ingot::rt::np
