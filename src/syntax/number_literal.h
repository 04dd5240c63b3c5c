// Values of NUMBER tokens, as CPython 3.11's parser computes them
// (parsenumber: PyLong_FromString / PyOS_string_to_double / complex).
#pragma once

#include <string>
#include <string_view>

#include "syntax/ast_base.h"

namespace ingot::syntax {

/// CPython's limit on decimal integer literals (sys.int_info.default_max_str_digits).
inline constexpr size_t kMaxIntLiteralDigits = 4300;

/// Turns the exact text of a NUMBER token into its constant. The lexer has
/// already checked the token's shape: decimal / 0x / 0o / 0b integers (any
/// case, single underscores between digits), floats ("1.", ".5", "1e5",
/// "1_0.5E-1_0") and imaginary literals (a float or decimal integer text
/// followed by 'j' or 'J').
///
///   Int:     value.text = decimal digits without sign, underscores or leading
///            zeros ("00" -> "0", "0x_ff" -> "255"), copied into `arena`.
///            Hex/octal/binary literals of any size are converted (GMP).
///   Float:   value.number, correctly rounded; too large gives inf and too
///            small 0.0, as CPython ("1e400" -> inf).
///   Complex: value.number = the imaginary part ("1.5j" -> 1.5).
///
/// Returns false only for a decimal integer literal of more than 4300 digits
/// (underscores not counted); `error` is then CPython's message, e.g.
///   "Exceeds the limit (4300 digits) for integer string conversion: value
///   has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
///   - Consider hexadecimal for huge integer literals to avoid decimal
///   conversion limits."
/// (one line; the " - " joins the two parts). CPython reports it at
/// lineno = the token's line, offset = 0, end_lineno = the token's end line,
/// end_offset = 0 (columns intentionally omitted).
///
/// Note: a hex/octal/binary literal whose value has more than 4300 decimal
/// digits parses fine in CPython, but ast.dump() of it then raises
/// ValueError (repr hits the same limit); we just print the digits.
bool parse_number_literal(std::string_view text, Arena& arena, ConstantValue& value, std::string& error);

}  // namespace ingot::syntax
