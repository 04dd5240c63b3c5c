// Every numpy header of the runtime, in one include.
#pragma once

#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/scalar.h"
#include "ingot/rt/numpy/cast.h"
#include "ingot/rt/numpy/elementwise.h"
#include "ingot/rt/numpy/map.h"
#include "ingot/rt/numpy/creation.h"
#include "ingot/rt/numpy/convert.h"
#include "ingot/rt/numpy/boundary.h"
#include "ingot/rt/numpy/shape_util.h"
#include "ingot/rt/numpy/shape.h"
#include "ingot/rt/numpy/index.h"
#include "ingot/rt/numpy/reduce.h"
#include "ingot/rt/numpy/linalg.h"
