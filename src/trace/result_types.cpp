// See result_types.h.
#include "trace/result_types.h"

namespace ingot::trace {

using namespace types;

/// Whether CPython code may return a value of type `v` from a function
/// annotated `d`: annotations are not enforced, but we hold the code to the
/// numeric tower (an int where a float is annotated), None for Optional,
/// and members of unions, element-wise for tuples.
bool fits(TypeRef v, TypeRef d) {
  if (v == d) return true;
  // An annotation's dtype (npt.NDArray[np.float32]) is checked at the boundary.
  if (v->kind == Kind::NDArray && d->kind == Kind::NDArray) return true;
  TypeRef number = union_of({int_type(), float_type()});
  switch (d->kind) {
    case Kind::Float: return v == int_type() || v == bool_type() || v == number;
    case Kind::Int: return v == bool_type();
    case Kind::Optional: return v == none_type() || fits(v, d->args[0]) || (v->kind == Kind::Optional && fits(v->args[0], d->args[0]));
    case Kind::Union:
      if (d == number && (v == int_type() || v == bool_type() || v == float_type())) return true;
      for (TypeRef m : d->args)
        if (fits(v, m)) return true;
      return false;
    case Kind::List:
    case Kind::Set:
    case Kind::VarTuple:
    case Kind::Dict:
      // list[Union[int, float]] where list[float] is annotated: the values
      // are returned as they are, element types checked alike.
      if (v->kind != d->kind || v->args.size() != d->args.size()) return false;
      for (size_t i = 0; i < v->args.size(); ++i)
        if (!fits(v->args[i], d->args[i])) return false;
      return true;
    case Kind::Tuple:
      if (v->kind != Kind::Tuple || v->args.size() != d->args.size()) return false;
      for (size_t i = 0; i < v->args.size(); ++i)
        if (!fits(v->args[i], d->args[i])) return false;
      return true;
    default: return false;
  }
}

/// The type that holds values of both `a` and `b` as they are (no
/// conversion of ints to floats), or null.
TypeRef join_results(TypeRef a, TypeRef b) {
  if (a == b) return a;
  if (a->is_numeric() && b->is_numeric()) return union_of({a == bool_type() ? int_type() : a, b == bool_type() ? int_type() : b});
  if (a->kind == Kind::Union && b->is_numeric()) return union_of({a, b == bool_type() ? int_type() : b});
  if (b->kind == Kind::Union && a->is_numeric()) return union_of({b, a == bool_type() ? int_type() : a});
  if (a == none_type() || b == none_type() || a->kind == Kind::Optional || b->kind == Kind::Optional) {
    TypeRef ia = a->kind == Kind::Optional ? a->args[0] : a, ib = b->kind == Kind::Optional ? b->args[0] : b;
    if (ia == none_type()) return optional_of(ib);
    if (ib == none_type()) return optional_of(ia);
    TypeRef j = join_results(ia, ib);
    return j ? optional_of(j) : nullptr;
  }
  if (a->kind == Kind::Tuple && b->kind == Kind::Tuple && a->args.size() == b->args.size()) {
    std::vector<TypeRef> members;
    for (size_t i = 0; i < a->args.size(); ++i) {
      TypeRef j = join_results(a->args[i], b->args[i]);
      if (!j) return nullptr;
      members.push_back(j);
    }
    return tuple_of(members);
  }
  return nullptr;
}


}  // namespace ingot::trace
