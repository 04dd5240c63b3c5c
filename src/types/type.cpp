#include "types/type.h"

#include <algorithm>

#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace ingot::types {
namespace {

/// The interning table: one Type object per distinct (kind, args, name).
class Interner {
 public:
  TypeRef get(Kind kind, std::vector<TypeRef> args = {}, std::string name = {}) {
    std::lock_guard lock(mutex_);
    auto key = std::make_tuple(kind, args, name);
    auto it = table_.find(key);
    if (it != table_.end()) return it->second.get();
    auto type = std::make_unique<Type>(Type{kind, std::move(args), std::move(name)});
    TypeRef ref = type.get();
    table_.emplace(std::move(key), std::move(type));
    return ref;
  }

 private:
  std::mutex mutex_;
  std::map<std::tuple<Kind, std::vector<TypeRef>, std::string>, std::unique_ptr<Type>> table_;
};

Interner& interner() {
  static Interner instance;
  return instance;
}

std::string join(const std::vector<TypeRef>& types, std::string (Type::*render)() const) {
  std::string out;
  for (size_t i = 0; i < types.size(); ++i) {
    if (i) out += ", ";
    out += (types[i]->*render)();
  }
  return out;
}

}  // namespace

std::string Type::python() const {
  switch (kind) {
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::Bool: return "bool";
    case Kind::Str: return "str";
    case Kind::Bytes: return "bytes";
    case Kind::None: return "None";
    case Kind::List: return "list[" + args[0]->python() + "]";
    case Kind::Dict: return "dict[" + args[0]->python() + ", " + args[1]->python() + "]";
    case Kind::Set: return "set[" + args[0]->python() + "]";
    case Kind::Tuple: return args.empty() ? "tuple[()]" : "tuple[" + join(args, &Type::python) + "]";
    case Kind::VarTuple: return "tuple[" + args[0]->python() + ", ...]";
    case Kind::Optional: return "Optional[" + args[0]->python() + "]";
    case Kind::Union: return "Union[" + join(args, &Type::python) + "]";
    case Kind::Range: return "range";
    case Kind::Iterator: return "Iterator[" + args[0]->python() + "]";
    case Kind::Function: return "function";
    case Kind::Module: return "module";
    case Kind::Exception: return name;
    case Kind::NDArray: return name.empty() ? "np.ndarray" : "npt.NDArray[np." + name + "]";
    case Kind::DType: return "np.dtype";
    case Kind::Model: return name;
    case Kind::Opaque: return "<" + name + ">";
    case Kind::Variable: return "?" + name;
  }
  return "?";
}

std::string Type::cpp() const {
  switch (kind) {
    case Kind::Int: return "rt::Int";
    case Kind::Float: return "rt::Float";
    case Kind::Bool: return "rt::Bool";
    case Kind::Str: return "rt::Str";
    case Kind::Bytes: return "rt::Bytes";
    case Kind::None: return "rt::None";
    case Kind::List: return "rt::List<" + args[0]->cpp() + ">";
    case Kind::Dict: return "rt::Dict<" + args[0]->cpp() + ", " + args[1]->cpp() + ">";
    case Kind::Set: return "rt::Set<" + args[0]->cpp() + ">";
    case Kind::Tuple: return "std::tuple<" + join(args, &Type::cpp) + ">";
    case Kind::VarTuple: return "rt::VarTuple<" + args[0]->cpp() + ">";
    case Kind::Optional: return "std::optional<" + args[0]->cpp() + ">";
    case Kind::Union: return "std::variant<" + join(args, &Type::cpp) + ">";
    case Kind::Exception: return "rt::PyException";
    case Kind::Range: return "rt::Range";
    case Kind::NDArray: return "rt::np::Array";
    case Kind::DType: return "rt::np::DType";
    case Kind::Model: return "rt::llama::Model";
    case Kind::Opaque: return name;
    case Kind::Iterator:
    case Kind::Function:
    case Kind::Module:
    case Kind::Variable: return "auto";
  }
  return "auto";
}

bool Type::is_hashable() const {
  switch (kind) {
    case Kind::Int: case Kind::Float: case Kind::Bool: case Kind::Str: case Kind::Bytes: case Kind::None:
      return true;
    case Kind::Tuple:
      for (TypeRef t : args)
        if (!t->is_hashable()) return false;
      return true;
    case Kind::VarTuple: case Kind::Optional: return args[0]->is_hashable();
    default: return false;
  }
}

const Type* Type::element() const {
  switch (kind) {
    case Kind::Str: return str_type();
    case Kind::Bytes: return int_type();
    case Kind::List: case Kind::Set: case Kind::VarTuple: case Kind::Iterator: return args[0];
    case Kind::Dict: return args[0];
    case Kind::Range: return int_type();
    case Kind::NDArray: return ndarray_type();  // rows (or numpy scalars of a 1-d array)
    case Kind::Tuple: {
      if (args.empty()) return nullptr;
      for (TypeRef t : args)
        if (t != args[0]) return nullptr;  // heterogeneous tuples are not iterated
      return args[0];
    }
    default: return nullptr;
  }
}

TypeRef int_type() { return interner().get(Kind::Int); }
TypeRef float_type() { return interner().get(Kind::Float); }
TypeRef bool_type() { return interner().get(Kind::Bool); }
TypeRef str_type() { return interner().get(Kind::Str); }
TypeRef bytes_type() { return interner().get(Kind::Bytes); }
TypeRef none_type() { return interner().get(Kind::None); }
TypeRef range_type() { return interner().get(Kind::Range); }
TypeRef list_of(TypeRef element) { return interner().get(Kind::List, {element}); }
TypeRef dict_of(TypeRef key, TypeRef value) { return interner().get(Kind::Dict, {key, value}); }
TypeRef set_of(TypeRef element) { return interner().get(Kind::Set, {element}); }
TypeRef tuple_of(std::vector<TypeRef> members) { return interner().get(Kind::Tuple, std::move(members)); }
TypeRef var_tuple_of(TypeRef element) { return interner().get(Kind::VarTuple, {element}); }
TypeRef iterator_of(TypeRef element) { return interner().get(Kind::Iterator, {element}); }
TypeRef module_type(const std::string& name) { return interner().get(Kind::Module, {}, name); }
TypeRef ndarray_type(const std::string& dtype) { return interner().get(Kind::NDArray, {}, dtype); }
TypeRef dtype_type(const std::string& name) { return interner().get(Kind::DType, {}, name); }
TypeRef record_dict_of(const std::vector<std::pair<std::string, TypeRef>>& fields) {
  std::vector<TypeRef> members;
  std::string names = "record:";
  for (const auto& [key, type] : fields) {
    members.push_back(type);
    names += key + "\n";
  }
  std::vector<TypeRef> args{str_type(), union_of(members)};
  args.insert(args.end(), members.begin(), members.end());
  return interner().get(Kind::Dict, std::move(args), names);
}

TypeRef record_field(TypeRef dict, const std::string& key) {
  if (!dict || dict->kind != Kind::Dict || dict->name.rfind("record:", 0) != 0) return nullptr;
  std::size_t start = 7, index = 0;
  for (std::size_t end; (end = dict->name.find('\n', start)) != std::string::npos; start = end + 1, ++index)
    if (dict->name.compare(start, end - start, key) == 0) return dict->args[2 + index];
  return nullptr;
}

TypeRef model_type(const std::string& python_class) { return interner().get(Kind::Model, {}, python_class); }
TypeRef opaque_type(const std::string& cpp) { return interner().get(Kind::Opaque, {}, cpp); }

TypeRef exception_type(const std::string& class_name) { return interner().get(Kind::Exception, {}, class_name); }

TypeRef function_of(std::vector<TypeRef> params, TypeRef result) {
  params.push_back(result);
  return interner().get(Kind::Function, std::move(params));
}

TypeRef optional_of(TypeRef inner) {
  if (inner->kind == Kind::None || inner->kind == Kind::Optional) return inner;
  return interner().get(Kind::Optional, {inner});
}

TypeRef union_of(std::vector<TypeRef> members) {
  std::vector<TypeRef> flat;
  bool has_none = false;
  auto add = [&](TypeRef t) {
    if (t->kind == Kind::None) {
      has_none = true;
      return;
    }
    for (TypeRef f : flat)
      if (f == t) return;
    flat.push_back(t);
  };
  for (TypeRef t : members) {
    if (t->kind == Kind::Union) {
      for (TypeRef m : t->args) add(m);
    } else if (t->kind == Kind::Optional) {
      has_none = true;
      add(t->args[0]);
    } else {
      add(t);
    }
  }
  // One order for the same members (Union[float, int] is Union[int, float]),
  // so that equal unions are the same type and variant.
  std::stable_sort(flat.begin(), flat.end(), [](TypeRef a, TypeRef b) {
    return a->kind != b->kind ? a->kind < b->kind : a->python() < b->python();
  });
    TypeRef core = flat.empty() ? none_type() : flat.size() == 1 ? flat[0] : interner().get(Kind::Union, flat);
  return has_none ? optional_of(core) : core;
}

TypeRef type_variable() {
  static std::mutex mutex;
  static std::vector<std::unique_ptr<Type>> variables;
  std::lock_guard lock(mutex);
  variables.push_back(std::make_unique<Type>(Type{Kind::Variable, {}, std::to_string(variables.size())}));
  return variables.back().get();
}

bool has_variable(TypeRef t) {
  if (t->kind == Kind::Variable) return true;
  for (TypeRef a : t->args)
    if (has_variable(a)) return true;
  return false;
}

TypeRef substitute(TypeRef t, const std::map<TypeRef, TypeRef>& bindings) {
  if (t->kind == Kind::Variable) {
    auto it = bindings.find(t);
    return it == bindings.end() ? t : substitute(it->second, bindings);
  }
  if (t->args.empty() || !has_variable(t)) return t;
  std::vector<TypeRef> args;
  for (TypeRef a : t->args) args.push_back(substitute(a, bindings));
  if (t->kind == Kind::Optional) return optional_of(args[0]);
  if (t->kind == Kind::Union) return union_of(args);
  return interner().get(t->kind, std::move(args), t->name);
}

TypeRef join_numeric(TypeRef a, TypeRef b) {
  if (a == b) return a;
  if (!a->is_numeric() || !b->is_numeric()) return nullptr;
  if (a->kind == Kind::Float || b->kind == Kind::Float) return float_type();
  return int_type();
}

}  // namespace ingot::types
