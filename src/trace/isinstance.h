// isinstance(x, classes) over Ingot's static types: which members of a
// (possibly union) type are instances of which builtin classes.
#pragma once

#include <string>
#include <vector>

#include "syntax/ast_nodes.h"
#include "types/type.h"

namespace ingot::trace {

/// The class names of isinstance's second argument: a builtin type name or
/// a tuple of them (nested tuples allowed, as in CPython). Refuses others.
std::vector<std::string> isinstance_classes(const syntax::expr* classes);

/// The alternatives a value of type `t` can be: a union's members, an
/// Optional's inner members and None, or `t` itself.
std::vector<types::TypeRef> union_members(types::TypeRef t);

/// Whether every value of (non-union) type `member` is an instance of one
/// of `classes` (bool is an int, as in CPython).
bool isinstance_of(types::TypeRef member, const std::vector<std::string>& classes);

}  // namespace ingot::trace
