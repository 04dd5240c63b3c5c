// Subscripts of np::Array (docs/numpy.md):
//
//   a[i], a[i, j]          getitem(a, {np::at(i), np::at(j)})  (all axes: a numpy scalar)
//   a[1:3, ::-1]           getitem(a, {np::slice(1, 3), np::slice(std::nullopt, std::nullopt, -1)})  (a view)
//   a[None], a[..., 0]     getitem(a, {np::newaxis}), getitem(a, {np::ellipsis, np::at(0)})
//   a[idx], a[:, idx]      getitem(a, {np::take(idx)}), getitem(a, {np::slice(), np::take(idx)})
//                          (idx an integer Array: a copy; a 0-d integer array acts as an int)
//   a[mask]                getitem(a, {np::take(mask)})   (a bool Array)
//   a[...] = v             setitem(a, {...}, v)   (v an Array or a Python scalar, cast to a's dtype
//                          as numpy's assignment: Python ints checked, floats truncated)
//   np.nonzero(a), np.where(c)   nonzero(a) -> rt::VarTuple<Array>
//   for r in a             rows(a) -> std::vector<Array> (rows of a 1-d array are numpy scalars)
//
// One index array per subscript (integers may sit next to it); several
// index arrays raise IndexError.
#pragma once

#include <initializer_list>
#include <variant>
#include <vector>

#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/numpy/index.h"

namespace ingot::rt::np {

/// An integer or boolean index array in a subscript.
struct TakeIndex {
  Array array;
};
inline TakeIndex take(const Array& idx) { return TakeIndex{idx}; }

using Subscript = std::variant<At, SliceIndex, NewAxis, EllipsisIndex, TakeIndex>;

Array getitem(const Array& a, const std::vector<Subscript>& index);
inline Array getitem(const Array& a, std::initializer_list<Subscript> index) {
  return getitem(a, std::vector<Subscript>(index));
}
void setitem(const Array& a, const std::vector<Subscript>& index, const Operand& value);
inline void setitem(const Array& a, std::initializer_list<Subscript> index, const Operand& value) {
  setitem(a, std::vector<Subscript>(index), value);
}

VarTuple<Array> nonzero(const Array& a);
/// np.where(cond) with one argument: nonzero(cond).
inline VarTuple<Array> where(const Array& cond) { return nonzero(cond); }
std::vector<Array> rows(const Array& a);

}  // namespace ingot::rt::np
