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
//
// Packed lists (abi::PackedItems): list[float], list[int], list[bool] and
// list[str] results, and range, are built as one array (a packed LIST), and
// a packed input list converts to List<T> / VarTuple<T> in one pass over its
// array when T accepts every item of its kind (float from FLOAT64, INT64 or
// BOOL; int from INT64 or BOOL; bool from BOOL; str from STRING). Anything
// else reads the list item by item (abi::items_of), as an unpacked one.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

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

/// Whether a scalar of kind `k` (an item of a packed list) is acceptable
/// for T; false for the types no scalar converts to (containers).
template <class T>
bool matches_kind(ingot_value_kind k, bool strict) {
  if constexpr (requires { Boundary<T>::matches_kind(k, strict); }) {
    return Boundary<T>::matches_kind(k, strict);
  } else {
    return false;
  }
}

template <class T>
  requires Integer<T>
struct Boundary<T> {
  static bool matches_kind(ingot_value_kind k, bool strict) {
    return k == INGOT_VALUE_INT64 || (!strict && k == INGOT_VALUE_BOOL);
  }
  static bool matches(const ingot_value* v, bool strict) { return matches_kind(v->kind, strict); }
  static T convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind == INGOT_VALUE_INT64) return static_cast<T>(v->int_value);
    if (v->kind == INGOT_VALUE_BOOL) return v->bool_value ? 1 : 0;
    fail<Int>(path, v);
  }
};
template <>
struct Boundary<bool> {
  static bool matches_kind(ingot_value_kind k, bool) { return k == INGOT_VALUE_BOOL; }
  static bool matches(const ingot_value* v, bool strict) { return matches_kind(v->kind, strict); }
  static bool convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind == INGOT_VALUE_BOOL) return v->bool_value;
    fail<bool>(path, v);
  }
};
template <>
struct Boundary<double> {
  static bool matches_kind(ingot_value_kind k, bool strict) {
    return k == INGOT_VALUE_FLOAT64 || (!strict && (k == INGOT_VALUE_INT64 || k == INGOT_VALUE_BOOL));
  }
  static bool matches(const ingot_value* v, bool strict) { return matches_kind(v->kind, strict); }
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
  static bool matches_kind(ingot_value_kind k, bool) { return k == INGOT_VALUE_STRING; }
  static bool matches(const ingot_value* v, bool strict) { return matches_kind(v->kind, strict); }
  static Str convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_STRING) fail<Str>(path, v);
    return string_value(v);
  }
};
template <>
struct Boundary<Bytes> {
  static bool matches_kind(ingot_value_kind k, bool) { return k == INGOT_VALUE_BYTES; }
  static bool matches(const ingot_value* v, bool strict) { return matches_kind(v->kind, strict); }
  static Bytes convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_BYTES) fail<Bytes>(path, v);
    return Bytes(std::string_view(v->text));
  }
};
template <>
struct Boundary<None> {
  static bool matches_kind(ingot_value_kind k, bool) { return k == INGOT_VALUE_NONE; }
  static bool matches(const ingot_value* v, bool strict) { return matches_kind(v->kind, strict); }
  static None convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_NONE) fail<None>(path, v);
    return none;
  }
};

template <class Item>
bool items_match(const ingot_value* v, bool strict) {
  if (const abi::PackedItems* p = v->packed.get()) {
    return p->size() == 0 || matches_kind<Item>(p->item_kind(), strict);  // without making item values
  }
  for (const ingot_value* item : v->items) {
    if (!Boundary<Item>::matches(item, strict)) return false;
  }
  return true;
}

/// Fills `out` (the storage of a List<T> or VarTuple<T>) from a packed list
/// in one pass when T accepts the items' kind as Boundary<T>::convert would;
/// returns false otherwise, and the caller converts item by item (which
/// also words the errors).
template <class T, class Storage>
bool convert_packed(const abi::PackedItems& p, Storage& out) {
  const std::size_t n = p.size();
  const ingot_value_kind kind = p.item_kind();
  if constexpr (is_float_v<T> || is_int_v<T> || is_bool_v<T>) {
    if (kind == INGOT_VALUE_FLOAT64 && is_float_v<T>) {
      out.assign(p.floats(), p.floats() + n);  // the same representation: a copy
      return true;
    }
    if (kind == INGOT_VALUE_INT64 && !is_bool_v<T>) {
      out.assign(p.ints(), p.ints() + n);
      return true;
    }
    if (kind == INGOT_VALUE_BOOL) {
      out.assign(p.bools(), p.bools() + n);
      return true;
    }
  } else if constexpr (is_str_v<T>) {
    if (kind == INGOT_VALUE_STRING) {
      out.reserve(n);
      for (std::size_t i = 0; i < n; ++i) out.emplace_back(p.string_at(i));  // validated UTF-8
      return true;
    }
  }
  return false;
}

/// The items of a LIST (or TUPLE) converted to T, into a List or VarTuple's storage.
template <class T, class Storage>
Storage convert_items(const ingot_value* v, const BoundaryPath& path) {
  Storage items;
  if (v->packed && convert_packed<T>(*v->packed, items)) return items;
  const auto& values = abi::items_of(v);
  items.reserve(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const BoundaryPath item_path{&path, BoundaryPath::Step::Item, i, nullptr, {}};
    items.push_back(Boundary<T>::convert(values[i], item_path));
  }
  return items;
}

template <class T>
struct Boundary<List<T>> {
  static bool matches(const ingot_value* v, bool strict) {
    return v->kind == INGOT_VALUE_LIST && items_match<T>(v, strict);
  }
  static List<T> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_LIST) fail<List<T>>(path, v);
    return List<T>(convert_items<T, typename List<T>::storage_type>(v, path));
  }
};
template <class T>
struct Boundary<VarTuple<T>> {
  static bool matches(const ingot_value* v, bool strict) {
    return (v->kind == INGOT_VALUE_TUPLE || (!strict && v->kind == INGOT_VALUE_LIST)) && items_match<T>(v, strict);
  }
  static VarTuple<T> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_TUPLE && v->kind != INGOT_VALUE_LIST) fail<VarTuple<T>>(path, v);
    return VarTuple<T>(convert_items<T, typename VarTuple<T>::storage_type>(v, path));
  }
};
template <class T>
struct Boundary<Set<T>> {
  static bool matches(const ingot_value* v, bool strict) {
    return v->kind == INGOT_VALUE_SET && items_match<T>(v, strict);
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
    if (abi::item_count(v) != sizeof...(Ts)) return false;
    return match_items(abi::items_of(v), strict, std::index_sequence_for<Ts...>{});
  }
  static std::tuple<Ts...> convert(const ingot_value* v, const BoundaryPath& path) {
    if (v->kind != INGOT_VALUE_TUPLE && v->kind != INGOT_VALUE_LIST) fail<std::tuple<Ts...>>(path, v);
    if (abi::item_count(v) != sizeof...(Ts)) {
      raise_boundary_tuple_length(path, annotation_name<std::tuple<Ts...>>(), sizeof...(Ts), abi::item_count(v));
    }
    return convert_fields(abi::items_of(v), path, std::index_sequence_for<Ts...>{});
  }

 private:
  template <std::size_t... I>
  static bool match_items(const std::vector<ingot_value*>& items, bool strict, std::index_sequence<I...>) {
    return (Boundary<Ts>::matches(items[I], strict) && ...);
  }
  template <std::size_t... I>
  static std::tuple<Ts...> convert_fields(const std::vector<ingot_value*>& items, const BoundaryPath& path,
                                          std::index_sequence<I...>) {
    // Braced initialisation evaluates left to right: errors name the first bad item.
    return std::tuple<Ts...>{
        Boundary<Ts>::convert(items[I], BoundaryPath{&path, BoundaryPath::Step::Item, I, nullptr, {}})...};
  }
};
template <class T>
struct Boundary<std::optional<T>> {
  static bool matches_kind(ingot_value_kind k, bool strict) {
    return k == INGOT_VALUE_NONE || detail::matches_kind<T>(k, strict);
  }
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
  static bool matches_kind(ingot_value_kind k, bool strict) { return (detail::matches_kind<Ts>(k, strict) || ...); }
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
/// Raises UnicodeEncodeError when `s` holds a lone surrogate (not UTF-8).
void check_encodable_slow(const Str& s);
inline void check_encodable(const Str& s) {
  if (!s.is_ascii()) check_encodable_slow(s);
}

/// Lists whose items cross the ABI packed: list[float], list[int],
/// list[bool], list[str].
template <class U>
struct is_packable_list : std::false_type {};
template <class T>
struct is_packable_list<List<T>> : std::bool_constant<is_float_v<T> || is_int_v<T> || is_bool_v<T> || is_str_v<T>> {};

/// A packed LIST holding the items of `xs` (see the header comment).
template <class T>
ingot_value* packed_list_value(const List<T>& xs) {
  const auto& items = xs.storage();
  const std::size_t n = items.size();
  abi::PackedItems::Ptr p;
  if constexpr (is_float_v<T>) {
    p = abi::PackedItems::allocate(INGOT_VALUE_FLOAT64, n);
    std::copy(items.begin(), items.end(), p->floats());
  } else if constexpr (is_int_v<T>) {
    p = abi::PackedItems::allocate(INGOT_VALUE_INT64, n);
    std::copy(items.begin(), items.end(), p->ints());
  } else if constexpr (is_bool_v<T>) {
    p = abi::PackedItems::allocate(INGOT_VALUE_BOOL, n);
    std::copy(items.begin(), items.end(), p->bools());
  } else {
    static_assert(is_str_v<T>);
    std::size_t bytes = 0;
    for (const Str& s : items) bytes += s.byte_size();
    p = abi::PackedItems::allocate(INGOT_VALUE_STRING, n, bytes);
    std::size_t* offsets = p->offsets();
    char* text = p->text();
    for (std::size_t i = 0; i < n; ++i) {
      check_encodable(items[i]);
      const std::string_view s = items[i].view();
      std::memcpy(text + offsets[i], s.data(), s.size());
      offsets[i + 1] = offsets[i] + s.size();
    }
  }
  return abi::new_packed_list(std::move(p));
}

/// range(...) as a packed list of ints.
ingot_value* packed_range_value(const Range& r);
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
  } else if constexpr (detail::is_packable_list<U>::value) {
    return detail::packed_list_value(x);
  } else if constexpr (is_range_v<U>) {
    return detail::packed_range_value(x);
  } else if constexpr (is_list_v<U> || is_var_tuple_v<U> || is_set_v<U>) {
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
