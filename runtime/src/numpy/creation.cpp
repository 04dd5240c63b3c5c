// Errors of array creation (creation.h).
#include <string>

#include "ingot/rt/numpy/creation.h"

namespace ingot::rt::np {

void check_dimensions(const Shape& shape) {
  for (Int d : shape) {
    if (d < 0) raise(ExcType::ValueError, "negative dimensions are not allowed");
  }
}

void raise_inhomogeneous(const Shape& detected) {
  // The detected shape is printed as a Python tuple: (2,) / (2, 2).
  std::string s = "(";
  for (std::size_t k = 0; k < detected.size(); ++k) s += (k ? ", " : "") + std::to_string(detected[k]);
  if (detected.size() == 1) s += ",";
  s += ")";
  raise(ExcType::ValueError,
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after " +
            std::to_string(detected.size()) + " dimensions. The detected shape was " + s + " + inhomogeneous part.");
}

void raise_negative_samples(Int num) {
  raise(ExcType::ValueError, "Number of samples, " + std::to_string(num) + ", must be non-negative.");
}

void raise_arange_length(bool nan) {
  raise(ExcType::ValueError, nan ? "arange: cannot compute length" : "Maximum allowed size exceeded");
}

void raise_zero_division() { raise(ExcType::ZeroDivisionError, "division by zero"); }

void raise_c_long_overflow() { raise(ExcType::OverflowError, "Python int too large to convert to C long"); }

}  // namespace ingot::rt::np
