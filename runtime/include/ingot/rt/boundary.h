// Conversions at the ABI boundary, used by the generated predict() hook:
//   const auto xs = rt::from_value<rt::List<rt::Int>>(rt::require_input(inputs, "xs", "predict"), "xs");
//   return rt::to_value(result);
//
// from_value<T> accepts a value of the declared parameter type, with
// Python's own leniencies: a bool where an int is declared (True is an int),
// an int or bool where a float is declared (converted, as PEP 484's numeric
// tower allows), and a LIST where a tuple is declared (JSON has no tuples).
// Unions pick the first alternative the value matches exactly, then the
// first it matches leniently. Anything else raises
//   TypeError("argument 'xs'[2]: expected int, got str")
// naming the parameter and the position of the offending item.
//
// to_value<T> builds a new value owned by the caller: int -> INT64,
// float -> FLOAT64, bool -> BOOL, str -> STRING (a lone surrogate raises
// UnicodeEncodeError, as encoding it to UTF-8 would), bytes -> BYTES,
// None -> NONE, list -> LIST, tuple -> TUPLE, set -> SET, dict -> DICT,
// range -> LIST of ints.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>

#include "ingot.h"
#include "ingot/rt/abi_value.h"
#include "ingot/rt/builtins/range.h"
#include "ingot/rt/bytes.h"
#include "ingot/rt/dict.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/list.h"
#include "ingot/rt/set.h"
#include "ingot/rt/str.h"
#include "ingot/rt/type_name.h"
#include "ingot/rt/types.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt {

// ---------------------------------------------------------------------------
// Inputs

/// The input `name`, or TypeError("f() missing 1 required positional
/// argument: 'x'") when the map lacks it.
const ingot_value* require_input(const ingot_value_map* inputs, const char* name, const char* function_name);
/// The input `name`, or nullptr (for parameters with defaults).
const ingot_value* find_input(const ingot_value_map* inputs, const char* name) noexcept;
/// TypeError("f() got an unexpected keyword argument 'y'") for any input
/// whose name is not a parameter.
void check_input_names(const ingot_value_map* inputs, const char* function_name,
                       std::initializer_list<const char*> parameter_names);
/// The same with a NULL-terminated array of names (the code generator's form).
void check_input_names(const ingot_value_map* inputs, const char* function_name,
                       const char* const* parameter_names);

/// A required parameter the inputs lack: raises TypeError("f() missing 1
/// required positional argument: 'x'"). Typed so that it can stand in the
/// `input ? from_value<T>(input) : missing_argument<T>(...)` expression.
[[noreturn]] void raise_missing_argument(const char* function_name, const char* name);
template <class T>
[[noreturn]] T missing_argument(const char* function_name, const char* name) {
  raise_missing_argument(function_name, name);
}

/// A parameter's default value, converted to the declared type (an int
/// default for a float parameter, None for an Optional, a member of a Union).
template <class T, class U>
T convert_default(const U& value) {
  using V = std::remove_cvref_t<U>;
  if constexpr (std::is_same_v<T, V>) {
    return value;
  } else if constexpr (is_optional_v<T>) {
    if constexpr (is_none_v<V>) return std::nullopt;
    else return T(convert_default<typename T::value_type>(value));
  } else if constexpr (is_variant_v<T> && std::is_constructible_v<T, const V&>) {
    return T(value);
  } else if constexpr (is_text_literal_v<V>) {
    return convert_default<T>(Str(value));
  } else {
    return static_cast<T>(value);
  }
}

namespace detail {

/// Where a nested value sits inside an argument, for error messages.
struct BoundaryPath {
  const BoundaryPath* parent = nullptr;
  enum class Step { Root, Item, DictKey, DictValue } step = Step::Root;
  std::size_t index = 0;               // Item, DictKey, DictValue
  const ingot_value* key = nullptr;    // DictValue: the key, shown as repr
  std::string_view parameter;          // Root
};

[[noreturn]] void raise_boundary_error(const BoundaryPath& path, const std::string& expected, const ingot_value* got);
[[noreturn]] void raise_boundary_tuple_length(const BoundaryPath& path, const std::string& expected,
                                              std::size_t expected_length, std::size_t got_length);
/// Str from a STRING value (already valid UTF-8).
Str string_value(const ingot_value* v);

template <class T>
struct Boundary;

/// Whether `v` is acceptable for T (exactly, or with the leniencies).
template <class T>
bool matches(const ingot_value* v, bool strict) {
  return Boundary<T>::matches(v, strict);
}
template <class T>
T convert(const ingot_value* v, const BoundaryPath& path) {
  return Boundary<T>::convert(v, path);
}
template <class T>
[[noreturn]] void fail(const BoundaryPath& path, const ingot_value* v) {
  raise_boundary_error(path, annotation_name<T>(), v);
}

template <class T>
  requires Integer<T>
struct Boundary<T> {
  static bool matches(const ingot_value* v, bool strict) {
    return v->kind == INGOT_VALUE_INT64 || (!strict && v->kind == INGOT_VALUE_BOOL);
  }
  static T convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind == INGOT_VALUE_INT64) return static_cast<T>(v->int_value);
    if (v->kind == INGOT_VALUE_BOOL) return v->bool_value ? 1 : 0;
    fail<Int>(path, v);
  }
};
template <>
struct Boundary<bool> {
  static bool matches(const ingot_value* v, bool) { return v->kind == INGOT_VALUE_BOOL; }
  static bool convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind == INGOT_VALUE_BOOL) return v->bool_value;
    fail<bool>(path, v);
  }
};
template <>
struct Boundary<double> {
  static bool matches(const ingot_value* v, bool strict) {
    return v->kind == INGOT_VALUE_FLOAT64 || (!strict && (v->kind == INGOT_VALUE_INT64 || v->kind == INGOT_VALUE_BOOL));
  }
  static double convert(const ingot_value* v, const BoundaryPath& path) {
    switch (v->kind) {
      case INGOT_VALUE_FLOAT64: return v->float_value;
      case INGOT_VALUE_INT64: return static_cast<double>(v->int_value);
      case INGOT_VALUE_BOOL: return v->bool_value ? 1.0 : 0.0;
      default: fail<double>(path, v);
    }
  }
};
template <>
struct Boundary<Str> {
  static bool matches(const ingot_value* v, bool) { return v->kind == INGOT_VALUE_STRING; }
  static Str convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_STRING) fail<Str>(path, v);
    return string_value(v);
  }
};
template <>
struct Boundary<Bytes> {
  static bool matches(const ingot_value* v, bool) { return v->kind == INGOT_VALUE_BYTES; }
  static Bytes convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_BYTES) fail<Bytes>(path, v);
    return Bytes(std::string_view(v->text));
  }
};
template <>
struct Boundary<None> {
  static bool matches(const ingot_value* v, bool) { return v->kind == INGOT_VALUE_NONE; }
  static None convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_NONE) fail<None>(path, v);
    return none;
  }
};

template <class Container, class Item>
bool items_match(const ingot_value* v, bool strict) {
  for (const ingot_value* item : v->items) {
    if (!Boundary<Item>::matches(item, strict)) return false;
  }
  return true;
}

template <class T>
struct Boundary<List<T>> {
  static bool matches(const ingot_value* v, bool strict) {
    return v->kind == INGOT_VALUE_LIST && items_match<List<T>, T>(v, strict);
  }
  static List<T> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_LIST) fail<List<T>>(path, v);
    typename List<T>::storage_type items;
    items.reserve(v->items.size());
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      const BoundaryPath item_path{&path, BoundaryPath::Step::Item, i, nullptr, {}};
      items.push_back(Boundary<T>::convert(v->items[i], item_path));
    }
    return List<T>(std::move(items));
  }
};
template <class T>
struct Boundary<VarTuple<T>> {
  static bool matches(const ingot_value* v, bool strict) {
    return (v->kind == INGOT_VALUE_TUPLE || (!strict && v->kind == INGOT_VALUE_LIST)) &&
           items_match<VarTuple<T>, T>(v, strict);
  }
  static VarTuple<T> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_TUPLE && v->kind != INGOT_VALUE_LIST) fail<VarTuple<T>>(path, v);
    typename VarTuple<T>::storage_type items;
    items.reserve(v->items.size());
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      const BoundaryPath item_path{&path, BoundaryPath::Step::Item, i, nullptr, {}};
      items.push_back(Boundary<T>::convert(v->items[i], item_path));
    }
    return VarTuple<T>(std::move(items));
  }
};
template <class T>
struct Boundary<Set<T>> {
  static bool matches(const ingot_value* v, bool strict) {
    return v->kind == INGOT_VALUE_SET && items_match<Set<T>, T>(v, strict);
  }
  static Set<T> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_SET) fail<Set<T>>(path, v);
    Set<T> s;
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      const BoundaryPath item_path{&path, BoundaryPath::Step::Item, i, nullptr, {}};
      s.add(Boundary<T>::convert(v->items[i], item_path));
    }
    return s;
  }
};
template <class K, class V>
struct Boundary<Dict<K, V>> {
  static bool matches(const ingot_value* v, bool strict) {
    if (v->kind != INGOT_VALUE_DICT) return false;
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      if (!Boundary<K>::matches(v->items[i], strict) || !Boundary<V>::matches(v->values[i], strict)) return false;
    }
    return true;
  }
  static Dict<K, V> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_DICT) fail<Dict<K, V>>(path, v);
    Dict<K, V> d;
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      const BoundaryPath key_path{&path, BoundaryPath::Step::DictKey, i, v->items[i], {}};
      const BoundaryPath value_path{&path, BoundaryPath::Step::DictValue, i, v->items[i], {}};
      K key = Boundary<K>::convert(v->items[i], key_path);
      d.setitem(std::move(key), Boundary<V>::convert(v->values[i], value_path));
    }
    return d;
  }
};
template <class... Ts>
struct Boundary<std::tuple<Ts...>> {
  static bool matches(const ingot_value* v, bool strict) {
    if (!(v->kind == INGOT_VALUE_TUPLE || (!strict && v->kind == INGOT_VALUE_LIST))) return false;
    if (v->items.size() != sizeof...(Ts)) return false;
    return match_items(v, strict, std::index_sequence_for<Ts...>{});
  }
  static std::tuple<Ts...> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_TUPLE && v->kind != INGOT_VALUE_LIST) fail<std::tuple<Ts...>>(path, v);
    if (v->items.size() != sizeof...(Ts)) {
      raise_boundary_tuple_length(path, annotation_name<std::tuple<Ts...>>(), sizeof...(Ts), v->items.size());
    }
    return convert_items(v, path, std::index_sequence_for<Ts...>{});
  }

 private:
  template <std::size_t... I>
  static bool match_items(const ingot_value* v, bool strict, std::index_sequence<I...>) {
    return (Boundary<Ts>::matches(v->items[I], strict) && ...);
  }
  template <std::size_t... I>
  static std::tuple<Ts...> convert_items(const ingot_value* v, const BoundaryPath& path, std::index_sequence<I...>) {
    // Braced initialisation evaluates left to right: errors name the first bad item.
    return std::tuple<Ts...>{
        Boundary<Ts>::convert(v->items[I], BoundaryPath{&path, BoundaryPath::Step::Item, I, nullptr, {}})...};
  }
};
template <class T>
struct Boundary<std::optional<T>> {
  static bool matches(const ingot_value* v, bool strict) {
    return v->kind == INGOT_VALUE_NONE || Boundary<T>::matches(v, strict);
  }
  static std::optional<T> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind == INGOT_VALUE_NONE) return std::nullopt;
    if (!Boundary<T>::matches(v, false)) fail<std::optional<T>>(path, v);
    return Boundary<T>::convert(v, path);
  }
};
template <class... Ts>
struct Boundary<std::variant<Ts...>> {
  static bool matches(const ingot_value* v, bool strict) { return (Boundary<Ts>::matches(v, strict) || ...); }
  static std::variant<Ts...> convert(const ingot_value* v, const BoundaryPath& path) {
    std::optional<std::variant<Ts...>> result;
    // First an exact match, in declaration order; then a lenient one.
    for (const bool strict : {true, false}) {
      ((!result && Boundary<Ts>::matches(v, strict)
            ? (result.emplace(std::in_place_type<Ts>, Boundary<Ts>::convert(v, path)), true)
            : false) ||
       ...);
      if (result) return std::move(*result);
    }
    fail<std::variant<Ts...>>(path, v);
  }
};

}  // namespace detail

/// The C++ value of an input declared with type T (see the header comment).
template <class T>
T from_value(const ingot_value* v, std::string_view parameter) {
  detail::BoundaryPath root;
  root.parameter = parameter;
  if (v == nullptr) detail::raise_boundary_error(root, annotation_name<T>(), nullptr);
  return detail::Boundary<T>::convert(v, root);
}

// ---------------------------------------------------------------------------
// Results

namespace detail {
ingot_value* make_string_value(const Str& s);  // UnicodeEncodeError for lone surrogates
}  // namespace detail

template <class T>
ingot_value* to_value(const T& x) {
  using U = std::remove_cvref_t<T>;
  using abi::ValuePtr;
  if constexpr (is_bool_v<U>) {
    ingot_value* v = abi::new_value(INGOT_VALUE_BOOL);
    v->bool_value = x;
    return v;
  } else if constexpr (is_int_v<U>) {
    ingot_value* v = abi::new_value(INGOT_VALUE_INT64);
    v->int_value = static_cast<std::int64_t>(x);
    return v;
  } else if constexpr (is_float_v<U>) {
    ingot_value* v = abi::new_value(INGOT_VALUE_FLOAT64);
    v->float_value = static_cast<double>(x);
    return v;
  } else if constexpr (is_none_v<U>) {
    return abi::new_value(INGOT_VALUE_NONE);
  } else if constexpr (is_str_v<U>) {
    return detail::make_string_value(x);
  } else if constexpr (is_bytes_v<U>) {
    ingot_value* v = abi::new_value(INGOT_VALUE_BYTES);
    v->text.assign(x.view());
    return v;
  } else if constexpr (is_optional_v<U>) {
    return x ? to_value(*x) : abi::new_value(INGOT_VALUE_NONE);
  } else if constexpr (is_variant_v<U>) {
    return std::visit([](const auto& alt) { return to_value(alt); }, x);
  } else if constexpr (is_list_v<U> || is_var_tuple_v<U> || is_set_v<U> || is_range_v<U>) {
    ValuePtr v(abi::new_value(is_var_tuple_v<U> ? INGOT_VALUE_TUPLE : (is_set_v<U> ? INGOT_VALUE_SET : INGOT_VALUE_LIST)));
    v->items.reserve(x.size());
    for (auto&& item : x) abi::adopt_item(v.get(), to_value(item));
    return v.release();
  } else if constexpr (is_tuple_v<U>) {
    ValuePtr v(abi::new_value(INGOT_VALUE_TUPLE));
    v->items.reserve(std::tuple_size_v<U>);
    std::apply([&](const auto&... items) { (abi::adopt_item(v.get(), to_value(items)), ...); }, x);
    return v.release();
  } else if constexpr (is_dict_v<U>) {
    ValuePtr v(abi::new_value(INGOT_VALUE_DICT));
    v->items.reserve(x.size());
    v->values.reserve(x.size());
    for (const auto& entry : x.table().entries) {
      if (!entry) continue;
      ValuePtr key(to_value(entry->key));
      ingot_value* value = to_value(entry->value);
      abi::adopt_pair(v.get(), key.release(), value);
    }
    return v.release();
  } else {
    static_assert(dependent_false_v<U>, "to_value: no ABI representation for this C++ type");
  }
}

}  // namespace ingot::rt
