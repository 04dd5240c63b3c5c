// Unicode character classes and case mappings as Python 3.11 sees them
// (Unicode 14.0; ICU 72 knows Unicode 15.0, whose new characters Python
// treats as unassigned). Properties come from ICU.
#pragma once

#include <cstdint>
#include <string>

namespace ingot::rt::internal {

/// str.isspace(): bidi WS/B/S or Zs (a fixed set of 29 code points).
inline bool is_space(char32_t c) noexcept {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

/// Line boundaries of str.splitlines().
inline bool is_linebreak(char32_t c) noexcept {
  return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/// Assigned in Unicode 14 (what Python 3.11's unicodedata knows).
bool is_assigned_py(char32_t c) noexcept;

bool is_printable(char32_t c) noexcept;
bool is_alpha(char32_t c) noexcept;       // L*
bool is_decimal(char32_t c) noexcept;     // Nd
bool is_digit(char32_t c) noexcept;       // Numeric_Type Decimal or Digit
bool is_numeric(char32_t c) noexcept;     // any Numeric_Type
bool is_upper(char32_t c) noexcept;       // Uppercase property
bool is_lower(char32_t c) noexcept;       // Lowercase property
bool is_titlecase(char32_t c) noexcept;   // Lt
bool is_cased(char32_t c) noexcept;       // Cased property
bool is_case_ignorable(char32_t c) noexcept;
bool is_xid_start(char32_t c) noexcept;
bool is_xid_continue(char32_t c) noexcept;
/// The value 0..9 of a decimal digit (Nd), or -1.
int decimal_value(char32_t c) noexcept;

/// Full (SpecialCasing) mappings of one code point, appended as UTF-8.
void append_lower(std::string& out, char32_t c);
void append_upper(std::string& out, char32_t c);
void append_title(std::string& out, char32_t c);
void append_fold(std::string& out, char32_t c);

}  // namespace ingot::rt::internal
