// Private to the runtime library: how the dynamic ufuncs run a typed loop
// over operands converted to the loop dtype (src/numpy/dynamic_ops.cpp,
// dynamic_ufuncs.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <type_traits>
#include <utility>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/map.h"

namespace ingot::rt::np::dyn {

/// An operand converted to the loop dtype T: a single value (Python scalars,
/// 0-d arrays and numpy scalars) or an array.
template <class T>
struct Arg {
  bool is_value = true;
  T value{};
  std::optional<NDArray<T>> arr;
};

/// `borrow`: the array view does not share ownership of the operand's
/// buffer (no atomic reference counting, which dominated ops on small
/// arrays). Only for an Arg used within the call that made it, while the
/// operand is alive (the apply* functions below: their results are new
/// arrays, never views of an operand).
template <Element T>
Arg<T> make_arg(const Operand& x, bool borrow = false) {
  Arg<T> out;
  if (x.is_python()) {
    out.value = python_as<T>(x);
    return out;
  }
  const Array& in = x.array();
  if (in.ndim() == 0) {
    out.value = in.dtype() == dtype_traits<T>::code ? *static_cast<const T*>(in.data())
                                                    : *static_cast<const T*>(cast_array(in, dtype_traits<T>::code).data());
    return out;
  }
  out.is_value = false;
  // (no intermediate Array when the dtype is already T's: one view, not two)
  if (in.dtype() == dtype_traits<T>::code) {
    out.arr.emplace(borrow ? borrowed<T>(in) : typed<T>(in));
  } else {
    out.arr.emplace(typed<T>(cast_array(in, dtype_traits<T>::code)));
  }
  return out;
}

/// f over one operand converted to T; result elements R.
template <class R, class T, class F>
Array apply1(const Operand& x, F f) {
  Arg<T> a = make_arg<T>(x, true);
  if (a.is_value) return make_scalar_array<R>(np::detail::store<R>(f(a.value)), true);
  return Array(map<R>(f, *a.arr));
}

/// A unary float function with a block form (vmath.h): block(out, in, n)
/// over the C-contiguous elements (a strided operand is copied first), f on
/// a single value; block and f give the same bits. The result is a new
/// C-order array, as apply1's.
template <class T, class F>
Array apply1_block(const Operand& x, void (*block)(T*, const T*, std::ptrdiff_t), F f) {
  Arg<T> a = make_arg<T>(x, true);
  if (a.is_value) return make_scalar_array<T>(f(a.value), true);
  const NDArray<T>& in = *a.arr;
  if (in.is_c_contiguous()) {
    NDArray<T> out(in.shape());
    block(out.data(), in.data(), in.size());
    return Array(std::move(out));
  }
  NDArray<T> out = in.copy();
  block(out.data(), out.data(), out.size());
  return Array(std::move(out));
}

/// f over two operands converted to A and B (usually both the loop dtype).
template <class R, class A, class B, class F>
Array apply2(const Arg<A>& a, const Arg<B>& b, F f) {
  if (a.is_value && b.is_value) return make_scalar_array<R>(np::detail::store<R>(f(a.value, b.value)), true);
  if (a.is_value) return Array(map<R>(f, a.value, *b.arr));
  if (b.is_value) return Array(map<R>(f, *a.arr, b.value));
  return Array(map<R>(f, *a.arr, *b.arr));
}
template <class R, class T, class F>
Array apply2(const Operand& x, const Operand& y, F f) {
  return apply2<R>(make_arg<T>(x, true), make_arg<T>(y, true), f);
}

/// f over three operands converted to A, B, C.
template <class R, class A, class B, class C, class F>
Array apply3(const Arg<A>& a, const Arg<B>& b, const Arg<C>& c, F f) {
  if (a.is_value && b.is_value && c.is_value) {
    return make_scalar_array<R>(np::detail::store<R>(f(a.value, b.value, c.value)), true);
  }
  // Values become 0-d arrays (rare: keeps the instantiations down).
  auto as_array = [](const auto& arg) {
    using E = std::remove_cvref_t<decltype(arg.value)>;
    if (!arg.is_value) return *arg.arr;
    NDArray<E> z{Shape{}};
    *z.data() = arg.value;
    return z;
  };
  return Array(map<R>(f, as_array(a), as_array(b), as_array(c)));
}

[[noreturn]] void raise_no_loop(const char* ufunc, ingot_dtype d);
[[noreturn]] void raise_not_supported(const char* ufunc);

}  // namespace ingot::rt::np::dyn
