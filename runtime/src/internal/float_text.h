// Text of doubles, as CPython's PyOS_double_to_string: repr (shortest
// round-trip digits) and the 'e', 'f', 'g' formats with a precision, all
// correctly rounded from the exact binary value (std::to_chars).
#pragma once

#include <string>

namespace ingot::rt::internal {

/// repr(float): "1.0", "1e+16", "1e-05", "-0.0", "inf", "nan".
void append_float_repr(std::string& out, double value);

/// `code` is 'r' (shortest; precision ignored), 'e', 'f' or 'g'. `alternate`
/// is the '#' flag (keep the point and, for 'g', trailing zeros);
/// `add_dot_0` appends ".0" to an integral fixed-point result (repr, and
/// format type '' with a precision). Negative values (and -0.0) start with
/// '-'; infinities and NaN are "inf", "-inf", "nan".
std::string double_to_string(double value, char code, int precision, bool alternate, bool add_dot_0);

}  // namespace ingot::rt::internal
