// How the values a function returns relate to its annotation and to each
// other (functions return values as they are; CPython converts nothing).
#pragma once

#include "types/type.h"

namespace ingot::trace {

/// Whether CPython code may return a value of type `v` from a function
/// annotated `d` (the numeric tower, None for Optional, union members).
bool fits(types::TypeRef v, types::TypeRef d);

/// The type that holds values of both `a` and `b` as they are, or null.
types::TypeRef join_results(types::TypeRef a, types::TypeRef b);

}  // namespace ingot::trace
