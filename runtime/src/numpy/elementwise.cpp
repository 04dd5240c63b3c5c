// Errors of numpy's elementwise operations (elementwise.h).
#include "ingot/rt/numpy/elementwise.h"

namespace ingot::rt::np {

void raise_negative_integer_power() {
  raise(ExcType::ValueError, "Integers to negative integer powers are not allowed.");
}

}  // namespace ingot::rt::np
