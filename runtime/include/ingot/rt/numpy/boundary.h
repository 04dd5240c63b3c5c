// numpy arrays and scalars at the C ABI (include/ingot.h), next to the
// conversions of rt/boundary.h, which find these through its Boundary<T>
// template (specialised here) and ADL (np::to_value):
//
//   rt::from_value<np::NDArray<float>>(v, "x")   a TENSOR of dtype float32,
//       WITHOUT copying: the array views the value's buffer. The caller owns
//       the input value for the whole prediction, so the view is valid while
//       the predictor runs; rt::to_value copies an array that still views an
//       input buffer (the caller may free its inputs before the result).
//       Another kind: TypeError("argument 'x': expected numpy.ndarray[float32],
//       got list"); another dtype: TypeError("argument 'x': expected
//       numpy.ndarray[float32], got numpy.ndarray of dtype float64").
//   rt::from_value<np::Scalar<float>>(v, "x")    a 0-d TENSOR of that dtype.
//   rt::to_value(NDArray<T>)   a TENSOR: a C-contiguous array is handed over
//       without copying (the tensor holds a heap shared_ptr to the buffer,
//       dropped by its release callback); other views are copied first.
//   rt::to_value(Scalar<T>)    a 0-d TENSOR of T's dtype.
//   rt::from_value<np::Array>(v, "x")   a TENSOR of ANY dtype, viewed without
//       copying (as NDArray<T>); a 0-d TENSOR is a numpy scalar (the bindings
//       send numpy scalars as 0-d tensors). Another kind: TypeError("argument
//       'x': expected numpy.ndarray, got list").
//   rt::to_value(np::Array)    a TENSOR of its dtype (0-d for numpy scalars),
//       handed over as the typed to_value does.
//
// Include this header (all.h does) before the code that calls from_value /
// to_value on numpy types.
#pragma once

#include <cstring>
#include <memory>
#include <string>

#include "ingot.h"
#include "ingot/rt/abi_value.h"
#include "ingot/rt/boundary.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/scalar.h"

namespace ingot::rt::np {

/// The deleter of an array that views an input TENSOR's buffer (owned by the
/// caller): nothing to free, and a mark that to_value must copy.
struct InputBufferOwner {
  template <class P>
  void operator()(P*) const noexcept {}
};

template <Element T>
bool views_input_buffer(const NDArray<T>& a) {
  return std::get_deleter<InputBufferOwner>(a.shared_data()) != nullptr;
}

// Non-template parts (src/numpy/boundary.cpp).
const char* dtype_name(ingot_dtype code) noexcept;
/// A new TENSOR borrowing `data` until release(context) (NULL: raises MemoryError/SystemError).
ingot_value* make_tensor_value(ingot_dtype dtype, const Shape& shape, void* data, void (*release)(void*),
                               void* context);
/// The TypeError for a TENSOR of the wrong dtype (names both dtypes).
[[noreturn]] void raise_tensor_dtype(const rt::detail::BoundaryPath& path, const char* expected,
                                     const ingot_value* got);

template <Element T>
std::string tensor_annotation() {
  return std::string("numpy.ndarray[") + dtype_traits<T>::name + "]";
}

namespace detail {
template <class T>
void release_shared(void* context) {
  delete static_cast<std::shared_ptr<T>*>(context);
}
}  // namespace detail

/// NDArray<T> -> TENSOR (see the header comment).
template <Element T>
ingot_value* to_value(const NDArray<T>& a) {
  NDArray<T> c = (a.is_c_contiguous() && !views_input_buffer(a)) ? a : a.copy();
  auto* owner = new std::shared_ptr<T>(c.shared_data());
  return make_tensor_value(dtype_traits<T>::code, c.shape(), static_cast<void*>(c.data()), &detail::release_shared<T>,
                           owner);
}
/// Scalar<T> -> 0-d TENSOR.
template <Element T>
ingot_value* to_value(const Scalar<T>& x) {
  NDArray<T> c{Shape{}};
  *c.data() = x.value;
  return to_value(c);
}

/// np::Array -> TENSOR (src/numpy/dynamic_boundary.cpp).
ingot_value* to_value(const Array& a);
/// A TENSOR of any dtype as an Array viewing its buffer.
Array array_from_tensor(const ingot_value* v, const rt::detail::BoundaryPath& path);

}  // namespace ingot::rt::np

namespace ingot::rt {

using np::to_value;  // rt::to_value(array) from generated code

namespace detail {

template <np::Element T>
struct Boundary<np::NDArray<T>> {
  static bool matches(const ingot_value* v, bool /*strict*/) {
    return v->kind == INGOT_VALUE_TENSOR && v->tensor && v->tensor->dtype == np::dtype_traits<T>::code;
  }
  static np::NDArray<T> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_TENSOR || !v->tensor) raise_boundary_error(path, np::tensor_annotation<T>(), v);
    const abi::TensorData& t = *v->tensor;
    if (t.dtype != np::dtype_traits<T>::code) np::raise_tensor_dtype(path, np::tensor_annotation<T>().c_str(), v);
    np::Shape shape(t.shape.begin(), t.shape.end());
    // The input's buffer, viewed in place (writes by in-place ops go to it,
    // as numpy's would go to the caller's array).
    T* data = static_cast<T*>(const_cast<void*>(t.data));
    if (data == nullptr) data = reinterpret_cast<T*>(alignof(T));  // empty tensor: any non-null address
    std::shared_ptr<T> first(data, np::InputBufferOwner{});
    np::Shape strides = np::c_strides(shape);
    return np::NDArray<T>(std::move(first), std::move(shape), std::move(strides));
  }
};

template <np::Element T>
struct Boundary<np::Scalar<T>> {
  static bool matches(const ingot_value* v, bool strict) {
    return Boundary<np::NDArray<T>>::matches(v, strict) && v->tensor->shape.empty();
  }
  static np::Scalar<T> convert(const ingot_value* v, const BoundaryPath& path) {
    const std::string expected = std::string("numpy.") + np::dtype_traits<T>::name;
    if (v->kind != INGOT_VALUE_TENSOR || !v->tensor || !v->tensor->shape.empty()) raise_boundary_error(path, expected, v);
    if (v->tensor->dtype != np::dtype_traits<T>::code) np::raise_tensor_dtype(path, expected.c_str(), v);
    T x;
    std::memcpy(&x, v->tensor->data, sizeof(T));
    return np::Scalar<T>(x);
  }
};

template <>
struct Boundary<np::Array> {
  static bool matches(const ingot_value* v, bool /*strict*/) { return v->kind == INGOT_VALUE_TENSOR && v->tensor; }
  static np::Array convert(const ingot_value* v, const BoundaryPath& path) { return np::array_from_tensor(v, path); }
};

}  // namespace detail
}  // namespace ingot::rt
