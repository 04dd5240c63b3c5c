// repr(), str() and ascii() of every runtime type, byte for byte as CPython
// 3.11 prints them:
//   floats    shortest round-trip digits: 1.0, 1e+16, 1e-05, inf, nan, -0.0
//   str       quote choice (' unless the text has ' and no "), escapes for tab,
//             newline, return and backslash,
//             \xNN \uNNNN \UNNNNNNNN for non-printable characters
//   bytes     b'...' with \xNN for bytes outside 0x20..0x7E
//   tuple     () (1,) (1, 2);  set: set() {1, 2};  dict: {} {'a': 1}
//   bool/None True False None
// str(x) is repr(x) except for str itself (and containers print their items
// with repr, as Python does).
//
// Generated code: repr(x) -> rt::repr(x); str(x) -> rt::to_str(x) (or
// rt::builtins::str(x)); ascii(x) -> rt::ascii(x).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "ingot/rt/bytes.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

// Non-template parts (runtime/src/repr.cpp).
void repr_int(Int value, std::string& out);
void repr_float(double value, std::string& out);
/// repr(str); `ascii_only` gives ascii(str): every non-ASCII code point escaped.
void repr_str(std::string_view utf8, std::string& out, bool ascii_only = false);
void repr_bytes(std::string_view bytes, std::string& out);

template <class T>
void repr_into(std::string& out, const T& x, bool ascii_only = false);

namespace detail {
template <class Seq>
void repr_items(std::string& out, const Seq& seq, bool ascii_only) {
  bool first = true;
  for (const auto& item : seq) {
    if (!first) out += ", ";
    first = false;
    repr_into(out, item, ascii_only);
  }
}
}  // namespace detail

template <class T>
void repr_into(std::string& out, const T& x, bool ascii_only) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_text_literal_v<U>) {
    repr_str(std::string_view(x), out, ascii_only);
  } else if constexpr (is_bool_v<U>) {
    out += x ? "True" : "False";
  } else if constexpr (is_int_v<U>) {
    repr_int(static_cast<Int>(x), out);
  } else if constexpr (is_float_v<U>) {
    repr_float(static_cast<double>(x), out);
  } else if constexpr (is_none_v<U>) {
    out += "None";
  } else if constexpr (is_str_v<U>) {
    repr_str(x.view(), out, ascii_only);
  } else if constexpr (is_bytes_v<U>) {
    repr_bytes(x.view(), out);
  } else if constexpr (is_optional_v<U>) {
    if (x) repr_into(out, *x, ascii_only);
    else out += "None";
  } else if constexpr (is_variant_v<U>) {
    std::visit([&](const auto& v) { repr_into(out, v, ascii_only); }, x);
  } else if constexpr (is_list_v<U>) {
    out += '[';
    detail::repr_items(out, x, ascii_only);
    out += ']';
  } else if constexpr (is_var_tuple_v<U>) {
    out += '(';
    detail::repr_items(out, x, ascii_only);
    if (x.size() == 1) out += ',';
    out += ')';
  } else if constexpr (is_tuple_v<U>) {
    out += '(';
    std::apply(
        [&](const auto&... items) {
          bool first = true;
          ((out += first ? "" : ", ", first = false, repr_into(out, items, ascii_only)), ...);
        },
        x);
    if constexpr (std::tuple_size_v<U> == 1) out += ',';
    out += ')';
  } else if constexpr (is_set_v<U>) {
    if (x.size() == 0) {
      out += "set()";
    } else {
      out += '{';
      detail::repr_items(out, x, ascii_only);
      out += '}';
    }
  } else if constexpr (is_dict_v<U>) {
    out += '{';
    bool first = true;
    for (const auto& [key, value] : x.items()) {
      if (!first) out += ", ";
      first = false;
      repr_into(out, key, ascii_only);
      out += ": ";
      repr_into(out, value, ascii_only);
    }
    out += '}';
  } else if constexpr (std::is_same_v<U, PyException>) {
    out += x.type_name();  // ValueError('message'), ValueError()
    out += '(';
    if (!x.message.empty()) repr_str(x.message.view(), out, ascii_only);
    out += ')';
  } else if constexpr (requires { x.repr_into(out, ascii_only); }) {
    x.repr_into(out, ascii_only);  // range, dict views, ...
  } else {
    static_assert(dependent_false_v<U>, "repr() of this C++ type is not defined");
  }
}

/// str(x) appended to out.
template <class T>
void str_into(std::string& out, const T& x) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_str_v<U>) {
    out.append(x.view());
  } else if constexpr (is_text_literal_v<U>) {
    out.append(std::string_view(x));
  } else if constexpr (std::is_same_v<U, PyException>) {
    out.append(x.message.view());  // str(exception)
  } else if constexpr (is_optional_v<U>) {
    if (x) str_into(out, *x);
    else out += "None";
  } else if constexpr (is_variant_v<U>) {
    std::visit([&](const auto& v) { str_into(out, v); }, x);
  } else if constexpr (requires { x.str_into(out); }) {
    x.str_into(out);  // numpy arrays and scalars: str() differs from repr()
  } else {
    repr_into(out, x, false);
  }
}

template <class T>
Str repr(const T& x) {
  std::string out;
  repr_into(out, x, false);
  return Str(std::string_view(out));
}

inline Str repr(const Str& s) {
  std::string out;
  repr_str(s.view(), out, false);
  return Str(std::string_view(out));
}

template <class T>
Str ascii(const T& x) {
  std::string out;
  repr_into(out, x, true);
  return Str(std::string_view(out));
}

template <class T>
Str to_str(const T& x) {
  if constexpr (is_str_v<T>) {
    return x;
  } else {
    std::string out;
    str_into(out, x);
    return Str(std::string_view(out));
  }
}

/// repr(x) as a std::string (error messages).
template <class T>
std::string repr_string(const T& x) {
  std::string out;
  repr_into(out, x, false);
  return out;
}

template <class K>
[[noreturn]] void raise_key_error(const K& key) {
  raise(ExcType::KeyError, repr_string(key));
}

/// `raise E(value)`: str(exception) is str(value), except for KeyError,
/// whose str() is repr(value).
template <class T>
[[noreturn]] void raise_with(ExcType type, const T& value) {
  if (type == ExcType::KeyError) raise_key_error(value);
  std::string message;
  str_into(message, value);
  raise(type, message);
}

}  // namespace ingot::rt
