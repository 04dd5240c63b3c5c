// Expressions of a traced function, and the emission helpers.
#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <set>

#include "trace/constant_eval.h"
#include "trace/function_tracer.h"
#include "trace/isinstance.h"
#include "trace/result_types.h"
#include "types/signatures_numpy.h"

namespace ingot::trace {

using namespace syntax;
using namespace types;
using types::Kind;

namespace {

std::string str(Identifier id) { return std::string(id); }

const char* cmp_text(cmpop_t op) {
  switch (op) {
    case cmpop_t::Eq: return "==";
    case cmpop_t::NotEq: return "!=";
    case cmpop_t::Lt: return "<";
    case cmpop_t::LtE: return "<=";
    case cmpop_t::Gt: return ">";
    case cmpop_t::GtE: return ">=";
    case cmpop_t::Is: return "is";
    case cmpop_t::IsNot: return "is not";
    case cmpop_t::In: return "in";
    case cmpop_t::NotIn: return "not in";
  }
  return "?";
}

std::string quoted(TypeRef t) { return "'" + t->python() + "'"; }

}  // namespace

// ---- emission helpers ----

FunctionTracer::Instr* FunctionTracer::emit(Op op, const Span& at, TypeRef type) {
  Instr* i = module_.make(op, {at.lineno, at.col_offset});
  i->type = type;
  i->id = static_cast<int>(module_.pool.size() - 1);
  regions_.back()->push_back(i);
  return i;
}

FunctionTracer::Instr* FunctionTracer::constant(const Span& at, TypeRef type, std::string cpp, std::string repr) {
  Instr* c = emit(Op::Constant, at, type);
  c->text = std::move(cpp);
  c->attr = std::move(repr);
  return c;
}

ir::Region FunctionTracer::capture(const std::function<void()>& body) {
  ir::Region region;
  regions_.push_back(&region);
  body();
  regions_.pop_back();
  return region;
}

FunctionTracer::Instr* FunctionTracer::call(const Span& at, const Resolved& r, std::vector<Instr*> args) {
  std::vector<Instr*> operands;
  for (size_t i = 0; i < r.order.size(); ++i) {
    if (r.order[i] >= 0) {
      operands.push_back(args[static_cast<size_t>(r.order[i])]);
    } else {
      operands.push_back(constant(at, none_type(), r.defaults[i], "default " + r.defaults[i]));
    }
  }
  Instr* c = emit(Op::Call, at, r.result);
  c->callee = r.cpp;
  c->operands = std::move(operands);
  return c;
}

FunctionTracer::Instr* FunctionTracer::convert(Instr* v, TypeRef to, const Span& at) {
  TypeRef from = resolved(v->type);
  to = resolved(to);
  if (from == to) return v;
  if (has_variable(from) && unify(from, to)) return v;
  bool ok = false;
  if (to->kind == Kind::Optional) ok = from == none_type() || from == to->args[0] ||
                                      (to->args[0]->kind == Kind::Union && from->kind != Kind::Optional);
  else if (to->kind == Kind::Union) {
    for (TypeRef m : to->args) ok = ok || m == from;
    if (!ok && from == bool_type() && std::find(to->args.begin(), to->args.end(), int_type()) != to->args.end())
      return convert(convert(v, int_type(), at), to, at);  // a bool held as the int it is
  } else if (to == float_type()) ok = from == int_type() || from == bool_type();
  else if (to == int_type()) ok = from == bool_type();
  else if (to->kind == Kind::VarTuple && from->kind == Kind::Tuple) {
    // (a, b) or () where tuple[T, ...] is expected.
    ok = true;
    for (TypeRef m : from->args) ok = ok && m == to->args[0];
  }
  if (!ok) refuse(at, "expected a value of type " + to->python() + ", got " + from->python());
  Instr* c = emit(Op::Convert, at, to);
  c->operands.push_back(v);
  return c;
}

bool FunctionTracer::unify(TypeRef pattern, TypeRef actual) {
  pattern = resolved(pattern);
  actual = resolved(actual);
  if (pattern == actual) return true;
  if (pattern->kind == Kind::Variable) {
    bindings_[pattern] = actual;
    return true;
  }
  if (actual->kind == Kind::Variable) {
    bindings_[actual] = pattern;
    return true;
  }
  if (pattern->kind != actual->kind || pattern->args.size() != actual->args.size()) return false;
  for (size_t i = 0; i < pattern->args.size(); ++i)
    if (!unify(pattern->args[i], actual->args[i])) return false;
  return true;
}

void FunctionTracer::finalize() {
  auto fix = [&](TypeRef& t, const Span& at) {
    if (!t) return;
    t = resolved(t);
    if (has_variable(t))
      refuse(at, "cannot infer the element type of an empty container here; annotate it, e.g. "
                 "`items: list[str] = []`");
  };
  for (ir::Slot& s : fn_.slots) fix(s.type, def_->span);
  std::function<void(ir::Region&)> walk = [&](ir::Region& r) {
    for (Instr* i : r) {
      fix(i->type, Span{i->loc.line, i->loc.column, i->loc.line, i->loc.column});
      for (ir::Region& sub : i->regions) walk(sub);
    }
  };
  walk(fn_.body);
}

FunctionTracer::Binding* FunctionTracer::lookup(const std::string& name) {
  // A nested function's own locals are not the enclosing function's.
  size_t base = nested_ && locals_.is_local(name) ? nested_->scope_base : 0;
  for (auto it = scopes_.rbegin(); it != scopes_.rend() - static_cast<std::ptrdiff_t>(base); ++it) {
    auto found = it->find(name);
    if (found != it->end()) return &found->second;
  }
  return nullptr;
}

TypeRef FunctionTracer::slot_type(const Binding& b) const {
  return resolved(b.slot < 0 ? fn_.params[static_cast<size_t>(-b.slot - 1)].type : fn_.slots[b.slot].type);
}

std::string FunctionTracer::slot_name(const Binding& b) const {
  return b.slot < 0 ? fn_.params[static_cast<size_t>(-b.slot - 1)].name : fn_.slots[b.slot].name;
}

std::string FunctionTracer::op_text(operator_t op) {
  static const char* const kOps[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
  return kOps[static_cast<int>(op)];
}

FunctionTracer::Instr* FunctionTracer::truth(Instr* v, const Span& at) {
  if (resolved(v->type) == bool_type()) return v;
  Instr* t = emit(Op::Call, at, bool_type());
  // numpy: the truth of a size-1 array, ValueError for larger ones.
  t->callee = resolved(v->type)->kind == Kind::NDArray ? "rt::np::truthy" : "rt::truthy";
  t->operands.push_back(v);
  return t;
}

std::optional<Resolved> FunctionTracer::resolve_with_unions(
    const std::vector<TypeRef>& types,
    const std::function<std::optional<Resolved>(const std::vector<TypeRef>&)>& resolve, bool& visit) {
  visit = false;
  for (TypeRef t : types) visit = visit || (t && t->kind == Kind::Union);
  if (!visit) return resolve(types);
  // Every combination of the unions' members (they are small).
  std::vector<std::vector<TypeRef>> combos{{}};
  for (TypeRef t : types) {
    std::vector<TypeRef> members = t && t->kind == Kind::Union ? t->args : std::vector<TypeRef>{t};
    std::vector<std::vector<TypeRef>> next;
    for (const auto& c : combos)
      for (TypeRef m : members) {
        next.push_back(c);
        next.back().push_back(m);
      }
    combos = std::move(next);
  }
  std::optional<Resolved> first;
  std::vector<TypeRef> results;
  for (const auto& c : combos) {
    auto r = resolve(c);
    if (!r || (first && r->cpp != first->cpp)) return std::nullopt;
    if (!first) first = r;
    results.push_back(r->result);
  }
  first->result = union_of(results);
  return first;
}

FunctionTracer::Instr* FunctionTracer::mark_visit(Instr* c, bool visit) {
  if (visit) c->attr = "visit";
  return c;
}

FunctionTracer::Instr* FunctionTracer::iterable(Instr* v, const Span& at) {
  TypeRef t = resolved(v->type);
  if (t->kind != Kind::Tuple || !t->element()) return v;
  Instr* c = emit(Op::Convert, at, var_tuple_of(t->element()));
  c->operands.push_back(v);
  return c;
}

std::vector<FunctionTracer::Narrowing> FunctionTracer::narrowings(const expr* test) {
  if (test->kind == NodeKind::BoolOp) {
    // `a and b` true: both are; `a or b` false: both are.
    bool is_and = static_cast<const BoolOp*>(test)->op == boolop_t::And;
    std::vector<Narrowing> out;
    for (const expr* v : static_cast<const BoolOp*>(test)->values)
      for (Narrowing n : narrowings(v)) {
        (is_and ? n.when_false : n.when_true) = nullptr;
        out.push_back(n);
      }
    return out;
  }
  if (test->kind == NodeKind::UnaryOp && static_cast<const UnaryOp*>(test)->op == unaryop_t::Not) {
    std::vector<Narrowing> out = narrowings(static_cast<const UnaryOp*>(test)->operand);
    for (Narrowing& n : out) std::swap(n.when_true, n.when_false);
    return out;
  }
  if (auto n = narrowing(test)) return {*n};
  return {};
}

std::optional<FunctionTracer::Narrowing> FunctionTracer::narrowing(const expr* test) {
  // `if x:` on an Optional would narrow too (None is falsy) — but a falsy
  // non-None value also takes the else branch, so only the true branch;
  // not done.
  if (test->kind == NodeKind::UnaryOp && static_cast<const UnaryOp*>(test)->op == unaryop_t::Not) {
    auto n = narrowing(static_cast<const UnaryOp*>(test)->operand);
    if (n) std::swap(n->when_true, n->when_false);
    return n;
  }
  if (test->kind == NodeKind::Call) {
    auto* c = static_cast<const Call*>(test);
    if (c->func->kind != NodeKind::Name || str(static_cast<const Name*>(c->func)->id) != "isinstance" ||
        c->args.size() != 2 || c->args[0]->kind != NodeKind::Name || lookup("isinstance"))
      return std::nullopt;
    Narrowing n{str(static_cast<const Name*>(c->args[0])->id)};
    Binding* b = lookup(n.name);
    if (!b) return std::nullopt;
    TypeRef t = slot_type(*b);
    std::vector<std::string> classes = isinstance_classes(c->args[1]);
    std::vector<TypeRef> yes, no;
    for (TypeRef m : union_members(t)) (isinstance_of(m, classes) ? yes : no).push_back(m);
    // Narrow only to a single member: a value can be taken out of a union,
    // not converted into a smaller one.
    if (yes.size() == 1 && !no.empty()) n.when_true = yes[0];
    if (no.size() == 1 && !yes.empty() && no[0] != none_type()) n.when_false = no[0];
    return n;
  }
  if (test->kind != NodeKind::Compare) return std::nullopt;
  auto* c = static_cast<const Compare*>(test);
  if (c->ops.size() != 1 || c->left->kind != NodeKind::Name) return std::nullopt;
  const expr* right = c->comparators[0];
  if (right->kind != NodeKind::Constant ||
      static_cast<const Constant*>(right)->value.tag != syntax::ConstantValue::Tag::None)
    return std::nullopt;
  if (c->ops[0] != cmpop_t::Is && c->ops[0] != cmpop_t::IsNot) return std::nullopt;
  Narrowing n{str(static_cast<const Name*>(c->left)->id)};
  Binding* b = lookup(n.name);
  if (!b || slot_type(*b)->kind != Kind::Optional) return std::nullopt;
  (c->ops[0] == cmpop_t::IsNot ? n.when_true : n.when_false) = slot_type(*b)->args[0];
  return n;
}

// ---- expressions ----

FunctionTracer::Instr* FunctionTracer::translate(const syntax::expr* e) {
  switch (e->kind) {
    case NodeKind::Constant: {
      ConstantValue v = literal_value(static_cast<const Constant*>(e));
      return constant(e->span, v.type, v.cpp, v.python_repr);
    }
    case NodeKind::Name: return name(static_cast<const Name*>(e));
    case NodeKind::BinOp: return binop(static_cast<const BinOp*>(e));
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      if (u->op == unaryop_t::Not) return condition(e);
      Instr* operand = translate(u->operand);
      const char* op = u->op == unaryop_t::USub ? "-" : u->op == unaryop_t::UAdd ? "+" : "~";
      bool visit = false;
      auto r = resolve_with_unions({resolved(operand->type)},
                                   [&](const std::vector<TypeRef>& t) { return resolve_unary(op, t[0]); }, visit);
      if (!r) refuse(e->span, std::string("bad operand type for unary ") + op + ": " + quoted(operand->type));
      return mark_visit(call(e->span, *r, {operand}), visit);
    }
    case NodeKind::BoolOp: return boolop(static_cast<const BoolOp*>(e), false);
    case NodeKind::Compare: return compare(static_cast<const Compare*>(e));
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      Instr* test = condition(i->test);
      Instr* sel = emit(Op::Select, e->span, nullptr);
      sel->operands.push_back(test);
      Instr* body_value = nullptr;
      Instr* else_value = nullptr;
      // `x if x is not None else d`: x is narrowed in the branch it is known in.
      std::vector<Narrowing> ns = narrowings(i->test);
      auto narrowed = [&](bool branch, const std::function<void()>& f) {
        std::vector<std::pair<Binding*, TypeRef>> saved;
        for (const Narrowing& n : ns) {
          Binding* b = lookup(n.name);
          TypeRef known = !b ? nullptr : branch ? n.when_true : n.when_false;
          if (!known) continue;
          saved.emplace_back(b, b->narrowed);
          b->narrowed = known;
        }
        f();
        for (auto it = saved.rbegin(); it != saved.rend(); ++it) it->first->narrowed = it->second;
      };
      ir::Region body = capture([&] { narrowed(true, [&] { body_value = translate(i->body); }); });
      ir::Region orelse = capture([&] { narrowed(false, [&] { else_value = translate(i->orelse); }); });
      TypeRef a = resolved(body_value->type), b = resolved(else_value->type);
      if (a != b && has_variable(a) && unify(a, b)) a = resolved(a);  // `[...] if c else []`
      if (a != b && has_variable(b) && unify(b, a)) b = resolved(b);
      // Python gives either value as it is: int and float join to a union.
      TypeRef joined = join_results(a, b);
      if (!joined)
        refuse(e->span, "the two results of this conditional expression have different types (" + a->python() +
                            " and " + b->python() + ")");
      auto finish = [&](ir::Region& r, Instr* v, const syntax::expr* at) {
        regions_.push_back(&r);
        Instr* converted = convert(v, joined, at->span);
        emit(Op::Yield, at->span)->operands.push_back(converted);
        regions_.pop_back();
      };
      finish(body, body_value, i->body);
      finish(orelse, else_value, i->orelse);
      sel->regions = {std::move(body), std::move(orelse)};
      sel->type = joined;
      return sel;
    }
    case NodeKind::Call: return call_expr(static_cast<const Call*>(e));
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      if (a->value->kind == NodeKind::Name) {
        auto mod = m_.modules_.find(str(static_cast<const Name*>(a->value)->id));
        if (mod != m_.modules_.end() && !lookup(mod->first)) {
          auto c = resolve_module_constant(mod->second, str(a->attr));
          if (!c) refuse(e->span, "module '" + mod->second + "' has no supported attribute '" + str(a->attr) + "'");
          return constant(e->span, c->first, c->second, mod->first + "." + str(a->attr));
        }
      }
      if (const char* module = numpy_submodule(a->value))
        refuse(e->span, std::string(module) + "." + str(a->attr) + " can only be called here");
      Instr* v = translate(a->value);
      if (resolved(v->type)->kind == Kind::NDArray) {
        auto attr = resolve_ndarray_attribute(str(a->attr));
        if (!attr) refuse(e->span, "'numpy.ndarray' attribute '" + str(a->attr) + "' is not supported yet");
        Instr* g = emit(Op::Call, e->span, attr->first);
        g->callee = attr->second;
        g->operands.push_back(v);
        return g;
      }
      refuse(e->span, "'" + resolved(v->type)->python() + "' attributes are not supported (only method calls)");
    }
    case NodeKind::Subscript: return subscript(static_cast<const Subscript*>(e));
    case NodeKind::JoinedStr: return fstring(static_cast<const JoinedStr*>(e));
    case NodeKind::List:
    case NodeKind::Tuple:
    case NodeKind::Set:
    case NodeKind::Dict: return display(e);
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp: return comprehension(e);
    case NodeKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      Instr* v = translate(n->value);
      std::string target = str(static_cast<const Name*>(n->target)->id);
      store(target, v, e->span);
      return name(static_cast<const Name*>(n->target));
    }
    case NodeKind::Lambda:
      refuse(e->span, "lambdas are supported as key= arguments and when called directly");
    case NodeKind::Starred: refuse(e->span, "starred expressions are not supported here");
    case NodeKind::Await: refuse(e->span, "await is not supported");
    case NodeKind::Yield:
    case NodeKind::YieldFrom: refuse(e->span, "generators (yield) are not supported yet");
    default: refuse(e->span, "this expression is not supported");
  }
}

FunctionTracer::Instr* FunctionTracer::name(const Name* n) {
  std::string id = str(n->id);
  if (stored_lambda(n))
    refuse(n->span, "'" + id + "' holds a lambda, which can be called or passed as key= but not used as a value");
  if (nested_function(n))
    refuse(n->span, "the nested function '" + id + "' can be called or passed as key= but not used as a value");
  if (Binding* b = lookup(id)) {
    if (!b->assigned)
      refuse(n->span, "local variable '" + id + "' may be used before it is assigned here (assign it on every path "
                      "first)");
    Instr* load = emit(Op::Load, n->span, slot_type(*b));
    load->name = slot_name(*b);
    if (b->narrowed) {
      Instr* c = emit(Op::Convert, n->span, b->narrowed);
      c->operands.push_back(load);
      return c;
    }
    return load;
  }
  if (!locals_.is_local(id)) m_.check_available(id, n->span);
  if (locals_.is_local(id))
    refuse(n->span, "local variable '" + id + "' is read before it is assigned (CPython raises UnboundLocalError "
                    "here: a name assigned anywhere in a function is local everywhere in it)");
  if (m_.llama_names_.count(id))
    refuse(n->span, "create the model at module level (model = Llama(...) outside the function): it is loaded once, "
                    "when the predictor is created");
  if (const ConstantValue* value = m_.constant(id)) {
    // A model is one object per predictor, not a value: only its methods are called.
    if (value->type->kind == Kind::Model && !model_receiver_)
      refuse(n->span, "'" + id + "' (a llama_cpp.Llama) can only be used to call its methods here, e.g. " + id +
                      ".embed(texts)");
    if (!globals_used_.count(id)) {
      globals_used_.insert(id);
      bool known = false;
      for (const ir::Global& g : module_.globals) known = known || g.name == id;
      if (!known) module_.globals.push_back({id, value->type, value->cpp, value->python_repr});
    }
    Instr* load = emit(Op::Load, n->span, value->type);
    load->name = id;
    load->attr = "global";
    return load;
  }
  if (m_.functions_.count(id) || is_builtin(id))
    refuse(n->span, "functions can only be called here, not used as values");
  if (m_.modules_.count(id)) refuse(n->span, "modules can only be used as module.name");
  refuse(n->span, "name '" + id + "' is not defined");
}

FunctionTracer::Instr* FunctionTracer::binary(const std::string& op, Instr* l, Instr* r, const Span& at) {
  TypeRef lt = resolved(l->type), rt = resolved(r->type);
  // np.float32 == a.dtype: the runtime dtype compares itself with the constant.
  if ((op == "==" || op == "!=") && lt->kind == Kind::DType && rt->kind == Kind::DType && !lt->name.empty() &&
      rt->name.empty()) {
    std::swap(l, r);
    std::swap(lt, rt);
  }
  bool visit = false;
  bool compares = op == "==" || op == "!=" || op == "<" || op == "<=" || op == ">" || op == ">=" || op == "in" ||
                  op == "not in";
  // Comparisons of unions are visited by the runtime itself.
  auto resolved_op = compares ? resolve_binary(op, lt, rt)
                              : resolve_with_unions({lt, rt}, [&](const std::vector<TypeRef>& t) {
                                  return resolve_binary(op, t[0], t[1]);
                                }, visit);
  if (compares && !resolved_op && (lt->kind == Kind::Union || rt->kind == Kind::Union))
    resolved_op = resolve_with_unions({lt, rt}, [&](const std::vector<TypeRef>& t) { return resolve_binary(op, t[0], t[1]); }, visit);
  if (!resolved_op) {
    if (op == "<" || op == "<=" || op == ">" || op == ">=")
      refuse(at, "'" + op + "' not supported between instances of " + quoted(lt) + " and " + quoted(rt));
    if (op == "in" || op == "not in") refuse(at, "argument of type " + quoted(rt) + " is not a container or has the wrong element type");
    refuse(at, "unsupported operand type(s) for " + op + ": " + quoted(lt) + " and " + quoted(rt));
  }
  return mark_visit(call(at, *resolved_op, {l, r}), visit);
}

FunctionTracer::Instr* FunctionTracer::binop(const BinOp* b) {
  Instr* l = translate(b->left);
  Instr* r = translate(b->right);
  if (b->op == operator_t::Pow && negative_int_literal(b->right)) {
    // int ** negative int is a float in Python (2 ** -1 == 0.5); known here
    // from the literal. Other int exponents give ints (a negative one at run
    // time raises ValueError, see rt::pow).
    TypeRef lt = resolved(l->type);
    if (lt == int_type() || lt == bool_type()) {
      Instr* p = emit(Op::Call, b->span, float_type());
      p->callee = "rt::pow_float";
      p->operands = {l, r};
      return p;
    }
  }
  return binary(op_text(b->op), l, r, b->span);
}

bool FunctionTracer::negative_int_literal(const expr* e) {
  if (e->kind == NodeKind::UnaryOp) {
    auto* u = static_cast<const UnaryOp*>(e);
    if (u->op != unaryop_t::USub || u->operand->kind != NodeKind::Constant) return false;
    ConstantValue v = literal_value(static_cast<const Constant*>(u->operand));
    return v.type == int_type() && v.python_repr != "0";
  }
  if (e->kind == NodeKind::Name && !lookup(str(static_cast<const Name*>(e)->id))) {
    const ConstantValue* v = m_.constant(str(static_cast<const Name*>(e)->id));
    return v && v->type == int_type() && v->python_repr.starts_with("-");
  }
  return false;
}

FunctionTracer::Instr* FunctionTracer::compare(const Compare* c) {
  auto one = [&](Instr* l, Instr* r, cmpop_t op, const Span& at) -> Instr* {
    if (op == cmpop_t::Is || op == cmpop_t::IsNot) {
      // `is` is only meaningful for None here (identity of other objects is
      // an implementation detail the compiled code does not reproduce).
      TypeRef lt = resolved(l->type), rt = resolved(r->type);
      if (rt != none_type() && lt != none_type())
        refuse(at, "'is' is only supported for comparisons with None");
      Instr* t = emit(Op::Call, at, bool_type());
      t->callee = op == cmpop_t::Is ? "rt::is_none" : "rt::is_not_none";
      t->operands.push_back(rt == none_type() ? l : r);
      return t;
    }
    return binary(cmp_text(op), l, r, at);
  };
  Instr* left = translate(c->left);
  Instr* right = translate(c->comparators[0]);
  Span first{c->span.lineno, c->span.col_offset, c->comparators[0]->span.end_lineno,
             c->comparators[0]->span.end_col_offset};
  Instr* result = one(left, right, c->ops[0], first);
  // a < b < c: b is evaluated once, c only if a < b.
  for (size_t k = 1; k < c->ops.size(); ++k) {
    Instr* sc = emit(Op::ShortCircuit, c->span, bool_type());
    sc->callee = "and";
    sc->operands.push_back(result);
    Instr* prev = right;
    sc->regions.emplace_back(capture([&] {
      right = translate(c->comparators[k]);
      Instr* test = one(prev, right, c->ops[k], c->span);
      emit(Op::Yield, c->comparators[k]->span)->operands.push_back(test);
    }));
    result = sc;
  }
  return result;
}

FunctionTracer::Instr* FunctionTracer::condition(const expr* e) {
  if (e->kind == NodeKind::BoolOp) return boolop(static_cast<const BoolOp*>(e), true);
  if (e->kind == NodeKind::UnaryOp && static_cast<const UnaryOp*>(e)->op == unaryop_t::Not) {
    Instr* operand = condition(static_cast<const UnaryOp*>(e)->operand);
    Instr* n = emit(Op::Call, e->span, bool_type());
    n->callee = "!";
    n->operands.push_back(operand);
    return n;
  }
  return truth(translate(e), e->span);
}

FunctionTracer::Instr* FunctionTracer::boolop(const BoolOp* b, bool as_condition) {
  // As a condition only the truth of each operand matters, so they may
  // differ in type (`if word and word not in STOP:`).
  auto operand = [&](const expr* v) { return as_condition ? condition(v) : translate(v); };
  Instr* result = operand(b->values[0]);
  // `x is not None and f(x)`: x is not None to the right of `and` (and
  // `x is None or f(x)`: to the right of `or`), for every later operand.
  std::vector<std::pair<Binding*, TypeRef>> saved;
  for (size_t k = 1; k < b->values.size(); ++k) {
    for (const Narrowing& n : narrowings(b->values[k - 1])) {
      TypeRef known = b->op == boolop_t::And ? n.when_true : n.when_false;
      if (Binding* nb = known ? lookup(n.name) : nullptr) {
        saved.emplace_back(nb, nb->narrowed);
        nb->narrowed = known;
      }
    }
    Instr* sc = emit(Op::ShortCircuit, b->span, nullptr);
    sc->callee = b->op == boolop_t::And ? "and" : "or";
    sc->operands.push_back(result);
    Instr* right = nullptr;
    sc->regions.emplace_back(capture([&] {
      right = operand(b->values[k]);
      Instr* y = emit(Op::Yield, b->values[k]->span);
      y->operands.push_back(right);
    }));
    TypeRef lt = resolved(result->type), rt = resolved(right->type);
    if (lt != rt)
      refuse(b->span, std::string("the operands of '") + (b->op == boolop_t::And ? "and" : "or") +
                          "' have different types (" + lt->python() + " and " + rt->python() +
                          "); Python would return either one");
    sc->type = lt;
    result = sc;
  }
  for (auto it = saved.rbegin(); it != saved.rend(); ++it) it->first->narrowed = it->second;
  return result;
}

void FunctionTracer::call_arguments(const Call* c, std::vector<Instr*>& args, CallTypes& types, TypeRef key_element) {
  // Builtins that consume an iterable take a tuple of one type as tuple[T, ...].
  static const std::set<std::string> kIterableBuiltins = {"sum", "sorted", "list", "set", "tuple", "any", "all",
                                                         "enumerate", "zip", "reversed", "dict", "min", "max"};
  bool iterable_args = false;
  if (c->func->kind == NodeKind::Name) {
    std::string f = str(static_cast<const Name*>(c->func)->id);
    iterable_args = kIterableBuiltins.count(f) && !(c->args.size() > 1 && (f == "min" || f == "max"));
  }
  const bool numpy = numpy_call(c);
  for (const expr* a : c->args) {
    if (a->kind == NodeKind::Starred) refuse(a->span, "*args in calls is not supported yet");
    Instr* v = numpy ? dtype_argument(a) : nullptr;
    if (!v) v = translate(a);
    if (iterable_args) v = iterable(v, a->span);
    args.push_back(v);
    types.positional.push_back(resolved(v->type));
  }
  for (const keyword* k : c->keywords) {
    if (!k->arg.data()) refuse(k->span, "**kwargs in calls is not supported yet");
    Instr* v;
    if (k->arg == "key" && k->value->kind == NodeKind::Lambda) {
      if (!key_element) refuse(k->value->span, "cannot infer the argument type of this key function");
      v = lambda(static_cast<const Lambda*>(k->value), {key_element});
    } else if (k->arg == "key" && names_a_function(k->value)) {
      if (!key_element) refuse(k->value->span, "cannot infer the argument type of this key function");
      v = function_as_lambda(k->value, key_element);
    } else if (const FunctionDef* inner = k->arg == "key" ? nested_function(k->value) : nullptr) {
      if (!key_element) refuse(k->value->span, "cannot infer the argument type of this key function");
      in_function_scope([&] { v = nested_lambda(inner, {key_element}, k->value->span); });
    } else if (const Lambda* stored = k->arg == "key" ? stored_lambda(k->value) : nullptr) {
      if (!key_element) refuse(k->value->span, "cannot infer the argument type of this key function");
      in_function_scope([&] { v = lambda(stored, {key_element}); });
    } else if (Instr* dtype = numpy && k->arg == "dtype" ? dtype_argument(k->value) : nullptr) {
      v = dtype;
    } else {
      v = translate(k->value);
    }
    args.push_back(v);
    types.keywords.emplace_back(str(k->arg), resolved(v->type));
  }
}

FunctionTracer::Instr* FunctionTracer::lambda(const Lambda* l, const std::vector<TypeRef>& params) {
  const arguments* a = l->args;
  if (a->vararg || a->kwarg || !a->kwonlyargs.empty() || !a->defaults.empty() || !a->posonlyargs.empty())
    refuse(l->span, "lambdas with defaults, *args or **kwargs are not supported");
  if (a->args.size() != params.size())
    refuse(l->span, "this lambda takes " + std::to_string(a->args.size()) + " arguments but is called with " +
                        std::to_string(params.size()));
  Instr* lam = emit(Op::Lambda, l->span, nullptr);
  scopes_.emplace_back();
  for (size_t i = 0; i < params.size(); ++i) {
    std::string pname = str(a->args[i]->arg_);
    std::string slot = "lambda" + std::to_string(module_.pool.size()) + "_" + pname;
    fn_.slots.push_back({slot, pname, params[i]});
    Binding b;
    b.slot = static_cast<int>(fn_.slots.size() - 1);
    nested_slots_.insert(b.slot);  // the lambda's own: never reused for a later variable
    b.assigned = true;
    scopes_.back()[pname] = b;
    lam->names.push_back(slot);
  }
  Instr* body = nullptr;
  lam->regions.emplace_back(capture([&] {
    body = translate(l->body);
    Instr* y = emit(Op::Yield, l->body->span);
    y->operands.push_back(body);
  }));
  scopes_.pop_back();
  lam->type = function_of(params, resolved(body->type));
  return lam;
}

FunctionTracer::Instr* FunctionTracer::call_lambda(const Lambda* l, const Call* c, bool stored) {
  std::vector<Instr*> args;
  std::vector<TypeRef> types;
  for (const expr* a : c->args) {
    if (a->kind == NodeKind::Starred) refuse(a->span, "*args in calls is not supported yet");
    args.push_back(translate(a));
    types.push_back(resolved(args.back()->type));
  }
  if (!c->keywords.empty()) refuse(c->span, "keyword arguments to lambdas are not supported");
  Instr* lam = nullptr;
  if (stored) {
    std::string name = str(static_cast<const Name*>(c->func)->id);
    if (lambdas_tracing_.count(name)) refuse(c->span, "recursive lambdas are not supported; use a function");
    lambdas_tracing_.insert(name);
    in_function_scope([&] { lam = lambda(l, types); });
    lambdas_tracing_.erase(name);
  } else {
    lam = lambda(l, types);
  }
  Instr* call_instr = emit(Op::Call, c->span, lam->type->args.back());
  call_instr->callee = "()";
  call_instr->operands.push_back(lam);
  for (Instr* a : args) call_instr->operands.push_back(a);
  return call_instr;
}

const Lambda* FunctionTracer::stored_lambda(const expr* e) {
  if (e->kind != NodeKind::Name) return nullptr;
  std::string name = str(static_cast<const Name*>(e)->id);
  auto found = lambda_vars_.find(name);
  if (found == lambda_vars_.end()) return nullptr;
  // A comprehension variable of the same name hides it.
  for (size_t k = 1; k < scopes_.size(); ++k)
    if (scopes_[k].count(name)) return nullptr;
  return found->second;
}

void FunctionTracer::in_function_scope(const std::function<void()>& body) {
  std::vector<Scope> inner(scopes_.begin() + 1, scopes_.end());
  scopes_.resize(1);
  body();
  scopes_.insert(scopes_.end(), inner.begin(), inner.end());
}

FunctionTracer::Instr* FunctionTracer::call_expr(const Call* c) {
  const expr* f = c->func;
  if (f->kind == NodeKind::Lambda) return call_lambda(static_cast<const Lambda*>(f), c, false);
  if (const Lambda* stored = stored_lambda(f)) return call_lambda(stored, c, true);
  if (const FunctionDef* inner = nested_function(f)) return call_nested(inner, c);
  if (f->kind == NodeKind::Name) {
    std::string fname = str(static_cast<const Name*>(f)->id);
    if (lookup(fname)) refuse(f->span, "calling a variable is not supported");
    m_.check_available(fname, f->span);
    if (m_.functions_.count(fname)) return call_function(fname, c);
    if (is_exception_class(fname)) refuse(c->span, "exception objects can only be raised (raise " + fname + "(...))");
    if (fname == "isinstance") return isinstance(c);
    if (fname == "print") {
      std::vector<Instr*> args;
      Instr* sep = nullptr;
      Instr* end = nullptr;
      for (const expr* a : c->args) {
        if (a->kind == NodeKind::Starred) refuse(a->span, "*args in calls is not supported yet");
        args.push_back(translate(a));
      }
      for (const keyword* k : c->keywords) {
        Instr* v = translate(k->value);
        if (resolved(v->type) != str_type()) refuse(k->span, "print's sep and end must be str");
        if (k->arg == "sep") sep = v;
        else if (k->arg == "end") end = v;
        else refuse(k->span, "print() keyword '" + str(k->arg) + "' is not supported");
      }
      Instr* p = emit(Op::Call, c->span, none_type());
      p->callee = "rt::builtins::print";
      p->operands.push_back(sep ? sep : constant(c->span, str_type(), "rt::Str(\" \")", "' '"));
      p->operands.push_back(end ? end : constant(c->span, str_type(), "rt::Str(\"\\n\")", "'\\n'"));
      for (Instr* a : args) p->operands.push_back(a);
      return p;
    }
    if (m_.llama_names_.count(fname))
      refuse(f->span, "create the model at module level (model = Llama(...) outside the function): it is loaded "
                      "once, when the predictor is created");
    if (!is_builtin(fname)) refuse(f->span, "name '" + fname + "' is not defined");
    if (fname == "zip") {
      // zip(..., strict=True): the keyword picks the runtime function.
      for (const keyword* k : c->keywords) {
        if (k->arg != "strict") continue;
        Instr* strict = translate(k->value);
        if (strict->op != Op::Constant || resolved(strict->type) != bool_type())
          refuse(k->value->span, "zip()'s strict= must be True or False here");
        std::vector<Instr*> args;
        CallTypes types;
        for (const expr* a : c->args) {
          if (a->kind == NodeKind::Starred) refuse(a->span, "*args in calls is not supported yet");
          args.push_back(iterable(translate(a), a->span));
          types.positional.push_back(resolved(args.back()->type));
        }
        if (c->keywords.size() > 1) refuse(c->span, "zip() takes no keyword arguments other than strict");
        SignatureError error;
        auto r = resolve_builtin("zip", types, error);
        if (!r) refuse(c->span, error.message);
        if (strict->text == "true") r->cpp = "rt::builtins::zip_strict";
        return call(c->span, *r, args);
      }
    }
    // key= lambdas receive the element type of the (first) iterable.
    TypeRef key_element = nullptr;
    std::vector<Instr*> args;
    CallTypes types;
    if (!c->args.empty() && (fname == "sorted" || fname == "min" || fname == "max")) {
      // Trace the first argument early to learn its element type.
      Instr* first = translate(c->args[0]);
      if (c->args.size() == 1) first = iterable(first, c->args[0]->span);
      key_element = c->args.size() == 1 ? resolved(first->type)->element() : resolved(first->type);
      args.push_back(first);
      types.positional.push_back(resolved(first->type));
      for (size_t i = 1; i < c->args.size(); ++i) {
        args.push_back(translate(c->args[i]));
        types.positional.push_back(resolved(args.back()->type));
      }
      Call rest = *c;
      rest.args = {};
      call_arguments(&rest, args, types, key_element);
    } else {
      call_arguments(c, args, types, nullptr);
    }
    SignatureError error;
    bool visit = false;
    auto r = resolve_with_unions(types.positional, [&](const std::vector<TypeRef>& t) {
      CallTypes each{t, types.keywords};
      return resolve_builtin(fname, each, error);
    }, visit);
    if (!r) {
      if (visit) resolve_builtin(fname, types, error);
      refuse(c->span, error.message);
    }
    // Results that are the int start or a float item, or whichever mixed
    // argument wins: the runtime returns that very value in the union.
    if (!visit && r->result->kind == Kind::Union && types.keywords.empty() &&
        (fname == "sum" || ((fname == "min" || fname == "max") && types.positional.size() > 1)))
      r->cpp = "rt::builtins::" + fname + "_as<" + r->result->cpp() + ">";
    return mark_visit(call(c->span, *r, args), visit);
  }
  if (f->kind == NodeKind::Attribute) {
    auto* a = static_cast<const Attribute*>(f);
    std::string method = str(a->attr);
    const char* submodule = numpy_submodule(a->value);
    if (submodule || a->value->kind == NodeKind::Name) {
      std::string base = submodule ? "" : str(static_cast<const Name*>(a->value)->id);
      auto mod = m_.modules_.find(base);
      if (submodule || (mod != m_.modules_.end() && !lookup(base))) {
        std::string module = submodule ? std::string(submodule) : mod->second;
        std::vector<Instr*> args;
        CallTypes types;
        call_arguments(c, args, types, nullptr);
        SignatureError error;
        bool visit = false;
        auto r = resolve_with_unions(types.positional, [&](const std::vector<TypeRef>& t) {
          CallTypes each{t, types.keywords};
          return resolve_module_function(module, method, each, error);
        }, visit);
        if (!r) refuse(c->span, error.message);
        return mark_visit(call(c->span, *r, args), visit);
      }
    }
    model_receiver_ = a->value->kind == NodeKind::Name;
    Instr* receiver = translate(a->value);
    model_receiver_ = false;
    TypeRef rtype = resolved(receiver->type);
    if (rtype->kind == Kind::NDArray && (method == "tolist" || method == "item"))
      refuse(c->span, "the type of a." + method + "() depends on the array's dtype and rank: assign it to an "
                      "annotated variable (e.g. `values: list[float] = a." + method + "()`) or return it from a "
                      "function whose return type says it");
    std::vector<Instr*> args{receiver};
    CallTypes types;
    TypeRef key_element = rtype->kind == Kind::List ? rtype->args[0] : nullptr;
    // model.embed(..., return_count=True) returns (vectors, count): the
    // constant keyword picks the result type, so it is read here.
    std::vector<keyword*> kept;
    Call without_count = *c;
    if (rtype->kind == Kind::Model && method == "embed") {
      for (keyword* k : c->keywords) {
        if (!k->arg.data() || k->arg != "return_count") {
          kept.push_back(k);
          continue;
        }
        using Tag = syntax::ConstantValue::Tag;
        auto* v = static_cast<const Constant*>(k->value);
        if (k->value->kind != NodeKind::Constant || (v->value.tag != Tag::True && v->value.tag != Tag::False))
          refuse(k->value->span, "return_count must be written as True or False here (it changes what embed returns)");
        if (v->value.tag == Tag::True) method = "embed(return_count=True)";
      }
      without_count.keywords.items = kept.data();
      without_count.keywords.count = static_cast<uint32_t>(kept.size());
      c = &without_count;
    }
    call_arguments(c, args, types, key_element);
    if (rtype == str_type() && method == "format" && !types.keywords.empty()) {
      // "{x}".format(x=...): the keyword names travel as a list of C strings.
      std::string names = "{";
      for (const auto& [name, type] : types.keywords) names += (names.size() > 1 ? ", \"" : "\"") + name + "\"";
      Instr* f = emit(Op::Call, c->span, str_type());
      f->callee = "rt::str_methods::format_kw";
      f->operands = {receiver, constant(c->span, str_type(), names + "}", "names")};
      f->operands.insert(f->operands.end(), args.begin() + 1, args.end());
      return f;
    }
    // Calls that tell the element type of an empty container bind it, in
    // either direction (`items.append(x)`, `groups.setdefault(k, [])`).
    bool variables = has_variable(rtype);
    for (TypeRef t : types.positional) variables = variables || has_variable(t);
    if (variables) {
      if (rtype->kind == Kind::List && (method == "append" || method == "insert") && !types.positional.empty())
        unify(rtype->args[0], types.positional.back());
      else if (rtype->kind == Kind::List && method == "extend" && !types.positional.empty() &&
               types.positional[0]->element())
        unify(rtype->args[0], types.positional[0]->element());
      else if (rtype->kind == Kind::Set && method == "add" && !types.positional.empty())
        unify(rtype->args[0], types.positional[0]);
      else if (rtype->kind == Kind::Dict && (method == "get" || method == "setdefault" || method == "pop") &&
               !types.positional.empty()) {
        unify(rtype->args[0], types.positional[0]);
        if (types.positional.size() > 1) unify(rtype->args[1], types.positional[1]);
      }
      rtype = resolved(rtype);
      for (TypeRef& t : types.positional) t = resolved(t);
      if (has_variable(rtype))
        refuse(a->value->span, "cannot infer the element type of this empty container; annotate it, e.g. "
                               "`items: list[str] = []`");
    }
    SignatureError error;
    auto r = resolve_method(rtype, method, types, error);
    if (!r) refuse(c->span, error.message);
    return call(c->span, *r, args);
  }
  refuse(c->span, "this kind of call is not supported");
}

bool FunctionTracer::names_a_function(const syntax::expr* e) {
  if (e->kind == NodeKind::Name) {
    std::string n = str(static_cast<const Name*>(e)->id);
    if (lookup(n) || stored_lambda(e) || nested_function(e)) return false;
    return m_.functions_.count(n) || (is_builtin(n) && !m_.constant(n));
  }
  // str.lower, str.casefold, ...: an unbound method of a builtin type.
  if (e->kind == NodeKind::Attribute) {
    auto* a = static_cast<const Attribute*>(e);
    if (a->value->kind != NodeKind::Name) return false;
    std::string base = str(static_cast<const Name*>(a->value)->id);
    return !lookup(base) && (base == "str" || base == "bytes");
  }
  return false;
}

FunctionTracer::Instr* FunctionTracer::function_as_lambda(const syntax::expr* f, TypeRef param) {
  Instr* lam = emit(Op::Lambda, f->span, nullptr);
  std::string slot = "key" + std::to_string(lam->id) + "_x";
  fn_.slots.push_back({slot, slot, param});
  nested_slots_.insert(static_cast<int>(fn_.slots.size() - 1));
  lam->names.push_back(slot);
  Instr* body = nullptr;
  lam->regions.emplace_back(capture([&] {
    Instr* x = emit(Op::Load, f->span, param);
    x->name = slot;
    SignatureError error;
    if (f->kind == NodeKind::Attribute) {
      auto* a = static_cast<const Attribute*>(f);
      std::string base = str(static_cast<const Name*>(a->value)->id);
      TypeRef receiver = base == "str" ? str_type() : bytes_type();
      if (param != receiver)
        refuse(f->span, "descriptor '" + str(a->attr) + "' for '" + base + "' objects doesn't apply to a '" +
                            param->python() + "' object");
      auto r = resolve_method(receiver, str(a->attr), CallTypes{}, error);
      if (!r) refuse(f->span, error.message);
      body = call(f->span, *r, {x});
    } else {
      std::string name = str(static_cast<const Name*>(f)->id);
      if (m_.functions_.count(name)) {
        body = call_function_with(name, std::vector<Instr*>{x}, f->span);
      } else {
        auto r = resolve_builtin(name, CallTypes{{param}, {}}, error);
        if (!r) refuse(f->span, error.message);
        body = call(f->span, *r, {x});
      }
    }
    emit(Op::Yield, f->span)->operands.push_back(body);
  }));
  lam->type = function_of({param}, resolved(body->type));
  return lam;
}

const char* FunctionTracer::numpy_submodule(const syntax::expr* e) {
  // np.linalg (numpy imported under any name)
  if (e->kind != NodeKind::Attribute) return nullptr;
  auto* a = static_cast<const Attribute*>(e);
  if (a->attr != "linalg" || a->value->kind != NodeKind::Name) return nullptr;
  std::string base = str(static_cast<const Name*>(a->value)->id);
  auto mod = m_.modules_.find(base);
  return mod != m_.modules_.end() && mod->second == "numpy" && !lookup(base) ? "numpy.linalg" : nullptr;
}

bool FunctionTracer::numpy_call(const Call* c) {
  if (c->func->kind != NodeKind::Attribute) return false;
  auto* a = static_cast<const Attribute*>(c->func);
  if (a->value->kind == NodeKind::Name) {
    std::string base = str(static_cast<const Name*>(a->value)->id);
    auto mod = m_.modules_.find(base);
    if (mod != m_.modules_.end() && mod->second == "numpy" && !lookup(base)) return true;
  }
  // a.astype(float): a method of an array; the receiver is traced already,
  // so this only looks at the method's name.
  return str(a->attr) == "astype";
}

FunctionTracer::Instr* FunctionTracer::dtype_argument(const syntax::expr* e) {
  std::string dtype;
  if (e->kind == NodeKind::Name && !lookup(str(static_cast<const Name*>(e)->id))) {
    std::string n = str(static_cast<const Name*>(e)->id);
    dtype = n == "float" ? "float64" : n == "int" ? "int64" : n == "bool" ? "bool" : "";
  } else if (e->kind == NodeKind::Constant && static_cast<const Constant*>(e)->value.tag == syntax::ConstantValue::Tag::Str) {
    ConstantValue v = literal_value(static_cast<const Constant*>(e));
    std::string text = v.python_repr.size() >= 2 ? v.python_repr.substr(1, v.python_repr.size() - 2) : "";
    for (const char* d : {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16",
                          "float32", "float64"})
      if (text == d) dtype = d;
  }
  if (dtype.empty()) return nullptr;
  return constant(e->span, dtype_type(dtype), dtype_code(dtype), dtype);
}

FunctionTracer::Instr* FunctionTracer::numpy_to_python(const syntax::expr* value, TypeRef target) {
  // a.tolist() / a.item(): the Python type depends on the array's dtype and
  // rank, known at run time; the annotation where the value goes says which
  // it must be (checked by the runtime, TypeError if the array disagrees).
  if (!target || value->kind != NodeKind::Call) return nullptr;
  auto* c = static_cast<const Call*>(value);
  if (c->func->kind != NodeKind::Attribute || !c->args.empty() || !c->keywords.empty()) return nullptr;
  auto* a = static_cast<const Attribute*>(c->func);
  std::string method = str(a->attr);
  if (method != "tolist" && method != "item") return nullptr;
  Instr* array = translate(a->value);
  if (resolved(array->type)->kind != Kind::NDArray) return nullptr;
  auto scalar = [](TypeRef t) { return t == int_type() || t == float_type() || t == bool_type(); };
  TypeRef leaf = target;
  while (leaf->kind == Kind::List) leaf = leaf->args[0];
  if (method == "item" ? !scalar(target) : !(scalar(leaf) && (target->kind == Kind::List || scalar(target))))
    refuse(value->span, "a." + method + "() can only go where an int, float or bool" +
                            std::string(method == "tolist" ? " (or nested lists of them)" : "") + " is annotated (here: " +
                            target->python() + ")");
  Instr* conv = emit(Op::Call, value->span, target);
  conv->callee = "rt::np::" + method + "<" + target->cpp() + ">";
  conv->operands.push_back(array);
  return conv;
}

FunctionTracer::Instr* FunctionTracer::call_function(const std::string& fname, const Call* c) {
  const FunctionDef* def = m_.functions_.at(fname);
  if (def == m_.entry_def_ && !fn_.is_entry)
    refuse(c->span, "the @compile function cannot be called from helpers");
  const arguments* a = def->args;
  if (a->vararg || a->kwarg || !a->kwonlyargs.empty() || !a->posonlyargs.empty())
    refuse(def->span, "functions with *args, **kwargs, / or keyword-only parameters are not supported yet");
  std::vector<Instr*> args(a->args.size(), nullptr);
  if (c->args.size() > a->args.size())
    refuse(c->span, fname + "() takes " + std::to_string(a->args.size()) + " positional arguments but " +
                        std::to_string(c->args.size()) + " were given");
  for (size_t i = 0; i < c->args.size(); ++i) {
    if (c->args[i]->kind == NodeKind::Starred) refuse(c->args[i]->span, "*args in calls is not supported yet");
    args[i] = translate(c->args[i]);
  }
  for (const keyword* k : c->keywords) {
    if (!k->arg.data()) refuse(k->span, "**kwargs in calls is not supported yet");
    bool found = false;
    for (size_t i = 0; i < a->args.size(); ++i) {
      if (a->args[i]->arg_ == k->arg) {
        if (args[i]) refuse(k->span, fname + "() got multiple values for argument '" + str(k->arg) + "'");
        args[i] = translate(k->value);
        found = true;
      }
    }
    if (!found) refuse(k->span, fname + "() got an unexpected keyword argument '" + str(k->arg) + "'");
  }
  return call_function_with(fname, std::move(args), c->span);
}

FunctionTracer::Instr* FunctionTracer::call_function_with(const std::string& fname, std::vector<Instr*> args,
                                                          const Span& at) {
  const FunctionDef* def = m_.functions_.at(fname);
  const arguments* a = def->args;
  const Span& call_span = at;
  if (args.size() > a->args.size())
    refuse(at, fname + "() takes " + std::to_string(a->args.size()) + " positional arguments but " +
                   std::to_string(args.size()) + " were given");
  args.resize(a->args.size(), nullptr);
  size_t first_default = a->args.size() - a->defaults.size();
  std::vector<TypeRef> types;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args[i]) {
      if (i < first_default)
        refuse(call_span, fname + "() missing required argument: '" + str(a->args[i]->arg_) + "'");
      ConstantValue d = m_.evaluate_constant(a->defaults[i - first_default]);
      args[i] = constant(call_span, d.type, d.cpp, d.python_repr);
    }
    types.push_back(resolved(args[i]->type));
  }
  std::string key = fname + "(";
  for (TypeRef t : types) key += t->python() + ",";
  key += ")";
  TypeRef result;
  std::string callee;
  if (m_.in_progress_.count(key)) {
    result = m_.in_progress_.at(key);
    called_itself_ = true;
    if (!result)
      refuse(call_span, "the recursive call of '" + fname + "' needs a return annotation on '" + fname + "'");
    callee = fname;
    for (TypeRef t : types) {
      std::string mangled = t->python();
      for (char& ch : mangled)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      callee += "__" + mangled;
    }
  } else {
    ir::Function* f = m_.instantiate(fname, types, call_span);
    result = f->result;
    callee = f->name;
  }
  Instr* call_instr = emit(Op::CallFunction, call_span, result);
  call_instr->callee = callee;
  call_instr->operands = args;
  return call_instr;
}

namespace {

/// `3`, `-3` (or a bool literal) as a number; nullopt for anything else.
std::optional<long long> int_literal(const syntax::expr* e) {
  bool negative = false;
  if (e->kind == NodeKind::UnaryOp && static_cast<const UnaryOp*>(e)->op == unaryop_t::USub) {
    negative = true;
    e = static_cast<const UnaryOp*>(e)->operand;
  }
  if (e->kind != NodeKind::Constant || static_cast<const Constant*>(e)->value.tag != syntax::ConstantValue::Tag::Int)
    return std::nullopt;
  std::string text(static_cast<const Constant*>(e)->value.text);
  if (text.size() > 15) return std::nullopt;  // beyond any tuple's length anyway; keep it simple
  long long v = std::stoll(text);
  return negative ? -v : v;
}

/// The positions seq[start:stop:step] selects in a sequence of length n, as
/// CPython's PySlice_AdjustIndices (step is not 0).
std::vector<long long> slice_positions(std::optional<long long> start, std::optional<long long> stop,
                                       std::optional<long long> step, long long n) {
  long long st = step.value_or(1);
  auto adjust = [&](std::optional<long long> v, long long if_none) {
    if (!v) return if_none;
    long long i = *v;
    if (i < 0) {
      i += n;
      if (i < 0) i = st < 0 ? -1 : 0;
    } else if (i >= n) {
      i = st < 0 ? n - 1 : n;
    }
    return i;
  };
  long long lo = adjust(start, st < 0 ? n - 1 : 0), hi = adjust(stop, st < 0 ? -1 : n);
  std::vector<long long> out;
  for (long long i = lo; st > 0 ? i < hi : i > hi; i += st) out.push_back(i);
  return out;
}

}  // namespace

std::array<FunctionTracer::Instr*, 3> FunctionTracer::slice_bounds(const Slice* sl, const Span& at) {
  auto part = [&](const syntax::expr* p) -> Instr* {
    TypeRef opt = optional_of(int_type());
    if (!p) return constant(at, opt, "std::nullopt", "None");
    Instr* v = translate(p);
    TypeRef t = resolved(v->type);
    if (t != int_type() && t != bool_type() && t != none_type() && t != opt)
      refuse(p->span, "slice indices must be integers or None");
    if (t == bool_type()) v = convert(v, int_type(), p->span);
    return convert(v, opt, p->span);
  };
  Instr* lo = part(sl->lower);
  Instr* hi = part(sl->upper);
  Instr* step = part(sl->step);
  return {lo, hi, step};
}

FunctionTracer::Instr* FunctionTracer::numpy_index(const syntax::expr* slice) {
  // a[i, 1:3, None, ..., idx]: a list of rt::np::Subscript (docs/numpy.md).
  std::vector<const syntax::expr*> items;
  if (slice->kind == NodeKind::Tuple)
    for (const syntax::expr* x : static_cast<const Tuple*>(slice)->elts) items.push_back(x);
  else
    items.push_back(slice);
  TypeRef subscript = opaque_type("rt::np::Subscript");
  std::vector<Instr*> parts;
  for (const syntax::expr* x : items) {
    if (x->kind == NodeKind::Slice) {
      auto [lo, hi, step] = slice_bounds(static_cast<const Slice*>(x), x->span);
      Instr* i = emit(Op::Call, x->span, subscript);
      i->callee = "rt::np::slice";
      i->operands = {lo, hi, step};
      parts.push_back(i);
      continue;
    }
    if (x->kind == NodeKind::Constant) {
      auto tag = static_cast<const Constant*>(x)->value.tag;
      if (tag == syntax::ConstantValue::Tag::None) {
        parts.push_back(constant(x->span, subscript, "rt::np::newaxis", "None"));
        continue;
      }
      if (tag == syntax::ConstantValue::Tag::Ellipsis) {
        parts.push_back(constant(x->span, subscript, "rt::np::ellipsis", "..."));
        continue;
      }
    }
    Instr* v = translate(x);
    TypeRef t = resolved(v->type);
    if (t->kind == Kind::None) {  // np.newaxis
      parts.push_back(constant(x->span, subscript, "rt::np::newaxis", "None"));
      continue;
    }
    if (items.size() == 1 && is_numpy_index_tuple(t)) {
      // a[np.nonzero(m)], a[(rows, cols)]: Python passes a tuple value as the
      // subscript itself, its items the indices.
      Instr* list = emit(Op::Call, x->span, opaque_type("std::vector<rt::np::Subscript>"));
      list->callee = "rt::np::index_tuple";
      list->operands.push_back(v);
      return list;
    }
    Instr* i = emit(Op::Call, x->span, subscript);
    if (t == int_type()) {
      i->callee = "rt::np::at";
    } else if (t->kind == Kind::NDArray) {
      i->callee = "rt::np::take";  // an integer or boolean array
    } else if (t->kind == Kind::List && (t->args[0] == int_type() || t->args[0] == bool_type())) {
      i->callee = "rt::np::take_list";

    } else {
      refuse(x->span, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
                      "boolean arrays are valid indices (got " + t->python() + ")");
    }
    i->operands.push_back(v);
    parts.push_back(i);
  }
  // (a std::array: no allocation per subscript; the runtime takes a span)
  Instr* list = emit(Op::Build, slice->span,
                     opaque_type("std::array<rt::np::Subscript, " + std::to_string(parts.size()) + ">"));
  list->callee = "list";
  list->operands = parts;
  return list;
}

FunctionTracer::Instr* FunctionTracer::subscript(const Subscript* s) {
  Instr* c = translate(s->value);
  TypeRef ct = resolved(c->type);
  if (ct->kind == Kind::NDArray) {
    Instr* index = numpy_index(s->slice);
    Instr* g = emit(Op::Call, s->span, ndarray_type());
    g->callee = "rt::np::getitem";
    g->operands = {c, index};
    return g;
  }
  if (s->slice->kind == NodeKind::Slice && ct->kind == Kind::Tuple) {
    auto* sl = static_cast<const Slice*>(s->slice);
    // Literal bounds: the members are known, whatever their types.
    std::optional<long long> parts[3];
    bool literal = true;
    const syntax::expr* exprs[3] = {sl->lower, sl->upper, sl->step};
    for (int k = 0; k < 3; ++k)
      if (exprs[k]) literal = literal && (parts[k] = int_literal(exprs[k])).has_value();
    if (literal) {
      if (parts[2] && *parts[2] == 0) refuse(sl->step->span, "slice step cannot be zero");
      std::vector<Instr*> members;
      std::vector<TypeRef> types;
      for (long long i : slice_positions(parts[0], parts[1], parts[2], static_cast<long long>(ct->args.size()))) {
        Instr* g = emit(Op::Call, s->span, ct->args[static_cast<size_t>(i)]);
        g->callee = "std::get<" + std::to_string(i) + ">";
        g->operands.push_back(c);
        members.push_back(g);
        types.push_back(ct->args[static_cast<size_t>(i)]);
      }
      Instr* b = emit(Op::Build, s->span, tuple_of(types));
      b->callee = "tuple";
      b->operands = members;
      return b;
    }
    if (!ct->element()) refuse(s->slice->span, "tuples of mixed types can only be sliced with integer literals");
    c = iterable(c, s->span);  // tuple[T, ...]
    ct = resolved(c->type);
  }
  if (s->slice->kind == NodeKind::Slice) {
    auto [lo, hi, step] = slice_bounds(static_cast<const Slice*>(s->slice), s->span);
    auto r = resolve_slice(ct);
    if (!r) refuse(s->span, "'" + ct->python() + "' object is not sliceable");
    return call(s->span, *r, {c, lo, hi, step});
  }
  bool homogeneous_tuple = ct->kind == Kind::Tuple && !ct->args.empty();
  for (TypeRef m : ct->args) homogeneous_tuple = homogeneous_tuple && m == ct->args[0];
  bool literal_index = s->slice->kind == NodeKind::Constant ||
                       (s->slice->kind == NodeKind::UnaryOp &&
                        static_cast<const UnaryOp*>(s->slice)->operand->kind == NodeKind::Constant);
  if (ct->kind == Kind::Tuple && (!homogeneous_tuple || literal_index)) {
    const syntax::expr* index = s->slice;
    long long i = 0;
    bool negative = false;
    if (index->kind == NodeKind::UnaryOp && static_cast<const UnaryOp*>(index)->op == unaryop_t::USub) {
      negative = true;
      index = static_cast<const UnaryOp*>(index)->operand;
    }
    if (index->kind != NodeKind::Constant || static_cast<const Constant*>(index)->value.tag != syntax::ConstantValue::Tag::Int)
      refuse(s->slice->span, "tuples of mixed types can only be indexed with integer literals");
    i = std::stoll(std::string(static_cast<const Constant*>(index)->value.text));
    if (negative) i = -i;
    long long n = static_cast<long long>(ct->args.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) refuse(s->slice->span, "tuple index out of range");
    Instr* g = emit(Op::Call, s->span, ct->args[static_cast<size_t>(i)]);
    g->callee = "std::get<" + std::to_string(i) + ">";
    g->operands.push_back(c);
    return g;
  }
  // resp["data"] on a record-shaped dict (create_embedding's result): the field's own type.
  if (s->slice->kind == NodeKind::Constant &&
      static_cast<const Constant*>(s->slice)->value.tag == syntax::ConstantValue::Tag::Str) {
    const std::string key(static_cast<const Constant*>(s->slice)->value.text);
    if (TypeRef field = record_field(ct, key)) {
      Instr* g = emit(Op::Call, s->span, field);
      g->callee = "rt::record_get<" + field->cpp() + ">";
      g->operands = {c, constant(s->slice->span, str_type(), cpp_string_literal(key), "'" + key + "'")};
      return g;
    }
  }
  Instr* k = translate(s->slice);
  TypeRef kt = resolved(k->type);
  if (ct->kind == Kind::Dict && has_variable(ct)) unify(ct->args[0], kt), ct = resolved(ct);
  auto r = resolve_subscript(ct, kt);
  if (!r) {
    if (ct->kind == Kind::List || ct->kind == Kind::Str || ct->kind == Kind::VarTuple)
      refuse(s->slice->span, std::string(ct->kind == Kind::Str ? "string" : ct->kind == Kind::List ? "list" : "tuple") +
                                 " indices must be integers or slices, not " + kt->python());
    refuse(s->span, "'" + ct->python() + "' object is not subscriptable");
  }
  if (ct->kind == Kind::Dict) k = convert(k, ct->args[0], s->slice->span);
  return call(s->span, *r, {c, k});
}

FunctionTracer::Instr* FunctionTracer::fstring(const JoinedStr* j) {
  std::vector<Instr*> parts;
  for (const syntax::expr* part : j->values) {
    if (part->kind == NodeKind::Constant) {
      ConstantValue v = literal_value(static_cast<const Constant*>(part));
      parts.push_back(constant(part->span, v.type, v.cpp, v.python_repr));
      continue;
    }
    auto* fv = static_cast<const FormattedValue*>(part);
    Instr* v = translate(fv->value);
    if (fv->conversion != -1) {
      Instr* conv = emit(Op::Call, fv->span, str_type());
      conv->callee = fv->conversion == 'r' ? "rt::builtins::repr" : fv->conversion == 'a' ? "rt::builtins::ascii"
                                                                                          : "rt::builtins::str_";
      conv->operands.push_back(v);
      v = conv;
    }
    Instr* spec = fv->format_spec ? fstring(static_cast<const JoinedStr*>(fv->format_spec))
                                  : constant(fv->span, str_type(), "rt::Str()", "''");
    Instr* formatted = emit(Op::Call, fv->span, str_type());
    formatted->callee = "rt::format";
    formatted->operands = {v, spec};
    parts.push_back(formatted);
  }
  if (parts.size() == 1 && resolved(parts[0]->type) == str_type()) return parts[0];
  Instr* joined = emit(Op::Call, j->span, str_type());
  joined->callee = "rt::concat";
  joined->operands = parts;
  if (parts.empty()) {
    joined->op = Op::Constant;
    joined->text = "rt::Str()";
    joined->attr = "''";
  }
  return joined;
}

FunctionTracer::Instr* FunctionTracer::display(const syntax::expr* e) {
  // Items of one display share a type; an empty container among them
  // ([] or {}) takes the others' element types.
  auto common = [&](TypeRef a, TypeRef b) -> TypeRef {
    if (a == b) return a;
    if (has_variable(a) && unify(a, b)) return resolved(b);
    if (has_variable(b) && unify(b, a)) return resolved(a);
    return nullptr;
  };
  if (e->kind == NodeKind::Dict) {
    auto* d = static_cast<const Dict*>(e);
    // Items first, so that the dict is built after its keys and values.
    std::vector<Instr*> items;
    TypeRef kt = nullptr, vt = nullptr;
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (!d->keys[i]) refuse(d->values[i]->span, "** in dict displays is not supported yet");
      Instr* k = translate(d->keys[i]);
      Instr* v = translate(d->values[i]);
      TypeRef kti = resolved(k->type), vti = resolved(v->type);
      if (kt) {
        TypeRef kc = common(kt, kti), vc = common(vt, vti);
        if (!kc || !vc)
          refuse(d->keys[i]->span, "dict items have different types (" + kt->python() + ": " + vt->python() +
                                       " and " + kti->python() + ": " + vti->python() + ")");
        kti = kc;
        vti = vc;
      }
      kt = kti;
      vt = vti;
      if (!kt->is_hashable()) refuse(d->keys[i]->span, "unhashable type: " + quoted(kt));
      items.push_back(k);
      items.push_back(v);
    }
    Instr* b = emit(Op::Build, e->span, nullptr);
    b->callee = "dict";
    b->operands = items;
    b->type = items.empty() ? dict_of(type_variable(), type_variable()) : dict_of(kt, vt);
    return b;
  }
  const Seq<syntax::expr*>& elts = e->kind == NodeKind::List  ? static_cast<const List*>(e)->elts
                                   : e->kind == NodeKind::Tuple ? static_cast<const Tuple*>(e)->elts
                                                                : static_cast<const Set*>(e)->elts;
  std::vector<Instr*> items;
  std::vector<TypeRef> types;
  for (const syntax::expr* x : elts) {
    if (x->kind == NodeKind::Starred) refuse(x->span, "starred items in displays are not supported yet");
    items.push_back(translate(x));
    types.push_back(resolved(items.back()->type));
  }
  // [1.5, 2]: CPython keeps the int an int, so the items are int-or-float
  // (converted before the list is built).
  TypeRef number = nullptr;
  if (e->kind == NodeKind::List) {
    bool ints = false, floats = false, others = false;
    for (TypeRef t : types) (t == int_type() ? ints : t == float_type() ? floats : others) = true;
    if (ints && floats && !others) {
      number = union_of({int_type(), float_type()});
      for (Instr*& item : items) item = convert(item, number, e->span);
      types.assign(types.size(), number);
    }
  }
  Instr* b = emit(Op::Build, e->span, nullptr);
  b->operands = items;
  if (e->kind == NodeKind::Tuple) {
    b->callee = "tuple";
    b->type = tuple_of(types);
    return b;
  }
  b->callee = e->kind == NodeKind::List ? "list" : "set";
  TypeRef elem = types.empty() ? type_variable() : types[0];
  for (size_t i = 1; i < types.size(); ++i)
    if (TypeRef c = common(elem, types[i])) elem = c;
    else
      refuse(elts[i]->span, std::string(e->kind == NodeKind::List ? "list" : "set") + " items have different types (" +
                                elem->python() + " and " + types[i]->python() + ")");
  if (e->kind == NodeKind::Set && !types.empty() && !elem->is_hashable())
    refuse(e->span, "unhashable type: " + quoted(elem));
  b->type = e->kind == NodeKind::List ? list_of(elem) : set_of(elem);
  return b;
}

FunctionTracer::Instr* FunctionTracer::comprehension(const syntax::expr* e) {
  const Seq<syntax::comprehension*>* generators;
  switch (e->kind) {
    case NodeKind::ListComp: generators = &static_cast<const ListComp*>(e)->generators; break;
    case NodeKind::SetComp: generators = &static_cast<const SetComp*>(e)->generators; break;
    case NodeKind::DictComp: generators = &static_cast<const DictComp*>(e)->generators; break;
    default: generators = &static_cast<const GeneratorExp*>(e)->generators; break;
  }
  Instr* comp = emit(Op::Comprehension, e->span, nullptr);
  comp->callee = e->kind == NodeKind::ListComp ? "list" : e->kind == NodeKind::SetComp ? "set"
                 : e->kind == NodeKind::DictComp ? "dict" : "generator";
  scopes_.emplace_back();
  TypeRef result = nullptr;
  std::function<void(size_t)> nest = [&](size_t g) {
    if (g == generators->size()) {
      if (e->kind == NodeKind::DictComp) {
        auto* d = static_cast<const DictComp*>(e);
        Instr* k = translate(d->key);
        Instr* v = translate(d->value);
        emit(Op::Yield, e->span)->operands = {k, v};
        result = dict_of(resolved(k->type), resolved(v->type));
      } else {
        const syntax::expr* elt = e->kind == NodeKind::ListComp ? static_cast<const ListComp*>(e)->elt
                                  : e->kind == NodeKind::SetComp ? static_cast<const SetComp*>(e)->elt
                                                                 : static_cast<const GeneratorExp*>(e)->elt;
        Instr* v = translate(elt);
        emit(Op::Yield, e->span)->operands = {v};
        TypeRef t = resolved(v->type);
        result = e->kind == NodeKind::SetComp ? set_of(t) : list_of(t);
      }
      return;
    }
    const syntax::comprehension* gen = (*generators)[g];
    if (gen->is_async) refuse(e->span, "async comprehensions are not supported");
    Instr* iterable = this->iterable(translate(gen->iter), gen->iter->span);
    TypeRef element = resolved(iterable->type)->element();
    if (!element) refuse(gen->iter->span, "'" + resolved(iterable->type)->python() + "' object is not iterable");
    std::string loop_slot = "item" + std::to_string(module_.pool.size());
    fn_.slots.push_back({loop_slot, loop_slot, element});
    comp->names.push_back(loop_slot);
    Instr* f = emit(Op::For, gen->iter->span);
    f->operands.push_back(iterable);
    f->name = loop_slot;
    f->regions.emplace_back(capture([&] {
      Instr* load = value(Op::Load, gen->target->span, element);
      load->name = loop_slot;
      size_t before = fn_.slots.size();
      assign(gen->target, load, gen->target->span);
      for (size_t s = before; s < fn_.slots.size(); ++s) comp->names.push_back(fn_.slots[s].name);
      // conditions, then the next generator
      std::function<void(size_t)> conditions = [&](size_t c) {
        if (c == gen->ifs.size()) {
          nest(g + 1);
          return;
        }
        Instr* test = condition(gen->ifs[c]);
        Instr* i = emit(Op::If, gen->ifs[c]->span);
        i->operands.push_back(test);
        i->regions.emplace_back(capture([&] { conditions(c + 1); }));
        i->regions.emplace_back();
      };
      conditions(0);
    }));
    f->regions.emplace_back();
  };
  comp->regions.emplace_back(capture([&] { nest(0); }));
  scopes_.pop_back();
  comp->type = result;
  return comp;
}

}  // namespace ingot::trace
