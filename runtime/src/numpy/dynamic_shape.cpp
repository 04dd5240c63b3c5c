// Shape operations, sorting and norms on np::Array (dynamic_shape.h).
#include "ingot/rt/numpy/dynamic_shape.h"

#include <string>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/linalg.h"
#include "ingot/rt/numpy/shape.h"
#include "ingot/rt/numpy/sort.h"

namespace ingot::rt::np {

using namespace dyn;

namespace {
/// The same view description with another shape and strides (no copy).
Array view(const Array& a, Shape shape, Shape strides) {
  return Array(a.dtype(), a.shared_data(), std::move(shape), std::move(strides), false);
}
template <class F>
Array on_typed(const Array& a, F f) {
  return dispatch(a.dtype(), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return Array(f(typed<T>(a)));
  });
}

/// The arrays cast to their common dtype (np.result_type of them all).
std::vector<Array> common_dtype(const std::vector<Array>& xs, ingot_dtype& d) {
  d = xs.empty() ? INGOT_DTYPE_FLOAT64 : xs[0].dtype();
  for (const Array& x : xs) d = promote_types(d, x.dtype());
  std::vector<Array> out;
  out.reserve(xs.size());
  for (const Array& x : xs) out.push_back(cast_array(x, d));
  return out;
}
template <class T>
std::vector<NDArray<T>> typed_all(const std::vector<Array>& xs) {
  std::vector<NDArray<T>> out;
  out.reserve(xs.size());
  for (const Array& x : xs) out.push_back(typed<T>(x));
  return out;
}
}  // namespace

Array reshape(const Array& a, const ShapeArg& shape) {
  return on_typed(a, [&](const auto& x) { return np::reshape(x, shape.dims); });
}
Array transpose(const Array& a) {
  return view(a, Shape(a.shape().rbegin(), a.shape().rend()), Shape(a.strides().rbegin(), a.strides().rend()));
}
Array transpose(const Array& a, const std::optional<ShapeArg>& axes) {
  if (!axes) return transpose(a);
  return on_typed(a, [&](const auto& x) { return np::transpose(x, axes->dims); });
}
Array expand_dims(const Array& a, Int axis) {
  return on_typed(a, [&](const auto& x) { return np::expand_dims(x, axis); });
}
Array squeeze(const Array& a, std::optional<Int> axis) {
  return on_typed(a, [&](const auto& x) { return axis ? np::squeeze(x, *axis) : np::squeeze(x); });
}
Array broadcast_to(const Array& a, const ShapeArg& shape) {
  return on_typed(a, [&](const auto& x) { return np::broadcast_to(x, shape.dims); });
}
Array flatten(const Array& a) {
  return on_typed(a, [&](const auto& x) { return np::flatten(x); });
}
Array ravel(const Array& a) {
  return on_typed(a, [&](const auto& x) { return np::ravel(x); });
}

Array concatenate(const ArrayList& xs, std::optional<Int> axis) {
  if (xs.items.empty()) raise(ExcType::ValueError, "need at least one array to concatenate");
  ingot_dtype d;
  const std::vector<Array> ys = common_dtype(xs.items, d);
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    const auto v = typed_all<T>(ys);
    return Array(axis ? np::concatenate(v, *axis) : np::concatenate(v, none));
  });
}

Array stack(const ArrayList& xs, Int axis) {
  if (xs.items.empty()) raise(ExcType::ValueError, "need at least one array to stack");
  ingot_dtype d;
  const std::vector<Array> ys = common_dtype(xs.items, d);
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return Array(np::stack(typed_all<T>(ys), axis));
  });
}

Array take_along_axis(const Array& a, const Array& indices, std::optional<Int> axis) {
  if (!is_integer(indices.dtype())) raise(ExcType::IndexError, "`indices` must be an integer array");
  const Array idx = cast_array(indices, INGOT_DTYPE_INT64);
  const NDArray<Int> iv = typed<Int>(idx);
  return on_typed(a, [&](const auto& x) { return axis ? np::take_along_axis(x, iv, *axis) : np::take_along_axis(x, iv, none); });
}

Array sort(const Array& a, std::optional<Int> axis) {
  return on_typed(a, [&](const auto& x) { return axis ? np::sort(x, *axis) : np::sort(x, none); });
}
Array argsort(const Array& a, std::optional<Int> axis) {
  return on_typed(a, [&](const auto& x) { return axis ? np::argsort(x, *axis) : np::argsort(x, none); });
}
void sort_inplace(const Array& a, Int axis) {
  dispatch(a.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    np::sort_inplace(typed<T>(a), axis);
  });
}

namespace {
void check_kind(const std::optional<Str>& kind) {
  if (!kind) return;
  const std::string_view k = kind->view();
  if (k.empty() || std::string_view("qmhs").find(k[0]) == std::string_view::npos) {  // numpy looks at the first letter
    raise(ExcType::ValueError, "sort kind must be one of 'quick', 'heap', or 'stable' (got '" + std::string(k) + "')");
  }
}
}  // namespace

Array sort_kind(const Array& a, std::optional<Int> axis, const std::optional<Str>& kind) {
  check_kind(kind);
  return sort(a, axis);
}
Array argsort_kind(const Array& a, std::optional<Int> axis, const std::optional<Str>& kind) {
  check_kind(kind);
  return argsort(a, axis);
}
void sort_inplace_kind(const Array& a, Int axis, const std::optional<Str>& kind) {
  check_kind(kind);
  sort_inplace(a, axis);
}

Array norm(const Array& x, std::optional<Float> ord, std::optional<Int> axis, bool keepdims) {
  return dispatch(x.dtype(), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    using R = norm_t<T>;
    const NDArray<T> v = typed<T>(x);
    if (axis) {
      NDArray<R> r = np::norm(v, ord, *axis, keepdims);
      const bool scalar = r.ndim() == 0 && !keepdims;
      return Array(std::move(r), scalar);
    }
    if (keepdims) return Array(np::norm(v, ord, none, true));
    NDArray<R> r{Shape{}};
    *r.data() = ord ? np::norm(v, *ord) : np::norm(v);
    return Array(std::move(r), true);
  });
}

}  // namespace ingot::rt::np
