// The exception hierarchy (CPython 3.11's built-in classes) and the raisers.
#include "ingot/rt/exceptions.h"

#include <string>

#include "ingot/rt/detail/ordered_table.h"
#include "ingot/rt/ops/compare.h"

namespace ingot::rt {

namespace {

struct ExcInfo {
  const char* name;
  ExcType parent;
  // A second base class (multiple inheritance), or BaseException for none:
  // every class reaches BaseException through `parent` anyway.
  ExcType second_base = ExcType::BaseException;
};

const ExcInfo& info(ExcType type) noexcept {
  using E = ExcType;
  static const ExcInfo table[] = {
      {"BaseException", E::BaseException},      // BaseException
      {"SystemExit", E::BaseException},         // SystemExit
      {"KeyboardInterrupt", E::BaseException},  // KeyboardInterrupt
      {"GeneratorExit", E::BaseException},      // GeneratorExit
      {"Exception", E::BaseException},          // Exception
      {"StopIteration", E::Exception},          // StopIteration
      {"StopAsyncIteration", E::Exception},     // StopAsyncIteration
      {"ArithmeticError", E::Exception},        // ArithmeticError
      {"FloatingPointError", E::ArithmeticError},
      {"OverflowError", E::ArithmeticError},
      {"ZeroDivisionError", E::ArithmeticError},
      {"AssertionError", E::Exception},
      {"AttributeError", E::Exception},
      {"BufferError", E::Exception},
      {"EOFError", E::Exception},
      {"ImportError", E::Exception},
      {"ModuleNotFoundError", E::ImportError},
      {"LookupError", E::Exception},
      {"IndexError", E::LookupError},
      {"KeyError", E::LookupError},
      {"MemoryError", E::Exception},
      {"NameError", E::Exception},
      {"UnboundLocalError", E::NameError},
      {"OSError", E::Exception},
      {"FileNotFoundError", E::OSError},
      {"ReferenceError", E::Exception},
      {"RuntimeError", E::Exception},
      {"NotImplementedError", E::RuntimeError},
      {"RecursionError", E::RuntimeError},
      {"SyntaxError", E::Exception},
      {"SystemError", E::Exception},
      {"TypeError", E::Exception},
      {"ValueError", E::Exception},
      {"UnicodeError", E::ValueError},
      {"UnicodeDecodeError", E::UnicodeError},
      {"UnicodeEncodeError", E::UnicodeError},
      {"UnicodeTranslateError", E::UnicodeError},
      {"Warning", E::Exception},
      {"UserWarning", E::Warning},
      {"DeprecationWarning", E::Warning},
      {"RuntimeWarning", E::Warning},
      {"AxisError", E::ValueError, E::IndexError},  // numpy: class AxisError(ValueError, IndexError)
  };
  static_assert(sizeof(table) / sizeof(table[0]) == static_cast<std::size_t>(ExcType::AxisError) + 1,
                "one row per ExcType, in declaration order");
  const auto i = static_cast<std::size_t>(type);
  return i < sizeof(table) / sizeof(table[0]) ? table[i] : table[0];
}

}  // namespace

const char* exc_name(ExcType type) noexcept { return info(type).name; }
ExcType exc_parent(ExcType type) noexcept { return info(type).parent; }

bool exc_matches(ExcType raised, ExcType handler) noexcept {
  for (ExcType t = raised;; t = exc_parent(t)) {
    if (t == handler) return true;
    if (t == ExcType::BaseException) return false;
    const ExcType second = info(t).second_base;
    if (second != ExcType::BaseException && exc_matches(second, handler)) return true;
  }
}

void raise(ExcType type, std::string_view message) { throw PyException(type, Str(message)); }
void raise(ExcType type, const Str& message) { throw PyException(type, message); }
void raise(ExcType type) { throw PyException(type, Str()); }

void raise_int_overflow() { raise(ExcType::OverflowError, kIntOverflowMessage); }
void raise_zero_division(const char* message) { raise(ExcType::ZeroDivisionError, message); }
void raise_index_error(const char* message) { raise(ExcType::IndexError, message); }
void raise_value_error(const char* message) { raise(ExcType::ValueError, message); }
void raise_type_error(const char* message) { raise(ExcType::TypeError, message); }

namespace detail {

void raise_unorderable(CmpOp op, const char* lhs_type, const char* rhs_type) {
  const char* symbol = op == CmpOp::Lt ? "<" : op == CmpOp::Le ? "<=" : op == CmpOp::Gt ? ">" : ">=";
  raise(ExcType::TypeError, std::string("'") + symbol + "' not supported between instances of '" + lhs_type +
                                "' and '" + rhs_type + "'");
}

void raise_unhashable(const char* type_name) {
  raise(ExcType::TypeError, std::string("unhashable type: '") + type_name + "'");
}

void raise_changed_size(const char* what) {
  raise(ExcType::RuntimeError, std::string(what) + " changed size during iteration");
}

void raise_extended_slice_size(std::size_t given, std::size_t expected) {
  raise(ExcType::ValueError, "attempt to assign sequence of size " + std::to_string(given) +
                                 " to extended slice of size " + std::to_string(expected));
}

void raise_not_in_list(const std::string& item_repr) { raise(ExcType::ValueError, item_repr + " is not in list"); }

void raise_not_iterable_container(const char* type_name) {
  raise(ExcType::TypeError, std::string("argument of type '") + type_name + "' is not iterable");
}

void raise_not_subscriptable(const char* type_name) {
  raise(ExcType::TypeError, std::string("'") + type_name + "' object is not subscriptable");
}

void raise_no_item_assignment(const char* type_name) {
  raise(ExcType::TypeError, std::string("'") + type_name + "' object does not support item assignment");
}

void raise_not_iterable(const char* type_name) {
  raise(ExcType::TypeError, std::string("'") + type_name + "' object is not iterable");
}

void raise_unpack_count(std::size_t expected, std::size_t got, bool at_least) {
  raise(ExcType::ValueError, std::string("not enough values to unpack (expected ") + (at_least ? "at least " : "") +
                                 std::to_string(expected) + ", got " + std::to_string(got) + ")");
}

void raise_unpack_too_many(std::size_t expected) {
  raise(ExcType::ValueError, "too many values to unpack (expected " + std::to_string(expected) + ")");
}

void raise_no_len(const char* type_name) {
  raise(ExcType::TypeError, std::string("object of type '") + type_name + "' has no len()");
}

void raise_empty_min_max(bool is_max) {
  raise(ExcType::ValueError, is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
}

void raise_unsupported_format(const char* type_name) {
  raise(ExcType::TypeError, std::string("unsupported format string passed to ") + type_name + ".__format__");
}

}  // namespace detail
}  // namespace ingot::rt
