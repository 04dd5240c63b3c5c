// numpy's functions (ufuncs) on np::Array and Python scalars:
//
//   np.exp log sqrt tanh ... (float functions)   exp(x) ...: ints and bool compute in float16
//       (bool, int8, uint8), float32 (int16, uint16) or float64 (wider), as numpy
//   np.floor ceil trunc                           ints and bool keep their dtype (numpy 2)
//   np.rint                                       ints -> float64 (float loops)
//   np.sign square                                bool: TypeError (sign) / int8 (square)
//   np.round(x, d), np.around                     round(x, d) (bool -> float16, as numpy)
//   np.clip(x, lo, hi)                            clip(x, lo, hi) (lo/hi: std::nullopt for None)
//   np.where(c, x, y)                             where(c, x, y) (result_type(x, y))
//   np.maximum minimum fmax fmin                  maximum(x, y) ...
//   np.arctan2 hypot                              (float loops of the promoted dtype)
//   np.logical_and or xor not, isnan isinf isfinite signbit  -> bool
//
// Results of 0-d / scalar operands only are numpy scalars.
#pragma once

#include <optional>

#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

Array exp(const Operand& x);
Array exp2(const Operand& x);
Array expm1(const Operand& x);
Array log(const Operand& x);
Array log2(const Operand& x);
Array log10(const Operand& x);
Array log1p(const Operand& x);
Array sqrt(const Operand& x);
Array cbrt(const Operand& x);
Array sin(const Operand& x);
Array cos(const Operand& x);
Array tan(const Operand& x);
Array arcsin(const Operand& x);
Array arccos(const Operand& x);
Array arctan(const Operand& x);
Array sinh(const Operand& x);
Array cosh(const Operand& x);
Array tanh(const Operand& x);
Array rint(const Operand& x);

Array floor(const Operand& x);
Array ceil(const Operand& x);
Array trunc(const Operand& x);
Array sign(const Operand& x);
Array square(const Operand& x);
/// np.reciprocal: 1 / x in the dtype (ints: integer division, as numpy)
Array reciprocal(const Operand& x);

Array isnan(const Operand& x);
Array isinf(const Operand& x);
Array isfinite(const Operand& x);
Array signbit(const Operand& x);
Array logical_not(const Operand& x);
Array logical_and(const Operand& x, const Operand& y);
Array logical_or(const Operand& x, const Operand& y);
Array logical_xor(const Operand& x, const Operand& y);

Array maximum(const Operand& x, const Operand& y);
Array minimum(const Operand& x, const Operand& y);
Array fmax(const Operand& x, const Operand& y);
Array fmin(const Operand& x, const Operand& y);
Array fmod(const Operand& x, const Operand& y);
Array arctan2(const Operand& x, const Operand& y);
Array hypot(const Operand& x, const Operand& y);

/// np.round(x, decimals) / np.around / a.round(decimals)
Array round(const Operand& x, Int decimals = 0);
inline Array around(const Operand& x, Int decimals = 0) { return round(x, decimals); }
/// np.clip(x, lo, hi); a None bound is std::nullopt (rt::none converts).
Array clip(const Operand& x, const std::optional<Operand>& lo, const std::optional<Operand>& hi);
/// np.where(cond, x, y)
Array where(const Operand& cond, const Operand& x, const Operand& y);

}  // namespace ingot::rt::np
