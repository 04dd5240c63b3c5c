// numpy reductions on np::Array (docs/numpy.md):
//
//   a.sum(axis=None, keepdims=False), np.sum(a, ...)   sum(a, axis, keepdims)   (axis: std::nullopt for None)
//   prod mean max min argmax argmin any all            prod(a, axis, keepdims) ...
//   np.std(a, axis, ddof=0), np.var                    std_(a, axis, ddof, keepdims), var(...)
//
// Result dtypes as numpy 2.x (reduce.h): sum/prod of bool and signed ints
// int64, of unsigned uint64, floats keep theirs; mean/var/std of ints and
// bool float64; argmax/argmin int64; any/all bool. A 0-d result (axis=None,
// or the axis of a 1-d array) is a numpy scalar; keepdims keeps an array.
#pragma once

#include <optional>

#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

Array sum(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
Array prod(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
Array mean(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
Array max(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
Array min(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
inline Array amax(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false) { return max(a, axis, keepdims); }
inline Array amin(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false) { return min(a, axis, keepdims); }
Array argmax(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
Array argmin(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
Array any(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
Array all(const Array& a, std::optional<Int> axis = std::nullopt, bool keepdims = false);
Array var(const Array& a, std::optional<Int> axis = std::nullopt, Int ddof = 0, bool keepdims = false);
/// np.std (`std` is taken: std_, as str_ / int_)
Array std_(const Array& a, std::optional<Int> axis = std::nullopt, Int ddof = 0, bool keepdims = false);

}  // namespace ingot::rt::np
