// Which names a function binds (its locals), as CPython's symbol table
// decides before the function runs: a name assigned anywhere in the body is
// local everywhere in it, unless declared `global`.
#pragma once

#include <set>
#include <string>

#include "syntax/ast_nodes.h"

namespace ingot::trace {

struct LocalNames {
  std::set<std::string> assigned;  // bound by a statement of the body
  std::set<std::string> globals;   // declared `global`
  std::set<std::string> nonlocals; // declared `nonlocal` (a nested function's outer variables)
  bool is_local(const std::string& name) const {
    return assigned.count(name) && !globals.count(name) && !nonlocals.count(name);
  }
};

/// Scans a function body (not nested scopes: lambdas, comprehensions).
/// Names bound only by a walrus inside an expression are not collected.
LocalNames local_names(const syntax::Seq<syntax::stmt*>& body);

}  // namespace ingot::trace
