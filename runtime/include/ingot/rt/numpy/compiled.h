// What generated code that uses numpy includes: the dynamic API
// (dynamic_all.h) and the few Python call forms it lowers onto it (a loop
// over an array, a list of ints as an index).
#pragma once

#include <optional>
#include <vector>

#include "ingot/rt/numpy/dynamic_all.h"

namespace ingot::rt {

/// `for row in a`: the rows (numpy scalars for a 1-d array).
inline std::vector<np::Array> iterate(const np::Array& a) { return np::rows(a); }

namespace np {

/// a[[0, 2]]: a list of ints (or bools) as an index array.
template <class T>
TakeIndex take_list(const List<T>& items) {
  return take(array(items));
}

}  // namespace np
}  // namespace ingot::rt
