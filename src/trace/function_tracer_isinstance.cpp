// isinstance(): decided at compile time from the static type, or by the
// union's current alternative at run time (rt::builtins::isinstance_*).
#include "trace/function_tracer.h"
#include "trace/isinstance.h"

namespace ingot::trace {

using namespace syntax;
using namespace types;

namespace {

const char* const kClasses[] = {"int", "float", "bool", "str", "bytes", "list", "dict", "set", "tuple", "object"};

void collect_classes(const expr* e, std::vector<std::string>& out) {
  if (e->kind == NodeKind::Tuple) {
    for (const expr* m : static_cast<const Tuple*>(e)->elts) collect_classes(m, out);
    return;
  }
  if (e->kind == NodeKind::Name) {
    std::string n(static_cast<const Name*>(e)->id);
    for (const char* c : kClasses)
      if (n == c) {
        out.push_back(n);
        return;
      }
  }
  refuse(e->span, "isinstance() is supported with the builtin types int, float, bool, str, bytes, list, dict, set, "
                  "tuple and object (or a tuple of them)");
}

}  // namespace

std::vector<std::string> isinstance_classes(const expr* classes) {
  std::vector<std::string> out;
  collect_classes(classes, out);
  return out;
}

std::vector<TypeRef> union_members(TypeRef t) {
  if (t->kind == Kind::Optional) {
    std::vector<TypeRef> m = union_members(t->args[0]);
    m.push_back(none_type());
    return m;
  }
  if (t->kind == Kind::Union) return t->args;
  return {t};
}

bool isinstance_of(TypeRef member, const std::vector<std::string>& classes) {
  for (const std::string& c : classes) {
    if (c == "object") return true;
    switch (member->kind) {
      case Kind::Bool: if (c == "bool" || c == "int") return true; break;
      case Kind::Int: if (c == "int") return true; break;
      case Kind::Float: if (c == "float") return true; break;
      case Kind::Str: if (c == "str") return true; break;
      case Kind::Bytes: if (c == "bytes") return true; break;
      case Kind::List: if (c == "list") return true; break;
      case Kind::Dict: if (c == "dict") return true; break;
      case Kind::Set: if (c == "set") return true; break;
      case Kind::Tuple:
      case Kind::VarTuple: if (c == "tuple") return true; break;
      default: break;
    }
  }
  return false;
}

FunctionTracer::Instr* FunctionTracer::isinstance(const Call* c) {
  if (c->args.size() != 2 || !c->keywords.empty())
    refuse(c->span, "isinstance expected 2 arguments, got " + std::to_string(c->args.size() + c->keywords.size()));
  Instr* v = translate(c->args[0]);
  std::vector<std::string> classes = isinstance_classes(c->args[1]);
  TypeRef t = resolved(v->type);
  std::vector<TypeRef> members = union_members(t);
  // Indices of the alternatives that are instances: of the variant, or of
  // the Optional's variant (None is never one, unless `object`).
  std::vector<size_t> yes;
  for (size_t k = 0; k < members.size(); ++k)
    if (isinstance_of(members[k], classes)) yes.push_back(k);
  if (yes.empty() || yes.size() == members.size()) {
    // The static type decides; the argument was still evaluated.
    return constant(c->span, bool_type(), yes.empty() ? "false" : "true", yes.empty() ? "False" : "True");
  }
  Instr* check = emit(Op::Call, c->span, bool_type());
  check->operands.push_back(v);
  if (t->kind == Kind::Optional && members.size() == 2) {
    check->callee = "rt::is_not_none";  // Optional[X]: an X exactly when not None
    return check;
  }
  // The variant's alternatives; for Optional[Union[...]] None is the last
  // member above and is checked as "has a value".
  std::string list;
  bool wants_none = false;
  for (size_t k : yes) {
    if (members[k] == none_type() && t->kind == Kind::Optional) {
      wants_none = true;
      continue;
    }
    list += (list.empty() ? "" : ", ") + std::to_string(k);
  }
  if (t->kind == Kind::Optional)
    check->callee = std::string("rt::builtins::isinstance_optional<") + (wants_none ? "true" : "false") +
                    (list.empty() ? "" : ", " + list) + ">";
  else
    check->callee = "rt::builtins::isinstance_variant<" + list + ">";
  return check;
}

}  // namespace ingot::trace
