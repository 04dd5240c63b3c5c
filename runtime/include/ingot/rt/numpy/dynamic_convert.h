// From np::Array to statically typed Python values (docs/numpy.md):
//
//   x.item()        np::item<T>(x)     T: rt::Int, rt::Float, rt::Bool, or a
//                                      std::variant / std::optional of them
//   x.tolist()      np::tolist<T>(x)   T: the list type the value goes to
//                                      (rt::List<rt::List<rt::Float>>; a 0-d
//                                      array gives the Python scalar: T = rt::Float)
//
// numpy gives Python ints for integer dtypes, floats for float dtypes and
// bools for bool: when T's scalar type is another one (tolist of an int array
// into list[float]) the conversion is refused at run time with a TypeError
// naming both, since the value would not be what CPython holds. Size != 1
// for item: ValueError("can only convert an array of size 1 to a Python
// scalar"); uint64 values beyond int64: OverflowError. A rank that differs
// from T's nesting: TypeError.
#pragma once

#include <cstddef>
#include <optional>
#include <type_traits>
#include <variant>
#include <vector>

#include "ingot/rt/list.h"
#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

namespace detail {

/// 'i' int, 'f' float, 'b' bool: the Python type of the array's items.
char python_kind(const Array& a);
/// The items in C order as Python values of `kind` (TypeError when the
/// array's items are of another Python type; `what` names the method).
void flat_ints(const Array& a, std::vector<Int>& out, const char* what);
void flat_floats(const Array& a, std::vector<Float>& out, const char* what);
void flat_bools(const Array& a, std::vector<unsigned char>& out, const char* what);
[[noreturn]] void raise_kind_mismatch(const Array& a, const char* what, const char* wanted);
[[noreturn]] void raise_tolist_rank(const Array& a, int wanted);
void check_item_size(const Array& a);

template <class T>
struct tolist_depth : std::integral_constant<int, 0> {};
template <class T>
struct tolist_depth<List<T>> : std::integral_constant<int, 1 + tolist_depth<T>::value> {};
template <class T>
struct tolist_leaf {
  using type = T;
};
template <class T>
struct tolist_leaf<List<T>> : tolist_leaf<T> {};

template <class Leaf>
constexpr char leaf_kind() {
  if constexpr (std::is_same_v<Leaf, Bool>) return 'b';
  else if constexpr (std::is_same_v<Leaf, Int>) return 'i';
  else if constexpr (std::is_same_v<Leaf, Float>) return 'f';
  else return 'v';  // variant / optional: takes what numpy gives
}
template <class Leaf>
constexpr const char* leaf_name() {
  if constexpr (std::is_same_v<Leaf, Bool>) return "bool";
  else if constexpr (std::is_same_v<Leaf, Int>) return "int";
  else return "float";
}

/// One Python value of kind k into the leaf type L (a variant or optional of
/// Int / Float / Bool, or the exact type).
template <class L>
L leaf_value(char k, Int i, Float f, bool b, const Array& a, const char* what) {
  if constexpr (is_optional_v<L>) {
    return L(leaf_value<typename L::value_type>(k, i, f, b, a, what));
  } else if constexpr (is_variant_v<L>) {
    if constexpr (std::is_constructible_v<L, std::in_place_type_t<Bool>, Bool>) {
      if (k == 'b') return L(std::in_place_type<Bool>, b);
    }
    if constexpr (std::is_constructible_v<L, std::in_place_type_t<Int>, Int>) {
      if (k == 'i') return L(std::in_place_type<Int>, i);
    }
    if constexpr (std::is_constructible_v<L, std::in_place_type_t<Float>, Float>) {
      if (k == 'f') return L(std::in_place_type<Float>, f);
    }
    raise_kind_mismatch(a, what, "a value of the declared union");
  } else {
    if (k != leaf_kind<L>()) raise_kind_mismatch(a, what, leaf_name<L>());
    if constexpr (std::is_same_v<L, Bool>) return b;
    else if constexpr (std::is_same_v<L, Int>) return i;
    else return f;
  }
}

template <class Out, class V>
Out build_nested(const Array& a, const std::vector<V>& flat, std::size_t& pos, std::size_t depth) {
  if constexpr (tolist_depth<Out>::value == 0) {
    if constexpr (std::is_same_v<V, Int>) return Out(flat[pos++]);
    else if constexpr (std::is_same_v<V, Float>) return Out(flat[pos++]);
    else return Out(flat[pos++] != 0);
  } else {
    using Item = typename Out::value_type;
    const Int n = a.shape()[depth];
    typename Out::storage_type items;
    items.reserve(static_cast<std::size_t>(n));
    for (Int k = 0; k < n; ++k) items.push_back(build_nested<Item>(a, flat, pos, depth + 1));
    return Out(std::move(items));
  }
}

template <class Out, class V, class Leaf>
Out build_nested_leaf(const Array& a, char k, const std::vector<V>& flat, std::size_t& pos, std::size_t depth,
                      const char* what) {
  if constexpr (tolist_depth<Out>::value == 0) {
    const V v = flat[pos++];
    return leaf_value<Leaf>(k, std::is_same_v<V, Int> ? static_cast<Int>(v) : 0, static_cast<Float>(v), v != 0, a,
                            what);
  } else {
    using Item = typename Out::value_type;
    const Int n = a.shape()[depth];
    typename Out::storage_type items;
    items.reserve(static_cast<std::size_t>(n));
    for (Int j = 0; j < n; ++j) items.push_back(build_nested_leaf<Item, V, Leaf>(a, k, flat, pos, depth + 1, what));
    return Out(std::move(items));
  }
}

}  // namespace detail

/// x.item() as T (see the header comment).
template <class T>
T item(const Array& x) {
  detail::check_item_size(x);
  const Array one = x.ndim() == 0 ? x : Array(x.dtype(), x.shared_data(), Shape{}, Shape{}, false);
  const char k = detail::python_kind(x);
  if constexpr (detail::leaf_kind<T>() == 'v') {
    if (k == 'i') {
      std::vector<Int> v;
      detail::flat_ints(one, v, "item()");
      return detail::leaf_value<T>(k, v[0], 0, false, x, "item()");
    } else if (k == 'f') {
      std::vector<Float> v;
      detail::flat_floats(one, v, "item()");
      return detail::leaf_value<T>(k, 0, v[0], false, x, "item()");
    } else {
      std::vector<unsigned char> v;
      detail::flat_bools(one, v, "item()");
      return detail::leaf_value<T>(k, 0, 0, v[0] != 0, x, "item()");
    }
  } else if constexpr (std::is_same_v<T, Int>) {
    std::vector<Int> v;
    detail::flat_ints(one, v, "item()");
    return v[0];
  } else if constexpr (std::is_same_v<T, Float>) {
    std::vector<Float> v;
    detail::flat_floats(one, v, "item()");
    return v[0];
  } else {
    static_assert(std::is_same_v<T, Bool>, "item<T>: T is rt::Int, rt::Float, rt::Bool or a union of them");
    std::vector<unsigned char> v;
    detail::flat_bools(one, v, "item()");
    return v[0] != 0;
  }
}

/// x.tolist() as T (a nested rt::List, or a scalar type for a 0-d array).
template <class T>
T tolist(const Array& x) {
  constexpr int depth = detail::tolist_depth<T>::value;
  if (x.ndim() != depth) detail::raise_tolist_rank(x, depth);
  if constexpr (depth == 0) {
    return item<T>(x);
  } else {
    using Leaf = typename detail::tolist_leaf<T>::type;
    std::size_t pos = 0;
    if constexpr (detail::leaf_kind<Leaf>() == 'v') {
      const char k = detail::python_kind(x);
      if (k == 'i') {
        std::vector<Int> v;
        detail::flat_ints(x, v, "tolist()");
        return detail::build_nested_leaf<T, Int, Leaf>(x, k, v, pos, 0, "tolist()");
      } else if (k == 'f') {
        std::vector<Float> v;
        detail::flat_floats(x, v, "tolist()");
        return detail::build_nested_leaf<T, Float, Leaf>(x, k, v, pos, 0, "tolist()");
      } else {
        std::vector<unsigned char> v;
        detail::flat_bools(x, v, "tolist()");
        return detail::build_nested_leaf<T, unsigned char, Leaf>(x, k, v, pos, 0, "tolist()");
      }
    } else if constexpr (std::is_same_v<Leaf, Int>) {
      std::vector<Int> v;
      detail::flat_ints(x, v, "tolist()");
      return detail::build_nested<T>(x, v, pos, 0);
    } else if constexpr (std::is_same_v<Leaf, Float>) {
      std::vector<Float> v;
      detail::flat_floats(x, v, "tolist()");
      return detail::build_nested<T>(x, v, pos, 0);
    } else {
      static_assert(std::is_same_v<Leaf, Bool>, "tolist<T>: T's items are rt::Int, rt::Float, rt::Bool or unions");
      std::vector<unsigned char> v;
      detail::flat_bools(x, v, "tolist()");
      return detail::build_nested<T>(x, v, pos, 0);
    }
  }
}

}  // namespace ingot::rt::np
