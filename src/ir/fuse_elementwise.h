// Elementwise fusion: trees of numpy elementwise calls whose intermediate
// results are used once become one call of the runtime's fused evaluator
// (runtime/include/ingot/rt/numpy/fused.h, docs/numpy.md "Elementwise
// fusion"), so that `(x - m) / np.sqrt(v + 1e-5)` runs as one loop without
// a temporary array per operator.
//
//   %3 = call rt::np::subtract %1, %2           %7 = call rt::np::fused<"true_divide(subtract($0, $1),
//   %5 = call rt::np::add %4, 1e-05       =>        sqrt(add($2, $3)))"> %1, %2, %4, 1e-05
//   %6 = call rt::np::sqrt %5
//   %7 = call rt::np::true_divide %3, %6
//
// A value assigned to a variable and read once afterwards in the same
// block (`x = a / 255.0` then `x = (x - mean) / std`) is fused through the
// variable when nothing else can observe it.
//
// Python's order of effects is kept: a fused operation moves to the
// position of the tree's root, so every instruction it moves past must be
// unable to raise or to change an array (constants, variable reads and
// writes, a few pure numpy calls); otherwise that part of the tree stays a
// separate call. The runtime decides at run time between the one-pass loop
// and the op-by-op evaluation (dtypes, broadcasting, exceptions as unfused).
#pragma once

#include "ir/ir.h"

namespace ingot::ir {

/// Rewrites every function of `module` in place.
void fuse_elementwise(Module& module);

}  // namespace ingot::ir
