// The C++ types that stand for Python's types in generated code, and the
// traits the generic operations (repr, eq, hash, ...) dispatch on.
//
//   Python              C++
//   int                 rt::Int   = std::int64_t   (overflow raises OverflowError)
//   float               rt::Float = double
//   bool                rt::Bool  = bool
//   None                rt::None  (the constant rt::none)
//   str                 rt::Str            (str.h)
//   bytes               rt::Bytes          (bytes.h)
//   list[T]             rt::List<T>        (list.h: a shared reference)
//   dict[K, V]          rt::Dict<K, V>     (dict.h: shared, insertion-ordered)
//   set[T]              rt::Set<T>         (set.h: shared, insertion-ordered)
//   tuple[A, B]         std::tuple<A, B>
//   tuple[T, ...]       rt::VarTuple<T>    (var_tuple.h)
//   Optional[T]         std::optional<T>
//   Union[A, B]         std::variant<A, B>
//   range(...)          rt::Range          (builtins/range.h)
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <variant>

namespace ingot::rt {

using Int = std::int64_t;
using Float = double;
using Bool = bool;

/// Python's None. All values are equal; `rt::none` is the one to write.
struct None {
  friend constexpr bool operator==(None, None) noexcept { return true; }
  /// None converts to an empty Optional[T] of any T, so rt::none can be
  /// passed or assigned wherever an optional is expected.
  template <class T>
  constexpr operator std::optional<T>() const noexcept {  // NOLINT: implicit on purpose
    return std::nullopt;
  }
};
inline constexpr None none{};

class Str;
class Bytes;
class Range;
template <class T>
class List;
template <class K, class V>
class Dict;
template <class T>
class Set;
template <class T>
class VarTuple;

// ---------------------------------------------------------------------------
// Concepts for the scalar operations. C++ integer literals (`1` is an `int`)
// count as Python ints, so generated code may write `rt::add(x, 1)`.

/// bool or any C++ integer type: behaves as a Python int in arithmetic.
template <class T>
concept IntLike = std::integral<T>;
/// A C++ integer that is not bool.
template <class T>
concept Integer = std::integral<T> && !std::same_as<T, bool>;
template <class T>
concept Real = std::floating_point<T>;
/// int, bool or float.
template <class T>
concept Number = std::integral<T> || std::floating_point<T>;

// ---------------------------------------------------------------------------
// Type traits (true for the exact template, after removing cv/ref).

namespace detail {
template <class T> struct is_list : std::false_type {};
template <class T> struct is_list<List<T>> : std::true_type {};
template <class T> struct is_dict : std::false_type {};
template <class K, class V> struct is_dict<Dict<K, V>> : std::true_type {};
template <class T> struct is_set : std::false_type {};
template <class T> struct is_set<Set<T>> : std::true_type {};
template <class T> struct is_var_tuple : std::false_type {};
template <class T> struct is_var_tuple<VarTuple<T>> : std::true_type {};
template <class T> struct is_tuple : std::false_type {};
template <class... Ts> struct is_tuple<std::tuple<Ts...>> : std::true_type {};
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_variant : std::false_type {};
template <class... Ts> struct is_variant<std::variant<Ts...>> : std::true_type {};
}  // namespace detail

template <class T> inline constexpr bool is_list_v = detail::is_list<std::remove_cvref_t<T>>::value;
template <class T> inline constexpr bool is_dict_v = detail::is_dict<std::remove_cvref_t<T>>::value;
template <class T> inline constexpr bool is_set_v = detail::is_set<std::remove_cvref_t<T>>::value;
template <class T> inline constexpr bool is_var_tuple_v = detail::is_var_tuple<std::remove_cvref_t<T>>::value;
template <class T> inline constexpr bool is_tuple_v = detail::is_tuple<std::remove_cvref_t<T>>::value;
template <class T> inline constexpr bool is_optional_v = detail::is_optional<std::remove_cvref_t<T>>::value;
template <class T> inline constexpr bool is_variant_v = detail::is_variant<std::remove_cvref_t<T>>::value;
template <class T> inline constexpr bool is_str_v = std::is_same_v<std::remove_cvref_t<T>, Str>;
template <class T> inline constexpr bool is_bytes_v = std::is_same_v<std::remove_cvref_t<T>, Bytes>;
template <class T> inline constexpr bool is_none_v = std::is_same_v<std::remove_cvref_t<T>, None>;
template <class T> inline constexpr bool is_bool_v = std::is_same_v<std::remove_cvref_t<T>, bool>;
template <class T> inline constexpr bool is_int_v = Integer<std::remove_cvref_t<T>>;
template <class T> inline constexpr bool is_float_v = std::is_floating_point_v<std::remove_cvref_t<T>>;
template <class T> inline constexpr bool is_range_v = std::is_same_v<std::remove_cvref_t<T>, Range>;

/// C++ text that stands for a str literal in generated or test code
/// ("abc", std::string_view, std::string): the generic operations treat it
/// as an rt::Str instead of silently comparing unequal to one.
template <class T>
inline constexpr bool is_text_literal_v =
    std::is_same_v<std::decay_t<T>, const char*> || std::is_same_v<std::decay_t<T>, char*> ||
    std::is_same_v<std::remove_cvref_t<T>, std::string_view> || std::is_same_v<std::remove_cvref_t<T>, std::string>;

/// Always false; for static_assert in the last `else` of an if-constexpr chain.
template <class...> inline constexpr bool dependent_false_v = false;

/// The element type a `for` loop over an iterable yields.
template <class Iterable>
using element_t = std::remove_cvref_t<decltype(*std::declval<const Iterable&>().begin())>;

namespace detail {
/// List and VarTuple store bool as a one-byte cell: std::vector<bool> is a
/// bit set whose elements are proxies, not bools.
struct BoolCell {
  bool value = false;
  BoolCell() = default;
  BoolCell(bool b) noexcept : value(b) {}  // NOLINT: implicit on purpose
  operator bool() const noexcept { return value; }
};
template <class T> struct cell { using type = T; };
template <> struct cell<bool> { using type = BoolCell; };
template <class T> using cell_t = typename cell<T>::type;
}  // namespace detail

}  // namespace ingot::rt
