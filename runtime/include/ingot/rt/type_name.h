// Python type names of C++ values: the dynamic class name ("int", "list",
// "NoneType") that error messages quote, and the annotation text of a static
// type ("list[int]", "int | None") for boundary errors.
#pragma once

#include <string>
#include <variant>

#include "ingot/rt/types.h"

namespace ingot::rt {

/// type(x).__name__ for the value (variants and optionals: the held value).
template <class T>
const char* python_type_name(const T& x) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_optional_v<U>) {
    return x ? python_type_name(*x) : "NoneType";
  } else if constexpr (is_variant_v<U>) {
    return std::visit([](const auto& v) { return python_type_name(v); }, x);
  } else if constexpr (is_bool_v<U>) {
    return "bool";
  } else if constexpr (is_int_v<U>) {
    return "int";
  } else if constexpr (is_float_v<U>) {
    return "float";
  } else if constexpr (is_none_v<U>) {
    return "NoneType";
  } else if constexpr (is_str_v<U> || is_text_literal_v<U>) {
    return "str";
  } else if constexpr (is_bytes_v<U>) {
    return "bytes";
  } else if constexpr (is_list_v<U>) {
    return "list";
  } else if constexpr (is_dict_v<U>) {
    return "dict";
  } else if constexpr (is_set_v<U>) {
    return "set";
  } else if constexpr (is_tuple_v<U> || is_var_tuple_v<U>) {
    return "tuple";
  } else if constexpr (is_range_v<U>) {
    return "range";
  } else if constexpr (requires { U::python_type_name; }) {
    return U::python_type_name;
  } else {
    return "object";
  }
}

namespace detail {
template <class T>
void append_annotation(std::string& out);

template <class... Ts>
void append_annotation_list(std::string& out, const char* separator) {
  bool first = true;
  ((out += first ? "" : separator, first = false, append_annotation<Ts>(out)), ...);
}

template <class T>
void append_annotation(std::string& out) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_optional_v<U>) {
    append_annotation<typename U::value_type>(out);
    out += " | None";
  } else if constexpr (is_variant_v<U>) {
    [&]<class... Ts>(std::variant<Ts...>*) { append_annotation_list<Ts...>(out, " | "); }(static_cast<U*>(nullptr));
  } else if constexpr (is_list_v<U>) {
    out += "list[";
    append_annotation<typename U::value_type>(out);
    out += "]";
  } else if constexpr (is_set_v<U>) {
    out += "set[";
    append_annotation<typename U::value_type>(out);
    out += "]";
  } else if constexpr (is_var_tuple_v<U>) {
    out += "tuple[";
    append_annotation<typename U::value_type>(out);
    out += ", ...]";
  } else if constexpr (is_dict_v<U>) {
    out += "dict[";
    append_annotation<typename U::key_type>(out);
    out += ", ";
    append_annotation<typename U::mapped_type>(out);
    out += "]";
  } else if constexpr (is_tuple_v<U>) {
    out += "tuple[";
    if constexpr (std::tuple_size_v<U> == 0) {
      out += "()";
    } else {
      [&]<class... Ts>(std::tuple<Ts...>*) { append_annotation_list<Ts...>(out, ", "); }(static_cast<U*>(nullptr));
    }
    out += "]";
  } else if constexpr (is_none_v<U>) {
    out += "None";
  } else {
    out += python_type_name(U{});
  }
}
}  // namespace detail

/// The annotation a static type stands for: "list[dict[str, float]]".
template <class T>
std::string annotation_name() {
  std::string out;
  detail::append_annotation<T>(out);
  return out;
}

}  // namespace ingot::rt
