// Python exceptions. Every exception the compiled code raises is thrown as a
// C++ rt::PyException carrying the class (ExcType) and str(exception).
//
// Generated code:
//   raise ValueError("bad")   ->  rt::raise(rt::ExcType::ValueError, "bad");
//   raise KeyError(k)         ->  rt::raise_key_error(k);        (str(e) is repr(k))
//   try: ... except LookupError as e: ...
//       ->  try { ... } catch (const rt::PyException& e) {
//             if (!rt::exc_matches(e.type, rt::ExcType::LookupError)) throw;
//             ... e.message ... }
//
// int overflow: CPython's int has no size limit; ours is 64 bits. Any result
// that does not fit raises OverflowError with rt::kIntOverflowMessage
// ("Python int too large to convert to C int64"), worded after CPython's own
// message for ints that do not fit a C type.
#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "ingot/rt/str.h"

namespace ingot::rt {

/// CPython 3.11's built-in exception classes (the part of the hierarchy a
/// predictor can meet). Order is irrelevant; exc_matches uses the parents.
enum class ExcType : std::uint8_t {
  BaseException,
  SystemExit,
  KeyboardInterrupt,
  GeneratorExit,
  Exception,
  StopIteration,
  StopAsyncIteration,
  ArithmeticError,
  FloatingPointError,
  OverflowError,
  ZeroDivisionError,
  AssertionError,
  AttributeError,
  BufferError,
  EOFError,
  ImportError,
  ModuleNotFoundError,
  LookupError,
  IndexError,
  KeyError,
  MemoryError,
  NameError,
  UnboundLocalError,
  OSError,
  FileNotFoundError,
  ReferenceError,
  RuntimeError,
  NotImplementedError,
  RecursionError,
  SyntaxError,
  SystemError,
  TypeError,
  ValueError,
  UnicodeError,
  UnicodeDecodeError,
  UnicodeEncodeError,
  UnicodeTranslateError,
  Warning,
  UserWarning,
  DeprecationWarning,
  RuntimeWarning,
  // numpy.exceptions.AxisError: class AxisError(ValueError, IndexError), the
  // one class with two bases (exc_matches follows both). Its name crosses the
  // ABI as "AxisError"; the bindings raise numpy's class.
  AxisError,
};

inline constexpr const char kIntOverflowMessage[] = "Python int too large to convert to C int64";

/// The class name, e.g. "ZeroDivisionError".
const char* exc_name(ExcType type) noexcept;
/// The direct (first) base class (BaseException for BaseException itself).
ExcType exc_parent(ExcType type) noexcept;
/// `except handler:` catches `raised`: handler is raised or one of its bases
/// (through every base: AxisError is caught by ValueError and IndexError).
bool exc_matches(ExcType raised, ExcType handler) noexcept;

class PyException : public std::exception {
 public:
  PyException() : type(ExcType::Exception) {}
  PyException(ExcType type_, Str message_) : type(type_), message(std::move(message_)) {}
  /// str(exception), NUL-terminated.
  const char* what() const noexcept override { return message.c_str(); }
  const char* type_name() const noexcept { return exc_name(type); }

  ExcType type;
  Str message;
};

[[noreturn]] void raise(ExcType type, std::string_view message);
[[noreturn]] void raise(ExcType type, const Str& message);
[[noreturn]] inline void raise(ExcType type, const char* message) { raise(type, std::string_view(message)); }
[[noreturn]] inline void raise(ExcType type, const std::string& message) { raise(type, std::string_view(message)); }
/// `raise E` / `raise E()`: no arguments, str(e) == "".
[[noreturn]] void raise(ExcType type);

/// KeyError(key): str() of it is repr(key). Defined in repr.h.
template <class K>
[[noreturn]] void raise_key_error(const K& key);

// Out-of-line raisers for the hot paths (keeps inline code small).
[[noreturn]] void raise_int_overflow();
[[noreturn]] void raise_zero_division(const char* message);
[[noreturn]] void raise_index_error(const char* message);
[[noreturn]] void raise_value_error(const char* message);
[[noreturn]] void raise_type_error(const char* message);

}  // namespace ingot::rt
