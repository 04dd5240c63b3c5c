// Making np::Arrays (docs/numpy.md). A `dtype` argument is
// std::optional<ingot_dtype> (std::nullopt when not given); a shape is an
// rt::Int or a tuple / list of ints (ShapeArg converts).
//
//   np.array(x, dtype=None), np.asarray   array(x, dtype), asarray(x, dtype)
//       x: nested rt::List / rt::VarTuple / std::vector of Int, Float, Bool
//       (the dtype numpy infers: bool < int64 < float64), of Arrays
//       (stacked, their dtypes promoted), one Python scalar (a 0-d array),
//       or an Array (array copies, asarray does not when the dtype agrees)
//   np.zeros(shape, dtype=float) ones empty   zeros(shape, dtype) ...
//   np.full(shape, v, dtype=None)              full(shape, v, dtype) (dtype of v by default)
//   np.zeros_like(a, dtype=None) ...           zeros_like(a, dtype), ones_like, empty_like, full_like(a, v, dtype)
//   np.arange(stop) / (start, stop[, step])    arange(stop), arange(start, stop, step, dtype) (stop, step: std::nullopt)
//   np.linspace(a, b, num=50, endpoint=True)   linspace(a, b, num, endpoint, dtype)
//   np.eye(n, m=None, k=0), np.identity(n)     eye(n, m, k, dtype), identity(n, dtype)
//   np.float32(x), np.int8(x), np.bool_(x)     scalar(x, INGOT_DTYPE_FLOAT32) (x a Python
//       scalar or an Array: 0-d gives a scalar, others a cast array, as numpy;
//       Python ints that do not fit: OverflowError)
#pragma once

#include <cstddef>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "ingot/rt/list.h"
#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/types.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt::np {

using OptDType = std::optional<ingot_dtype>;

/// A shape argument: n, (n, m), [n, m] or an np::Shape.
struct ShapeArg {
  Shape dims;
  ShapeArg(Int n) : dims{n} {}  // NOLINT: implicit
  ShapeArg(int n) : dims{n} {}  // NOLINT
  ShapeArg(Shape s) : dims(std::move(s)) {}  // NOLINT
  ShapeArg(const VarTuple<Int>& t) {  // NOLINT
    for (Int d : t) dims.push_back(d);
  }
  ShapeArg(const List<Int>& l) {  // NOLINT
    for (Int d : l) dims.push_back(d);
  }
  template <class... Is>
    requires(std::is_integral_v<Is> && ...)
  ShapeArg(const std::tuple<Is...>& t) {  // NOLINT
    std::apply([&](auto... x) { (dims.push_back(static_cast<Int>(x)), ...); }, t);
  }
};

// -- np.array ------------------------------------------------------------------------

namespace detail {

/// The leaves of a nested list, flattened, with the shape found on the way.
struct NestedItems {
  Shape shape;
  std::size_t bad_depth = static_cast<std::size_t>(-1);  // where lengths first differ
  std::vector<Int> ints;
  std::vector<Float> floats;
  std::vector<unsigned char> bools;
  std::vector<Array> arrays;
  /// Which of the vectors holds the items, by leaf: 'i' 'f' 'b' 'a', or 'm'
  /// (mixed Python numbers: every item in `floats` and its kind in `bools`).
  char leaf = 'i';
};

template <class L>
struct nested_depth : std::integral_constant<int, 0> {};
template <class T>
struct nested_depth<List<T>> : std::integral_constant<int, 1 + nested_depth<T>::value> {};
template <class T>
struct nested_depth<VarTuple<T>> : std::integral_constant<int, 1 + nested_depth<T>::value> {};
template <class T>
struct nested_depth<std::vector<T>> : std::integral_constant<int, 1 + nested_depth<T>::value> {};

template <class L>
struct nested_leaf {
  using type = L;
};
template <class T>
struct nested_leaf<List<T>> : nested_leaf<T> {};
template <class T>
struct nested_leaf<VarTuple<T>> : nested_leaf<T> {};
template <class T>
struct nested_leaf<std::vector<T>> : nested_leaf<T> {};

template <class V>
void add_leaf(NestedItems& out, const V& v) {
  if constexpr (std::is_same_v<V, bool>) {
    out.bools.push_back(v ? 1 : 0);
  } else if constexpr (std::is_integral_v<V>) {
    out.ints.push_back(static_cast<Int>(v));
  } else if constexpr (std::is_floating_point_v<V>) {
    out.floats.push_back(static_cast<Float>(v));
  } else if constexpr (std::is_same_v<V, Array>) {
    out.arrays.push_back(v);
  } else if constexpr (is_variant_v<V>) {
    std::visit(
        [&](const auto& x) {
          using X = std::remove_cvref_t<decltype(x)>;
          static_assert(std::is_arithmetic_v<X>, "np.array: items must be int, float or bool");
          out.floats.push_back(static_cast<Float>(x));
          out.ints.push_back(std::is_integral_v<X> && !std::is_same_v<X, bool> ? static_cast<Int>(x) : 0);
          out.bools.push_back(std::is_same_v<X, bool> ? 'b' : (std::is_integral_v<X> ? 'i' : 'f'));
        },
        v);
  } else {
    static_assert(sizeof(V) == 0, "np.array: items must be int, float, bool or arrays");
  }
}

template <class L>
void collect_nested(const L& x, std::size_t depth, NestedItems& out) {
  if constexpr (nested_depth<L>::value > 0) {
    const Int n = static_cast<Int>(x.size());
    if (depth == out.shape.size()) {
      out.shape.push_back(n);
    } else if (out.shape[depth] != n) {
      if (depth < out.bad_depth) out.bad_depth = depth;
      return;
    }
    for (const auto& item : x) collect_nested(item, depth + 1, out);
  } else {
    add_leaf(out, x);
  }
}

/// Builds the array from the collected leaves (dtype inferred when not given).
Array array_from_nested(NestedItems& items, int depth, OptDType dtype);
Array array_from_array(const Array& a, OptDType dtype, bool copy);

}  // namespace detail

/// np.array(x, dtype). (The leading `int` parameter keeps the typed
/// np::array<T>(xs) of creation.h unambiguous: an explicit type argument
/// cannot bind to it.)
template <int = 0, class X>
Array array(const X& x, OptDType dtype = std::nullopt) {
  if constexpr (std::is_same_v<X, Array>) {
    return detail::array_from_array(x, dtype, true);
  } else {
    using Leaf = typename detail::nested_leaf<X>::type;
    detail::NestedItems items;
    items.leaf = std::is_same_v<Leaf, bool> ? 'b'
                 : std::is_integral_v<Leaf>  ? 'i'
                 : std::is_floating_point_v<Leaf> ? 'f'
                 : std::is_same_v<Leaf, Array> ? 'a'
                                               : 'm';
    detail::collect_nested(x, 0, items);
    return detail::array_from_nested(items, detail::nested_depth<X>::value, dtype);
  }
}
/// np.asarray(x, dtype): an Array of that dtype is returned as is.
template <int = 0, class X>
Array asarray(const X& x, OptDType dtype = std::nullopt) {
  if constexpr (std::is_same_v<X, Array>) {
    return detail::array_from_array(x, dtype, false);
  } else {
    return array(x, dtype);
  }
}

// -- filled arrays ---------------------------------------------------------------------

Array zeros(const ShapeArg& shape, OptDType dtype = std::nullopt);
Array ones(const ShapeArg& shape, OptDType dtype = std::nullopt);
Array empty(const ShapeArg& shape, OptDType dtype = std::nullopt);
Array full(const ShapeArg& shape, const Operand& value, OptDType dtype = std::nullopt);
Array zeros_like(const Array& a, OptDType dtype = std::nullopt);
Array ones_like(const Array& a, OptDType dtype = std::nullopt);
Array empty_like(const Array& a, OptDType dtype = std::nullopt);
Array full_like(const Array& a, const Operand& value, OptDType dtype = std::nullopt);

// -- ranges -------------------------------------------------------------------------------

/// np.arange(stop): int64 for Python ints, float64 when any bound is a float.
Array arange(const Operand& stop);
/// np.arange(start, stop=None, step=None, dtype=None), numpy's parameters:
/// with stop std::nullopt, `start` is the stop.
Array arange(const Operand& start, const std::optional<Operand>& stop, const std::optional<Operand>& step = std::nullopt,
             OptDType dtype = std::nullopt);
Array linspace(const Operand& start, const Operand& stop, Int num = 50, bool endpoint = true,
               OptDType dtype = std::nullopt);
Array eye(Int n, std::optional<Int> m = std::nullopt, Int k = 0, OptDType dtype = std::nullopt);
Array identity(Int n, OptDType dtype = std::nullopt);

// -- scalars ---------------------------------------------------------------------------------

/// np.float32(x) and the other scalar types.
Array scalar(const Operand& x, ingot_dtype dtype);
/// np.float32(), np.int64(): zero.
Array scalar(ingot_dtype dtype);

// -- copies and casts -----------------------------------------------------------------------------

/// a.astype(dtype) (numpy's C casts: truncation, wrapping); always a copy.
Array astype(const Array& a, OptDType dtype);
/// np.copy(a), a.copy()
Array copy(const Array& a);

}  // namespace ingot::rt::np
