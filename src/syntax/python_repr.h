// Python's repr() of the values an AST can hold, byte for byte as CPython 3.11
// prints them (the part of `ast.dump` that is not structure).
#pragma once

#include <string>
#include <string_view>

#include "syntax/ast_base.h"

namespace ingot::syntax {

/// repr(str): `text` is UTF-8 in which lone surrogates appear as 3-byte
/// sequences (WTF-8). Quote choice and escapes follow unicode_repr().
void repr_str(std::string_view text, std::string& out);

/// repr(bytes): quote choice and \t \n \r \xNN escapes as bytes_repr().
void repr_bytes(std::string_view bytes, std::string& out);

/// repr(float): shortest round-trip digits, exponent form outside 1e-4..1e16.
void repr_float(double value, std::string& out);

/// repr(complex(0, imag)) for a pure imaginary literal, e.g. `1j`, `1.5e+20j`.
void repr_imaginary(double imag, std::string& out);

/// repr() of any constant value.
void repr_constant(const ConstantValue& value, std::string& out);

}  // namespace ingot::syntax
