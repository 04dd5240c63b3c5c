// pow(a, b[, m]): the builtin is the ** operator (see ops/pow.h), plus the
// three-argument form for ints (ValueError("pow() 3rd argument cannot be 0"),
// negative exponents through the modular inverse).
#pragma once

#include "ingot/rt/builtins/keywords.h"
#include "ingot/rt/ops/pow.h"

namespace ingot::rt::builtins {

using rt::pow;
using rt::pow_float;

/// pow(a, b, rt::no_mod): the code generator's spelling of pow(a, b).
template <Number A, Number B>
inline auto pow(A a, B b, NoMod) {
  return rt::pow(a, b);
}

}  // namespace ingot::rt::builtins
