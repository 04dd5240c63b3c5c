// Shared helpers of the C ABI implementation (runtime/src/abi/*.cpp).
#pragma once

#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include "ingot.h"
#include "ingot/rt/abi_value.h"
#include "ingot/rt/exceptions.h"

namespace ingot::rt::abi {

/// The thread's last error message (ingot_last_error_message), whether or
/// not the last call failed: see last_call_failed().
std::string& last_error() noexcept;
/// Whether the thread's last ABI call failed (then last_error() is its
/// message; otherwise ingot_last_error_message is empty). A plain bool, so
/// that every call can reset it for the price of one store: value getters
/// run per item of every result.
inline thread_local bool last_call_failed = false;
/// Records `message` and returns `status`.
ingot_status fail(ingot_status status, std::string_view message) noexcept;
/// Maps the exception being handled to a status (inside a catch block).
ingot_status fail_from_current_exception() noexcept;
/// The integer a C caller passed for an enum parameter. C callers may pass
/// any int; reading an out-of-range value through the C++ enum type is
/// undefined, so the bytes are copied instead.
template <class Enum>
inline int raw_enum(const Enum& e) noexcept {
  static_assert(sizeof(Enum) == sizeof(int));
  int raw;
  std::memcpy(&raw, &e, sizeof raw);
  return raw;
}

/// Every ABI call starts by clearing the last error.
inline void begin_call() noexcept { last_call_failed = false; }

/// Python equality of two hashable values (numbers across kinds, str,
/// bytes, None, tuples of those), as dict keys compare.
bool values_equal(const ingot_value* a, const ingot_value* b);
/// Whether a value can be a dict key / set item; else the unhashable type name.
const char* unhashable_type(const ingot_value* v) noexcept;
std::size_t value_hash(const ingot_value* v);
/// Python type name of a value's kind ("int", "str", "NoneType", ...).
const char* value_type_name(const ingot_value* v) noexcept;
/// A short repr of a value, for messages.
std::string value_repr(const ingot_value* v, std::size_t limit = 60);

}  // namespace ingot::rt::abi
