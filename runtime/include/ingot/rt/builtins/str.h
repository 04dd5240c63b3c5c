// str(x), repr(x), ascii(x), bool(x) (as rt::builtins::bool_: `bool` is a C++
// keyword), hash(x).
#pragma once

#include "ingot/rt/hash.h"
#include "ingot/rt/repr.h"
#include "ingot/rt/truthy.h"
#include "ingot/rt/types.h"

namespace ingot::rt::builtins {

inline Str str() { return Str(); }
template <class T>
Str str(const T& x) {
  return rt::to_str(x);
}
/// str() under the code generator's name.
inline Str str_() { return Str(); }
template <class T>
Str str_(const T& x) {
  return rt::to_str(x);
}
template <class T>
Str repr(const T& x) {
  return rt::repr(x);
}
template <class T>
Str ascii(const T& x) {
  return rt::ascii(x);
}
inline Bool bool_() { return false; }
template <class T>
Bool bool_(const T& x) {
  return rt::truthy(x);
}
template <class T>
Int hash(const T& x) {
  return static_cast<Int>(rt::hash(x));
}

}  // namespace ingot::rt::builtins
