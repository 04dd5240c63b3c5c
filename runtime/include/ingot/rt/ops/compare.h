// Comparisons: rt::eq ne lt le gt ge, with Python's semantics for every pair
// of runtime types.
//   - numbers compare exactly across int and float (2**53 + 1 != 2.0**53);
//     NaN is unordered and unequal to everything;
//   - str and bytes by code point / byte;
//   - lists and tuples lexicographically (first unequal item decides, then
//     length); a list never equals a tuple;
//   - sets by inclusion (< is "proper subset");
//   - dicts and sets equal as mappings/collections, regardless of order;
//   - values of unrelated types are unequal, and ordering them raises
//     TypeError("'<' not supported between instances of 'int' and 'str'").
// Optional and variant operands compare by the value they hold.
#pragma once

#include <cmath>
#include <cstddef>
#include <utility>
#include <variant>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/str.h"
#include "ingot/rt/type_name.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {

enum class CmpOp { Lt, Le, Gt, Ge };

[[noreturn]] void raise_unorderable(CmpOp op, const char* lhs_type, const char* rhs_type);

/// Three-way comparison of an int and a float, exactly: -1, 0, 1, or 2 when
/// f is NaN (unordered).
inline int compare_int_float(Int i, double f) noexcept {
  if (std::isnan(f)) return 2;
  constexpr Int kExact = Int{1} << 53;  // every int of smaller magnitude is a double
  if (i > -kExact && i < kExact) {
    const double d = static_cast<double>(i);
    return d < f ? -1 : (d > f ? 1 : 0);
  }
  if (f >= 9223372036854775808.0) return -1;  // 2**63
  if (f < -9223372036854775808.0) return 1;
  const double whole = std::trunc(f);
  const Int fi = static_cast<Int>(whole);  // exact: -2**63 <= whole < 2**63
  if (i != fi) return i < fi ? -1 : 1;
  const double frac = f - whole;
  return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}

/// Applies `op` to a three-way result (2 = unordered: always false).
inline bool apply_cmp(CmpOp op, int c) noexcept {
  if (c == 2) return false;
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

template <class T>
bool is_none_value(const T& x) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_none_v<U>) return true;
  else if constexpr (is_optional_v<U>) return !x.has_value() || is_none_value(*x);
  else if constexpr (is_variant_v<U>) return std::visit([](const auto& v) { return is_none_value(v); }, x);
  else return false;
}

template <class A>
constexpr bool is_sequence_v = is_list_v<A> || is_var_tuple_v<A>;
template <class A>
constexpr bool is_tuple_like_v = is_tuple_v<A> || is_var_tuple_v<A>;

/// Item `i` of a std::tuple, visited with a generic lambda.
template <class Tuple, class F, std::size_t... I>
decltype(auto) visit_tuple_item(const Tuple& t, std::size_t i, F&& f, std::index_sequence<I...>) {
  using R = decltype(f(std::get<0>(t)));
  if constexpr (std::is_void_v<R>) {
    ((i == I ? (f(std::get<I>(t)), 0) : 0), ...);
  } else {
    R result{};
    ((i == I ? (result = f(std::get<I>(t)), 0) : 0), ...);
    return result;
  }
}
template <class Tuple, class F>
decltype(auto) visit_tuple_item(const Tuple& t, std::size_t i, F&& f) {
  return visit_tuple_item(t, i, std::forward<F>(f), std::make_index_sequence<std::tuple_size_v<Tuple>>{});
}

template <class T>
std::size_t seq_size(const T& x) {
  if constexpr (is_tuple_v<T>) return std::tuple_size_v<T>;
  else return x.size();
}

template <class A, class B>
bool equal(const A& a, const B& b);

template <class X, class B>
bool items_equal_rhs(const X& x, const B& b, std::size_t i) {
  if constexpr (is_tuple_v<B>) {
    return visit_tuple_item(b, i, [&](const auto& y) { return equal(x, y); });
  } else {
    return equal(x, b.item(i));
  }
}
/// Item i of a (List, VarTuple or std::tuple) compared for equality with item i of b.
template <class A, class B>
bool items_equal(const A& a, const B& b, std::size_t i) {
  if constexpr (is_tuple_v<A>) {
    return visit_tuple_item(a, i, [&](const auto& x) { return items_equal_rhs(x, b, i); });
  } else {
    return items_equal_rhs(a.item(i), b, i);
  }
}

template <class A, class B>
bool richcompare(const A& a, const B& b, CmpOp op);

template <class A, class B>
bool items_richcompare(const A& a, const B& b, std::size_t i, CmpOp op) {
  auto with_rhs = [&](const auto& x) {
    if constexpr (is_tuple_v<B>) {
      return visit_tuple_item(b, i, [&](const auto& y) { return richcompare(x, y, op); });
    } else {
      return richcompare(x, b.item(i), op);
    }
  };
  if constexpr (is_tuple_v<A>) return visit_tuple_item(a, i, with_rhs);
  else return with_rhs(a.item(i));
}

template <class A, class B>
bool sequences_equal(const A& a, const B& b) {
  if constexpr (is_tuple_v<A> && is_tuple_v<B>) {
    if constexpr (std::tuple_size_v<A> != std::tuple_size_v<B>) {
      return false;
    } else {
      return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return (equal(std::get<I>(a), std::get<I>(b)) && ...);
      }(std::make_index_sequence<std::tuple_size_v<A>>{});
    }
  }
  const std::size_t n = seq_size(a);
  if (n != seq_size(b)) return false;
  for (std::size_t i = 0; i < n; ++i) {
    if (!items_equal(a, b, i)) return false;
  }
  return true;
}

/// Two std::tuples of one arity: unrolled at compile time (no visit by index).
template <class A, class B, std::size_t... I>
bool tuples_compare(const A& a, const B& b, CmpOp op, std::index_sequence<I...>) {
  bool result = false;
  const bool decided = ((!equal(std::get<I>(a), std::get<I>(b)) &&
                         (result = richcompare(std::get<I>(a), std::get<I>(b), op), true)) || ...);
  return decided ? result : apply_cmp(op, 0);
}

template <class A, class B>
bool sequences_compare(const A& a, const B& b, CmpOp op) {
  if constexpr (is_tuple_v<A> && is_tuple_v<B>) {
    if constexpr (std::tuple_size_v<A> == std::tuple_size_v<B>) {
      return tuples_compare(a, b, op, std::make_index_sequence<std::tuple_size_v<A>>{});
    }
  }
  const std::size_t na = seq_size(a), nb = seq_size(b);
  const std::size_t n = na < nb ? na : nb;
  for (std::size_t i = 0; i < n; ++i) {
    if (!items_equal(a, b, i)) return items_richcompare(a, b, i, op);
  }
  return apply_cmp(op, na < nb ? -1 : (na > nb ? 1 : 0));
}

template <class A, class B>
bool equal(const A& a, const B& b) {
  using TA = std::remove_cvref_t<A>;
  using TB = std::remove_cvref_t<B>;
  if constexpr (is_text_literal_v<TA>) {
    return equal(Str(a), b);
  } else if constexpr (is_text_literal_v<TB>) {
    return equal(a, Str(b));
  } else if constexpr (is_optional_v<TA>) {
    return a ? equal(*a, b) : is_none_value(b);
  } else if constexpr (is_optional_v<TB>) {
    return b ? equal(a, *b) : is_none_value(a);
  } else if constexpr (is_variant_v<TA>) {
    return std::visit([&](const auto& x) { return equal(x, b); }, a);
  } else if constexpr (is_variant_v<TB>) {
    return std::visit([&](const auto& y) { return equal(a, y); }, b);
  } else if constexpr (IntLike<TA> && IntLike<TB>) {
    return static_cast<Int>(a) == static_cast<Int>(b);
  } else if constexpr (Real<TA> && Real<TB>) {
    return a == b;
  } else if constexpr (IntLike<TA> && Real<TB>) {
    return compare_int_float(static_cast<Int>(a), b) == 0;
  } else if constexpr (Real<TA> && IntLike<TB>) {
    return compare_int_float(static_cast<Int>(b), a) == 0;
  } else if constexpr (std::is_same_v<TA, TB> && (is_str_v<TA> || is_bytes_v<TA> || is_none_v<TA> || is_range_v<TA>)) {
    return a == b;
  } else if constexpr ((is_list_v<TA> && is_list_v<TB>) || (is_tuple_like_v<TA> && is_tuple_like_v<TB>)) {
    if constexpr (is_list_v<TA> && std::is_same_v<TA, TB>) {
      if (a.same_object(b)) return true;
    }
    return sequences_equal(a, b);
  } else if constexpr (is_set_v<TA> && is_set_v<TB>) {
    if (a.size() != b.size()) return false;
    for (const auto& x : a) {
      if (!b.contains(x)) return false;
    }
    return true;
  } else if constexpr (is_dict_v<TA> && is_dict_v<TB>) {
    if (a.size() != b.size()) return false;
    for (const auto& [key, value] : a.items()) {
      const auto* other = b.find(key);
      if (!other || !equal(value, *other)) return false;
    }
    return true;
  } else if constexpr (requires { a.python_eq(b); }) {
    return a.python_eq(b);
  } else {
    return false;  // different types: Python's default __eq__ is identity
  }
}

template <class A, class B>
bool richcompare(const A& a, const B& b, CmpOp op) {
  using TA = std::remove_cvref_t<A>;
  using TB = std::remove_cvref_t<B>;
  if constexpr (is_text_literal_v<TA>) {
    return richcompare(Str(a), b, op);
  } else if constexpr (is_text_literal_v<TB>) {
    return richcompare(a, Str(b), op);
  } else if constexpr (is_optional_v<TA>) {
    if (!a) raise_unorderable(op, "NoneType", python_type_name(b));
    return richcompare(*a, b, op);
  } else if constexpr (is_optional_v<TB>) {
    if (!b) raise_unorderable(op, python_type_name(a), "NoneType");
    return richcompare(a, *b, op);
  } else if constexpr (is_variant_v<TA>) {
    return std::visit([&](const auto& x) { return richcompare(x, b, op); }, a);
  } else if constexpr (is_variant_v<TB>) {
    return std::visit([&](const auto& y) { return richcompare(a, y, op); }, b);
  } else if constexpr (IntLike<TA> && IntLike<TB>) {
    const Int x = static_cast<Int>(a), y = static_cast<Int>(b);
    return apply_cmp(op, x < y ? -1 : (x > y ? 1 : 0));
  } else if constexpr (Real<TA> && Real<TB>) {
    const double x = a, y = b;
    return apply_cmp(op, x < y ? -1 : (x > y ? 1 : (x == y ? 0 : 2)));
  } else if constexpr (IntLike<TA> && Real<TB>) {
    return apply_cmp(op, compare_int_float(static_cast<Int>(a), b));
  } else if constexpr (Real<TA> && IntLike<TB>) {
    const int c = compare_int_float(static_cast<Int>(b), a);
    return apply_cmp(op, c == 2 ? 2 : -c);
  } else if constexpr (std::is_same_v<TA, TB> && (is_str_v<TA> || is_bytes_v<TA>)) {
    const auto c = a.view().compare(b.view());
    return apply_cmp(op, c < 0 ? -1 : (c > 0 ? 1 : 0));
  } else if constexpr ((is_list_v<TA> && is_list_v<TB>) || (is_tuple_like_v<TA> && is_tuple_like_v<TB>)) {
    return sequences_compare(a, b, op);
  } else if constexpr (is_set_v<TA> && is_set_v<TB>) {
    auto subset = [](const auto& x, const auto& y) {
      if (x.size() > y.size()) return false;
      for (const auto& item : x) {
        if (!y.contains(item)) return false;
      }
      return true;
    };
    switch (op) {
      case CmpOp::Lt: return a.size() < b.size() && subset(a, b);
      case CmpOp::Le: return subset(a, b);
      case CmpOp::Gt: return a.size() > b.size() && subset(b, a);
      case CmpOp::Ge: return subset(b, a);
    }
    return false;
  } else {
    raise_unorderable(op, python_type_name(a), python_type_name(b));
  }
}

}  // namespace detail

template <class A, class B>
inline bool eq(const A& a, const B& b) {
  return detail::equal(a, b);
}
template <class A, class B>
inline bool ne(const A& a, const B& b) {
  return !detail::equal(a, b);
}
template <class A, class B>
inline bool lt(const A& a, const B& b) {
  return detail::richcompare(a, b, detail::CmpOp::Lt);
}
template <class A, class B>
inline bool le(const A& a, const B& b) {
  return detail::richcompare(a, b, detail::CmpOp::Le);
}
template <class A, class B>
inline bool gt(const A& a, const B& b) {
  return detail::richcompare(a, b, detail::CmpOp::Gt);
}
template <class A, class B>
inline bool ge(const A& a, const B& b) {
  return detail::richcompare(a, b, detail::CmpOp::Ge);
}

/// `a is b` / `a is not b`: identity for the shared types, None checks for
/// optionals (`x is None`), value equality for immutable scalars (CPython
/// may or may not share those; code that relies on it is already fragile).
template <class A, class B>
bool is(const A& a, const B& b) {
  using TA = std::remove_cvref_t<A>;
  using TB = std::remove_cvref_t<B>;
  if constexpr (is_none_v<TB>) return detail::is_none_value(a);
  else if constexpr (is_none_v<TA>) return detail::is_none_value(b);
  else if constexpr (is_optional_v<TA>) return a ? is(*a, b) : detail::is_none_value(b);
  else if constexpr (is_optional_v<TB>) return b ? is(a, *b) : detail::is_none_value(a);
  else if constexpr (is_variant_v<TA>) return std::visit([&](const auto& x) { return is(x, b); }, a);
  else if constexpr (is_variant_v<TB>) return std::visit([&](const auto& y) { return is(a, y); }, b);
  else if constexpr (std::is_same_v<TA, TB> && requires { a.same_object(b); }) return a.same_object(b);
  else if constexpr (std::is_same_v<TA, TB>) return detail::equal(a, b);
  else return false;
}
template <class A, class B>
bool is_not(const A& a, const B& b) {
  return !is(a, b);
}
/// `x is None` / `x is not None`.
template <class T>
bool is_none(const T& x) {
  return detail::is_none_value(x);
}
template <class T>
bool is_not_none(const T& x) {
  return !detail::is_none_value(x);
}

}  // namespace ingot::rt
