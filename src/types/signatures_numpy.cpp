// numpy: operators on arrays, np.* functions, ndarray methods and
// attributes. Every numpy value has the one static type np.ndarray (numpy
// scalars are flagged 0-d arrays; dtype and shape are known at run time);
// see docs/numpy.md. Runtime: runtime/include/ingot/rt/numpy/dynamic*.h.
#include "types/signatures_numpy.h"

#include <map>

namespace ingot::types {
namespace {

using Types = std::vector<TypeRef>;
using Table = std::map<std::string, std::vector<Overload>>;

/// The numpy operations resolve only once the runtime's dynamic layer
/// (rt/numpy/dynamic*.h) implements them; until then they are refused at
/// their line (arrays themselves are refused at their annotation).
constexpr bool kNumpyOperations = true;

bool is_array(TypeRef t) { return t && t->kind == Kind::NDArray; }
/// An operand of an elementwise operation: an array or a Python number.
bool is_operand(TypeRef t) { return t && (is_array(t) || t->is_numeric()); }
bool is_int(TypeRef t) { return t && (t->kind == Kind::Int || t->kind == Kind::Bool); }
/// axis=: missing, None or an int.
bool is_axis(TypeRef t) { return !t || t->kind == Kind::None || is_int(t); }
/// dtype=: missing, None, a dtype written in the code (np.float32, float) or
/// one known at run time (a.dtype: rt::np::DType converts to the ingot_dtype).
bool is_dtype(TypeRef t) { return !t || t->kind == Kind::None || t->kind == Kind::DType; }
/// A shape: an int or a tuple of ints.
bool is_shape(TypeRef t) {
  if (!t) return false;
  if (is_int(t)) return true;
  if (t->kind == Kind::VarTuple) return is_int(t->args[0]);
  if (t->kind != Kind::Tuple) return false;
  for (TypeRef m : t->args)
    if (!is_int(m)) return false;
  return true;
}
bool is_opt_bool(TypeRef t) { return !t || t->kind == Kind::Bool; }
bool is_opt_operand(TypeRef t) { return !t || t->kind == Kind::None || is_operand(t); }

const char* binary_function(const std::string& op) {
  static const std::map<std::string, const char*> names = {
      {"+", "add"},           {"-", "subtract"},  {"*", "multiply"},       {"/", "true_divide"},
      {"//", "floor_divide"}, {"%", "remainder"}, {"**", "power"},         {"@", "matmul"},
      {"==", "equal"},        {"!=", "not_equal"}, {"<", "less"},          {"<=", "less_equal"},
      {">", "greater"},       {">=", "greater_equal"}, {"&", "bitwise_and"}, {"|", "bitwise_or"},
      {"^", "bitwise_xor"},   {"<<", "left_shift"}, {">>", "right_shift"}};
  auto it = names.find(op);
  return it == names.end() ? nullptr : it->second;
}

/// The reductions: f(a, axis=None, keepdims=False) (std/var also ddof).
void add_reductions(Table& m, bool as_method) {
  auto A = ndarray_type();
  const std::vector<ParamSpec> head = as_method ? std::vector<ParamSpec>{} : std::vector<ParamSpec>{{"a", ""}};
  for (const char* n : {"sum", "mean", "max", "min", "argmax", "argmin", "prod", "any", "all", "amax", "amin"}) {
    std::string cpp = std::string("rt::np::") + (std::string(n) == "amax" ? "max" : std::string(n) == "amin" ? "min" : n);
    auto params = head;
    params.push_back({"axis", "std::nullopt"});
    params.push_back({"keepdims", "false"});
    size_t a0 = head.size();
    m[n] = {fixed(params, cpp, A, [a0, as_method](const Types& a) {
      return (as_method || is_array(a[0])) && is_axis(a[a0]) && is_opt_bool(a[a0 + 1]);
    })};
  }
  for (const char* n : {"std", "var"}) {
    auto params = head;
    params.push_back({"axis", "std::nullopt"});
    params.push_back({"ddof", "rt::Int(0)"});
    params.push_back({"keepdims", "false"});
    size_t a0 = head.size();
    m[n] = {fixed(params, std::string("rt::np::") + (std::string(n) == "std" ? "std_" : "var"), A,
                  [a0, as_method](const Types& a) {
                    return (as_method || is_array(a[0])) && is_axis(a[a0]) && (!a[a0 + 1] || is_int(a[a0 + 1])) &&
                           is_opt_bool(a[a0 + 2]);
                  })};
  }
}

const Table& function_table() {
  static const Table t = [] {
    Table m;
    auto A = ndarray_type();
    auto one = [](const Types& a) { return is_operand(a[0]); };
    auto two = [](const Types& a) { return is_operand(a[0]) && is_operand(a[1]); };
    for (const char* n : {"exp", "log", "sqrt", "tanh", "floor", "ceil", "sign", "absolute", "negative", "positive",
                          "exp2", "expm1", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos",
                          "arctan", "sinh", "cosh", "square", "rint", "trunc", "isnan", "isinf", "isfinite",
                          "logical_not", "invert", "reciprocal", "cbrt", "signbit"})
      m[n] = {fixed({{"x", ""}}, std::string("rt::np::") + n, A, one)};
    m["abs"] = {fixed({{"x", ""}}, "rt::np::absolute", A, one)};
    for (const char* n : {"add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "maximum",
                          "minimum", "fmax", "fmin", "arctan2", "hypot", "equal", "not_equal", "less", "less_equal",
                          "greater", "greater_equal", "logical_and", "logical_or", "logical_xor", "bitwise_and",
                          "bitwise_or", "bitwise_xor", "fmod", "left_shift", "right_shift"})
      m[n] = {fixed({{"x1", ""}, {"x2", ""}}, std::string("rt::np::") + n, A, two)};
    // np.power is the ufunc: not the `**` operator's shortcuts (rt::np::power).
    m["power"] = {fixed({{"x1", ""}, {"x2", ""}}, "rt::np::power_ufunc", A, two)};
    m["divide"] = {fixed({{"x1", ""}, {"x2", ""}}, "rt::np::true_divide", A, two)};
    m["mod"] = {fixed({{"x1", ""}, {"x2", ""}}, "rt::np::remainder", A, two)};
    m["matmul"] = {fixed({{"x1", ""}, {"x2", ""}}, "rt::np::matmul", A, two)};
    m["dot"] = {fixed({{"a", ""}, {"b", ""}}, "rt::np::dot", A, two)};
    m["where"] = {fixed({{"condition", ""}, {"x", ""}, {"y", ""}}, "rt::np::where", A,
                        [](const Types& a) { return is_operand(a[0]) && is_operand(a[1]) && is_operand(a[2]); }),
                  fixed({{"condition", ""}}, "rt::np::nonzero", var_tuple_of(A),
                        [](const Types& a) { return is_array(a[0]); })};
    m["nonzero"] = {fixed({{"a", ""}}, "rt::np::nonzero", var_tuple_of(A), [](const Types& a) { return is_array(a[0]); })};
    m["clip"] = {fixed({{"a", ""}, {"a_min", ""}, {"a_max", ""}}, "rt::np::clip", A, [](const Types& a) {
      return is_operand(a[0]) && is_opt_operand(a[1]) && is_opt_operand(a[2]);
    })};
    for (const char* n : {"round", "around"})
      m[n] = {fixed({{"a", ""}, {"decimals", "rt::Int(0)"}}, "rt::np::round", A,
                    [](const Types& a) { return is_operand(a[0]) && (!a[1] || is_int(a[1])); })};
    add_reductions(m, false);
    // Creation.
    for (const char* n : {"array", "asarray"})
      m[n] = {fixed({{"object", ""}, {"dtype", "std::nullopt"}}, "rt::np::array", A,
                    [](const Types& a) { return is_dtype(a[1]); })};
    for (const char* n : {"zeros", "ones", "empty"})
      m[n] = {fixed({{"shape", ""}, {"dtype", "std::nullopt"}}, std::string("rt::np::") + n, A,
                    [](const Types& a) { return is_shape(a[0]) && is_dtype(a[1]); })};
    m["full"] = {fixed({{"shape", ""}, {"fill_value", ""}, {"dtype", "std::nullopt"}}, "rt::np::full", A,
                       [](const Types& a) { return is_shape(a[0]) && is_operand(a[1]) && is_dtype(a[2]); })};
    for (const char* n : {"zeros_like", "ones_like", "empty_like"})
      m[n] = {fixed({{"a", ""}, {"dtype", "std::nullopt"}}, std::string("rt::np::") + n, A,
                    [](const Types& a) { return is_array(a[0]) && is_dtype(a[1]); })};
    m["full_like"] = {fixed({{"a", ""}, {"fill_value", ""}, {"dtype", "std::nullopt"}}, "rt::np::full_like", A,
                            [](const Types& a) { return is_array(a[0]) && is_operand(a[1]) && is_dtype(a[2]); })};
    m["arange"] = {fixed({{"start", ""}, {"stop", "std::nullopt"}, {"step", "std::nullopt"}, {"dtype", "std::nullopt"}},
                         "rt::np::arange", A, [](const Types& a) {
                           auto num = [](TypeRef t) { return !t || t->kind == Kind::None || t->is_numeric(); };
                           return a[0]->is_numeric() && num(a[1]) && num(a[2]) && is_dtype(a[3]);
                         })};
    m["linspace"] = {fixed({{"start", ""}, {"stop", ""}, {"num", "rt::Int(50)"}, {"endpoint", "true"},
                            {"dtype", "std::nullopt"}},
                           "rt::np::linspace", A, [](const Types& a) {
                             return a[0]->is_numeric() && a[1]->is_numeric() && (!a[2] || is_int(a[2])) &&
                                    is_opt_bool(a[3]) && is_dtype(a[4]);
                           })};
    m["eye"] = {fixed({{"N", ""}, {"M", "std::nullopt"}, {"k", "rt::Int(0)"}, {"dtype", "std::nullopt"}}, "rt::np::eye", A,
                      [](const Types& a) {
                        return is_int(a[0]) && (!a[1] || a[1]->kind == Kind::None || is_int(a[1])) &&
                               (!a[2] || is_int(a[2])) && is_dtype(a[3]);
                      })};
    // Shapes.
    m["reshape"] = {fixed({{"a", ""}, {"newshape", ""}}, "rt::np::reshape", A,
                          [](const Types& a) { return is_array(a[0]) && is_shape(a[1]); })};
    m["transpose"] = {fixed({{"a", ""}, {"axes", "std::nullopt"}}, "rt::np::transpose", A,
                            [](const Types& a) { return is_array(a[0]) && (!a[1] || is_shape(a[1])); })};
    m["expand_dims"] = {fixed({{"a", ""}, {"axis", ""}}, "rt::np::expand_dims", A,
                              [](const Types& a) { return is_array(a[0]) && is_int(a[1]); })};
    m["squeeze"] = {fixed({{"a", ""}, {"axis", "std::nullopt"}}, "rt::np::squeeze", A,
                          [](const Types& a) { return is_array(a[0]) && is_axis(a[1]); })};
    for (const char* n : {"concatenate", "stack"})
      m[n] = {fixed({{"arrays", ""}, {"axis", "rt::Int(0)"}}, std::string("rt::np::") + n, A,
                    [](const Types& a) { return a[0]->element() && is_array(a[0]->element()) && is_axis(a[1]); })};
    m["take_along_axis"] = {fixed({{"arr", ""}, {"indices", ""}, {"axis", ""}}, "rt::np::take_along_axis", A,
                                  [](const Types& a) { return is_array(a[0]) && is_array(a[1]) && is_axis(a[2]); })};
    m["broadcast_to"] = {fixed({{"array", ""}, {"shape", ""}}, "rt::np::broadcast_to", A,
                               [](const Types& a) { return is_array(a[0]) && is_shape(a[1]); })};
    m["copy"] = {fixed({{"a", ""}}, "rt::np::copy", A, [](const Types& a) { return is_array(a[0]); })};
    for (const char* n : {"sort", "argsort"})
      m[n] = {fixed({{"a", ""}, {"axis", "rt::Int(-1)"}, {"kind", "std::nullopt"}}, std::string("rt::np::") + n + "_kind", A,
                    [](const Types& a) {
                      return is_array(a[0]) && is_axis(a[1]) && (!a[2] || a[2]->kind == Kind::Str || a[2]->kind == Kind::None);
                    })};
    // np.dtype("float32"), np.dtype(a.dtype), np.dtype(np.int8): a dtype value.
    m["dtype"] = {fixed({{"dtype", ""}}, "rt::np::dtype_from_name", dtype_type(),
                        [](const Types& a) { return a[0]->kind == Kind::Str; }),
                  fixed({{"dtype", ""}}, "rt::np::DType", dtype_type(),
                        [](const Types& a) { return a[0]->kind == Kind::DType; })};
    // Scalar types called as constructors: np.float32(x).
    for (const char* n : {"bool_", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16",
                          "float32", "float64"}) {
      // The dtype is a default the caller cannot give: rt::np::scalar(x, INGOT_DTYPE_FLOAT32).
      m[n] = {fixed({{"x", ""}, {"", dtype_code(std::string(n) == "bool_" ? "bool" : n)}}, "rt::np::scalar", A, one)};
    }
    return m;
  }();
  return t;
}

const Table& method_table() {
  static const Table t = [] {
    Table m;
    auto A = ndarray_type();
    add_reductions(m, true);
    m["astype"] = {fixed({{"dtype", ""}}, "rt::np::astype", A, [](const Types& a) { return a[0]->kind == Kind::DType; })};
    m["copy"] = {fixed({}, "rt::np::copy", A, [](const Types&) { return true; })};
    for (const char* n : {"flatten", "ravel"}) m[n] = {fixed({}, std::string("rt::np::") + n, A, [](const Types&) { return true; })};
    m["reshape"] = {fixed({{"shape", ""}}, "rt::np::reshape", A, [](const Types& a) { return is_shape(a[0]); }),
                    Overload{{}, "rt::np::reshape_dims", [A](const Types& a) -> TypeRef {
                               for (TypeRef t : a)
                                 if (!is_int(t)) return nullptr;
                               return a.size() > 1 ? A : nullptr;
                             }, true}};
    m["transpose"] = {Overload{{}, "rt::np::transpose_dims", [A](const Types& a) -> TypeRef {
      for (TypeRef t : a)
        if (!is_int(t)) return nullptr;
      return A;
    }, true}};
    m["squeeze"] = {fixed({{"axis", "std::nullopt"}}, "rt::np::squeeze", A, [](const Types& a) { return is_axis(a[0]); })};
    m["clip"] = {fixed({{"min", "std::nullopt"}, {"max", "std::nullopt"}}, "rt::np::clip", A,
                       [](const Types& a) { return is_opt_operand(a[0]) && is_opt_operand(a[1]); })};
    m["round"] = {fixed({{"decimals", "rt::Int(0)"}}, "rt::np::round", A, [](const Types& a) { return !a[0] || is_int(a[0]); })};
    m["dot"] = {fixed({{"b", ""}}, "rt::np::dot", A, [](const Types& a) { return is_operand(a[0]); })};
    m["argsort"] = {fixed({{"axis", "rt::Int(-1)"}, {"kind", "std::nullopt"}}, "rt::np::argsort_kind", A,
                          [](const Types& a) { return is_axis(a[0]); })};
    m["sort"] = {fixed({{"axis", "rt::Int(-1)"}, {"kind", "std::nullopt"}}, "rt::np::sort_inplace_kind", none_type(),
                       [](const Types& a) { return is_axis(a[0]); })};
    m["nonzero"] = {fixed({}, "rt::np::nonzero", var_tuple_of(A), [](const Types&) { return true; })};
    return m;
  }();
  return t;
}

}  // namespace

std::optional<Resolved> resolve_numpy_binary(const std::string& op, TypeRef left, TypeRef right) {
  const char* f = binary_function(op);
  if (!f || !is_operand(left) || !is_operand(right)) return std::nullopt;
  Resolved r;
  r.result = ndarray_type();
  r.cpp = std::string("rt::np::") + f;
  r.order = {0, 1};
  r.defaults = {"", ""};
  return r;
}

std::optional<Resolved> resolve_numpy_unary(const std::string& op, TypeRef operand) {
  if (!is_array(operand)) return std::nullopt;
  Resolved r;
  r.result = ndarray_type();
  r.order = {0};
  r.defaults = {""};
  if (op == "-") r.cpp = "rt::np::negative";
  else if (op == "+") r.cpp = "rt::np::positive";
  else if (op == "~") r.cpp = "rt::np::invert";
  else return std::nullopt;
  return r;
}

std::optional<Resolved> resolve_numpy_function(const std::string& module, const std::string& name,
                                               const CallTypes& args, SignatureError& error) {
  if (!kNumpyOperations) {
    error.message = module + "." + name + " is not supported yet (numpy support is in progress)";
    return std::nullopt;
  }
  if (module == "numpy.linalg") {
    if (name != "norm") {
      error.message = "numpy.linalg." + name + " is not supported yet";
      return std::nullopt;
    }
    std::vector<Overload> norm = {fixed({{"x", ""}, {"ord", "std::nullopt"}, {"axis", "std::nullopt"}, {"keepdims", "false"}},
                                        "rt::np::norm", ndarray_type(), [](const Types& a) {
                                          return is_array(a[0]) && (!a[1] || a[1]->kind == Kind::None || a[1]->is_numeric()) &&
                                                 is_axis(a[2]) && is_opt_bool(a[3]);
                                        })};
    return resolve_overloads(norm, args, "numpy.linalg.norm", error);
  }
  auto it = function_table().find(name);
  if (it == function_table().end()) {
    error.message = "numpy." + name + " is not supported yet";
    return std::nullopt;
  }
  return resolve_overloads(it->second, args, "numpy." + name, error);
}

std::optional<Resolved> resolve_ndarray_method(const std::string& name, const CallTypes& args, SignatureError& error) {
  auto it = method_table().find(name);
  if (it == method_table().end()) {
    error.message = "'numpy.ndarray' method '" + name + "' is not supported yet";
    return std::nullopt;
  }
  return with_receiver(resolve_overloads(it->second, args, "ndarray." + name, error));
}

std::optional<std::pair<TypeRef, std::string>> resolve_ndarray_attribute(const std::string& name) {
  if (name == "shape") return std::make_pair(var_tuple_of(int_type()), std::string("rt::np::shape"));
  if (name == "ndim") return std::make_pair(int_type(), std::string("rt::np::ndim"));
  if (name == "size") return std::make_pair(int_type(), std::string("rt::np::size"));
  if (name == "T") return std::make_pair(ndarray_type(), std::string("rt::np::T_"));
  if (name == "dtype") return std::make_pair(dtype_type(), std::string("rt::np::dtype"));
  return std::nullopt;
}

std::optional<std::pair<TypeRef, std::string>> resolve_numpy_constant(const std::string& name) {
  if (name == "pi") return std::make_pair(float_type(), std::string("3.141592653589793"));
  if (name == "e") return std::make_pair(float_type(), std::string("2.718281828459045"));
  if (name == "inf") return std::make_pair(float_type(), std::string("std::numeric_limits<double>::infinity()"));
  if (name == "nan") return std::make_pair(float_type(), std::string("std::numeric_limits<double>::quiet_NaN()"));
  if (name == "newaxis") return std::make_pair(none_type(), std::string("rt::none"));
  if (!kNumpyOperations) return std::nullopt;
  std::string dtype = name == "bool_" ? "bool" : name == "double" ? "float64" : name == "single" ? "float32" : name;
  for (const char* d : {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16",
                        "float32", "float64"})
    if (dtype == d && name != "bool") return std::make_pair(dtype_type(dtype), dtype_code(dtype));
  return std::nullopt;
}

bool is_numpy_index_tuple(TypeRef t) {
  if (!t || (t->kind != Kind::Tuple && t->kind != Kind::VarTuple) || t->args.empty()) return false;
  for (TypeRef m : t->args) {
    if (!is_array(m) && m->kind != Kind::Int) return false;
  }
  return true;
}

std::string dtype_code(const std::string& dtype) {
  std::string code = "INGOT_DTYPE_" + dtype;
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return code;
}

}  // namespace ingot::types
