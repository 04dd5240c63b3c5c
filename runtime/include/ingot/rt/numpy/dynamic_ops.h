// numpy's operators on np::Array and Python scalars (docs/numpy.md):
//
//   a + b  -  *  /  //  %  **  @    add subtract multiply true_divide floor_divide remainder power matmul
//   == != < <= > >=                  equal not_equal less less_equal greater greater_equal
//   & | ^ << >>  ~ -a +a abs(a)      bitwise_and bitwise_or bitwise_xor left_shift right_shift
//                                    invert negative positive absolute
//   a += b ...                       iadd isub imul itruediv ifloordiv imod ipow imatmul
//                                    iand ior ixor ilshift irshift
//
// Result dtypes are numpy 2.x's (np.result_type with NEP 50: a Python int /
// float / bool is weak: int8 array + 1 is int8, + 1000 raises
// OverflowError("Python integer 1000 out of bounds for int8"); float32 * 2.5
// is float32; ints / ints is float64; bool + bool is bool (or), bool - bool
// raises numpy's TypeError; bool // bool, % and ** compute in int8).
// Comparisons with a Python int that does not fit the array's dtype compare
// exactly (int8 array < 1000 is all True), as numpy 2.
//
// power(x, y) follows the `**` operator where it differs from np.power: a
// bool ndarray ** 2 is np.square (int8; np.power gives int64). For float32 /
// float64 and one exponent 0.5 for the whole loop (a Python scalar or 0-d
// array) numpy's loop takes sqrt ((-inf) ** 0.5 is nan); a numpy scalar ** a
// scalar is numpy's scalar math (pow: inf).
//
// When every operand is a scalar or a 0-d array the result is a numpy scalar
// (flagged), as numpy returns.
//
// In place: `a += b` is iadd(a, b). An array is written in place (its dtype
// kept: numpy's 'same_kind' rule, "Cannot cast ufunc 'add' output from
// dtype('float64') to dtype('int64') with casting rule 'same_kind'"); a
// numpy scalar (immutable) is rebound to the result, as Python does.
#pragma once

#include "ingot/rt/numpy/dynamic.h"

namespace ingot::rt::np {

Array add(const Operand& x, const Operand& y);
Array subtract(const Operand& x, const Operand& y);
Array multiply(const Operand& x, const Operand& y);
Array true_divide(const Operand& x, const Operand& y);
Array floor_divide(const Operand& x, const Operand& y);
Array remainder(const Operand& x, const Operand& y);
Array power(const Operand& x, const Operand& y);
/// np.power(x, y): the ufunc, without the `**` operator's shortcuts (float16
/// ** 0.5 is powf: (-inf) ** 0.5 is inf; bool ** 2 is int64).
Array power_ufunc(const Operand& x, const Operand& y);
Array matmul(const Operand& x, const Operand& y);
/// np.dot(a, b) (1-d and 2-d operands; a 0-d operand multiplies).
Array dot(const Operand& x, const Operand& y);
inline Array divide(const Operand& x, const Operand& y) { return true_divide(x, y); }
inline Array mod(const Operand& x, const Operand& y) { return remainder(x, y); }

Array equal(const Operand& x, const Operand& y);
Array not_equal(const Operand& x, const Operand& y);
Array less(const Operand& x, const Operand& y);
Array less_equal(const Operand& x, const Operand& y);
Array greater(const Operand& x, const Operand& y);
Array greater_equal(const Operand& x, const Operand& y);

Array bitwise_and(const Operand& x, const Operand& y);
Array bitwise_or(const Operand& x, const Operand& y);
Array bitwise_xor(const Operand& x, const Operand& y);
Array left_shift(const Operand& x, const Operand& y);
Array right_shift(const Operand& x, const Operand& y);

Array invert(const Operand& x);
Array negative(const Operand& x);
Array positive(const Operand& x);
Array absolute(const Operand& x);
inline Array abs(const Operand& x) { return absolute(x); }

void iadd(Array& a, const Operand& y);
void isub(Array& a, const Operand& y);
void imul(Array& a, const Operand& y);
void itruediv(Array& a, const Operand& y);
void ifloordiv(Array& a, const Operand& y);
void imod(Array& a, const Operand& y);
void ipow(Array& a, const Operand& y);
void imatmul(Array& a, const Operand& y);
void iand(Array& a, const Operand& y);
void ior(Array& a, const Operand& y);
void ixor(Array& a, const Operand& y);
void ilshift(Array& a, const Operand& y);
void irshift(Array& a, const Operand& y);

}  // namespace ingot::rt::np
