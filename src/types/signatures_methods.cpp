// Methods of str, bytes, list, dict and set, and the math module.
// Runtime: runtime/include/ingot/rt/{str,bytes,list,dict,set}_methods/, rt/math/.
#include <algorithm>
#include <map>

#include "types/signature.h"
#include "types/signatures_llama.h"
#include "types/signatures_numpy.h"

namespace ingot::types {
namespace {

using Types = std::vector<TypeRef>;
using Table = std::map<std::string, std::vector<Overload>>;

bool is_int(TypeRef t) { return t && (t->kind == Kind::Int || t->kind == Kind::Bool); }
bool is_str(TypeRef t) { return t && t->kind == Kind::Str; }
bool opt_str(TypeRef t) { return !t || t->kind == Kind::Str || t->kind == Kind::None; }
bool opt_int(TypeRef t) { return !t || is_int(t) || t->kind == Kind::None; }
bool str_or_tuple_of_str(TypeRef t) {
  if (is_str(t)) return true;
  if (t->kind == Kind::VarTuple) return is_str(t->args[0]);
  if (t->kind != Kind::Tuple) return false;
  for (TypeRef m : t->args)
    if (!is_str(m)) return false;
  return true;
}

/// Every str method: the receiver is argument 0 of the runtime function.
const Table& str_table() {
  auto S = str_type();
  auto B = bool_type();
  auto I = int_type();
  auto LS = list_of(S);
  static const Table t = [&] {
    Table m;
    auto unary = [&](const char* name, TypeRef result) {
      m[name] = {fixed({}, std::string("rt::str_methods::") + name, result)};
    };
    for (const char* n : {"lower", "upper", "title", "capitalize", "swapcase", "casefold"}) unary(n, S);
    for (const char* n : {"isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal",
                          "isnumeric", "isidentifier", "istitle", "isascii", "isprintable"})
      unary(n, B);
    for (const char* n : {"strip", "lstrip", "rstrip"})
      m[n] = {fixed({{"chars", "std::nullopt"}}, std::string("rt::str_methods::") + n, S,
                    [](const Types& a) { return opt_str(a[0]); })};
    for (const char* n : {"split", "rsplit"})
      m[n] = {fixed({{"sep", "std::nullopt"}, {"maxsplit", "rt::Int(-1)"}}, std::string("rt::str_methods::") + n, LS,
                    [](const Types& a) { return opt_str(a[0]) && (!a[1] || is_int(a[1])); })};
    m["splitlines"] = {fixed({{"keepends", "false"}}, "rt::str_methods::splitlines", LS)};
    m["join"] = {Overload{{{"iterable", ""}}, "rt::str_methods::join", [S](const Types& a) -> TypeRef {
                            TypeRef e = a[0]->element();
                            return e && e->kind == Kind::Str ? S : nullptr;
                          }}};
    m["replace"] = {fixed({{"old", ""}, {"new", ""}, {"count", "rt::Int(-1)"}}, "rt::str_methods::replace", S,
                          [](const Types& a) { return is_str(a[0]) && is_str(a[1]) && (!a[2] || is_int(a[2])); })};
    for (const char* n : {"find", "rfind", "index", "rindex", "count"})
      m[n] = {fixed({{"sub", ""}, {"start", "std::nullopt"}, {"end", "std::nullopt"}},
                    std::string("rt::str_methods::") + n, I,
                    [](const Types& a) { return is_str(a[0]) && opt_int(a[1]) && opt_int(a[2]); })};
    for (const char* n : {"startswith", "endswith"})
      m[n] = {fixed({{"prefix", ""}, {"start", "std::nullopt"}, {"end", "std::nullopt"}},
                    std::string("rt::str_methods::") + n, B,
                    [](const Types& a) { return str_or_tuple_of_str(a[0]) && opt_int(a[1]) && opt_int(a[2]); })};
    for (const char* n : {"partition", "rpartition"})
      m[n] = {fixed({{"sep", ""}}, std::string("rt::str_methods::") + n, tuple_of({S, S, S}),
                    [](const Types& a) { return is_str(a[0]); })};
    m["zfill"] = {fixed({{"width", ""}}, "rt::str_methods::zfill", S, [](const Types& a) { return is_int(a[0]); })};
    for (const char* n : {"center", "ljust", "rjust"})
      m[n] = {fixed({{"width", ""}, {"fillchar", "rt::Str(\" \")"}}, std::string("rt::str_methods::") + n, S,
                    [](const Types& a) { return is_int(a[0]) && (!a[1] || is_str(a[1])); })};
    for (const char* n : {"removeprefix", "removesuffix"})
      m[n] = {fixed({{"affix", ""}}, std::string("rt::str_methods::") + n, S,
                    [](const Types& a) { return is_str(a[0]); })};
    m["encode"] = {fixed({{"encoding", "rt::Str(\"utf-8\")"}, {"errors", "rt::Str(\"strict\")"}},
                         "rt::str_methods::encode", bytes_type())};
    m["format"] = {Overload{{}, "rt::str_methods::format", [S](const Types&) -> TypeRef { return S; }, true}};
    return m;
  }();
  return t;
}

const Table& bytes_table() {
  static const Table t = [] {
    Table m;
    m["decode"] = {fixed({{"encoding", "rt::Str(\"utf-8\")"}, {"errors", "rt::Str(\"strict\")"}},
                         "rt::bytes_methods::decode", str_type())};
    m["hex"] = {fixed({}, "rt::bytes_methods::hex", str_type())};
    return m;
  }();
  return t;
}

std::vector<Overload> list_method(const std::string& name, TypeRef list) {
  TypeRef e = list->args[0];
  TypeRef none = none_type();
  auto same = [e](TypeRef t) {
    return t == e || (e->kind == Kind::Float && t && t->is_numeric()) ||
           (e->kind == Kind::Union && t && std::find(e->args.begin(), e->args.end(), t) != e->args.end());
  };
  std::string cpp = "rt::list_methods::" + name;
  if (name == "append") return {fixed({{"object", ""}}, cpp, none, [=](const Types& a) { return same(a[0]); })};
  if (name == "extend")
    return {fixed({{"iterable", ""}}, cpp, none, [=](const Types& a) { return a[0]->element() && same(a[0]->element()); })};
  if (name == "insert")
    return {fixed({{"index", ""}, {"object", ""}}, cpp, none, [=](const Types& a) { return is_int(a[0]) && same(a[1]); })};
  if (name == "pop") return {fixed({{"index", "rt::Int(-1)"}}, cpp, e, [](const Types& a) { return !a[0] || is_int(a[0]); })};
  if (name == "remove") return {fixed({{"value", ""}}, cpp, none)};
  if (name == "index")
    return {fixed({{"value", ""}, {"start", "rt::Int(0)"}, {"stop", "std::numeric_limits<rt::Int>::max()"}}, cpp,
                  int_type(), [](const Types& a) { return (!a[1] || is_int(a[1])) && (!a[2] || is_int(a[2])); })};
  if (name == "count") return {fixed({{"value", ""}}, cpp, int_type())};
  if (name == "sort")
    return {fixed({{"key", "rt::no_key"}, {"reverse", "false"}}, cpp, none)};
  if (name == "reverse" || name == "clear") return {fixed({}, cpp, none)};
  if (name == "copy") return {fixed({}, cpp, list)};
  return {};
}

std::vector<Overload> dict_method(const std::string& name, TypeRef dict) {
  TypeRef k = dict->args[0], v = dict->args[1];
  std::string cpp = "rt::dict_methods::" + name;
  if (name == "get")
    return {fixed({{"key", ""}}, cpp, optional_of(v)),
            Overload{{{"key", ""}, {"default", ""}}, cpp, [v](const Types& a) -> TypeRef {
                       if (a[1] == v) return v;
                       if (v->kind == Kind::Float && a[1]->is_numeric()) return v;
                       return union_of({v, a[1]});
                     }}};
  if (name == "setdefault") return {fixed({{"key", ""}, {"default", ""}}, cpp, v)};
  if (name == "pop")
    return {fixed({{"key", ""}}, cpp, v), Overload{{{"key", ""}, {"default", ""}}, cpp, [v](const Types& a) -> TypeRef {
                                             return a[1] == v ? v : union_of({v, a[1]});
                                           }}};
  if (name == "popitem") return {fixed({}, cpp, tuple_of({k, v}))};
  if (name == "keys") return {fixed({}, cpp, iterator_of(k))};
  if (name == "values") return {fixed({}, cpp, iterator_of(v))};
  if (name == "items") return {fixed({}, cpp, iterator_of(tuple_of({k, v})))};
  if (name == "update")
    return {fixed({{"other", ""}}, cpp, none_type(), [dict, k, v](const Types& a) {
      if (a[0] == dict) return true;
      // d.update(pairs): an iterable of (key, value) tuples.
      TypeRef e = a[0]->kind == Kind::Dict ? nullptr : a[0]->element();
      return e && e->kind == Kind::Tuple && e->args.size() == 2 && e->args[0] == k &&
             (e->args[1] == v || (v->kind == Kind::Float && e->args[1]->is_numeric()));
    })};
  if (name == "clear") return {fixed({}, cpp, none_type())};
  if (name == "copy") return {fixed({}, cpp, dict)};
  return {};
}

std::vector<Overload> tuple_method(const std::string& name) {
  std::string cpp = "rt::tuple_methods::" + name;
  if (name == "count") return {fixed({{"value", ""}}, cpp, int_type())};
  if (name == "index")
    return {fixed({{"value", ""}, {"start", "rt::Int(0)"}, {"stop", "std::numeric_limits<rt::Int>::max()"}}, cpp,
                  int_type(), [](const Types& a) { return (!a[1] || is_int(a[1])) && (!a[2] || is_int(a[2])); })};
  return {};
}

std::vector<Overload> set_method(const std::string& name, TypeRef set) {
  TypeRef e = set->args[0];
  // `union` is a C++ keyword: the runtime spells it union_.
  std::string cpp = "rt::set_methods::" + (name == "union" ? std::string("union_") : name);
  if (name == "add" || name == "discard" || name == "remove")
    return {fixed({{"elem", ""}}, cpp, none_type(), [e](const Types& a) { return a[0] == e; })};
  if (name == "pop") return {fixed({}, cpp, e)};
  if (name == "clear") return {fixed({}, cpp, none_type())};
  if (name == "copy") return {fixed({}, cpp, set)};
  if (name == "union" || name == "intersection" || name == "difference" || name == "symmetric_difference")
    return {fixed({{"other", ""}}, cpp, set, [e](const Types& a) { return a[0]->element() == e; })};
  if (name == "issubset" || name == "issuperset" || name == "isdisjoint")
    return {fixed({{"other", ""}}, cpp, bool_type(), [e](const Types& a) { return a[0]->element() == e; })};
  if (name == "update")
    return {fixed({{"other", ""}}, cpp, none_type(), [e](const Types& a) { return a[0]->element() == e; })};
  return {};
}

const Table& math_table() {
  static const Table t = [] {
    Table m;
    auto F = float_type();
    auto num1 = [](const Types& a) { return a[0]->is_numeric(); };
    for (const char* n : {"sqrt", "exp", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
                          "tanh", "fabs", "degrees", "radians", "expm1", "log1p", "asinh", "acosh", "atanh", "erf",
                          "erfc"})
      m[n] = {fixed({{"x", ""}}, std::string("rt::math::") + n, F, num1)};
    m["log"] = {fixed({{"x", ""}, {"base", "std::nullopt"}}, "rt::math::log", F,
                      [](const Types& a) { return a[0]->is_numeric() && (!a[1] || a[1]->is_numeric()); })};
    for (const char* n : {"atan2", "hypot", "copysign", "pow", "fmod"})
      m[n] = {fixed({{"x", ""}, {"y", ""}}, std::string("rt::math::") + n, F,
                    [](const Types& a) { return a[0]->is_numeric() && a[1]->is_numeric(); })};
    for (const char* n : {"floor", "ceil", "trunc"})
      m[n] = {fixed({{"x", ""}}, std::string("rt::math::") + n, int_type(), num1)};
    for (const char* n : {"isnan", "isinf", "isfinite"})
      m[n] = {fixed({{"x", ""}}, std::string("rt::math::") + n, bool_type(), num1)};
    m["gcd"] = {fixed({{"a", ""}, {"b", ""}}, "rt::math::gcd", int_type(),
                      [](const Types& a) { return is_int(a[0]) && is_int(a[1]); })};
    m["factorial"] = {fixed({{"n", ""}}, "rt::math::factorial", int_type(), [](const Types& a) { return is_int(a[0]); })};
    m["isqrt"] = {fixed({{"n", ""}}, "rt::math::isqrt", int_type(), [](const Types& a) { return is_int(a[0]); })};
    for (const char* n : {"comb", "perm"})
      m[n] = {fixed({{"n", ""}, {"k", ""}}, std::string("rt::math::") + n, int_type(),
                    [](const Types& a) { return is_int(a[0]) && is_int(a[1]); })};
    m["lcm"] = {fixed({{"a", ""}, {"b", ""}}, "rt::math::lcm", int_type(),
                      [](const Types& a) { return is_int(a[0]) && is_int(a[1]); })};
    m["ldexp"] = {fixed({{"x", ""}, {"i", ""}}, "rt::math::ldexp", F,
                        [](const Types& a) { return a[0]->is_numeric() && is_int(a[1]); })};
    m["isclose"] = {fixed({{"a", ""}, {"b", ""}, {"rel_tol", "1e-09"}, {"abs_tol", "0.0"}}, "rt::math::isclose",
                          bool_type(), [](const Types& a) { return a[0]->is_numeric() && a[1]->is_numeric(); })};
    m["fsum"] = {fixed({{"iterable", ""}}, "rt::math::fsum", F,
                       [](const Types& a) { return a[0]->element() && a[0]->element()->is_numeric(); })};
    // prod() starts from the int 1: a list of floats gives the int 1 when
    // empty, a float otherwise (as sum() and its int 0).
    TypeRef int_or_float = union_of({int_type(), float_type()});
    m["prod"] = {Overload{{{"iterable", ""}}, "rt::math::prod", [](const Types& a) -> TypeRef {
                            TypeRef e = a[0]->element();
                            if (!e || !e->is_numeric() || e->kind == Kind::Float) return nullptr;
                            return int_type();
                          }},
                 Overload{{{"iterable", ""}}, "rt::math::prod_as<" + int_or_float->cpp() + ">",
                          [int_or_float](const Types& a) -> TypeRef {
                            TypeRef e = a[0]->element();
                            if (!e || e->kind != Kind::Float) return nullptr;
                            return int_or_float;
                          }}};
    return m;
  }();
  return t;
}

}  // namespace

std::optional<Resolved> resolve_method(TypeRef receiver, const std::string& name, const CallTypes& args,
                                       SignatureError& error) {
  if (receiver->kind == Kind::NDArray) return resolve_ndarray_method(name, args, error);
  if (receiver->kind == Kind::Model) return resolve_llama_method(name, args, error);
  std::vector<Overload> overloads;
  switch (receiver->kind) {
    case Kind::Str: {
      auto it = str_table().find(name);
      if (it != str_table().end()) overloads = it->second;
      break;
    }
    case Kind::Bytes: {
      auto it = bytes_table().find(name);
      if (it != bytes_table().end()) overloads = it->second;
      break;
    }
    case Kind::List: overloads = list_method(name, receiver); break;
    case Kind::Dict: overloads = dict_method(name, receiver); break;
    case Kind::Set: overloads = set_method(name, receiver); break;
    case Kind::Tuple:
    case Kind::VarTuple: overloads = tuple_method(name); break;
    default: break;
  }
  if (overloads.empty()) {
    error.message = "'" + receiver->python() + "' object has no supported method '" + name + "'";
    return std::nullopt;
  }
  return with_receiver(resolve_overloads(overloads, args, receiver->python() + "." + name, error));
}

bool is_supported_module(const std::string& module) {
  return module == "math" || module == "typing" || module == "numpy" || module == "numpy.typing" ||
         module == "llama_cpp";
}

std::optional<Resolved> resolve_module_function(const std::string& module, const std::string& name,
                                                const CallTypes& args, SignatureError& error) {
  if (module == "numpy" || module == "numpy.linalg") return resolve_numpy_function(module, name, args, error);
  if (module == "llama_cpp" && name == "Llama") {
    error.message = "create the model at module level (model = llama_cpp.Llama(...) outside the function): it is "
                    "loaded once, when the predictor is created";
    return std::nullopt;
  }
  if (module != "math") {
    error.message = "module '" + module + "' has no supported function '" + name + "'";
    return std::nullopt;
  }
  auto it = math_table().find(name);
  if (it == math_table().end()) {
    error.message = "module 'math' has no supported function '" + name + "'";
    return std::nullopt;
  }
  return resolve_overloads(it->second, args, "math." + name, error);
}

std::optional<std::pair<TypeRef, std::string>> resolve_module_constant(const std::string& module,
                                                                       const std::string& name) {
  if (module == "numpy") return resolve_numpy_constant(name);
  if (module == "llama_cpp") {
    // The pooling types Llama(pooling_type=...) takes, as llama_cpp defines them.
    static const std::map<std::string, int> kPooling = {
        {"LLAMA_POOLING_TYPE_UNSPECIFIED", -1}, {"LLAMA_POOLING_TYPE_NONE", 0}, {"LLAMA_POOLING_TYPE_MEAN", 1},
        {"LLAMA_POOLING_TYPE_CLS", 2},          {"LLAMA_POOLING_TYPE_LAST", 3}, {"LLAMA_POOLING_TYPE_RANK", 4}};
    auto it = kPooling.find(name);
    if (it == kPooling.end()) return std::nullopt;
    return std::make_pair(int_type(), "rt::Int(" + std::to_string(it->second) + ")");
  }
  if (module != "math") return std::nullopt;
  if (name == "pi" || name == "e" || name == "tau" || name == "inf" || name == "nan")
    return std::make_pair(float_type(), "rt::math::" + name);
  return std::nullopt;
}

bool is_exception_class(const std::string& name) {
  static const char* const kNames[] = {
      "BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError",
      "IndexError", "KeyError", "ValueError", "TypeError", "AssertionError", "RuntimeError", "NotImplementedError",
      "StopIteration", "AttributeError", "NameError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
      "RecursionError", "MemoryError"};
  for (const char* n : kNames)
    if (name == n) return true;
  return false;
}

}  // namespace ingot::types
