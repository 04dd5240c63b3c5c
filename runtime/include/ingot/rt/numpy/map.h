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
// Loops: when every array operand is C-contiguous with the result's shape
// (scalars anywhere), one flat loop over the elements; otherwise the axes
// are coalesced as numpy's iterator does (length-1 axes dropped,
// neighbours merged where every operand allows) and an odometer runs over
// the outer ones, with the inner loop specialised for operands that are
// contiguous or constant (stride 0) along it. Float loops are compiled for
// AVX2 too (simd.h).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
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
#include "ingot/rt/numpy/simd.h"

namespace ingot::rt::np {

template <class T>
struct is_ndarray : std::false_type {};
template <class T>
struct is_ndarray<NDArray<T>> : std::true_type {};
template <class T>
inline constexpr bool is_ndarray_v = is_ndarray<std::remove_cvref_t<T>>::value;

// Non-template parts (src/numpy/map.cpp).
/// The broadcast shape of `shapes` (numpy's rule), or the broadcast ValueError.
Shape broadcast_shapes(std::initializer_list<const Shape*> shapes);
[[noreturn]] void raise_broadcast_error(std::initializer_list<const Shape*> shapes);
[[noreturn]] void raise_output_shape_error(const Shape& out, const Shape& broadcast);
/// Strides of an operand of shape/strides broadcast to `out` (0 on the
/// broadcast dimensions, leading dimensions added).
Shape broadcast_strides(const Shape& shape, const Shape& strides, const Shape& out);
/// The axes of an elementwise loop over `shape`, outer to inner, with the
/// length-1 axes dropped and each pair of neighbouring axes merged when all
/// `count` operands step through them as through one (strides[i][k] ==
/// strides[i][k + 1] * shape[k + 1]); `strides` (one per operand, for
/// `shape`) are rewritten to match. Empty for a single element.
Shape coalesce_axes(const Shape& shape, Shape* strides, std::size_t count);

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
  const NDArray<T>* source;          // the caller's operand, alive for the whole call
  std::optional<NDArray<T>> copied;  // a copy of it, when it overlaps the output (map_out)
  const T* p;
  explicit MapArg(const NDArray<T>& x) : source(&x), p(x.data()) {}
  const NDArray<T>& array() const { return copied ? *copied : *source; }
  void use_copy() {
    copied.emplace(source->copy());
    p = copied->data();
  }
  const Shape& shape() const { return array().shape(); }
  elem flat(std::ptrdiff_t i) const { return p[i]; }
  elem at(std::ptrdiff_t offset) const { return p[offset]; }
};

template <class R, class V>
inline R store(V&& v) {
  if constexpr (std::is_same_v<std::remove_cvref_t<V>, R>) return v;
  else return cast<R>(v);
}

/// Reads one operand in an inner loop whose strides are known: a
/// contiguous array (Contig), or a single value for the whole loop (a
/// scalar, or an array broadcast along the inner axis: stride 0).
template <class Arg, bool Contig>
struct InnerReader {
  using elem = typename Arg::elem;
  elem value;
  InnerReader(const Arg& arg, std::ptrdiff_t offset) : value(arg.at(offset)) {}
  elem operator()(Int) const { return value; }
};
template <class T>
struct InnerReader<MapArg<NDArray<T>>, true> {
  using elem = T;
  const T* p;
  InnerReader(const MapArg<NDArray<T>>& arg, std::ptrdiff_t offset) : p(arg.p + offset) {}
  elem operator()(Int j) const { return p[j]; }
};

/// f(mask) with mask as a compile-time constant below 2^Bits.
template <unsigned Bits, unsigned M = 0, class F>
void with_mask(unsigned mask, F&& f) {
  if constexpr (M + 1 < (1u << Bits)) {
    if (mask != M) return with_mask<Bits, M + 1>(mask, f);
  }
  f(std::integral_constant<unsigned, M>{});
}

/// The inner loop o[j] = f(args[j]...) for j < n, every array operand
/// contiguous (its bit set in Mask) or constant (stride 0): written so that
/// the compiler vectorises it.
template <unsigned Mask, class R, class F, class... A, std::size_t... I>
[[gnu::always_inline]] inline void inner_loop_body(R* o, Int n, F& f, const std::tuple<A...>& args,
                                                   const std::ptrdiff_t* offsets, std::index_sequence<I...>) {
  const std::tuple<InnerReader<A, A::is_array && ((Mask >> I) & 1u)>...> readers{
      InnerReader<A, A::is_array && ((Mask >> I) & 1u)>(std::get<I>(args), offsets[I])...};
  for (Int j = 0; j < n; ++j) o[j] = store<R>(f(std::get<I>(readers)(j)...));
}
/// The same loop compiled for each instruction set of simd.h.
template <unsigned Mask, class R, class F, class... A, std::size_t... I>
INGOT_NP_VECTOR_LOOP void inner_loop_vector(R* o, Int n, F& f, const std::tuple<A...>& args,
                                            const std::ptrdiff_t* offsets, std::index_sequence<I...> seq) {
  inner_loop_body<Mask>(o, n, f, args, offsets, seq);
}
template <unsigned Mask, class R, class F, class... A, std::size_t... I>
void inner_loop(R* o, Int n, F& f, const std::tuple<A...>& args, const std::ptrdiff_t* offsets,
                std::index_sequence<I...> seq) {
  // Float loops only: their element functions never raise, and GCC's
  // multiversioned functions cannot pass an exception on (int ** -1 raises).
  if constexpr (std::is_floating_point_v<R> && (std::is_floating_point_v<typename A::elem> && ...)) {
    inner_loop_vector<Mask>(o, n, f, args, offsets, seq);
  } else {
    inner_loop_body<Mask>(o, n, f, args, offsets, seq);
  }
}

/// Calls out[...] = f(args...) over `shape`; out has `out_strides` (a fresh
/// C-order array or a view).
///
/// As numpy's iterator, the loop runs over the broadcast shape with its
/// length-1 axes dropped and neighbouring axes merged where every operand
/// steps through them as through one axis; the innermost axis is a loop
/// specialised for contiguous and broadcast (stride 0) operands, the outer
/// ones an odometer.
template <class R, class F, class... A, std::size_t... I>
void run_map(R* out, const Shape& out_strides, const Shape& shape, F& f, std::tuple<A...>& args,
             std::index_sequence<I...> seq) {
  constexpr std::size_t N = sizeof...(A);
  const Int n = shape_size(shape);
  if (n == 0) return;
  auto flat_ok = [&](const auto& arg) {
    if constexpr (std::remove_cvref_t<decltype(arg)>::is_array) {
      return arg.array().shape() == shape && arg.array().is_c_contiguous();
    } else {
      return true;
    }
  };
  const std::ptrdiff_t zero_offsets[N + 1] = {};
  if (has_c_strides(shape, out_strides) && (flat_ok(std::get<I>(args)) && ...)) {
    inner_loop<(1u << N) - 1>(out, n, f, args, zero_offsets, seq);
    return;
  }
  // strides[0]: the output's; strides[1 + i]: operand i's, broadcast.
  Shape strides[N + 1];
  strides[0] = out_strides;
  auto set_strides = [&](const auto& arg, Shape& st) {
    if constexpr (std::remove_cvref_t<decltype(arg)>::is_array) {
      st = broadcast_strides(arg.array().shape(), arg.array().strides(), shape);
    } else {
      st.assign(shape.size(), 0);
    }
  };
  (set_strides(std::get<I>(args), strides[1 + I]), ...);
  const Shape extent = coalesce_axes(shape, strides, N + 1);
  const std::size_t nd = extent.size();
  if (nd == 0) {  // a single element
    out[0] = store<R>(f(std::get<I>(args).at(0)...));
    return;
  }
  const Int inner = extent[nd - 1];
  const std::ptrdiff_t out_inner = static_cast<std::ptrdiff_t>(strides[0][nd - 1]);
  const std::ptrdiff_t inner_strides[N + 1] = {static_cast<std::ptrdiff_t>(strides[1 + I][nd - 1])..., 0};
  // Specialised when the output is contiguous and every array operand is
  // contiguous or constant along the inner axis.
  unsigned mask = 0;
  bool special = out_inner == 1;
  for (std::size_t k = 0; k < N; ++k) {
    special = special && (inner_strides[k] == 0 || inner_strides[k] == 1);
    if (inner_strides[k] == 1) mask |= 1u << k;
  }
  std::ptrdiff_t offsets[N + 1] = {};
  std::ptrdiff_t out_offset = 0;
  Shape index(nd - 1, 0);
  while (true) {
    R* o = out + out_offset;
    if (special) {
      with_mask<N>(mask, [&](auto m) { inner_loop<decltype(m)::value>(o, inner, f, args, offsets, seq); });
    } else {
      for (Int j = 0; j < inner; ++j) {
        o[j * out_inner] = store<R>(f(std::get<I>(args).at(offsets[I] + j * inner_strides[I])...));
      }
    }
    // Next outer index (odometer over axes 0 .. nd-2).
    std::size_t k = index.size();
    while (true) {
      if (k == 0) return;
      --k;
      if (++index[k] < extent[k]) {
        out_offset += static_cast<std::ptrdiff_t>(strides[0][k]);
        ((offsets[I] += static_cast<std::ptrdiff_t>(strides[1 + I][k])), ...);
        break;
      }
      index[k] = 0;
      out_offset -= static_cast<std::ptrdiff_t>(strides[0][k] * (extent[k] - 1));
      ((offsets[I] -= static_cast<std::ptrdiff_t>(strides[1 + I][k] * (extent[k] - 1))), ...);
    }
  }
}

}  // namespace detail

/// f applied elementwise with broadcasting; a new C-order array of R.
template <Element R, class F, class... Xs>
NDArray<R> map(F&& f, const Xs&... xs) {
  std::tuple<detail::MapArg<std::remove_cvref_t<Xs>>...> args{detail::MapArg<std::remove_cvref_t<Xs>>(xs)...};
  Shape shape = std::apply(
      [](const auto&... a) { return broadcast_shapes({&a.shape()...}); }, args);
  NDArray<R> out(shape);
  detail::run_map<R>(out.data(), out.strides(), out.shape(), f, args, std::index_sequence_for<Xs...>{});
  return out;
}

/// f applied elementwise, written into `out` (np.ufunc(..., out=out)).
template <Element R, class F, class... Xs>
void map_out(const NDArray<R>& out, F&& f, const Xs&... xs) {
  std::tuple<detail::MapArg<std::remove_cvref_t<Xs>>...> args{detail::MapArg<std::remove_cvref_t<Xs>>(xs)...};
  const Shape shape = std::apply(
      [&](const auto&... a) { return broadcast_shapes({&a.shape()..., &out.shape()}); },
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
              const NDArray<R>& in = arg.array();
              if (in.same_buffer(out) &&
                  (in.data() != out.data() || in.shape() != out.shape() || in.strides() != out.strides())) {
                arg.use_copy();
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
