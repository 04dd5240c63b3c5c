// Operators: arithmetic, bitwise, comparison, membership, subscripts.
// Runtime: runtime/include/ingot/rt/ops/*.h (rt::add, rt::floordiv, ...).
#include "types/signature.h"
#include "types/signatures_numpy.h"

namespace ingot::types {
namespace {

bool is_int_like(TypeRef t) { return t->kind == Kind::Int || t->kind == Kind::Bool; }
bool is_sequence(TypeRef t) {
  return t->kind == Kind::Str || t->kind == Kind::Bytes || t->kind == Kind::List || t->kind == Kind::Tuple ||
         t->kind == Kind::VarTuple;
}

Resolved call(const std::string& cpp, TypeRef result) {
  Resolved r;
  r.result = result;
  r.cpp = cpp;
  r.order = {0, 1};
  r.defaults = {"", ""};
  return r;
}

/// The result type of an arithmetic operator on numbers, as CPython gives it.
TypeRef numeric_result(const std::string& op, TypeRef l, TypeRef r) {
  bool floats = l->kind == Kind::Float || r->kind == Kind::Float;
  if (op == "/") return float_type();
  if (op == "&" || op == "|" || op == "^") {
    if (floats) return nullptr;
    return l->kind == Kind::Bool && r->kind == Kind::Bool ? bool_type() : int_type();
  }
  if (op == "<<" || op == ">>") return floats ? nullptr : int_type();
  if (op == "@") return nullptr;
  return floats ? float_type() : int_type();
}

const char* operator_function(const std::string& op) {
  if (op == "+") return "rt::add";
  if (op == "-") return "rt::sub";
  if (op == "*") return "rt::mul";
  if (op == "/") return "rt::truediv";
  if (op == "//") return "rt::floordiv";
  if (op == "%") return "rt::mod";
  if (op == "**") return "rt::pow";
  if (op == "<<") return "rt::lshift";
  if (op == ">>") return "rt::rshift";
  if (op == "&") return "rt::bitand_";
  if (op == "|") return "rt::bitor_";
  if (op == "^") return "rt::bitxor_";
  if (op == "==") return "rt::eq";
  if (op == "!=") return "rt::ne";
  if (op == "<") return "rt::lt";
  if (op == "<=") return "rt::le";
  if (op == ">") return "rt::gt";
  if (op == ">=") return "rt::ge";
  return nullptr;
}

bool comparable(TypeRef l, TypeRef r) {
  if (l->is_numeric() && r->is_numeric()) return true;
  if (l->kind != r->kind) return false;
  switch (l->kind) {
    case Kind::Str: case Kind::Bytes: return true;
    case Kind::List: case Kind::VarTuple: return comparable(l->args[0], r->args[0]);
    case Kind::Tuple: {
      size_t n = std::min(l->args.size(), r->args.size());
      for (size_t i = 0; i < n; ++i)
        if (!comparable(l->args[i], r->args[i])) return false;
      return true;
    }
    case Kind::Set: return l == r;
    default: return false;
  }
}

}  // namespace

std::optional<Resolved> resolve_binary(const std::string& op, TypeRef l, TypeRef r) {
  if (l->kind == Kind::NDArray || r->kind == Kind::NDArray) return resolve_numpy_binary(op, l, r);
  const char* fn = operator_function(op);
  if (op == "==" || op == "!=") return call(fn, bool_type());
  if (op == "<" || op == "<=" || op == ">" || op == ">=") {
    if (!comparable(l, r)) return std::nullopt;
    return call(fn, bool_type());
  }
  if (op == "in" || op == "not in") {
    bool ok = false;
    if (r->kind == Kind::Str) ok = l->kind == Kind::Str;
    else if (r->kind == Kind::Bytes) ok = is_int_like(l) || l->kind == Kind::Bytes;
    else if (r->kind == Kind::Dict || r->kind == Kind::Set) ok = l->is_hashable();
    else if (r->element() || r->kind == Kind::Tuple) ok = true;
    if (!ok) return std::nullopt;
    return call(op == "in" ? "rt::contains" : "rt::not_contains", bool_type());
  }
  if (!fn) return std::nullopt;
  if (l->is_numeric() && r->is_numeric()) {
    TypeRef result = numeric_result(op, l, r);
    if (!result) return std::nullopt;
    return call(fn, result);
  }
  if (op == "+") {
    if (l == r && (l->kind == Kind::Str || l->kind == Kind::Bytes || l->kind == Kind::List ||
                   l->kind == Kind::VarTuple))
      return call(fn, l);
    // tuple[T, ...] + tuple[T, T]: still a tuple of T of unknown length.
    auto homogeneous = [](TypeRef t, TypeRef e) {
      if (t->kind == Kind::VarTuple) return t->args[0] == e;
      if (t->kind != Kind::Tuple) return false;
      for (TypeRef m : t->args)
        if (m != e) return false;
      return true;
    };
    if ((l->kind == Kind::VarTuple && homogeneous(r, l->args[0])) ||
        (r->kind == Kind::VarTuple && homogeneous(l, r->args[0])))
      return call(fn, l->kind == Kind::VarTuple ? l : r);
    if (l->kind == Kind::Tuple && r->kind == Kind::Tuple) {
      std::vector<TypeRef> members = l->args;
      members.insert(members.end(), r->args.begin(), r->args.end());
      return call(fn, tuple_of(members));
    }
  }
  if (op == "*") {
    if (is_sequence(l) && l->kind != Kind::Tuple && is_int_like(r)) return call(fn, l);
    if (is_int_like(l) && is_sequence(r) && r->kind != Kind::Tuple) return call(fn, r);
  }
  if ((op == "|" || op == "&" || op == "-" || op == "^") && l->kind == Kind::Set && l == r) return call(fn, l);
  if (op == "|" && l->kind == Kind::Dict && l == r) return call(fn, l);
  if (op == "%" && l->kind == Kind::Str) return call("rt::str_methods::percent_format", str_type());
  return std::nullopt;
}

std::optional<Resolved> resolve_unary(const std::string& op, TypeRef t) {
  if (t->kind == Kind::NDArray && op != "not") return resolve_numpy_unary(op, t);
  Resolved r;
  r.order = {0};
  r.defaults = {""};
  if (op == "not") {
    r.cpp = "rt::not_";
    r.result = bool_type();
    return r;
  }
  if (!t->is_numeric()) return std::nullopt;
  if (op == "-") r.cpp = "rt::neg";
  else if (op == "+") r.cpp = "rt::pos";
  else if (op == "~") {
    if (t->kind == Kind::Float) return std::nullopt;
    r.cpp = "rt::invert";
  } else {
    return std::nullopt;
  }
  r.result = t->kind == Kind::Bool ? int_type() : t;
  return r;
}

std::optional<Resolved> resolve_subscript(TypeRef c, TypeRef index) {
  Resolved r;
  r.cpp = "rt::getitem";
  r.order = {0, 1};
  r.defaults = {"", ""};
  switch (c->kind) {
    case Kind::Str:
    case Kind::Bytes:
    case Kind::List:
    case Kind::VarTuple:
      if (!is_int_like(index)) return std::nullopt;
      r.result = c->kind == Kind::Str ? str_type() : c->kind == Kind::Bytes ? int_type() : c->args[0];
      return r;
    case Kind::Dict:
      r.result = c->args[1];
      return r;
    case Kind::Range:
      if (!is_int_like(index)) return std::nullopt;
      r.result = int_type();
      return r;
    case Kind::Tuple: {
      // A tuple of one type indexed at run time.
      if (c->args.empty() || !is_int_like(index)) return std::nullopt;
      for (TypeRef m : c->args)
        if (m != c->args[0]) return std::nullopt;
      r.result = c->args[0];
      return r;
    }
    default:
      return std::nullopt;
  }
}

std::optional<Resolved> resolve_slice(TypeRef c) {
  if ((!is_sequence(c) || c->kind == Kind::Tuple) && c->kind != Kind::Range) return std::nullopt;
  Resolved r;
  r.cpp = "rt::getslice";
  r.result = c;
  r.order = {0, 1, 2, 3};
  r.defaults = {"", "", "", ""};
  return r;
}

}  // namespace ingot::types
