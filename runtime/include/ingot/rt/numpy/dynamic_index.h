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
//   a[rows, cols], a[np.nonzero(m)]   several index arrays: numpy's advanced indexing (the
//                          arrays broadcast together; boolean ones count as their nonzero())
//
// Not supported: a 0-d boolean index next to other index arrays (IndexError).
#pragma once

#include <initializer_list>
#include <span>
#include <tuple>
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

/// A subscript's items. The generated code passes a std::array of them (no
/// allocation per `a[i, j]`); index_tuple() a std::vector.
using Subscripts = std::span<const Subscript>;

Array getitem(const Array& a, Subscripts index);
inline Array getitem(const Array& a, std::initializer_list<Subscript> index) {
  return getitem(a, Subscripts(index.begin(), index.size()));
}
void setitem(const Array& a, Subscripts index, const Operand& value);
inline void setitem(const Array& a, std::initializer_list<Subscript> index, const Operand& value) {
  setitem(a, Subscripts(index.begin(), index.size()), value);
}

/// int(a[i, j]) and float(a[i, j]): the element read in place when every
/// axis is indexed by an integer (no numpy scalar made, the same errors),
/// else int()/float() of getitem(). The compiler emits these for a
/// subscript read only by int() or float().
Int int_at(const Array& a, Subscripts index);
Float float_at(const Array& a, Subscripts index);
inline Int int_at(const Array& a, std::initializer_list<Subscript> index) {
  return int_at(a, Subscripts(index.begin(), index.size()));
}
inline Float float_at(const Array& a, std::initializer_list<Subscript> index) {
  return float_at(a, Subscripts(index.begin(), index.size()));
}

/// a[t] with t a tuple value (np.nonzero(m), (rows, cols)): Python passes the
/// tuple as the subscript, so its items are the indices (arrays and ints).
std::vector<Subscript> index_tuple(const VarTuple<Array>& t);
std::vector<Subscript> index_tuple(const VarTuple<Int>& t);
inline Subscript index_item(const Array& x) { return take(x); }
inline Subscript index_item(Int x) { return at(x); }
template <class... Ts>
std::vector<Subscript> index_tuple(const std::tuple<Ts...>& t) {
  return std::apply([](const auto&... x) { return std::vector<Subscript>{index_item(x)...}; }, t);
}

VarTuple<Array> nonzero(const Array& a);
/// np.where(cond) with one argument: nonzero(cond).
inline VarTuple<Array> where(const Array& cond) { return nonzero(cond); }
std::vector<Array> rows(const Array& a);

}  // namespace ingot::rt::np
