// Making arrays. The compiler passes the result dtype T (numpy's default:
// int64 for Python ints, float64 for floats, bool for bools) and the shape
// as an np::Shape ({2, 3}; an int n is {n}).
//
//   np.array(xs)              np::array<T>(xs)         xs: a (nested) rt::List /
//                             rt::VarTuple of Python scalars (Int, Float, Bool)
//                             or one Python scalar (0-d). Ragged nesting:
//                             ValueError("setting an array element with a
//                             sequence. The requested array has an inhomogeneous
//                             shape after 1 dimensions. The detected shape was
//                             (2,) + inhomogeneous part."). Items convert as
//                             numpy's setitem: an int that does not fit T:
//                             OverflowError("Python integer 300 out of bounds
//                             for int8"); a float into an int dtype: int(x)
//                             first (NaN: ValueError)
//   np.zeros/ones/empty(s)    np::zeros<T>(s), ones, empty   (negative extent:
//                             ValueError("negative dimensions are not allowed"))
//   np.full(s, v)             np::full<T>(s, v)   (v already a T: np::py_to / np::cast)
//   np.zeros_like(a) ...      np::zeros_like<T>(a), ones_like, empty_like,
//                             full_like<T>(a, v)   (T = a's dtype unless dtype= given)
//   np.arange(stop)           np::arange<T>(stop) / arange<T>(start, stop[, step])
//                             with Int or Float bounds (all the same type):
//                             length ceil((stop - start) / step), values
//                             start + i * (x[1] - x[0]) as numpy's fill;
//                             step 0: ZeroDivisionError("division by zero")
//   np.linspace(a, b, n, endpoint)  np::linspace<T>(a, b, n, endpoint) (computed
//                             in float64, numpy's exact algorithm)
//   np.eye(n, m, k)           np::eye<T>(n, m, k)  (m < 0: m = n)
//   np.identity(n)            np::eye<T>(n)
//   a.astype(U)               np::astype<U>(a)  (np::cast per element: numpy's C casts)
//   np.copy(a), a.copy()      np::copy(a)
#pragma once

#include <cmath>
#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/list.h"
#include "ingot/rt/numpy/cast.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/scalar.h"
#include "ingot/rt/types.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt::np {

// Non-template parts (src/numpy/creation.cpp).
void check_dimensions(const Shape& shape);  // ValueError for a negative extent
[[noreturn]] void raise_inhomogeneous(const Shape& detected);
[[noreturn]] void raise_negative_samples(Int num);
[[noreturn]] void raise_arange_length(bool nan);
[[noreturn]] void raise_zero_division();
[[noreturn]] void raise_c_long_overflow();

template <Element T>
NDArray<T> empty(Shape shape) {
  check_dimensions(shape);
  return NDArray<T>(std::move(shape));
}
template <Element T>
NDArray<T> full(Shape shape, T value) {
  NDArray<T> out = empty<T>(std::move(shape));
  T* p = out.data();
  const Int n = out.size();
  for (Int i = 0; i < n; ++i) p[i] = value;
  return out;
}
template <Element T>
NDArray<T> zeros(Shape shape) {
  return full<T>(std::move(shape), cast<T>(0));
}
template <Element T>
NDArray<T> ones(Shape shape) {
  return full<T>(std::move(shape), cast<T>(1));
}
template <Element T>
NDArray<T> empty(Int n) { return empty<T>(Shape{n}); }
template <Element T>
NDArray<T> zeros(Int n) { return zeros<T>(Shape{n}); }
template <Element T>
NDArray<T> ones(Int n) { return ones<T>(Shape{n}); }
template <Element T>
NDArray<T> full(Int n, T value) { return full<T>(Shape{n}, value); }

template <Element T, Element U>
NDArray<T> empty_like(const NDArray<U>& a) { return NDArray<T>(a.shape()); }
template <Element T, Element U>
NDArray<T> zeros_like(const NDArray<U>& a) { return zeros<T>(a.shape()); }
template <Element T, Element U>
NDArray<T> ones_like(const NDArray<U>& a) { return ones<T>(a.shape()); }
template <Element T, Element U>
NDArray<T> full_like(const NDArray<U>& a, T value) { return full<T>(a.shape(), value); }

/// a.astype(U): a new C-order array (numpy's C casts, cast.h).
template <Element U, Element T>
NDArray<U> astype(const NDArray<T>& a) {
  NDArray<U> out(a.shape());
  U* o = out.data();
  a.for_each([&](const T& x) { *o++ = cast<U>(x); });
  return out;
}
/// np.copy(a) / a.copy()
template <Element T>
NDArray<T> copy(const NDArray<T>& a) {
  return a.copy();
}

// ---------------------------------------------------------------------------
// np.arange

template <Element T, class S>
NDArray<T> arange(S start, S stop, S step) {
  static_assert(std::is_arithmetic_v<S>, "arange bounds: Int or Float");
  Int length = 0;
  if constexpr (std::is_integral_v<S>) {
    if (step == 0) raise_zero_division();
    const Int delta = static_cast<Int>(stop) - static_cast<Int>(start);
    const Int s = static_cast<Int>(step);
    Int q = delta / s;
    if (delta % s != 0 && ((delta < 0) == (s < 0))) ++q;  // ceil
    length = q > 0 ? q : 0;
  } else {
    if (step == 0) raise_zero_division();
    const double t = (static_cast<double>(stop) - static_cast<double>(start)) / static_cast<double>(step);
    if (std::isnan(t)) raise_arange_length(true);
    const double c = std::ceil(t);
    if (!(c < 9.2e18)) raise_arange_length(false);
    length = c > 0 ? static_cast<Int>(c) : 0;
  }
  NDArray<T> out(Shape{length});
  T* p = out.data();
  if (length == 0) return out;
  p[0] = cast<T>(start);
  if (length == 1) return out;
  p[1] = cast<T>(start + step);
  if constexpr (std::is_same_v<T, half>) {
    const float s0 = p[0], d = static_cast<float>(p[1]) - s0;
    for (Int i = 2; i < length; ++i) p[i] = half(s0 + static_cast<float>(i) * d);
  } else if constexpr (std::is_floating_point_v<T>) {
    const T s0 = p[0], d = p[1] - p[0];
    for (Int i = 2; i < length; ++i) p[i] = s0 + static_cast<T>(i) * d;
  } else if constexpr (std::is_same_v<T, bool>) {
    if (length > 2) raise(ExcType::TypeError, "arange() is only supported for booleans when the result has at most length 2.");
  } else {
    using W = std::make_unsigned_t<T>;
    const W s0 = static_cast<W>(p[0]), d = static_cast<W>(static_cast<W>(p[1]) - s0);
    for (Int i = 2; i < length; ++i) p[i] = static_cast<T>(static_cast<W>(s0 + static_cast<W>(i) * d));
  }
  return out;
}
template <Element T, class S>
NDArray<T> arange(S start, S stop) {
  return arange<T>(start, stop, S(1));
}
template <Element T, class S>
NDArray<T> arange(S stop) {
  return arange<T>(S(0), stop, S(1));
}

// ---------------------------------------------------------------------------
// np.linspace

template <Element T, class C = double>
NDArray<T> linspace(C start, C stop, Int num = 50, bool endpoint = true) {
  if (num < 0) raise_negative_samples(num);
  const Int div = endpoint ? num - 1 : num;
  std::vector<C> y(static_cast<std::size_t>(num));
  for (Int i = 0; i < num; ++i) y[static_cast<std::size_t>(i)] = static_cast<C>(i);
  const C delta = stop - start;
  if (div > 0) {
    const C step = delta / static_cast<C>(div);
    if (step == 0) {
      for (C& v : y) v = (v / static_cast<C>(div)) * delta;
    } else {
      for (C& v : y) v = v * step;
    }
  } else {
    for (C& v : y) v = v * delta;
  }
  for (C& v : y) v = v + start;
  if (endpoint && num > 1) y.back() = stop;
  NDArray<T> out(Shape{num});
  T* p = out.data();
  for (Int i = 0; i < num; ++i) {
    C v = y[static_cast<std::size_t>(i)];
    if constexpr (is_int_elem_v<T>) v = std::floor(v);
    p[i] = cast<T>(v);
  }
  return out;
}

/// np.eye(n, m, k) / np.identity(n)
template <Element T>
NDArray<T> eye(Int n, Int m = -1, Int k = 0) {
  if (m < 0) m = n;
  NDArray<T> out = zeros<T>(Shape{n, m});
  T* p = out.data();
  for (Int i = 0; i < n; ++i) {
    const Int j = i + k;
    if (j >= 0 && j < m) p[i * m + j] = cast<T>(1);
  }
  return out;
}
template <Element T>
NDArray<T> identity(Int n) {
  return eye<T>(n);
}

// ---------------------------------------------------------------------------
// np.array

namespace detail {

template <class L>
struct nesting : std::integral_constant<int, 0> {};
template <class T>
struct nesting<List<T>> : std::integral_constant<int, 1 + nesting<T>::value> {};
template <class T>
struct nesting<VarTuple<T>> : std::integral_constant<int, 1 + nesting<T>::value> {};

/// One Python scalar stored into dtype T as numpy's setitem does.
template <Element T, class V>
T from_python(const V& v) {
  if constexpr (std::is_same_v<V, bool>) {
    return cast<T>(v);
  } else if constexpr (std::is_integral_v<V>) {
    return py_to<T>(static_cast<Int>(v));
  } else if constexpr (std::is_floating_point_v<V>) {
    if constexpr (is_int_elem_v<T>) {
      if (std::isfinite(v) && !(v > -9223372036854775809.0 && v < 9223372036854775808.0)) raise_c_long_overflow();
      return py_to<T>(float_to_py_int(static_cast<double>(v)));
    } else {
      return cast<T>(v);
    }
  } else if constexpr (is_scalar_v<V>) {
    return cast<T>(v.value);
  } else {
    static_assert(sizeof(V) == 0, "np.array: items must be Python int, float or bool");
  }
}

/// Walks the nesting: shape from the first item at each depth; the shallowest
/// depth where a length differs is where numpy reports the inhomogeneity.
template <class L>
void discover(const L& x, std::size_t depth, Shape& shape, std::size_t& bad_depth) {
  if constexpr (nesting<L>::value > 0) {
    const Int n = static_cast<Int>(x.size());
    if (depth == shape.size()) {
      shape.push_back(n);
    } else if (shape[depth] != n) {
      if (depth < bad_depth) bad_depth = depth;
      return;
    }
    for (std::size_t i = 0; i < x.size(); ++i) discover(x.item(i), depth + 1, shape, bad_depth);
  }
}
template <Element T, class L>
void fill_from(const L& x, T*& out) {
  if constexpr (nesting<L>::value > 0) {
    for (std::size_t i = 0; i < x.size(); ++i) fill_from<T>(x.item(i), out);
  } else {
    *out++ = from_python<T>(x);
  }
}

}  // namespace detail

/// np.array(nested list or Python scalar), dtype T.
template <Element T, class L>
NDArray<T> array(const L& xs) {
  Shape shape;
  std::size_t bad = static_cast<std::size_t>(-1);
  detail::discover(xs, 0, shape, bad);
  if (bad != static_cast<std::size_t>(-1)) raise_inhomogeneous(Shape(shape.begin(), shape.begin() + static_cast<std::ptrdiff_t>(bad)));
  // Lists of depth < nesting (an empty list at some level): numpy's shape
  // stops there, and the array is empty.
  NDArray<T> out(shape);
  if (static_cast<int>(shape.size()) == detail::nesting<L>::value) {
    T* p = out.data();
    detail::fill_from<T>(xs, p);
  }
  return out;
}

/// np.asarray(a) of an array of the same dtype: the array itself.
template <Element T>
NDArray<T> asarray(const NDArray<T>& a) {
  return a;
}

}  // namespace ingot::rt::np
