// Builtin functions. Runtime: runtime/include/ingot/rt/builtins/<name>.h.
#include <map>

#include "types/signature.h"

namespace ingot::types {
namespace {

using Types = std::vector<TypeRef>;

TypeRef iterable_element(TypeRef t) { return t ? t->element() : nullptr; }

/// min/max over one iterable, or over two or more arguments of one type.
TypeRef min_max_result(const Types& a) {
  if (a.empty()) return nullptr;
  if (a.size() == 1) return iterable_element(a[0]);
  // min(1, 2.5) is the int 1: the result is whichever argument wins.
  for (TypeRef t : a)
    if (t != a[0] && !(t->is_numeric() && a[0]->is_numeric())) return nullptr;
  return union_of(a);
}

const std::map<std::string, std::vector<Overload>>& table() {
  static const std::map<std::string, std::vector<Overload>> t = {
      {"len", {{{{"obj", ""}}, "rt::builtins::len", [](const Types& a) -> TypeRef {
                  Kind k = a[0]->kind;
                  bool sized = a[0]->element() || k == Kind::Tuple || k == Kind::Dict;
                  return sized && k != Kind::Iterator ? int_type() : nullptr;
                }}}},
      {"abs", {{{{"x", ""}}, "rt::builtins::abs", [](const Types& a) -> TypeRef {
                  if (!a[0]->is_numeric()) return nullptr;
                  return a[0]->kind == Kind::Bool ? int_type() : a[0];
                }}}},
      {"min", {{{{"iterable", ""}, {"key", "rt::no_key"}, {"default", "rt::no_default"}}, "rt::builtins::min",
                [](const Types& a) -> TypeRef {
                  TypeRef e = iterable_element(a[0]);
                  if (!e) return nullptr;
                  if (a[2] && a[2] != e) return union_of({e, a[2]});
                  return e;
                }},
               {{}, "rt::builtins::min", min_max_result, true}}},
      {"max", {{{{"iterable", ""}, {"key", "rt::no_key"}, {"default", "rt::no_default"}}, "rt::builtins::max",
                [](const Types& a) -> TypeRef {
                  TypeRef e = iterable_element(a[0]);
                  if (!e) return nullptr;
                  if (a[2] && a[2] != e) return union_of({e, a[2]});
                  return e;
                }},
               {{}, "rt::builtins::max", min_max_result, true}}},
      {"sum", {{{{"iterable", ""}, {"start", "rt::Int(0)"}}, "rt::builtins::sum", [](const Types& a) -> TypeRef {
                  TypeRef e = iterable_element(a[0]);
                  // sum(lists, []): start + item + ... (new lists; start itself when empty).
                  if (e && e->kind == Kind::List && a[1] == e) return e;
                  if (!e || !e->is_numeric()) return nullptr;
                  // sum() starts from the int 0: an empty list of floats sums to 0.
                  TypeRef start = a[1] ? a[1] : int_type();
                  TypeRef elem = e->kind == Kind::Bool ? int_type() : e;
                  if (elem == start) return elem;
                  if (start->kind == Kind::Float) return join_numeric(elem, start);
                  return union_of({start, elem});
                }}}},
      {"any", {{{{"iterable", ""}}, "rt::builtins::any", [](const Types& a) -> TypeRef {
                  return iterable_element(a[0]) ? bool_type() : nullptr;
                }}}},
      {"all", {{{{"iterable", ""}}, "rt::builtins::all", [](const Types& a) -> TypeRef {
                  return iterable_element(a[0]) ? bool_type() : nullptr;
                }}}},
      {"round", {{{{"number", ""}}, "rt::builtins::round", [](const Types& a) -> TypeRef {
                    return a[0]->is_numeric() ? int_type() : nullptr;
                  }},
                 {{{"number", ""}, {"ndigits", ""}}, "rt::builtins::round", [](const Types& a) -> TypeRef {
                    if (!a[0]->is_numeric() || a[1]->kind != Kind::Int) return nullptr;
                    return a[0]->kind == Kind::Float ? float_type() : int_type();
                  }}}},
      {"divmod", {{{{"a", ""}, {"b", ""}}, "rt::builtins::divmod", [](const Types& a) -> TypeRef {
                     TypeRef t = join_numeric(a[0], a[1]);
                     if (!t) return nullptr;
                     if (t->kind == Kind::Bool) t = int_type();
                     return tuple_of({t, t});
                   }}}},
      {"pow", {{{{"base", ""}, {"exp", ""}, {"mod", "rt::no_mod"}}, "rt::builtins::pow",
                [](const Types& a) -> TypeRef {
                  TypeRef t = join_numeric(a[0], a[1]);
                  if (!t) return nullptr;
                  if (a[2] && (a[2]->kind != Kind::Int || t->kind == Kind::Float)) return nullptr;
                  return t->kind == Kind::Bool ? int_type() : t;
                }}}},
      {"int", {{{}, "rt::builtins::int_", [](const Types& a) -> TypeRef { return a.size() <= 1 ? int_type() : nullptr; }, true},
               {{{"x", ""}, {"base", ""}}, "rt::builtins::int_", [](const Types& a) -> TypeRef {
                  return a[0]->kind == Kind::Str && a[1]->kind == Kind::Int ? int_type() : nullptr;
                }}}},
      {"float", {{{}, "rt::builtins::float_", [](const Types& a) -> TypeRef {
                    if (a.size() > 1) return nullptr;
                    if (a.size() == 1 && !a[0]->is_numeric() && a[0]->kind != Kind::Str) return nullptr;
                    return float_type();
                  }, true}}},
      {"str", {{{}, "rt::builtins::str_", [](const Types& a) -> TypeRef { return a.size() <= 1 ? str_type() : nullptr; }, true}}},
      {"repr", {{{{"obj", ""}}, "rt::builtins::repr", [](const Types&) -> TypeRef { return str_type(); }}}},
      {"ascii", {{{{"obj", ""}}, "rt::builtins::ascii", [](const Types&) -> TypeRef { return str_type(); }}}},
      {"format", {{{{"value", ""}, {"format_spec", "rt::Str(\"\")"}}, "rt::format", [](const Types& a) -> TypeRef {
                     return !a[1] || a[1]->kind == Kind::Str ? str_type() : nullptr;
                   }}}},
      {"bool", {{{}, "rt::builtins::bool_", [](const Types& a) -> TypeRef { return a.size() <= 1 ? bool_type() : nullptr; }, true}}},
      {"ord", {{{{"c", ""}}, "rt::builtins::ord", [](const Types& a) -> TypeRef {
                  return a[0]->kind == Kind::Str || a[0]->kind == Kind::Bytes ? int_type() : nullptr;
                }}}},
      {"chr", {{{{"i", ""}}, "rt::builtins::chr", [](const Types& a) -> TypeRef {
                  return a[0]->kind == Kind::Int || a[0]->kind == Kind::Bool ? str_type() : nullptr;
                }}}},
      {"hex", {{{{"x", ""}}, "rt::builtins::hex", [](const Types& a) -> TypeRef { return a[0]->kind == Kind::Int || a[0]->kind == Kind::Bool ? str_type() : nullptr; }}}},
      {"oct", {{{{"x", ""}}, "rt::builtins::oct", [](const Types& a) -> TypeRef { return a[0]->kind == Kind::Int || a[0]->kind == Kind::Bool ? str_type() : nullptr; }}}},
      {"bin", {{{{"x", ""}}, "rt::builtins::bin", [](const Types& a) -> TypeRef { return a[0]->kind == Kind::Int || a[0]->kind == Kind::Bool ? str_type() : nullptr; }}}},
      {"list", {{{}, "rt::builtins::list", [](const Types& a) -> TypeRef {
                   if (a.empty()) return list_of(type_variable());
                   if (a.size() != 1) return nullptr;
                   TypeRef e = iterable_element(a[0]);
                   return e ? list_of(e) : nullptr;
                 }, true}}},
      {"set", {{{}, "rt::builtins::set", [](const Types& a) -> TypeRef {
                  if (a.empty()) return set_of(type_variable());
                  if (a.size() != 1) return nullptr;
                  TypeRef e = iterable_element(a[0]);
                  return e && e->is_hashable() ? set_of(e) : nullptr;
                }, true}}},
      {"tuple", {{{}, "rt::builtins::tuple", [](const Types& a) -> TypeRef {
                    if (a.size() != 1) return nullptr;
                    TypeRef e = iterable_element(a[0]);
                    return e ? var_tuple_of(e) : nullptr;
                  }, true}}},
      {"dict", {{{}, "rt::builtins::dict", [](const Types& a) -> TypeRef {
                   if (a.empty()) return dict_of(type_variable(), type_variable());
                   if (a.size() != 1) return nullptr;
                   if (a[0]->kind == Kind::Dict) return a[0];
                   TypeRef e = iterable_element(a[0]);
                   if (e && e->kind == Kind::Tuple && e->args.size() == 2) return dict_of(e->args[0], e->args[1]);
                   return nullptr;
                 }, true}}},
      {"sorted", {{{{"iterable", ""}, {"key", "rt::no_key"}, {"reverse", "false"}}, "rt::builtins::sorted",
                   [](const Types& a) -> TypeRef {
                     TypeRef e = iterable_element(a[0]);
                     return e ? list_of(e) : nullptr;
                   }}}},
      {"reversed", {{{{"seq", ""}}, "rt::builtins::reversed", [](const Types& a) -> TypeRef {
                       Kind k = a[0]->kind;
                       if (k == Kind::Set || k == Kind::Iterator) return nullptr;
                       TypeRef e = iterable_element(a[0]);
                       return e ? iterator_of(e) : nullptr;
                     }}}},
      {"enumerate", {{{{"iterable", ""}, {"start", "rt::Int(0)"}}, "rt::builtins::enumerate",
                      [](const Types& a) -> TypeRef {
                        TypeRef e = iterable_element(a[0]);
                        return e ? iterator_of(tuple_of({int_type(), e})) : nullptr;
                      }}}},
      {"zip", {{{}, "rt::builtins::zip", [](const Types& a) -> TypeRef {
                  Types members;
                  for (TypeRef t : a) {
                    TypeRef e = iterable_element(t);
                    if (!e) return nullptr;
                    members.push_back(e);
                  }
                  return members.empty() ? nullptr : iterator_of(tuple_of(members));
                }, true}}},
      {"range", {{{}, "rt::builtins::range", [](const Types& a) -> TypeRef {
                    if (a.empty() || a.size() > 3) return nullptr;
                    for (TypeRef t : a)
                      if (t->kind != Kind::Int && t->kind != Kind::Bool) return nullptr;
                    return range_type();
                  }, true}}},
      {"print", {{{}, "rt::builtins::print", [](const Types&) -> TypeRef { return none_type(); }, true}}},
  };
  return t;
}

}  // namespace

bool is_builtin(const std::string& name) { return table().count(name) != 0; }

std::optional<Resolved> resolve_builtin(const std::string& name, const CallTypes& args, SignatureError& error) {
  // len(a), float(x), int(x), bool(x), abs(a) of numpy values.
  if (args.positional.size() == 1 && args.keywords.empty() && args.positional[0]->kind == Kind::NDArray) {
    static const std::map<std::string, std::pair<const char*, TypeRef>> numpy_builtins = {
        {"len", {"rt::np::len", int_type()}},       {"float", {"rt::np::to_float", float_type()}},
        {"int", {"rt::np::to_int", int_type()}},    {"bool", {"rt::np::truthy", bool_type()}},
        {"abs", {"rt::np::absolute", ndarray_type()}}};
    auto np = numpy_builtins.find(name);
    if (np != numpy_builtins.end()) {
      Resolved r;
      r.result = np->second.second;
      r.cpp = np->second.first;
      r.order = {0};
      r.defaults = {""};
      return r;
    }
  }
  auto it = table().find(name);
  if (it == table().end()) {
    error.message = "unsupported builtin '" + name + "'";
    return std::nullopt;
  }
  return resolve_overloads(it->second, args, name, error);
}

}  // namespace ingot::types
