// Statements of a traced function.
#include <algorithm>
#include <map>

#include "trace/function_tracer.h"
#include "trace/result_types.h"

namespace ingot::trace {

using namespace syntax;
using types::Kind;
using namespace types;

namespace {

std::string str(Identifier id) { return std::string(id); }

}  // namespace


FunctionTracer::FunctionTracer(ModuleTracer& module, ir::Function& fn, const FunctionDef* def,
                               const std::vector<TypeRef>& params, const std::set<std::string>& widened)
    : m_(module), module_(*module.module_), fn_(fn), def_(def), locals_(local_names(def->body)), widened_(widened) {
  scopes_.emplace_back();
  const arguments* a = def->args;
  if (a->vararg || a->kwarg || !a->kwonlyargs.empty() || !a->posonlyargs.empty())
    refuse(def->span, "functions with *args, **kwargs, / or keyword-only parameters are not supported yet");
  for (size_t i = 0; i < a->args.size(); ++i) {
    const arg* p = a->args[i];
    std::string name = str(p->arg_);
    TypeRef t = i < params.size() ? params[i] : nullptr;
    if (!t) refuse(p->span, "missing argument '" + name + "'");
    if (p->annotation && !fn.is_entry) {
      TypeRef declared = m_.annotation_type(p->annotation);
      if (declared != t && !(declared->kind == Kind::Optional && (declared->args[0] == t || t == none_type())) &&
          !(declared == float_type() && (t == int_type() || t == bool_type())) &&
          !(declared->kind == Kind::Union &&
            std::find(declared->args.begin(), declared->args.end(), t) != declared->args.end()))
        refuse(p->span, "argument '" + name + "' has type " + t->python() + " but the parameter is annotated " +
                            declared->python());
      // An int passed for a float parameter stays an int, as in CPython
      // (annotations convert nothing); it widens if a float is assigned.
      if (!(declared == float_type() && (t == int_type() || t == bool_type()))) t = declared;
    }
    fn.params.push_back({name, name, t});
    Binding b;
    b.slot = -(1 + static_cast<int>(i));
    b.assigned = true;
    scopes_.back()[name] = b;
  }
}

void FunctionTracer::trace() {
  regions_.push_back(&fn_.body);
  block(def_->body);
  bool falls_off = !terminates(def_->body);
  TypeRef annotated = fn_.result;
  if (falls_off) {
    if (annotated && !fits(none_type(), annotated))
      refuse(def_->span, "'" + fn_.python_name + "' may reach its end without a return statement (it would return "
                         "None, but it is annotated to return " + annotated->python() + ")");
    returns_.push_back(none_type());
    Instr* none = constant(def_->span, none_type(), "rt::none", "None");
    emit(Op::Return, def_->span)->operands.push_back(none);
  }
  TypeRef joined = returns_.empty() ? (annotated ? annotated : none_type()) : returns_[0];
  for (TypeRef t : returns_) {
    TypeRef j = join_results(joined, t);
    if (!j)
      refuse(def_->span, "'" + fn_.python_name + "' returns values of different types (" + joined->python() +
                             " and " + t->python() + ")" + (annotated ? "" : "; annotate its return type"));
    joined = j;
  }
  // A recursive call was typed with the annotation: the result must be it.
  if (annotated && called_itself_ && joined != annotated)
    refuse(def_->span, "recursive function '" + fn_.python_name + "' must return exactly its annotated type " +
                           annotated->python() + " (it returns " + joined->python() + ")");
  fn_.result = joined;
  regions_.pop_back();
  finalize();
}

bool FunctionTracer::terminates(const Seq<stmt*>& body) {
  if (body.empty()) return false;
  const stmt* last = body[body.size() - 1];
  switch (last->kind) {
    case NodeKind::Return:
    case NodeKind::Raise:
      return true;
    case NodeKind::If: {
      auto* i = static_cast<const If*>(last);
      return terminates(i->body) && terminates(i->orelse);
    }
    case NodeKind::While: {
      auto* w = static_cast<const While*>(last);
      bool infinite = w->test->kind == NodeKind::Constant &&
                      static_cast<const Constant*>(w->test)->value.tag == syntax::ConstantValue::Tag::True;
      if (!infinite) return false;
      // `while True:` ends only through break.
      std::function<bool(const Seq<stmt*>&)> has_break = [&](const Seq<stmt*>& b) {
        for (const stmt* s : b) {
          if (s->kind == NodeKind::Break) return true;
          if (s->kind == NodeKind::If) {
            auto* i = static_cast<const If*>(s);
            if (has_break(i->body) || has_break(i->orelse)) return true;
          }
          if (s->kind == NodeKind::Try) {
            auto* t = static_cast<const Try*>(s);
            if (has_break(t->body) || has_break(t->orelse) || has_break(t->finalbody)) return true;
            for (const excepthandler* h : t->handlers)
              if (has_break(static_cast<const ExceptHandler*>(h)->body)) return true;
          }
          if (s->kind == NodeKind::With) {
            if (has_break(static_cast<const With*>(s)->body)) return true;
          }
        }
        return false;
      };
      return !has_break(w->body);
    }
    case NodeKind::Try: {
      auto* t = static_cast<const Try*>(last);
      if (!t->finalbody.empty() && terminates(t->finalbody)) return true;
      bool body_ends = t->orelse.empty() ? terminates(t->body) : terminates(t->orelse);
      if (!body_ends) return false;
      for (const excepthandler* h : t->handlers)
        if (!terminates(static_cast<const ExceptHandler*>(h)->body)) return false;
      return true;
    }
    default:
      return false;
  }
}

void FunctionTracer::block(const Seq<stmt*>& body) {
  for (const stmt* s : body) statement(s);
}

void FunctionTracer::statement(const stmt* s) {
  switch (s->kind) {
    case NodeKind::Expr: {
      const expr* v = static_cast<const Expr*>(s)->value;
      if (v->kind == NodeKind::Constant) return;  // docstring or bare literal
      Instr* value = translate(v);  // before the Eval that uses it
      emit(Op::Eval, s->span)->operands.push_back(value);
      return;
    }
    case NodeKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      if (a->value->kind == NodeKind::Lambda) {
        // `f = lambda x: ...`: the name stands for the lambda, which is
        // traced where it is called. Python lets the name be rebound; here
        // it must keep its one lambda.
        if (a->targets.size() != 1 || a->targets[0]->kind != NodeKind::Name)
          refuse(a->value->span, "a lambda can be stored in one plain variable only");
        std::string name = str(static_cast<const Name*>(a->targets[0])->id);
        if (!at_frame_top())
          refuse(s->span, "store lambdas in variables at the top level of the function body");
        if (lambda_vars_.count(name) || lookup(name))
          refuse(s->span, "'" + name + "' is assigned more than once; a variable holding a lambda must keep it");
        lambda_vars_[name] = static_cast<const Lambda*>(a->value);
        return;
      }
      Instr* v = translate(a->value);
      for (const expr* t : a->targets) assign(t, v, s->span);
      return;
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      if (a->target->kind != NodeKind::Name) refuse(a->target->span, "only names can be annotated here");
      TypeRef declared = m_.annotation_type(a->annotation);
      std::string name = str(static_cast<const Name*>(a->target)->id);
      if (!a->value) {
        if (!lookup(name)) {
          fn_.slots.push_back({name, name, declared});
          Binding b;
          b.slot = static_cast<int>(fn_.slots.size() - 1);
          scopes_.back()[name] = b;
        }
        return;
      }
      Instr* v = numpy_to_python(a->value, declared);
      if (!v) v = translate(a->value);
      TypeRef vt = resolved(v->type);
      if (declared == float_type() && (vt == int_type() || vt == bool_type()) && !lookup(name)) {
        // `total: float = 0` holds the int 0 until a float is assigned, as
        // in CPython: an int variable that widens (see store).
        store(name, v, s->span);
        return;
      }
      store(name, convert(v, declared, a->value->span), s->span, declared);
      return;
    }
    case NodeKind::AugAssign: return aug_assign(static_cast<const AugAssign*>(s));
    case NodeKind::If: return if_stmt(static_cast<const If*>(s));
    case NodeKind::While: return while_stmt(static_cast<const While*>(s));
    case NodeKind::For: return for_stmt(static_cast<const For*>(s));
    case NodeKind::Try: return try_stmt(static_cast<const Try*>(s));
    case NodeKind::Return: return return_stmt(static_cast<const Return*>(s));
    case NodeKind::Raise: return raise_stmt(static_cast<const Raise*>(s));
    case NodeKind::Pass: return;
    case NodeKind::Break:
    case NodeKind::Continue:
      if (loop_depth_ == 0)
        refuse(s->span, s->kind == NodeKind::Break ? "'break' outside loop" : "'continue' not properly in loop");
      {
        Op op = s->kind == NodeKind::Break ? Op::Break : Op::Continue;
        int target = unwind_through_finally(op);
        emit(op, s->span)->finally_target = target;
      }
      return;
    case NodeKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      // The message is evaluated only when the assertion fails.
      Instr* test = condition(a->test);
      Instr* i = emit(Op::If, s->span);
      i->operands.push_back(test);
      i->regions.emplace_back();
      i->regions.emplace_back(capture([&] {
        Instr* msg = nullptr;
        if (a->msg) {
          Instr* value = translate(a->msg);
          types::SignatureError err;
          auto r = resolve_builtin("str", {{resolved(value->type)}, {}}, err);
          msg = call(a->msg->span, *r, {value});
        }
        Instr* raise = emit(Op::Raise, s->span);
        raise->callee = "AssertionError";
        if (msg) raise->operands.push_back(msg);
      }));
      return;
    }
    case NodeKind::Delete: {
      for (const expr* t : static_cast<const Delete*>(s)->targets) {
        if (t->kind != NodeKind::Subscript) refuse(t->span, "only `del container[key]` is supported");
        auto* sub = static_cast<const Subscript*>(t);
        Instr* c = translate(sub->value);
        if (sub->slice->kind == NodeKind::Slice) {
          if (resolved(c->type)->kind != Kind::List)
            refuse(t->span, "'" + resolved(c->type)->python() + "' object does not support item deletion");
          auto [lo, hi, step] = slice_bounds(static_cast<const Slice*>(sub->slice), t->span);
          Instr* d = emit(Op::Call, t->span, none_type());
          d->callee = "rt::delslice";
          d->operands = {c, lo, hi, step};
          emit(Op::Eval, t->span)->operands.push_back(d);
          continue;
        }
        Instr* k = translate(sub->slice);
        if (c->type->kind != Kind::List && c->type->kind != Kind::Dict)
          refuse(t->span, "'" + c->type->python() + "' object doesn't support item deletion");
        Instr* d = emit(Op::DelItem, t->span);
        d->operands = {c, k};
      }
      return;
    }
    case NodeKind::Global:
      // Reads of the names are reads of module constants; an assignment
      // to one is refused where it happens (see store).
      for (Identifier n : static_cast<const Global*>(s)->names)
        if (!m_.constant(str(n)))
          refuse(s->span, "'global " + str(n) + "': there is no module constant '" + str(n) + "' to read");
      return;
    case NodeKind::Nonlocal:
      if (!nested_) refuse(s->span, "nonlocal declaration not allowed at module level");
      for (Identifier n : static_cast<const Nonlocal*>(s)->names)
        if (!lookup(str(n))) refuse(s->span, "no binding for nonlocal '" + str(n) + "' found");
      return;
    case NodeKind::FunctionDef: return nested_def(static_cast<const FunctionDef*>(s));
    case NodeKind::ClassDef: refuse(s->span, "classes are not supported yet");
    case NodeKind::With: refuse(s->span, "'with' statements are not supported");
    case NodeKind::Match: refuse(s->span, "'match' statements are not supported yet");
    case NodeKind::Import:
    case NodeKind::ImportFrom: refuse(s->span, "imports inside functions are not supported; import at module level");
    default: refuse(s->span, "this statement is not supported");
  }
}

void FunctionTracer::assign(const expr* target, Instr* v, const Span& at) {
  switch (target->kind) {
    case NodeKind::Name:
      store(str(static_cast<const Name*>(target)->id), v, at);
      return;
    case NodeKind::Tuple:
    case NodeKind::List: {
      const Seq<expr*>& elts = target->kind == NodeKind::Tuple ? static_cast<const Tuple*>(target)->elts
                                                                : static_cast<const List*>(target)->elts;
      int star = -1;
      for (size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == NodeKind::Starred) {
          if (star >= 0) refuse(elts[i]->span, "multiple starred expressions in assignment");
          star = static_cast<int>(i);
        }
      std::vector<TypeRef> member_types;
      TypeRef t = v->type;
      if (t->kind == Kind::Tuple && star >= 0) {
        // a, *rest = (1, 2, 3): the starred name gets a list of the middle
        // members, which must share one type.
        size_t fixed = elts.size() - 1;
        if (t->args.size() < fixed)
          refuse(target->span, "not enough values to unpack (expected at least " + std::to_string(fixed) +
                                    ", got " + std::to_string(t->args.size()) + ")");
        size_t middle = t->args.size() - fixed;
        TypeRef m = middle ? t->args[static_cast<size_t>(star)] : type_variable();
        for (size_t k = 0; k < middle; ++k)
          if (t->args[static_cast<size_t>(star) + k] != m)
            refuse(target->span, "the starred name would hold a list of mixed types (" + t->python() + ")");
        for (size_t k = 0; k < elts.size(); ++k)
          member_types.push_back(k < static_cast<size_t>(star)    ? t->args[k]
                                 : k == static_cast<size_t>(star) ? list_of(m)
                                                                  : t->args[k + middle - 1]);
      } else if (t->kind == Kind::Tuple) {
        if (t->args.size() != elts.size()) {
          refuse(target->span, t->args.size() < elts.size()
                                   ? "not enough values to unpack (expected " + std::to_string(elts.size()) +
                                         ", got " + std::to_string(t->args.size()) + ")"
                                   : "too many values to unpack (expected " + std::to_string(elts.size()) + ")");
        }
        member_types = t->args;
      } else if (TypeRef e = t->element(); e && t->kind != Kind::Dict && t->kind != Kind::Set) {
        member_types.assign(elts.size(), e);
        if (star >= 0) member_types[star] = list_of(e);
      } else {
        refuse(at, "cannot unpack a value of type " + t->python());
      }
      // unpack into temporaries, then assign each target.
      Instr* u = emit(Op::Unpack, at);
      u->operands.push_back(v);
      u->index = star;
      std::vector<Instr*> parts;
      for (size_t i = 0; i < elts.size(); ++i) {
        std::string tmp = "unpack" + std::to_string(module_.pool.size()) + "_" + std::to_string(i);
        fn_.slots.push_back({tmp, tmp, member_types[i]});
        u->names.push_back(tmp);
      }
      for (size_t i = 0; i < elts.size(); ++i) {
        Instr* load = value(Op::Load, elts[i]->span, member_types[i]);
        load->name = u->names[i];
        const expr* t_i = elts[i]->kind == NodeKind::Starred ? static_cast<const Starred*>(elts[i])->value : elts[i];
        assign(t_i, load, at);
      }
      return;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(target);
      Instr* c = translate(s->value);
      if (resolved(c->type)->kind == Kind::NDArray) {
        // a[...] = v: numpy's setitem, broadcasting v.
        TypeRef vt = resolved(v->type);
        if (vt->kind != Kind::NDArray && !vt->is_numeric())
          refuse(at, "only arrays and numbers can be assigned into an array here (got " + vt->python() + ")");
        Instr* index = numpy_index(s->slice);
        Instr* set = emit(Op::Call, at, none_type());
        set->callee = "rt::np::setitem";
        set->operands = {c, index, v};
        emit(Op::Eval, at)->operands.push_back(set);
        return;
      }
      if (s->slice->kind == NodeKind::Slice) {
        TypeRef ct = resolved(c->type), vt = resolved(v->type);
        if (ct->kind != Kind::List)
          refuse(target->span, "'" + ct->python() + "' object does not support item assignment");
        TypeRef ve = vt->kind == Kind::Dict ? vt->args[0] : vt->element();
        if (!ve) refuse(at, "can only assign an iterable to a slice (got " + vt->python() + ")");
        if (has_variable(ve)) unify(ve, ct->args[0]), ve = resolved(ve);
        if (ve != ct->args[0])
          refuse(at, "assigning items of type " + ve->python() + " to a slice of " + ct->python() +
                     " is not supported (the list would mix types)");
        auto [lo, hi, step] = slice_bounds(static_cast<const Slice*>(s->slice), target->span);
        Instr* set = emit(Op::Call, at, none_type());
        set->callee = "rt::setslice";
        set->operands = {c, lo, hi, step, v};
        emit(Op::Eval, at)->operands.push_back(set);
        return;
      }
      Instr* k = translate(s->slice);
      if (c->type->kind == Kind::List) {
        if (k->type != int_type() && k->type != bool_type())
          refuse(s->slice->span, "list indices must be integers or slices, not " + k->type->python());
        v = convert(v, c->type->args[0], at);
      } else if (c->type->kind == Kind::Dict) {
        k = convert(k, c->type->args[0], s->slice->span);
        v = convert(v, c->type->args[1], at);
      } else {
        refuse(target->span, "'" + c->type->python() + "' object does not support item assignment");
      }
      Instr* set = emit(Op::SetItem, at);
      set->operands = {c, k, v};
      return;
    }
    case NodeKind::Attribute:
      refuse(target->span, "assigning to attributes is not supported");
    case NodeKind::Starred:
      refuse(target->span, "starred assignment target must be in a list or tuple");
    default:
      refuse(target->span, "cannot assign to this expression");
  }
}

void FunctionTracer::store(const std::string& name, Instr* v, const Span& at, TypeRef declared) {
  const size_t frame_scope = nested_ ? nested_->scope_base : 0;
  if (lambda_vars_.count(name) && !lookup(name))
    refuse(at, "'" + name + "' holds a lambda; a variable holding a lambda must keep it");
  if (scopes_.size() == 1 && locals_.globals.count(name))
    refuse(at, "assigning to the module-level name '" + name + "' is not supported: compiled code reads module "
               "constants but cannot change them");
  Binding* b = lookup(name);
  TypeRef t = resolved(v->type);
  if (b && has_variable(t)) unify(t, slot_type(*b)), t = resolved(t);
  if (b && has_variable(slot_type(*b))) unify(slot_type(*b), t), t = resolved(t);
  if (t->kind == Kind::Iterator || t->kind == Kind::Module)
    refuse(at, "values of type " + t->python() + " cannot be stored in variables yet; use them directly");
  if (b) {
    TypeRef current = slot_type(*b);
    if (declared && declared != current) {
      // A new annotation rebinds the name.
      b = nullptr;
    } else if (t != current) {
      if (current->kind == Kind::Optional && (t == none_type() || t == current->args[0])) {
        v = convert(v, current, at);
      } else if (current->kind == Kind::Union && std::find(current->args.begin(), current->args.end(), t) != current->args.end()) {
        v = convert(v, current, at);
      } else if (current->kind == Kind::Union && t == bool_type()) {
        v = convert(convert(v, int_type(), at), current, at);
      } else if (at_frame_top() && (!nested_ || locals_.is_local(name))) {
        b = nullptr;  // straight-line code: the name gets a new slot of the new type
      } else if (current->is_numeric() && t->is_numeric() && !widened_.count(name) && !declared) {
        // An int that may become a float here: trace again with the
        // variable able to hold either, as CPython's does.
        throw Retrace{&fn_, name};
      } else {
        refuse(at, "'" + name + "' has type " + current->python() + " but is assigned a " + t->python() +
                       " here; inside if/for/while/try a variable must keep one type (use another name, or "
                       "annotate it as Optional/Union)");
      }
    }
  }
  if (!b) {
    // A name bound on several branches with one type shares one slot.
    TypeRef want = declared ? declared : t;
    for (size_t k = 0; k < fn_.slots.size() && !b; ++k) {
      if (fn_.slots[k].python_name != frame_prefix() + name || resolved(fn_.slots[k].type) != want) continue;
      // Comprehension variables live inside the comprehension only.
      if (nested_slots_.count(static_cast<int>(k)) || scopes_.size() > frame_scope + 1) continue;
      bool bound_elsewhere = false;
      for (const Scope& scope : scopes_)
        for (const auto& [n, other] : scope)
          if (other.slot == static_cast<int>(k) && n != name) bound_elsewhere = true;
      if (bound_elsewhere) continue;
      Binding nb;
      nb.slot = static_cast<int>(k);
      scopes_.back()[name] = nb;
      b = &scopes_.back()[name];
      if (declared) v = convert(v, declared, at);
    }
  }
  if (!b) {
    const std::string python_name = frame_prefix() + name;
    std::string slot = nested_ ? nested_->name + "_" + name : name;
    const std::string base = slot;
    int version = 0;
    auto taken = [&](const std::string& s) {
      for (const ir::Slot& x : fn_.slots)
        if (x.name == s) return true;
      for (const ir::Slot& x : fn_.params)
        if (x.name == s) return true;
      return false;
    };
    while (taken(slot)) slot = base + "_" + std::to_string(++version);
    TypeRef slot_t = declared ? declared : t;
    if (!declared && widened_.count(name) && t->is_numeric()) {
      slot_t = union_of({int_type(), float_type()});
      if (t == bool_type()) v = convert(v, int_type(), at);
      v = convert(v, slot_t, at);
    }
    fn_.slots.push_back({slot, python_name, slot_t});
    Binding nb;
    nb.slot = static_cast<int>(fn_.slots.size() - 1);
    if (scopes_.size() > frame_scope + 1) nested_slots_.insert(nb.slot);
    scopes_.back()[name] = nb;
    b = &scopes_.back()[name];
    if (declared) v = convert(v, declared, at);
  }
  Instr* s = emit(Op::Store, at);
  s->name = slot_name(*b);
  s->operands.push_back(v);
  b->assigned = true;
  TypeRef st = slot_type(*b);
  b->narrowed = (st->kind == Kind::Optional && v->op == Op::Convert && v->operands[0]->type == st->args[0])
                    ? st->args[0]
                    : nullptr;
}

void FunctionTracer::aug_assign(const AugAssign* s) {
  std::string op = op_text(s->op);
  if (s->target->kind == NodeKind::Name) {
    auto* n = static_cast<const Name*>(s->target);
    Instr* current = name(n);
    Instr* rhs = translate(s->value);
    TypeRef ct = resolved(current->type);
    if (ct->kind == Kind::NDArray) {
      // numpy: `a += b` writes into a's buffer (every name for it sees the
      // change); a numpy scalar is rebound to the new value instead.
      static const std::map<std::string, std::string> kArrayInPlace = {
          {"+", "rt::np::iadd"},      {"-", "rt::np::isub"},       {"*", "rt::np::imul"},
          {"/", "rt::np::itruediv"},  {"//", "rt::np::ifloordiv"}, {"%", "rt::np::imod"},
          {"**", "rt::np::ipow"},     {"&", "rt::np::iand"},       {"|", "rt::np::ior"},
          {"^", "rt::np::ixor"},      {"@", "rt::np::imatmul"},    {"<<", "rt::np::ilshift"},
          {">>", "rt::np::irshift"}};
      auto fn = kArrayInPlace.find(op);
      if (fn == kArrayInPlace.end() || !resolve_binary(op, ct, resolved(rhs->type)))
        refuse(s->span, "unsupported operand type(s) for " + op + "=: 'numpy.ndarray' and '" +
                            resolved(rhs->type)->python() + "'");
      Instr* a = emit(Op::AugStore, s->span);
      a->name = slot_name(*lookup(str(n->id)));
      a->callee = fn->second;
      a->operands.push_back(rhs);
      return;
    }
    if (ct->kind == Kind::List) rhs = iterable(rhs, s->value->span);
    if (ct->kind == Kind::List || ct->kind == Kind::Set || ct->kind == Kind::Dict) {
      // Mutable containers change in place (`xs += ys` extends the list
      // every other name for it sees).
      TypeRef rt_type = resolved(rhs->type);
      bool ok = ct->kind == Kind::List ? (op == "+" && rt_type->element() == ct->args[0]) || (op == "*" && (rt_type == int_type() || rt_type == bool_type()))
                                       : resolve_binary(op, ct, rt_type).has_value();
      if (!ok)
        refuse(s->span, "unsupported operand type(s) for " + op + "=: '" + ct->python() + "' and '" + rt_type->python() + "'");
      static const std::map<std::string, std::string> kInPlace = {
          {"+", "rt::iadd"}, {"-", "rt::isub"}, {"*", "rt::imul"}, {"|", "rt::ior"}, {"&", "rt::iand"}, {"^", "rt::ixor"}};
      auto fn = kInPlace.find(op);
      if (fn == kInPlace.end()) refuse(s->span, "unsupported operand type(s) for " + op + "=");
      Instr* a = emit(Op::AugStore, s->span);
      a->name = lookup(str(n->id)) ? slot_name(*lookup(str(n->id))) : str(n->id);
      a->callee = fn->second;
      a->operands.push_back(rhs);
      return;
    }
    Instr* result = binary(op, current, rhs, s->span);
    store(str(n->id), result, s->span);
    return;
  }
  if (s->target->kind == NodeKind::Subscript) {
    auto* sub = static_cast<const Subscript*>(s->target);
    if (sub->slice->kind == NodeKind::Slice) refuse(s->span, "augmented slice assignment is not supported");
    Instr* c = translate(sub->value);
    Instr* k = translate(sub->slice);
    auto get = resolve_subscript(c->type, k->type);
    if (!get) refuse(s->target->span, "'" + c->type->python() + "' object is not subscriptable");
    Instr* current = call(s->target->span, *get, {c, k});
    Instr* result = binary(op, current, translate(s->value), s->span);
    TypeRef elem = c->type->kind == Kind::Dict ? c->type->args[1] : c->type->kind == Kind::List ? c->type->args[0] : nullptr;
    if (!elem) refuse(s->target->span, "'" + c->type->python() + "' object does not support item assignment");
    if (result->type != elem)
      refuse(s->span, "the result has type " + result->type->python() + " but the container holds " + elem->python());
    Instr* set = emit(Op::SetItem, s->span);
    set->operands = {c, k, result};
    return;
  }
  refuse(s->target->span, "augmented assignment to this target is not supported");
}

void FunctionTracer::if_stmt(const If* s) {
  std::vector<Narrowing> narrows = narrowings(s->test);
  Instr* test = condition(s->test);
  Instr* i = emit(Op::If, s->span);
  i->operands.push_back(test);
  Scope before = scopes_.back();
  auto narrow = [&](bool branch_is_true) {
    for (const Narrowing& n : narrows) {
      Binding* b = lookup(n.name);
      TypeRef known = branch_is_true ? n.when_true : n.when_false;
      if (b && known) b->narrowed = known;
    }
  };
  i->regions.emplace_back(capture([&] {
    narrow(true);
    block(s->body);
  }));
  Scope after_then = scopes_.back();
  scopes_.back() = before;
  i->regions.emplace_back(capture([&] {
    narrow(false);
    block(s->orelse);
  }));
  Scope after_else = scopes_.back();
  bool then_ends = terminates(s->body), else_ends = terminates(s->orelse);
  if (then_ends && !else_ends) {
    scopes_.back() = after_else;
  } else if (else_ends && !then_ends) {
    scopes_.back() = after_then;
  } else {
    scopes_.back() = merge_paths({after_then, after_else});
  }
}

FunctionTracer::Scope FunctionTracer::merge_paths(const std::vector<Scope>& paths) {
  Scope merged = paths.front();
  for (size_t k = 1; k < paths.size(); ++k) {
    const Scope& other = paths[k];
    for (auto& [n, b] : merged) {
      auto o = other.find(n);
      if (o == other.end() || o->second.slot != b.slot) {
        b.assigned = false;
        b.narrowed = nullptr;
      } else {
        b.assigned = b.assigned && o->second.assigned;
        if (b.narrowed != o->second.narrowed) b.narrowed = nullptr;
      }
    }
    for (const auto& [n, b] : other)
      if (!merged.count(n)) {
        merged[n] = b;
        merged[n].assigned = false;
        merged[n].narrowed = nullptr;
      }
  }
  return merged;
}

void FunctionTracer::after_loop(const Scope& before) {
  // The body may not run: what it assigned is not definite afterwards,
  // and what was narrowed before it is as it was.
  for (auto& [n, b] : scopes_.back()) {
    auto old = before.find(n);
    if (old == before.end() || old->second.slot != b.slot) b.assigned = false;
    else b = old->second;
  }
}

void FunctionTracer::while_stmt(const While* s) {
  Instr* w = emit(Op::While, s->span);
  Scope before = scopes_.back();
  w->regions.emplace_back(capture([&] {
    Instr* test = condition(s->test);
    emit(Op::Yield, s->test->span)->operands.push_back(test);
  }));
  ++loop_depth_;
  w->regions.emplace_back(capture([&] { block(s->body); }));
  --loop_depth_;
  after_loop(before);
  w->regions.emplace_back(capture([&] { block(s->orelse); }));
}

void FunctionTracer::for_stmt(const For* s) {
  Instr* iterable = this->iterable(translate(s->iter), s->iter->span);
  TypeRef element = iterable->type->element();
  if (!element) refuse(s->iter->span, "'" + iterable->type->python() + "' object is not iterable");
  std::string loop_slot = "item" + std::to_string(module_.pool.size());
  fn_.slots.push_back({loop_slot, loop_slot, element});
  Instr* f = emit(Op::For, s->span);
  f->operands.push_back(iterable);
  f->name = loop_slot;
  Scope before = scopes_.back();
  ++loop_depth_;
  f->regions.emplace_back(capture([&] {
    Instr* load = value(Op::Load, s->target->span, element);
    load->name = loop_slot;
    assign(s->target, load, s->target->span);
    block(s->body);
  }));
  --loop_depth_;
  after_loop(before);
  f->regions.emplace_back(capture([&] { block(s->orelse); }));
}

void FunctionTracer::try_stmt(const Try* s) {
  Instr* t = emit(Op::Try, s->span);
  Scope before = scopes_.back();
  if (!s->finalbody.empty()) finally_stack_.push_back({t, loop_depth_});
  t->regions.emplace_back(capture([&] { block(s->body); }));
  std::vector<Scope> exits;
  if (!terminates(s->body)) exits.push_back(scopes_.back());
  for (const excepthandler* h : s->handlers) {
    auto* handler = static_cast<const ExceptHandler*>(h);
    std::vector<std::string> classes;
    auto add_class = [&](const expr* e) {
      if (e->kind != NodeKind::Name || !is_exception_class(str(static_cast<const Name*>(e)->id)))
        refuse(e->span, "only builtin exception classes can be caught");
      classes.push_back(str(static_cast<const Name*>(e)->id));
    };
    if (!handler->type) classes.push_back("BaseException");
    else if (handler->type->kind == NodeKind::Tuple)
      for (const expr* e : static_cast<const Tuple*>(handler->type)->elts) add_class(e);
    else add_class(handler->type);
    std::string joined;
    for (const std::string& c : classes) joined += (joined.empty() ? "" : "|") + c;
    t->names.push_back(joined);
    scopes_.back() = before;
    std::string bound;
    ++except_depth_;
    t->regions.emplace_back(capture([&] {
      if (handler->name.data()) {
        bound = str(handler->name);
        Instr* exc = value(Op::Exception, h->span, exception_type(classes.size() == 1 ? classes[0] : "Exception"));
        store(bound, exc, h->span);
      }
      block(handler->body);
      // CPython deletes the name at the end of the handler (`del e`).
      if (!bound.empty()) scopes_.back().erase(bound);
    }));
    --except_depth_;
    t->bound.push_back(bound);
    if (!terminates(handler->body)) exits.push_back(scopes_.back());
  }
  if (!s->orelse.empty()) {
    t->has_else = true;
    scopes_.back() = exits.empty() ? before : exits.front();
    t->regions.emplace_back(capture([&] { block(s->orelse); }));
    if (!exits.empty()) exits.front() = scopes_.back();
  }
  // Names are definite after the statement only if every way out assigned them.
  Scope after = exits.empty() ? before : merge_paths(exits);
  if (!s->finalbody.empty()) {
    finally_stack_.pop_back();
    t->has_finally = true;
    // The finally also runs after an exception or a return anywhere in the
    // try, so it may rely only on what was assigned before the try.
    std::vector<Scope> entries = exits;
    entries.push_back(before);
    scopes_.back() = merge_paths(entries);
    t->regions.emplace_back(capture([&] { block(s->finalbody); }));
    for (const auto& [name, b] : scopes_.back())
      if (b.assigned) after[name] = b;
  }
  scopes_.back() = after;
}

int FunctionTracer::unwind_through_finally(Op exit) {
  // Frames the jump crosses: all of them for a return; for break/continue
  // only those inside the innermost loop.
  std::vector<Instr*> crossed;
  for (auto it = finally_stack_.rbegin(); it != finally_stack_.rend(); ++it) {
    if (exit != Op::Return && it->loop_depth != loop_depth_) break;
    crossed.push_back(it->try_instr);
  }
  for (size_t k = 0; k < crossed.size(); ++k) {
    Instr* t = crossed[k];
    if (exit == Op::Return) t->unwinds_return = true;
    if (exit == Op::Break) t->unwinds_break = true;
    if (exit == Op::Continue) t->unwinds_continue = true;
    int next = k + 1 < crossed.size() ? crossed[k + 1]->id : -1;
    (exit == Op::Return ? t->finally_return_to : t->finally_loop_to) = next;
  }
  return crossed.empty() ? -1 : crossed.front()->id;
}

void FunctionTracer::return_stmt(const Return* s) {
  TypeRef declared_result = nested_ ? nested_->declared : fn_.result;
  Instr* v = s->value ? numpy_to_python(s->value, declared_result) : nullptr;
  if (!v) v = s->value ? translate(s->value) : constant(s->span, none_type(), "rt::none", "None");
  TypeRef vt = resolved(v->type);
  TypeRef declared = nested_ ? nested_->declared : fn_.result;
  const std::string& owner = nested_ ? nested_->name : fn_.python_name;
  if (declared && !fits(vt, declared))
    refuse(s->value ? s->value->span : s->span,
           "'" + owner + "' is annotated to return " + declared->python() + " but this returns " + vt->python());
  // The value is returned as it is (CPython does not convert it); the
  // function's result type is the join of what it returns (trace()).
  returns_.push_back(vt);
  int target = unwind_through_finally(Op::Return);
  Instr* r = emit(Op::Return, s->span);
  r->operands.push_back(v);
  r->finally_target = target;
}

void FunctionTracer::raise_stmt(const Raise* s) {
  if (!s->exc) {
    if (except_depth_ == 0) refuse(s->span, "a bare 'raise' is only supported inside an except block");
    emit(Op::Raise, s->span);
    return;
  }
  const expr* e = s->exc;
  const Call* c = nullptr;
  if (e->kind == NodeKind::Call) {
    c = static_cast<const Call*>(e);
    e = c->func;
  }
  if (e->kind != NodeKind::Name || !is_exception_class(str(static_cast<const Name*>(e)->id)))
    refuse(s->exc->span, "only builtin exception classes can be raised (e.g. raise ValueError(\"...\"))");
  Instr* message = nullptr;
  if (c) {
    if (!c->keywords.empty() || c->args.size() > 1)
      refuse(c->span, "exceptions are raised with at most one argument here");
    if (c->args.size() == 1) message = translate(c->args[0]);
  }
  Instr* r = emit(Op::Raise, s->span);
  r->callee = str(static_cast<const Name*>(e)->id);
  if (message) r->operands.push_back(message);
}

}  // namespace ingot::trace
