// Axis normalisation and broadcasting helpers (numpy/shape_util.h).
#include "ingot/rt/numpy/shape_util.h"

#include <algorithm>
#include <string>

namespace ingot::rt::np {

void raise_axis_error(Int axis, Int ndim) {
  raise(ExcType::AxisError,
        "axis " + std::to_string(axis) + " is out of bounds for array of dimension " + std::to_string(ndim));
}

std::string shape_repr(const Shape& shape) {
  std::string s = "(";
  for (std::size_t k = 0; k < shape.size(); ++k) s += (k ? ", " : "") + std::to_string(shape[k]);
  if (shape.size() == 1) s += ",";
  return s + ")";
}

Shape broadcast_shapes(const Shape& a, const Shape& b) {
  const std::size_t nd = std::max(a.size(), b.size());
  Shape out(nd, 1);
  for (std::size_t k = 0; k < nd; ++k) {
    const Int da = k < nd - a.size() ? 1 : a[k - (nd - a.size())];
    const Int db = k < nd - b.size() ? 1 : b[k - (nd - b.size())];
    if (da == db || db == 1) {
      out[k] = da;
    } else if (da == 1) {
      out[k] = db;
    } else {
      raise(ExcType::ValueError,
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape " +
                shape_repr(a) + " and arg 1 with shape " + shape_repr(b) + ".");
    }
  }
  return out;
}

bool broadcasts_to(const Shape& from, const Shape& to) {
  if (from.size() > to.size()) return false;
  const std::size_t lead = to.size() - from.size();
  for (std::size_t k = 0; k < from.size(); ++k) {
    if (from[k] != to[k + lead] && from[k] != 1) return false;
  }
  return true;
}

}  // namespace ingot::rt::np
