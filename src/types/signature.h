// Declared signatures of the operations compiled code may use: operators,
// builtins, methods and module functions. Each entry names the runtime
// function that implements it (one header under runtime/include/ingot/rt/)
// and computes its result type from the argument types; type propagation
// goes through these tables and nothing else.
//
// Adding an operation: one entry in the table of its family
// (signatures_*.cpp), one runtime header, one differential test.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "types/type.h"

namespace ingot::types {

/// The argument types at a call site.
struct CallTypes {
  std::vector<TypeRef> positional;
  std::vector<std::pair<std::string, TypeRef>> keywords;
};

/// A parameter of a runtime function: its Python name and the C++ value
/// passed when the call leaves it out (empty: required).
struct ParamSpec {
  std::string name;
  std::string cpp_default;
};

/// A resolved operation.
struct Resolved {
  TypeRef result = nullptr;
  std::string cpp;                   // C++ callee
  std::vector<TypeRef> convert_to;   // per positional argument after keyword
                                     // placement: type to convert to (null: as is)
  std::vector<int> order;            // C++ argument i comes from call argument order[i]
                                     // (positional first, then keywords); -1: default
  std::vector<std::string> defaults; // C++ default per C++ argument where order[i] == -1
};

/// One overload of an operation.
struct Overload {
  std::vector<ParamSpec> params;  // empty: any positional arguments, no keywords
  std::string cpp;
  /// Result type for these argument types (keywords already placed in
  /// parameter order, missing ones null), or null when it does not apply.
  std::function<TypeRef(const std::vector<TypeRef>&)> result;
  /// Whether the overload takes any number of positional arguments.
  bool variadic = false;
};

/// Resolution failure: CPython's wording when it has one.
struct SignatureError {
  std::string message;
};

/// `a OP b` for a binary or comparison operator named as in Python ("+",
/// "//", "==", "in", "is", ...).
std::optional<Resolved> resolve_binary(const std::string& op, TypeRef left, TypeRef right);
/// `OP a` for "-", "+", "~", "not".
std::optional<Resolved> resolve_unary(const std::string& op, TypeRef operand);
/// A builtin function call, e.g. len(x), min(a, b, key=f).
std::optional<Resolved> resolve_builtin(const std::string& name, const CallTypes& args, SignatureError& error);
/// A method call `receiver.name(args)`.
std::optional<Resolved> resolve_method(TypeRef receiver, const std::string& name, const CallTypes& args,
                                       SignatureError& error);
/// A function of a supported module, e.g. math.sqrt.
std::optional<Resolved> resolve_module_function(const std::string& module, const std::string& name,
                                                const CallTypes& args, SignatureError& error);
/// A constant of a supported module (math.pi): its type and C++ expression.
std::optional<std::pair<TypeRef, std::string>> resolve_module_constant(const std::string& module,
                                                                       const std::string& name);
/// `x[i]` and `x[a:b:c]` (slice: the index types are the slice parts).
std::optional<Resolved> resolve_subscript(TypeRef container, TypeRef index);
std::optional<Resolved> resolve_slice(TypeRef container);

/// Whether a module may be imported by compiled code.
bool is_supported_module(const std::string& module);
/// Whether `name` is a builtin exception class the runtime knows.
bool is_exception_class(const std::string& name);
/// Whether `name` is a builtin function with a signature table entry.
bool is_builtin(const std::string& name);

/// An overload whose result is `result` once `check` (if any) accepts the
/// argument types (keywords placed in parameter order, missing ones null).
Overload fixed(std::vector<ParamSpec> params, std::string cpp, TypeRef result,
               std::function<bool(const std::vector<TypeRef>&)> check = nullptr);
/// A resolved method with its receiver prepended as C++ argument 0.
std::optional<Resolved> with_receiver(std::optional<Resolved> r);

/// Builds a Resolved from an overload table: tries each overload in order.
std::optional<Resolved> resolve_overloads(const std::vector<Overload>& overloads, const CallTypes& args,
                                          const std::string& what, SignatureError& error);

}  // namespace ingot::types
