// The dynamic numpy layer (np::Array and its functions, docs/numpy.md) in
// one include, with the ABI conversions: what generated code needs for
// predictors using numpy, without the typed kernels' headers beyond those
// it must parse (the dispatch is compiled in the runtime library).
#pragma once

#include "ingot/rt/numpy/boundary.h"
#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/numpy/dynamic_convert.h"
#include "ingot/rt/numpy/dynamic_create.h"
#include "ingot/rt/numpy/dynamic_index.h"
#include "ingot/rt/numpy/dynamic_ops.h"
#include "ingot/rt/numpy/dynamic_reduce.h"
#include "ingot/rt/numpy/dynamic_shape.h"
#include "ingot/rt/numpy/dynamic_ufuncs.h"
#include "ingot/rt/numpy/fused.h"
