// Shape operations, sorting and linear algebra on np::Array (docs/numpy.md).
//
//   a.reshape(s), np.reshape(a, s)    reshape(a, s)       (-1 inferred; a view when contiguous)
//   a.T, a.transpose(), (axes)        transpose(a), transpose(a, axes), transpose_dims(a, 1, 0)   (views)
//   a.reshape(2, 3)                   reshape_dims(a, 2, 3)
//   np.expand_dims(a, axis)           expand_dims(a, axis)
//   np.squeeze(a, axis=None)          squeeze(a), squeeze(a, axis)
//   np.concatenate(xs, axis=0)        concatenate(xs, axis)   (axis std::nullopt: flattened)
//   np.stack(xs, axis=0)              stack(xs, axis)         xs: rt::List / VarTuple / std::tuple / std::vector
//                                                             of Arrays (dtypes promoted)
//   np.broadcast_to(a, s)             broadcast_to(a, s)
//   np.take_along_axis(a, i, axis)    take_along_axis(a, i, axis)
//   a.flatten(), a.ravel()            flatten(a) (a copy), ravel(a)
//   np.sort(a, axis=-1), a.sort()     sort(a, axis), sort_inplace(a, axis)   (axis std::nullopt: flattened)
//   np.argsort(a, axis=-1)            argsort(a, axis)
//   np.linalg.norm(x, ord, axis, keepdims)   norm(x, ord, axis, keepdims)
#pragma once

#include <optional>
#include <tuple>
#include <vector>

#include "ingot/rt/list.h"
#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/numpy/dynamic_create.h"
#include "ingot/rt/types.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt::np {

/// A sequence of arrays (np.concatenate's and np.stack's first argument).
struct ArrayList {
  std::vector<Array> items;
  ArrayList(std::vector<Array> v) : items(std::move(v)) {}               // NOLINT: implicit
  ArrayList(const List<Array>& l) {  // NOLINT
    for (const Array& a : l) items.push_back(a);
  }
  ArrayList(const VarTuple<Array>& t) {  // NOLINT
    for (const Array& a : t) items.push_back(a);
  }
  ArrayList(std::initializer_list<Array> l) : items(l) {}                // NOLINT
  template <class... As>
    requires(std::is_same_v<As, Array> && ...)
  ArrayList(const std::tuple<As...>& t) {  // NOLINT
    std::apply([&](const auto&... x) { (items.push_back(x), ...); }, t);
  }
};

Array reshape(const Array& a, const ShapeArg& shape);
/// a.reshape(2, 3): the extents as separate ints.
template <class... Is>
Array reshape_dims(const Array& a, Is... dims) {
  return reshape(a, Shape{static_cast<Int>(dims)...});
}
Array transpose(const Array& a);
/// np.transpose(a, axes) (axes std::nullopt: reversed)
Array transpose(const Array& a, const std::optional<ShapeArg>& axes);
/// a.transpose() / a.transpose(1, 0, 2)
template <class... Is>
Array transpose_dims(const Array& a, Is... axes) {
  if constexpr (sizeof...(Is) == 0) return transpose(a);
  else return transpose(a, ShapeArg(Shape{static_cast<Int>(axes)...}));
}
inline Array T_(const Array& a) { return transpose(a); }
Array expand_dims(const Array& a, Int axis);
Array squeeze(const Array& a, std::optional<Int> axis = std::nullopt);
Array concatenate(const ArrayList& xs, std::optional<Int> axis = 0);
Array stack(const ArrayList& xs, Int axis = 0);
Array broadcast_to(const Array& a, const ShapeArg& shape);
Array take_along_axis(const Array& a, const Array& indices, std::optional<Int> axis);
Array flatten(const Array& a);
Array ravel(const Array& a);

Array sort(const Array& a, std::optional<Int> axis = -1);
Array argsort(const Array& a, std::optional<Int> axis = -1);
void sort_inplace(const Array& a, Int axis = -1);
/// With numpy's `kind=` argument ("quicksort", "mergesort", "heapsort",
/// "stable" or None; every sort here is stable, see sort.h; another name:
/// ValueError as numpy).
Array sort_kind(const Array& a, std::optional<Int> axis, const std::optional<Str>& kind);
Array argsort_kind(const Array& a, std::optional<Int> axis, const std::optional<Str>& kind);
void sort_inplace_kind(const Array& a, Int axis, const std::optional<Str>& kind);

/// np.linalg.norm(x, ord=None, axis=None, keepdims=False)
Array norm(const Array& x, std::optional<Float> ord = std::nullopt, std::optional<Int> axis = std::nullopt,
           bool keepdims = false);

}  // namespace ingot::rt::np
