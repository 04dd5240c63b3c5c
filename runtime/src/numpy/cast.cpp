// Errors of numpy casts (cast.h).
#include <string>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/cast.h"

namespace ingot::rt::np {

void raise_python_int_out_of_bounds(Int value, const char* dtype_name) {
  raise(ExcType::OverflowError, "Python integer " + std::to_string(value) + " out of bounds for " + dtype_name);
}

void raise_output_casting_error(const char* ufunc, const char* from_dtype, const char* to_dtype) {
  // numpy._core._exceptions._UFuncOutputCastingError, a TypeError subclass.
  raise(ExcType::TypeError, std::string("Cannot cast ufunc '") + ufunc + "' output from dtype('" + from_dtype +
                                "') to dtype('" + to_dtype + "') with casting rule 'same_kind'");
}

}  // namespace ingot::rt::np
