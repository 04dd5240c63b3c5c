// Shapes and strides of ndarrays (ndarray.h).
#include "ingot/rt/numpy/ndarray.h"

#include <string>

namespace ingot::rt::np {

Shape c_strides(const Shape& shape) {
  Shape strides(shape.size(), 1);
  Int step = 1;
  for (std::size_t k = shape.size(); k > 0; --k) {
    strides[k - 1] = step;
    step *= shape[k - 1] > 0 ? shape[k - 1] : 1;
  }
  return strides;
}

std::string shape_text(const Shape& shape) {
  std::string s = "(";
  for (std::size_t k = 0; k < shape.size(); ++k) s += (k ? "," : "") + std::to_string(shape[k]);
  if (shape.size() == 1) s += ",";
  return s + ")";
}

}  // namespace ingot::rt::np
