// The module's top level: imports, constants, functions, the entry point.
#include <algorithm>
#include <functional>
#include <set>

#include "trace/constant_eval.h"
#include "trace/function_tracer.h"
#include "trace/tracer.h"

namespace ingot::trace {

using namespace syntax;
using types::Kind;

namespace {

std::string identifier(Identifier id) { return std::string(id); }

bool is_docstring(const stmt* s) {
  if (s->kind != NodeKind::Expr) return false;
  const expr* v = static_cast<const Expr*>(s)->value;
  return v->kind == NodeKind::Constant && static_cast<const Constant*>(v)->value.tag == syntax::ConstantValue::Tag::Str;
}

/// `if __name__ == "__main__":` — run-as-script code, ignored when compiling.
bool is_main_guard(const stmt* s) {
  if (s->kind != NodeKind::If) return false;
  const expr* t = static_cast<const If*>(s)->test;
  if (t->kind != NodeKind::Compare) return false;
  auto* c = static_cast<const Compare*>(t);
  return c->left->kind == NodeKind::Name && static_cast<const Name*>(c->left)->id == "__name__";
}

}  // namespace

ModuleTracer::ModuleTracer(const syntax::Module* ast, std::string source_path)
    : ast_(ast), module_(std::make_unique<ir::Module>()), source_path_(std::move(source_path)) {}

std::unique_ptr<ir::Module> ModuleTracer::trace() {
  read_top_level();
  if (!entry_def_) {
    refuse(Span{1, 0, 1, 0},
           "no function decorated with @compile(tag=..., description=...) in this module");
  }
  std::vector<TypeRef> params;
  const arguments* a = entry_def_->args;
  if (!a->posonlyargs.empty() || a->vararg || a->kwarg || !a->kwonlyargs.empty())
    refuse(entry_def_->span, "the @compile function may only have ordinary parameters (no *args, **kwargs, / or *)");
  size_t first_default = a->args.size() - a->defaults.size();
  for (size_t i = 0; i < a->args.size(); ++i) {
    const arg* p = a->args[i];
    if (!p->annotation)
      refuse(p->span, "parameter '" + identifier(p->arg_) + "' needs a type annotation");
    ParameterSpec spec;
    spec.name = identifier(p->arg_);
    spec.type = annotation_type(p->annotation);
    if (i >= first_default) {
      ConstantValue d = evaluate_constant(a->defaults[i - first_default]);
      if (d.json.empty()) refuse(a->defaults[i - first_default]->span, "this default value cannot be written to the manifest");
      spec.default_json = d.json;
      spec.default_cpp = d.cpp;
    }
    // Inside the function every array is an np.ndarray; a dtype in the
    // annotation only constrains what the boundary accepts.
    params.push_back(spec.type->kind == types::Kind::NDArray ? types::ndarray_type() : spec.type);
    entry_.parameters.push_back(spec);
  }
  if (!entry_def_->returns) refuse(entry_def_->span, "the @compile function needs a return annotation");
  entry_.result = annotation_type(entry_def_->returns);
  entry_.function = identifier(entry_def_->name);
  trace_function(entry_def_, params, entry_.function, true);
  for (const auto& [alias, module] : modules_) module_->uses_numpy = module_->uses_numpy || module == "numpy";
  return std::move(module_);
}

void ModuleTracer::read_top_level() {
  for (const stmt* s : ast_->body) {
    switch (s->kind) {
      case NodeKind::Import:
      case NodeKind::ImportFrom:
        read_import(s);
        break;
      case NodeKind::FunctionDef:
        read_function(static_cast<const FunctionDef*>(s));
        break;
      case NodeKind::Assign:
        read_constant(static_cast<const Assign*>(s));
        break;
      case NodeKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        if (a->target->kind != NodeKind::Name || !a->value)
          refuse(s->span, "module-level annotated assignments must give a name a value");
        constant_exprs_[identifier(static_cast<const Name*>(a->target)->id)] = a->value;
        break;
      }
      case NodeKind::Pass:
        break;
      case NodeKind::Expr:
        if (is_docstring(s)) break;
        read_module_code(s);
        break;
      case NodeKind::If:
        if (is_main_guard(s)) break;
        refuse(s->span, "module-level code other than imports, constants and functions is not supported");
      case NodeKind::AugAssign:
      case NodeKind::Delete:
        read_module_code(s);
        break;
      case NodeKind::ClassDef:
        unavailable_[identifier(static_cast<const ClassDef*>(s)->name)] = {s->span, "classes are not supported yet"};
        break;
      case NodeKind::AsyncFunctionDef:
        refuse(s->span, "async functions are not supported");
      default:
        refuse(s->span, "module-level code other than imports, constants and functions is not supported");
    }
  }
}

void ModuleTracer::read_import(const stmt* s) {
  if (s->kind == NodeKind::Import) {
    for (const alias* a : static_cast<const Import*>(s)->names) {
      std::string module = identifier(a->name);
      if (!types::is_supported_module(module)) refuse(a->span, "unsupported module '" + module + "'");
      // `import numpy.typing` binds `numpy`; `import numpy.typing as npt` binds npt.
      std::string local = a->asname.data() ? identifier(a->asname) : module.substr(0, module.find('.'));
      modules_[local] = a->asname.data() ? module : module.substr(0, module.find('.'));
    }
    return;
  }
  auto* f = static_cast<const ImportFrom*>(s);
  std::string module = f->module.data() ? identifier(f->module) : "";
  if (f->level != 0) refuse(s->span, "relative imports are not supported");
  for (const alias* a : f->names) {
    std::string name = identifier(a->name);
    std::string local = a->asname.data() ? identifier(a->asname) : name;
    if (module == "ingot" && name == "compile") continue;
    if (module == "__future__") continue;
    if (module == "typing") {
      typing_names_.insert(local);
      continue;
    }
    if (module == "numpy.typing" && name == "NDArray") {
      numpy_names_[local] = "NDArray";
      continue;
    }
    if (module == "math") {
      refuse(a->span, "import math and write math." + name + " (from-imports of math are not supported yet)");
    }
    if (module == "llama_cpp") {
      if (name == "Llama") {
        llama_names_.insert(local);
        continue;
      }
      if (auto c = types::resolve_module_constant("llama_cpp", name)) {
        constants_[local] = {c->first, c->second, name, c->second.substr(8, c->second.size() - 9)};
        continue;
      }
      refuse(a->span, "llama_cpp." + name + " is not supported (Llama and the LLAMA_POOLING_TYPE_* constants are)");
    }
    refuse(a->span, "unsupported module '" + module + "'");
  }
}

void ModuleTracer::read_function(const FunctionDef* f) {
  std::string name = identifier(f->name);
  for (const expr* d : f->decorator_list) {
    const expr* callee = d->kind == NodeKind::Call ? static_cast<const Call*>(d)->func : d;
    bool is_compile = (callee->kind == NodeKind::Name && static_cast<const Name*>(callee)->id == "compile") ||
                      (callee->kind == NodeKind::Attribute && static_cast<const Attribute*>(callee)->attr == "compile");
    if (!is_compile) refuse(d->span, "decorators other than @compile are not supported");
    if (entry_def_) refuse(d->span, "only one function per module may be decorated with @compile");
    entry_def_ = f;
    if (d->kind == NodeKind::Call) {
      for (const keyword* k : static_cast<const Call*>(d)->keywords) {
        if (!k->arg.data() || k->value->kind != NodeKind::Constant ||
            static_cast<const Constant*>(k->value)->value.tag != syntax::ConstantValue::Tag::Str)
          refuse(k->span, "@compile takes string keyword arguments (tag=..., description=...)");
        std::string value(static_cast<const Constant*>(k->value)->value.text);
        if (k->arg == "tag") entry_.tag = value;
        else if (k->arg == "description") entry_.description = value;
        else refuse(k->span, "unknown @compile argument '" + identifier(k->arg) + "'");
      }
    }
  }
  functions_[name] = f;
}

void ModuleTracer::read_constant(const Assign* a) {
  for (const expr* target : a->targets) {
    // Only names the compiled code reads matter; other bindings (tuple
    // targets, ...) are refused when used, as undefined names.
    if (target->kind == NodeKind::Name) constant_exprs_[identifier(static_cast<const Name*>(target)->id)] = a->value;
  }
}

void ModuleTracer::read_module_code(const stmt* s) {
  std::string line = std::to_string(s->span.lineno);
  auto changes = [&](const expr* e) {
    if (e->kind == NodeKind::Subscript) e = static_cast<const Subscript*>(e)->value;
    if (e->kind == NodeKind::Attribute) e = static_cast<const Attribute*>(e)->value;
    if (e->kind != NodeKind::Name) return;
    std::string name = identifier(static_cast<const Name*>(e)->id);
    unavailable_[name] = {s->span, "'" + name + "' is changed by module-level code (line " + line +
                                       ") that compiled code does not run; give it its final value in one assignment"};
  };
  switch (s->kind) {
    case NodeKind::AugAssign: changes(static_cast<const AugAssign*>(s)->target); return;
    case NodeKind::Delete:
      for (const expr* t : static_cast<const Delete*>(s)->targets) changes(t);
      return;
    case NodeKind::Expr: {
      // print(...), X.append(...), f(X): what a call may change is its
      // receiver and its arguments.
      const expr* v = static_cast<const Expr*>(s)->value;
      if (v->kind != NodeKind::Call) break;
      auto* c = static_cast<const Call*>(v);
      if (c->func->kind == NodeKind::Attribute) changes(c->func);
      for (const expr* a : c->args) changes(a);
      for (const keyword* k : c->keywords) changes(k->value);
      return;
    }
    default: break;
  }
  refuse(s->span, "module-level code other than imports, constants and functions is not supported");
}

void ModuleTracer::check_available(const std::string& name, const Span& use) const {
  auto it = unavailable_.find(name);
  if (it == unavailable_.end()) return;
  refuse(use, it->second.why + (it->second.why.find("line") == std::string::npos
                                    ? " ('" + name + "' at line " + std::to_string(it->second.where.lineno) + ")"
                                    : ""));
}

const ConstantValue* ModuleTracer::constant(const std::string& name) {
  if (auto it = constants_.find(name); it != constants_.end()) return &it->second;
  auto e = constant_exprs_.find(name);
  if (e == constant_exprs_.end()) return nullptr;
  const expr* value = e->second;
  constant_exprs_.erase(e);  // a constant defined through itself is refused, not looped on
  if (value->kind == NodeKind::Call && is_llama_class(static_cast<const Call*>(value)->func))
    return &(constants_[name] = model_resource(name, static_cast<const Call*>(value)));
  ConstantValue v = evaluate_constant(value);
  return &(constants_[name] = v);
}

ConstantValue ModuleTracer::evaluate_constant(const expr* e) {
  // Names in a constant expression are earlier constants: evaluate those first.
  std::function<void(const expr*)> prepare = [&](const expr* x) {
    if (!x) return;
    switch (x->kind) {
      case NodeKind::Name: constant(std::string(static_cast<const Name*>(x)->id)); break;
      case NodeKind::BinOp: prepare(static_cast<const BinOp*>(x)->left); prepare(static_cast<const BinOp*>(x)->right); break;
      case NodeKind::UnaryOp: prepare(static_cast<const UnaryOp*>(x)->operand); break;
      case NodeKind::List: for (const expr* i : static_cast<const List*>(x)->elts) prepare(i); break;
      case NodeKind::Tuple: for (const expr* i : static_cast<const Tuple*>(x)->elts) prepare(i); break;
      case NodeKind::Set: for (const expr* i : static_cast<const Set*>(x)->elts) prepare(i); break;
      case NodeKind::Dict:
        for (const expr* i : static_cast<const Dict*>(x)->keys) prepare(i);
        for (const expr* i : static_cast<const Dict*>(x)->values) prepare(i);
        break;
      default: break;
    }
  };
  prepare(e);
  return ConstantEvaluator(constants_, modules_).evaluate(e);
}

bool ModuleTracer::is_numpy(const expr* e, const std::string& module, const std::string& name) const {
  if (e->kind == NodeKind::Name) {
    auto it = numpy_names_.find(identifier(static_cast<const Name*>(e)->id));
    return module == "numpy.typing" && it != numpy_names_.end() && it->second == name;
  }
  if (e->kind != NodeKind::Attribute) return false;
  auto* at = static_cast<const Attribute*>(e);
  if (at->attr != name) return false;
  // np.ndarray, numpy.ndarray, npt.NDArray, numpy.typing.NDArray
  if (at->value->kind == NodeKind::Name) {
    auto m = modules_.find(identifier(static_cast<const Name*>(at->value)->id));
    return m != modules_.end() && m->second == module;
  }
  if (at->value->kind == NodeKind::Attribute && module == "numpy.typing") {
    auto* inner = static_cast<const Attribute*>(at->value);
    if (inner->attr != "typing" || inner->value->kind != NodeKind::Name) return false;
    auto m = modules_.find(identifier(static_cast<const Name*>(inner->value)->id));
    return m != modules_.end() && m->second == "numpy";
  }
  return false;
}

std::string ModuleTracer::numpy_dtype_name(const expr* e) const {
  static const char* const kDtypes[] = {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
                                        "uint32", "uint64", "float16", "float32", "float64"};
  if (e->kind == NodeKind::Attribute) {
    auto* at = static_cast<const Attribute*>(e);
    std::string n(at->attr);
    if (n == "bool_") n = "bool";
    if (n == "double") n = "float64";
    if (n == "single") n = "float32";
    for (const char* d : kDtypes)
      if (n == d && is_numpy(e, "numpy", std::string(at->attr))) return n;
    if (is_numpy(e, "numpy", "generic") || is_numpy(e, "numpy", "number") || is_numpy(e, "numpy", "floating"))
      return "";
  }
  if (e->kind == NodeKind::Name && std::string(static_cast<const Name*>(e)->id) == "Any") return "";
  refuse(e->span, "unsupported array dtype in this annotation (np.float32, np.int64, np.uint8, np.bool_, ...)");
}

TypeRef ModuleTracer::annotation_type(const expr* e) {
  return annotation_type_of(e);
}

TypeRef ModuleTracer::annotation_type_of(const expr* e) {
  using namespace types;
  auto typing = [&](const expr* x, const char* name) {
    if (x->kind == NodeKind::Name) return static_cast<const Name*>(x)->id == name && typing_names_.count(name);
    if (x->kind == NodeKind::Attribute) {
      auto* at = static_cast<const Attribute*>(x);
      return at->attr == name && at->value->kind == NodeKind::Name &&
             modules_.count(std::string(static_cast<const Name*>(at->value)->id)) &&
             modules_.at(std::string(static_cast<const Name*>(at->value)->id)) == "typing";
    }
    return false;
  };
  switch (e->kind) {
    case NodeKind::Constant:
      if (static_cast<const Constant*>(e)->value.tag == syntax::ConstantValue::Tag::None) return none_type();
      break;
    case NodeKind::Name: {
      std::string n(static_cast<const Name*>(e)->id);
      if (is_numpy(e, "numpy.typing", "NDArray")) return ndarray_type();
      if (n == "int") return int_type();
      if (n == "float") return float_type();
      if (n == "bool") return bool_type();
      if (n == "str") return str_type();
      if (n == "bytes") return bytes_type();
      if (n == "list" || n == "dict" || n == "set" || n == "tuple" || typing(e, "List") || typing(e, "Dict"))
        refuse(e->span, "'" + n + "' needs its element types, e.g. " + n + "[int]");
      break;
    }
    case NodeKind::Attribute:
      if (is_numpy(e, "numpy", "ndarray")) return ndarray_type();
      if (is_numpy(e, "numpy.typing", "NDArray")) return ndarray_type();
      break;
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      if (b->op == operator_t::BitOr) return union_of({annotation_type(b->left), annotation_type(b->right)});
      break;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      std::vector<const expr*> items;
      if (s->slice->kind == NodeKind::Tuple) {
        for (const expr* x : static_cast<const Tuple*>(s->slice)->elts) items.push_back(x);
      } else {
        items.push_back(s->slice);
      }
      auto base_is = [&](const char* builtin, const char* typing_name) {
        return (s->value->kind == NodeKind::Name && static_cast<const Name*>(s->value)->id == builtin) ||
               typing(s->value, typing_name);
      };
      auto arity = [&](size_t n) {
        if (items.size() != n) refuse(e->span, "wrong number of type arguments in '" + std::string("annotation") + "'");
      };
      if (base_is("list", "List")) {
        arity(1);
        return list_of(annotation_type(items[0]));
      }
      if (base_is("set", "Set")) {
        arity(1);
        TypeRef t = annotation_type(items[0]);
        if (!t->is_hashable()) refuse(items[0]->span, "set elements must be hashable");
        return set_of(t);
      }
      if (base_is("dict", "Dict")) {
        arity(2);
        TypeRef k = annotation_type(items[0]);
        if (!k->is_hashable()) refuse(items[0]->span, "dict keys must be hashable");
        return dict_of(k, annotation_type(items[1]));
      }
      if (base_is("tuple", "Tuple")) {
        if (items.size() == 2 && items[1]->kind == NodeKind::Constant &&
            static_cast<const Constant*>(items[1])->value.tag == syntax::ConstantValue::Tag::Ellipsis)
          return var_tuple_of(annotation_type(items[0]));
        std::vector<TypeRef> members;
        for (const expr* x : items) members.push_back(annotation_type(x));
        return tuple_of(members);
      }
      if (is_numpy(s->value, "numpy.typing", "NDArray")) {
        // npt.NDArray[np.float32]: an array whose dtype the boundary checks.
        arity(1);
        return ndarray_type(numpy_dtype_name(items[0]));
      }
      if (typing(s->value, "Optional")) {
        arity(1);
        return optional_of(annotation_type(items[0]));
      }
      if (typing(s->value, "Union")) {
        std::vector<TypeRef> members;
        for (const expr* x : items) members.push_back(annotation_type(x));
        return union_of(members);
      }
      break;
    }
    default:
      break;
  }
  refuse(e->span, "unsupported type annotation");
}

ir::Function* ModuleTracer::instantiate(const std::string& name, const std::vector<TypeRef>& args,
                                        const Span& site) {
  const FunctionDef* def = functions_.at(name);
  std::string key = name + "(";
  std::string cpp_name = name;
  for (TypeRef t : args) {
    key += t->python() + ",";
    std::string mangled = t->python();
    for (char& c : mangled)
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    cpp_name += "__" + mangled;
  }
  key += ")";
  if (auto it = instances_.find(key); it != instances_.end()) return it->second;
  if (in_progress_.count(key)) return nullptr;  // recursive: the caller uses the annotation
  (void)site;
  in_progress_[key] = def->returns ? annotation_type(def->returns) : nullptr;
  ir::Function* f = trace_function(def, args, cpp_name, false);
  in_progress_.erase(key);
  instances_[key] = f;
  return f;
}

ir::Function* ModuleTracer::trace_function(const FunctionDef* def, const std::vector<TypeRef>& params,
                                           const std::string& cpp_name, bool is_entry) {
  std::set<std::string> widened;
  std::unique_ptr<ir::Function> fn;
  for (;;) {
    fn = std::make_unique<ir::Function>();
    fn->name = cpp_name;
    fn->python_name = identifier(def->name);
    fn->is_entry = is_entry;
    fn->loc = {def->span.lineno, def->span.col_offset};
    if (def->returns) fn->result = annotation_type(def->returns);
    try {
      FunctionTracer tracer(*this, *fn, def, params, widened);
      tracer.trace();
      break;
    } catch (const Retrace& r) {
      if (r.function != fn.get() || widened.count(r.name)) throw;
      widened.insert(r.name);
    }
  }
  ir::Function* raw = fn.get();
  module_->functions.push_back(std::move(fn));  // callees were pushed first
  return raw;
}

}  // namespace ingot::trace
