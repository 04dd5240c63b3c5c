// Nested functions (closures): `def inner(...)` inside a function becomes a
// C++ lambda that captures the enclosing function's variables by reference,
// traced where it is called (per argument types, like module helpers). Its
// free variables are read when it runs, as CPython's closures read their
// cells; `nonlocal` names write the enclosing variables.
#include "trace/function_tracer.h"
#include "trace/result_types.h"

namespace ingot::trace {

using namespace syntax;
using namespace types;

namespace {
std::string str(Identifier id) { return std::string(id); }
}  // namespace

void FunctionTracer::nested_def(const FunctionDef* d) {
  std::string name = str(d->name);
  if (!d->decorator_list.empty()) refuse(d->decorator_list[0]->span, "decorators on nested functions are not supported");
  if (!at_frame_top()) refuse(d->span, "define nested functions at the top level of the function body");
  if (nested_defs_.count(name) || lookup(name) || lambda_vars_.count(name))
    refuse(d->span, "'" + name + "' is defined more than once; a nested function's name must keep it");
  const arguments* a = d->args;
  if (a->vararg || a->kwarg || !a->kwonlyargs.empty() || !a->posonlyargs.empty())
    refuse(d->span, "functions with *args, **kwargs, / or keyword-only parameters are not supported yet");
  if (!d->returns) refuse(d->span, "nested function '" + name + "' needs a return annotation");
  // Defaults are evaluated once, where the def runs: constants only here.
  for (const expr* e : a->defaults) m_.evaluate_constant(e);
  nested_defs_[name] = d;
}

const FunctionDef* FunctionTracer::nested_function(const expr* e) {
  if (e->kind != NodeKind::Name) return nullptr;
  std::string name = str(static_cast<const Name*>(e)->id);
  auto found = nested_defs_.find(name);
  if (found == nested_defs_.end()) return nullptr;
  for (size_t k = 1; k < scopes_.size(); ++k)
    if (scopes_[k].count(name)) return nullptr;  // hidden by an inner name
  return found->second;
}

FunctionTracer::Instr* FunctionTracer::nested_lambda(const FunctionDef* d, const std::vector<TypeRef>& params,
                                                     const Span& at) {
  std::string name = str(d->name);
  if (nested_tracing_.count(name))
    refuse(at, "recursive nested functions are not supported; define '" + name + "' at module level");
  const arguments* a = d->args;
  // Parameters not given (a key= function called with one argument) take
  // their defaults.
  size_t first_default = a->args.size() - a->defaults.size();
  if (params.size() > a->args.size() || params.size() < first_default)
    refuse(at, name + "() takes " + std::to_string(a->args.size()) + " arguments but " +
                   std::to_string(params.size()) + " would be given");
  std::vector<TypeRef> given = params;
  std::vector<std::string> defaults(params.size());
  for (size_t i = params.size(); i < a->args.size(); ++i) {
    ConstantValue v = m_.evaluate_constant(a->defaults[i - first_default]);
    given.push_back(v.type);
    defaults.push_back(v.cpp);
  }
  nested_tracing_.insert(name);

  // The nested function's own frame: scope, locals, loops, handlers.
  NestedFrame frame{name, m_.annotation_type(d->returns), scopes_.size(), 0};
  const NestedFrame* outer = nested_;
  LocalNames outer_locals = std::move(locals_);
  auto outer_lambdas = lambda_vars_;
  auto outer_returns = std::move(returns_);
  auto outer_finally = std::move(finally_stack_);
  int outer_loops = loop_depth_, outer_excepts = except_depth_;
  locals_ = local_names(d->body);
  for (const arg* p : a->args) locals_.assigned.insert(str(p->arg_));
  returns_.clear();
  finally_stack_.clear();
  loop_depth_ = except_depth_ = 0;

  Instr* lam = emit(Op::Lambda, at, nullptr);
  lam->attr = "def";
  scopes_.emplace_back();
  std::vector<TypeRef> param_types;
  lam->defaults = defaults;
  for (size_t i = 0; i < given.size(); ++i) {
    const arg* p = a->args[i];
    std::string pname = str(p->arg_);
    TypeRef t = given[i];
    if (p->annotation) {
      TypeRef declared = m_.annotation_type(p->annotation);
      bool widens = declared == float_type() && (t == int_type() || t == bool_type());
      bool member = declared->kind == Kind::Union &&
                    std::find(declared->args.begin(), declared->args.end(), t) != declared->args.end();
      bool optional = declared->kind == Kind::Optional && (declared->args[0] == t || t == none_type());
      if (declared != t && !widens && !member && !optional)
        refuse(at, "argument '" + pname + "' of " + name + "() has type " + t->python() +
                       " but the parameter is annotated " + declared->python());
      // An int passed for a float parameter stays an int, as in CPython.
      if (!widens) t = declared;
    }
    std::string slot = name + "_" + pname + "_" + std::to_string(module_.pool.size());
    fn_.slots.push_back({slot, frame.name + "." + pname, t});
    Binding b;
    b.slot = static_cast<int>(fn_.slots.size() - 1);
    b.assigned = true;
    scopes_.back()[pname] = b;
    lam->names.push_back(slot);
    param_types.push_back(t);
  }
  nested_ = &frame;
  lam->regions.emplace_back(capture([&] {
    frame.region_base = regions_.size();
    block(d->body);
    if (!terminates(d->body)) {
      if (!fits(none_type(), frame.declared))
        refuse(d->span, "'" + name + "' may reach its end without a return statement (it would return None, but "
                        "it is annotated to return " + frame.declared->python() + ")");
      returns_.push_back(none_type());
      Instr* none = constant(d->span, none_type(), "rt::none", "None");
      emit(Op::Return, d->span)->operands.push_back(none);
    }
  }));
  TypeRef result = returns_.empty() ? frame.declared : returns_[0];
  for (TypeRef t : returns_) {
    TypeRef j = join_results(result, t);
    if (!j)
      refuse(d->span, "'" + name + "' returns values of different types (" + result->python() + " and " +
                          t->python() + ")");
    result = j;
  }
  lam->type = function_of(param_types, result);

  scopes_.pop_back();
  nested_ = outer;
  locals_ = std::move(outer_locals);
  lambda_vars_ = std::move(outer_lambdas);
  returns_ = std::move(outer_returns);
  finally_stack_ = std::move(outer_finally);
  loop_depth_ = outer_loops;
  except_depth_ = outer_excepts;
  nested_tracing_.erase(name);
  return lam;
}

FunctionTracer::Instr* FunctionTracer::call_nested(const FunctionDef* d, const Call* c) {
  const arguments* a = d->args;
  std::string name = str(d->name);
  std::vector<Instr*> args(a->args.size(), nullptr);
  if (c->args.size() > a->args.size())
    refuse(c->span, name + "() takes " + std::to_string(a->args.size()) + " positional arguments but " +
                        std::to_string(c->args.size()) + " were given");
  for (size_t i = 0; i < c->args.size(); ++i) {
    if (c->args[i]->kind == NodeKind::Starred) refuse(c->args[i]->span, "*args in calls is not supported yet");
    args[i] = translate(c->args[i]);
  }
  for (const keyword* k : c->keywords) {
    if (!k->arg.data()) refuse(k->span, "**kwargs in calls is not supported yet");
    size_t i = 0;
    while (i < a->args.size() && a->args[i]->arg_ != k->arg) ++i;
    if (i == a->args.size()) refuse(k->span, name + "() got an unexpected keyword argument '" + str(k->arg) + "'");
    if (args[i]) refuse(k->span, name + "() got multiple values for argument '" + str(k->arg) + "'");
    args[i] = translate(k->value);
  }
  size_t first_default = a->args.size() - a->defaults.size();
  std::vector<TypeRef> types;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args[i]) {
      if (i < first_default) refuse(c->span, name + "() missing required argument: '" + str(a->args[i]->arg_) + "'");
      ConstantValue v = m_.evaluate_constant(a->defaults[i - first_default]);
      args[i] = constant(c->span, v.type, v.cpp, v.python_repr);
    }
    types.push_back(resolved(args[i]->type));
  }
  Instr* lam = nullptr;
  in_function_scope([&] { lam = nested_lambda(d, types, c->span); });
  Instr* call_instr = emit(Op::Call, c->span, lam->type->args.back());
  call_instr->callee = "()";
  call_instr->operands.push_back(lam);
  for (Instr* v : args) call_instr->operands.push_back(v);
  return call_instr;
}

}  // namespace ingot::trace
