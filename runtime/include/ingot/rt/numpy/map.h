// The elementwise kernel: every numpy ufunc and every fused elementwise
// expression is one call of
//
//   NDArray<R> np::map<R>(f, xs...)
//
// Each x is an NDArray<T> (f receives its elements, T), a Scalar<T> (f
// receives T) or a plain C++ value (a Python scalar the compiler already
// converted to the loop dtype: passed to f unchanged). The shapes broadcast
// as numpy's (scalars are 0-d); a mismatch raises
//   ValueError("operands could not be broadcast together with shapes (2,3) (4,) ")
// listing every operand (scalars as "()"), with numpy's trailing space.
// The result is a new C-order NDArray<R>; f's value is stored with
// np::cast<R> (no conversion when it already is R). f is called once per
// element in C order, so an exception it throws (int ** -1) escapes at the
// first offending element.
//
//   a * b + c  (float64)   np::map<double>([](double x, double y, double z) {
//                             return np::elem::add(np::elem::multiply(x, y), z); }, a, b, c)
//   x > 0.5    (float32)   np::map<bool>([](float v, float t) { return np::elem::greater(v, t); }, x, 0.5f)
//
// In place (a += b, np.add(x, y, out=z)):
//   np::map_out(out, f, xs...)      writes f(xs...) into out (a view is fine);
//                                   the broadcast shape must be out's: else
//                                   ValueError("non-broadcastable output operand
//                                   with shape (3,) doesn't match the broadcast
//                                   shape (2,3)"); shapes in the broadcast error
//                                   are the inputs' then out's
//   np::update(a, f, xs...)         a = f(a, xs...) elementwise: map_out(a, f, a, xs...)
// Before an in-place op whose loop dtype differs from a's, the compiler calls
// np::check_output_cast<Loop, T>("add") (cast.h); the store casts with np::cast.
// Inputs that overlap the output without being the same view are copied
// first (a += a[::-1] gives numpy's answer).
//
// Fast paths: when every array operand is C-contiguous with the result's
// shape (scalars anywhere), one flat loop over the elements; otherwise an
// odometer over the outer dimensions with a strided inner loop.
#pragma once

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/cast.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/scalar.h"

namespace ingot::rt::np {

template <class T>
struct is_ndarray : std::false_type {};
template <class T>
struct is_ndarray<NDArray<T>> : std::true_type {};
template <class T>
inline constexpr bool is_ndarray_v = is_ndarray<std::remove_cvref_t<T>>::value;

// Non-template parts (src/numpy/map.cpp).
/// The broadcast shape of `shapes` (numpy's rule), or the broadcast ValueError.
Shape broadcast_shapes(const std::vector<const Shape*>& shapes);
[[noreturn]] void raise_broadcast_error(const std::vector<const Shape*>& shapes);
[[noreturn]] void raise_output_shape_error(const Shape& out, const Shape& broadcast);
/// Strides of an operand of shape/strides broadcast to `out` (0 on the
/// broadcast dimensions, leading dimensions added).
Shape broadcast_strides(const Shape& shape, const Shape& strides, const Shape& out);

namespace detail {

inline const Shape& empty_shape() {
  static const Shape s;
  return s;
}

/// How map reads one operand.
template <class X>
struct MapArg {
  using elem = X;
  static constexpr bool is_array = false;
  X value;
  explicit MapArg(const X& x) : value(x) {}
  const Shape& shape() const { return empty_shape(); }
  elem flat(std::ptrdiff_t) const { return value; }
  elem at(std::ptrdiff_t) const { return value; }
};
template <class T>
struct MapArg<Scalar<T>> {
  using elem = T;
  static constexpr bool is_array = false;
  T value;
  explicit MapArg(const Scalar<T>& x) : value(x.value) {}
  const Shape& shape() const { return empty_shape(); }
  elem flat(std::ptrdiff_t) const { return value; }
  elem at(std::ptrdiff_t) const { return value; }
};
template <class T>
struct MapArg<NDArray<T>> {
  using elem = T;
  static constexpr bool is_array = true;
  NDArray<T> array;  // keeps the buffer alive (copied when it overlaps the output)
  const T* p;
  Shape strides;     // broadcast to the result
  explicit MapArg(const NDArray<T>& x) : array(x), p(x.data()) {}
  const Shape& shape() const { return array.shape(); }
  elem flat(std::ptrdiff_t i) const { return p[i]; }
  elem at(std::ptrdiff_t offset) const { return p[offset]; }
};

template <class R, class V>
inline R store(V&& v) {
  if constexpr (std::is_same_v<std::remove_cvref_t<V>, R>) return v;
  else return cast<R>(v);
}

/// Calls out[...] = f(args...) over `shape`; out has `out_strides` (a fresh
/// C-order array or a view).
template <class R, class F, class... A, std::size_t... I>
void run_map(R* out, const Shape& out_strides, const Shape& shape, F& f, std::tuple<A...>& args,
             std::index_sequence<I...>) {
  const Int n = shape_size(shape);
  if (n == 0) return;
  auto flat_ok = [&](const auto& arg) {
    if constexpr (std::remove_cvref_t<decltype(arg)>::is_array) {
      return arg.array.shape() == shape && arg.array.is_c_contiguous();
    } else {
      return true;
    }
  };
  const bool flat = out_strides == c_strides(shape) && (flat_ok(std::get<I>(args)) && ...);
  if (flat) {
    for (Int i = 0; i < n; ++i) out[i] = store<R>(f(std::get<I>(args).flat(i)...));
    return;
  }
  const std::size_t nd = shape.size();
  auto set_strides = [&](auto& arg) {
    if constexpr (std::remove_cvref_t<decltype(arg)>::is_array) {
      arg.strides = broadcast_strides(arg.array.shape(), arg.array.strides(), shape);
    }
  };
  (set_strides(std::get<I>(args)), ...);
  auto stride_of = [&](const auto& arg, std::size_t k) -> std::ptrdiff_t {
    if constexpr (std::remove_cvref_t<decltype(arg)>::is_array) return static_cast<std::ptrdiff_t>(arg.strides[k]);
    else return 0;
  };
  const Int inner = nd ? shape[nd - 1] : 1;
  const std::ptrdiff_t out_inner = nd ? static_cast<std::ptrdiff_t>(out_strides[nd - 1]) : 0;
  const std::ptrdiff_t inner_strides[] = {(nd ? stride_of(std::get<I>(args), nd - 1) : 0)..., 0};
  std::ptrdiff_t offsets[] = {((void)I, std::ptrdiff_t{0})..., 0};
  std::ptrdiff_t out_offset = 0;
  std::vector<Int> index(nd ? nd - 1 : 0, 0);
  while (true) {
    R* o = out + out_offset;
    for (Int j = 0; j < inner; ++j) {
      o[j * out_inner] = store<R>(f(std::get<I>(args).at(offsets[I] + j * inner_strides[I])...));
    }
    // Next outer index (odometer over dimensions 0 .. nd-2).
    std::size_t k = index.size();
    while (true) {
      if (k == 0) return;
      --k;
      if (++index[k] < shape[k]) {
        out_offset += static_cast<std::ptrdiff_t>(out_strides[k]);
        ((offsets[I] += stride_of(std::get<I>(args), k)), ...);
        break;
      }
      index[k] = 0;
      out_offset -= static_cast<std::ptrdiff_t>(out_strides[k] * (shape[k] - 1));
      ((offsets[I] -= stride_of(std::get<I>(args), k) * static_cast<std::ptrdiff_t>(shape[k] - 1)), ...);
    }
  }
}

}  // namespace detail

/// f applied elementwise with broadcasting; a new C-order array of R.
template <Element R, class F, class... Xs>
NDArray<R> map(F&& f, const Xs&... xs) {
  std::tuple<detail::MapArg<std::remove_cvref_t<Xs>>...> args{detail::MapArg<std::remove_cvref_t<Xs>>(xs)...};
  Shape shape = std::apply(
      [](const auto&... a) { return broadcast_shapes(std::vector<const Shape*>{&a.shape()...}); }, args);
  NDArray<R> out(shape);
  detail::run_map<R>(out.data(), out.strides(), out.shape(), f, args, std::index_sequence_for<Xs...>{});
  return out;
}

/// f applied elementwise, written into `out` (np.ufunc(..., out=out)).
template <Element R, class F, class... Xs>
void map_out(const NDArray<R>& out, F&& f, const Xs&... xs) {
  std::tuple<detail::MapArg<std::remove_cvref_t<Xs>>...> args{detail::MapArg<std::remove_cvref_t<Xs>>(xs)...};
  const Shape shape = std::apply(
      [&](const auto&... a) { return broadcast_shapes(std::vector<const Shape*>{&a.shape()..., &out.shape()}); },
      args);
  if (shape != out.shape()) raise_output_shape_error(out.shape(), shape);
  // An input sharing out's memory as another view would be overwritten while
  // it is read: numpy copies it first.
  std::apply(
      [&](auto&... a) {
        auto fix = [&](auto& arg) {
          if constexpr (std::remove_cvref_t<decltype(arg)>::is_array) {
            using E = typename std::remove_cvref_t<decltype(arg)>::elem;
            if constexpr (std::is_same_v<E, R>) {
              if (arg.array.same_buffer(out) &&
                  (arg.array.data() != out.data() || arg.array.shape() != out.shape() ||
                   arg.array.strides() != out.strides())) {
                arg.array = arg.array.copy();
                arg.p = arg.array.data();
              }
            }
          }
        };
        (fix(a), ...);
      },
      args);
  detail::run_map<R>(out.data(), out.strides(), out.shape(), f, args, std::index_sequence_for<Xs...>{});
}

/// a = f(a, xs...) elementwise, in a's buffer (a += b and friends).
template <Element T, class F, class... Xs>
void update(const NDArray<T>& a, F&& f, const Xs&... xs) {
  map_out(a, std::forward<F>(f), a, xs...);
}

/// f on scalars only: a numpy scalar (what numpy returns when every operand
/// is a scalar or a 0-d array).
template <Element R, class F, class... Xs>
Scalar<R> map_scalar(F&& f, const Xs&... xs) {
  return Scalar<R>(detail::store<R>(f(detail::MapArg<std::remove_cvref_t<Xs>>(xs).flat(0)...)));
}

/// np.where(cond, a, b) with a and b already of dtype R (or convertible by np::cast).
template <Element R, class C, class A, class B>
NDArray<R> where(const C& cond, const A& a, const B& b) {
  return map<R>(
      [](auto c, auto x, auto y) -> R {
        return static_cast<compute_t<decltype(c)>>(c) != 0 ? detail::store<R>(x) : detail::store<R>(y);
      },
      cond, a, b);
}

}  // namespace ingot::rt::np
