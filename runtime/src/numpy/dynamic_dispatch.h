// Private to the runtime library (never included by generated code): the
// switch over run-time dtypes that instantiates the typed kernels, and the
// helpers every src/numpy/dynamic_*.cpp shares.
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/cast.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/numpy/ndarray.h"

namespace ingot::rt::np::dyn {

template <class T>
struct Tag {
  using type = T;
};

[[noreturn]] void raise_bad_dtype(ingot_dtype d);

/// f(Tag<T>{}) for the element type T of dtype d.
template <class F>
decltype(auto) dispatch(ingot_dtype d, F&& f) {
  switch (d) {
    case INGOT_DTYPE_BOOL: return f(Tag<bool>{});
    case INGOT_DTYPE_INT8: return f(Tag<std::int8_t>{});
    case INGOT_DTYPE_INT16: return f(Tag<std::int16_t>{});
    case INGOT_DTYPE_INT32: return f(Tag<std::int32_t>{});
    case INGOT_DTYPE_INT64: return f(Tag<std::int64_t>{});
    case INGOT_DTYPE_UINT8: return f(Tag<std::uint8_t>{});
    case INGOT_DTYPE_UINT16: return f(Tag<std::uint16_t>{});
    case INGOT_DTYPE_UINT32: return f(Tag<std::uint32_t>{});
    case INGOT_DTYPE_UINT64: return f(Tag<std::uint64_t>{});
    case INGOT_DTYPE_FLOAT16: return f(Tag<half>{});
    case INGOT_DTYPE_FLOAT32: return f(Tag<float>{});
    case INGOT_DTYPE_FLOAT64: return f(Tag<double>{});
  }
  raise_bad_dtype(d);
}

inline char kind_of(ingot_dtype d) {
  switch (d) {
    case INGOT_DTYPE_BOOL: return 'b';
    case INGOT_DTYPE_INT8:
    case INGOT_DTYPE_INT16:
    case INGOT_DTYPE_INT32:
    case INGOT_DTYPE_INT64: return 'i';
    case INGOT_DTYPE_UINT8:
    case INGOT_DTYPE_UINT16:
    case INGOT_DTYPE_UINT32:
    case INGOT_DTYPE_UINT64: return 'u';
    default: return 'f';
  }
}
inline bool is_float(ingot_dtype d) { return kind_of(d) == 'f'; }
inline bool is_integer(ingot_dtype d) { char k = kind_of(d); return k == 'i' || k == 'u'; }
inline bool is_bool(ingot_dtype d) { return d == INGOT_DTYPE_BOOL; }
int itemsize(ingot_dtype d);

/// The dtype of an operand on its own (Python scalars: numpy's defaults).
ingot_dtype own_dtype(const Operand& x);
/// The operand as an array (Python scalars: a 0-d array of their default dtype).
Array to_array(const Operand& x);
/// a cast to dtype `to` (numpy's unsafe C casts); `a` itself when it already has it.
Array cast_array(const Array& a, ingot_dtype to);
/// The operand as an array of dtype `to` (Python ints checked: OverflowError
/// "Python integer 300 out of bounds for int8").
Array operand_as(const Operand& x, ingot_dtype to);
/// The dtype the float ufuncs (exp, sqrt, ...) compute an input dtype in.
ingot_dtype float_loop_dtype(ingot_dtype d);

/// A new C-contiguous array of dtype d (uninitialised).
Array new_array(ingot_dtype d, const Shape& shape, bool scalar = false);

template <Element T>
NDArray<T> typed(const Array& a) {
  return NDArray<T>(std::shared_ptr<T>(a.shared_data(), static_cast<T*>(a.data())), a.shape(), a.strides());
}

/// A typed view of `a` that does not share ownership of its buffer (an
/// aliasing shared_ptr with no owner: copying it counts no references).
/// Only for a view that is used while `a` is alive and never kept.
template <Element T>
NDArray<T> borrowed(const Array& a) {
  return NDArray<T>(std::shared_ptr<T>(std::shared_ptr<T>(), static_cast<T*>(a.data())), a.shape(), a.strides());
}

/// The Python value of an operand as T (Python scalars only).
template <Element T>
T python_as(const Operand& x) {
  switch (x.kind()) {
    case Operand::Kind::Int: return py_to<T>(x.int_value());
    case Operand::Kind::Bool: return cast<T>(x.bool_value());
    default: return cast<T>(x.float_value());
  }
}

/// A scalar Array of dtype T holding v.
template <Element T>
Array make_scalar_array(T v, bool scalar = true) {
  NDArray<T> a{Shape{}};
  *a.data() = v;
  return Array(std::move(a), scalar);
}

}  // namespace ingot::rt::np::dyn
