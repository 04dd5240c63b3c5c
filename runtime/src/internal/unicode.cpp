#include "internal/unicode.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "internal/utf8.h"

namespace ingot::rt::internal {

bool is_assigned_py(char32_t c) noexcept {
  if (c > 0x10FFFF) return false;
  if (u_charType(static_cast<UChar32>(c)) == U_UNASSIGNED) return false;
  UVersionInfo age;
  u_charAge(static_cast<UChar32>(c), age);
  return age[0] < 15;
}

namespace {
inline bool known(char32_t c) noexcept { return c < 0x80 || is_assigned_py(c); }
inline int8_t category(char32_t c) noexcept {
  return known(c) ? u_charType(static_cast<UChar32>(c)) : static_cast<int8_t>(U_UNASSIGNED);
}
inline bool property(char32_t c, UProperty p) noexcept {
  return known(c) && u_hasBinaryProperty(static_cast<UChar32>(c), p);
}
inline int numeric_type(char32_t c) noexcept {
  return known(c) ? u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE) : U_NT_NONE;
}
}  // namespace

bool is_printable(char32_t c) noexcept {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  if (c < 0x100) return c > 0xA0 && c != 0xAD;
  switch (category(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return true;
  }
}

bool is_alpha(char32_t c) noexcept {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  switch (category(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return true;
    default:
      return false;
  }
}

bool is_decimal(char32_t c) noexcept {
  if (c < 0x80) return c >= '0' && c <= '9';
  return numeric_type(c) == U_NT_DECIMAL;
}
bool is_digit(char32_t c) noexcept {
  if (c < 0x80) return c >= '0' && c <= '9';
  const int t = numeric_type(c);
  return t == U_NT_DECIMAL || t == U_NT_DIGIT;
}
bool is_numeric(char32_t c) noexcept {
  if (c < 0x80) return c >= '0' && c <= '9';
  return numeric_type(c) != U_NT_NONE;
}
bool is_upper(char32_t c) noexcept {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return property(c, UCHAR_UPPERCASE);
}
namespace {
/// Characters that Unicode 15 added to Other_Lowercase (so ICU 72 calls them
/// lowercase and cased) but Python 3.11's Unicode 14 data does not.
bool lowercase_since_unicode15(char32_t c) noexcept {
  return c == 0x10FC || (c >= 0xA7F2 && c <= 0xA7F4) || c == 0xAB69;
}
}  // namespace

bool is_lower(char32_t c) noexcept {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return property(c, UCHAR_LOWERCASE) && !lowercase_since_unicode15(c);
}
bool is_titlecase(char32_t c) noexcept { return c >= 0x80 && category(c) == U_TITLECASE_LETTER; }
bool is_cased(char32_t c) noexcept {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return property(c, UCHAR_CASED) && !lowercase_since_unicode15(c);
}
bool is_case_ignorable(char32_t c) noexcept { return property(c, UCHAR_CASE_IGNORABLE); }
bool is_xid_start(char32_t c) noexcept {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return property(c, UCHAR_XID_START);
}
bool is_xid_continue(char32_t c) noexcept {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_';
  return property(c, UCHAR_XID_CONTINUE);
}
int decimal_value(char32_t c) noexcept {
  if (c < 0x80) return (c >= '0' && c <= '9') ? static_cast<int>(c - '0') : -1;
  if (numeric_type(c) != U_NT_DECIMAL) return -1;
  return u_charDigitValue(static_cast<UChar32>(c));
}

namespace {

enum class Mapping { Lower, Upper, Title, Fold };

/// Runs one ICU full-string case function on a single code point (no
/// context: Python applies context only for the final sigma, which the
/// callers handle), appending the UTF-8 result.
void append_mapping(std::string& out, char32_t c, Mapping mapping) {
  if (c >= 0x80 && !is_assigned_py(c)) {
    append_utf8(out, c);  // unassigned in Unicode 14: maps to itself
    return;
  }
  UChar src[2];
  int32_t src_len = 0;
  U16_APPEND_UNSAFE(src, src_len, static_cast<UChar32>(c));
  UChar dst[16];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = 0;
  switch (mapping) {
    case Mapping::Lower: n = u_strToLower(dst, 16, src, src_len, "", &status); break;
    case Mapping::Upper: n = u_strToUpper(dst, 16, src, src_len, "", &status); break;
    case Mapping::Title:
      n = u_strToTitle(dst, 16, src, src_len, nullptr, "", &status);
      break;
    case Mapping::Fold: n = u_strFoldCase(dst, 16, src, src_len, U_FOLD_CASE_DEFAULT, &status); break;
  }
  if (U_FAILURE(status) || n > 16) {
    append_utf8(out, c);
    return;
  }
  if (mapping == Mapping::Title && n == src_len && dst[0] == src[0]) {
    // ICU's string titlecasing skips characters that do not start a word
    // (U+0345 COMBINING GREEK YPOGEGRAMMENI); Python maps each one.
    append_utf8(out, static_cast<char32_t>(u_totitle(static_cast<UChar32>(c))));
    return;
  }
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U16_NEXT(dst, i, n, cp);
    append_utf8(out, static_cast<char32_t>(cp));
  }
}

}  // namespace

void append_lower(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  append_mapping(out, c, Mapping::Lower);
}
void append_upper(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    return;
  }
  append_mapping(out, c, Mapping::Upper);
}
void append_title(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    return;
  }
  append_mapping(out, c, Mapping::Title);
}
void append_fold(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  append_mapping(out, c, Mapping::Fold);
}

}  // namespace ingot::rt::internal
