// numpy shape operations: reshape, transpose / .T, expand_dims, squeeze,
// concatenate, stack, broadcast_to, take_along_axis, flatten, ravel.
//
//   Python                          C++ (namespace rt::np)
//   a.reshape(2, -1), np.reshape    reshape(a, Shape{2, -1})    (a view when a is C-contiguous, else a copy)
//   a.transpose(), a.T              transpose(a)                (a view)
//   a.transpose(1, 0, 2)            transpose(a, Shape{1, 0, 2})
//   np.expand_dims(a, 1)            expand_dims(a, 1)           (a view)
//   np.squeeze(a), a.squeeze(0)     squeeze(a), squeeze(a, 0)   (views)
//   np.concatenate([a, b], axis=1)  concatenate(xs, 1)          xs: rt::List / rt::VarTuple / std::vector of NDArray<T>,
//   np.concatenate(xs, axis=None)   concatenate(xs, rt::none)       or a std::tuple of NDArray<T> (np.concatenate((a, b)))
//   np.stack(xs, axis=0)            stack(xs, 0)
//   np.broadcast_to(a, (2, 3))      broadcast_to(a, Shape{2, 3}) (a view with 0 strides)
//   np.take_along_axis(a, i, 1)     take_along_axis(a, i, 1)    (i: NDArray of any integer dtype)
//   a.flatten() / a.ravel()         flatten(a) (a copy) / ravel(a) (a view when C-contiguous)
//
// The arrays of concatenate/stack have one dtype (the compiler casts them to
// the result dtype first). Errors are numpy's, with its messages (AxisError:
// shape_util.h).
//
// Known differences: numpy's reshape also returns a view for some
// non-contiguous arrays (when the strides allow it); here those are copied
// (values are the same; writes through the result do not reach `a`).
// broadcast_to's result is writable here (numpy's is read-only: assigning
// into it raises there).
#pragma once

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/shape_util.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

namespace detail {
/// The shape reshape gives (one negative extent inferred), or numpy's
/// ValueError.
Shape resolve_reshape(Int size, const Shape& newshape);
/// Validates a transpose permutation (numpy's errors) and returns it normalised.
Shape check_permutation(const Shape& axes, Int ndim);
[[noreturn]] void raise_squeeze_not_one();
[[noreturn]] void raise_concat_empty(const char* what);
[[noreturn]] void raise_concat_zero_d();
[[noreturn]] void raise_concat_ndim(std::size_t first_nd, std::size_t index, std::size_t nd);
[[noreturn]] void raise_concat_dim(std::size_t dim, Int first, std::size_t index, Int size);
[[noreturn]] void raise_stack_shapes();
[[noreturn]] void raise_broadcast_to(const Shape& from, const Shape& to);
[[noreturn]] void raise_take_along_ndim();
[[noreturn]] void raise_index_out_of_bounds(Int index, Int axis, Int size);
[[noreturn]] void raise_index_shape_mismatch(const Shape& a, const Shape& b);

template <class T>
inline constexpr bool is_ndarray_item = false;
template <class T>
inline constexpr bool is_ndarray_item<NDArray<T>> = true;
/// Whether Seq is a sequence (or std::tuple) of NDArray<T>: the typed
/// concatenate / stack take only those (np::Array sequences go to the
/// dynamic ones of dynamic_shape.h).
template <class Seq>
constexpr bool is_ndarray_seq() {
  if constexpr (requires(const Seq& s) { *std::begin(s); }) {
    return is_ndarray_item<std::remove_cvref_t<decltype(*std::begin(std::declval<const Seq&>()))>>;
  } else {
    return false;
  }
}
template <class... Ts>
constexpr bool is_ndarray_tuple(const std::tuple<Ts...>*) {
  return (is_ndarray_item<Ts> && ...);
}
template <class Seq>
concept NDArraySequence = is_ndarray_seq<Seq>() || requires { requires is_ndarray_tuple(static_cast<const Seq*>(nullptr)); };

template <class Seq>
auto collect_arrays(const Seq& arrays) {
  using A = std::decay_t<decltype(*std::begin(arrays))>;
  std::vector<A> v;
  for (const auto& x : arrays) v.push_back(x);
  return v;
}
template <Element T, class... Rest>
std::vector<NDArray<T>> collect_arrays(const std::tuple<NDArray<T>, Rest...>& arrays) {
  std::vector<NDArray<T>> v;
  std::apply([&](const auto&... x) { (v.push_back(x), ...); }, arrays);
  return v;
}

/// Copies src into dst (same shape), elementwise in C order.
template <class T>
void copy_into(const NDArray<T>& dst, const NDArray<T>& src) {
  if (dst.is_c_contiguous()) {
    T* o = dst.data();
    src.for_each([&](T& x) { *o++ = x; });
    return;
  }
  std::vector<T> values;
  values.reserve(static_cast<std::size_t>(src.size()));
  src.for_each([&](T& x) { values.push_back(x); });
  std::size_t i = 0;
  dst.for_each([&](T& x) { x = values[i++]; });
}
}  // namespace detail

// -- reshape / ravel / flatten -------------------------------------------------

template <Element T>
NDArray<T> reshape(const NDArray<T>& a, const Shape& newshape) {
  Shape shape = detail::resolve_reshape(a.size(), newshape);
  const NDArray<T> c = a.contiguous();
  Shape strides = c_strides(shape);
  return NDArray<T>(c.shared_data(), std::move(shape), std::move(strides));
}
template <Element T>
NDArray<T> reshape(const NDArray<T>& a, Int n) {
  return reshape(a, Shape{n});
}
template <Element T>
NDArray<T> ravel(const NDArray<T>& a) {
  return reshape(a, Shape{a.size()});
}
template <Element T>
NDArray<T> flatten(const NDArray<T>& a) {
  const NDArray<T> c = a.copy();
  return NDArray<T>(c.shared_data(), Shape{c.size()}, Shape{1});
}

// -- transpose -------------------------------------------------------------------

template <Element T>
NDArray<T> transpose(const NDArray<T>& a) {
  Shape s(a.shape().rbegin(), a.shape().rend()), st(a.strides().rbegin(), a.strides().rend());
  return NDArray<T>(a.shared_data(), std::move(s), std::move(st));
}
template <Element T>
NDArray<T> transpose(const NDArray<T>& a, const Shape& axes) {
  const Shape perm = detail::check_permutation(axes, a.ndim());
  Shape s, st;
  for (Int k : perm) {
    s.push_back(a.shape()[static_cast<std::size_t>(k)]);
    st.push_back(a.strides()[static_cast<std::size_t>(k)]);
  }
  return NDArray<T>(a.shared_data(), std::move(s), std::move(st));
}
/// a.T
template <Element T>
NDArray<T> T_(const NDArray<T>& a) {
  return transpose(a);
}

// -- expand_dims / squeeze ------------------------------------------------------------

template <Element T>
NDArray<T> expand_dims(const NDArray<T>& a, Int axis) {
  const Int nd = a.ndim() + 1;
  axis = normalize_axis(axis, nd);
  Shape s = a.shape(), st = a.strides();
  const Int inner = static_cast<std::size_t>(axis) < st.size() ? st[static_cast<std::size_t>(axis)] * s[static_cast<std::size_t>(axis)] : 1;
  s.insert(s.begin() + axis, 1);
  st.insert(st.begin() + axis, inner);
  return NDArray<T>(a.shared_data(), std::move(s), std::move(st));
}
template <Element T>
NDArray<T> squeeze(const NDArray<T>& a) {
  Shape s, st;
  for (std::size_t k = 0; k < a.shape().size(); ++k) {
    if (a.shape()[k] != 1) {
      s.push_back(a.shape()[k]);
      st.push_back(a.strides()[k]);
    }
  }
  return NDArray<T>(a.shared_data(), std::move(s), std::move(st));
}
template <Element T>
NDArray<T> squeeze(const NDArray<T>& a, Int axis) {
  axis = normalize_axis(axis, a.ndim());
  if (a.shape()[static_cast<std::size_t>(axis)] != 1) detail::raise_squeeze_not_one();
  Shape s = a.shape(), st = a.strides();
  s.erase(s.begin() + axis);
  st.erase(st.begin() + axis);
  return NDArray<T>(a.shared_data(), std::move(s), std::move(st));
}

// -- concatenate / stack ------------------------------------------------------------------

namespace detail {
template <Element T>
NDArray<T> concatenate_vector(const std::vector<NDArray<T>>& xs, Int axis) {
  if (xs.empty()) raise_concat_empty("concatenate");
  const std::size_t nd = xs[0].shape().size();
  if (nd == 0) raise_concat_zero_d();
  axis = normalize_axis(axis, static_cast<Int>(nd));
  const std::size_t ax = static_cast<std::size_t>(axis);
  Shape out_shape = xs[0].shape();
  out_shape[ax] = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const Shape& s = xs[i].shape();
    if (s.size() != nd) raise_concat_ndim(nd, i, s.size());
    for (std::size_t d = 0; d < nd; ++d) {
      if (d != ax && s[d] != xs[0].shape()[d]) raise_concat_dim(d, xs[0].shape()[d], i, s[d]);
    }
    out_shape[ax] += s[ax];
  }
  NDArray<T> out(out_shape);
  Int offset = 0;
  for (const NDArray<T>& x : xs) {
    const Int len = x.shape()[ax];
    if (len > 0 && x.size() > 0) {
      NDArray<T> part(std::shared_ptr<T>(out.shared_data(), out.data() + offset * out.strides()[ax]), x.shape(), out.strides());
      copy_into(part, x);
    }
    offset += len;
  }
  return out;
}
}  // namespace detail

/// np.concatenate(arrays, axis)
template <detail::NDArraySequence Seq>
auto concatenate(const Seq& arrays, Int axis = 0) {
  return detail::concatenate_vector(detail::collect_arrays(arrays), axis);
}
/// np.concatenate(arrays, axis=None): the arrays flattened, then joined.
template <detail::NDArraySequence Seq>
auto concatenate(const Seq& arrays, None) {
  auto xs = detail::collect_arrays(arrays);
  if (xs.empty()) detail::raise_concat_empty("concatenate");
  for (auto& x : xs) x = ravel(x);
  return detail::concatenate_vector(xs, 0);
}

/// np.stack(arrays, axis): the arrays (all of one shape) joined along a new axis.
template <detail::NDArraySequence Seq>
auto stack(const Seq& arrays, Int axis = 0) {
  auto xs = detail::collect_arrays(arrays);
  if (xs.empty()) detail::raise_concat_empty("stack");
  for (const auto& x : xs) {
    if (x.shape() != xs[0].shape()) detail::raise_stack_shapes();
  }
  axis = normalize_axis(axis, xs[0].ndim() + 1);
  for (auto& x : xs) x = expand_dims(x, axis);
  return detail::concatenate_vector(xs, axis);
}

// -- broadcast_to -------------------------------------------------------------------------

template <Element T>
NDArray<T> broadcast_to(const NDArray<T>& a, const Shape& shape) {
  bool negative = false;
  for (Int d : shape) negative = negative || d < 0;
  if (negative || !broadcasts_to(a.shape(), shape)) detail::raise_broadcast_to(a.shape(), shape);
  return broadcast_view(a, shape);
}

// -- take_along_axis ------------------------------------------------------------------------

/// np.take_along_axis(a, indices, axis): out[..., j, ...] = a[..., indices[..., j, ...], ...];
/// the other axes of `indices` and `a` broadcast. Negative indices count from the end.
template <Element T, Element I>
NDArray<T> take_along_axis(const NDArray<T>& a, const NDArray<I>& indices, Int axis) {
  static_assert(std::is_integral_v<I> && !std::is_same_v<I, bool>, "take_along_axis needs integer indices");
  if (indices.ndim() != a.ndim()) detail::raise_take_along_ndim();
  axis = normalize_axis(axis, a.ndim());
  const std::size_t nd = a.shape().size(), ax = static_cast<std::size_t>(axis);
  // Broadcast the other axes (numpy's fancy indexing with aranges).
  Shape out_shape(nd);
  for (std::size_t d = 0; d < nd; ++d) {
    if (d == ax) {
      out_shape[d] = indices.shape()[d];
      continue;
    }
    const Int da = a.shape()[d], di = indices.shape()[d];
    if (da != di && da != 1 && di != 1) {
      // numpy reports the broadcast of an arange along d against indices
      Shape left(nd, 1);
      left[d] = da;
      detail::raise_index_shape_mismatch(left, indices.shape());
    }
    out_shape[d] = da == 1 ? di : da;
  }
  NDArray<T> out(out_shape);
  if (out.size() == 0) return out;
  const Int n = a.shape()[ax];
  Shape index(nd, 0);
  T* o = out.data();
  const Int total = out.size();
  for (Int t = 0; t < total; ++t) {
    std::ptrdiff_t ioff = 0, aoff = 0;
    for (std::size_t d = 0; d < nd; ++d) {
      const Int ii = indices.shape()[d] == 1 ? 0 : index[d];
      ioff += static_cast<std::ptrdiff_t>(ii * indices.strides()[d]);
    }
    Int j = static_cast<Int>(indices.data()[ioff]);
    if (j < -n || j >= n) detail::raise_index_out_of_bounds(j, axis, n);
    if (j < 0) j += n;
    for (std::size_t d = 0; d < nd; ++d) {
      const Int ai = d == ax ? j : (a.shape()[d] == 1 ? 0 : index[d]);
      aoff += static_cast<std::ptrdiff_t>(ai * a.strides()[d]);
    }
    *o++ = a.data()[aoff];
    for (std::size_t d = nd; d > 0; --d) {
      if (++index[d - 1] < out_shape[d - 1]) break;
      index[d - 1] = 0;
    }
  }
  return out;
}
/// np.take_along_axis(a, indices, axis=None): on the flattened array (1-d indices).
template <Element T, Element I>
NDArray<T> take_along_axis(const NDArray<T>& a, const NDArray<I>& indices, None) {
  if (indices.ndim() != 1) detail::raise_take_along_ndim();
  return take_along_axis(ravel(a), indices, 0);
}

}  // namespace ingot::rt::np
