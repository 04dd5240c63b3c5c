// The format-spec mini-language, as CPython 3.11's Python/formatter_unicode.c
// behaves: parsing (with its error messages), then int, float and str
// rendering with fill, alignment, sign, '#', zero padding, grouping.
#include <charconv>
#include <cstdio>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/format.h"
#include "internal/float_text.h"
#include "internal/utf8.h"

namespace ingot::rt {

namespace {

struct Spec {
  std::string fill = " ";  // one code point, UTF-8
  char align = 0;          // '<' '>' '^' '=' or 0 (the type's default)
  char sign = 0;           // '+' '-' ' ' or 0
  bool no_neg_zero = false;
  bool alternate = false;
  Int width = -1;
  char thousands = 0;  // ',' '_' or 0
  Int precision = -1;
  char type = 0;           // the type if ASCII; 0x80 for any other code point
  char32_t type_cp = 0;    // the type's code point (0: none given)
};

/// The type's code point, for error messages.
char32_t type_code(const Spec& s) { return s.type_cp ? s.type_cp : static_cast<unsigned char>(s.type); }

/// A type code as CPython quotes it: the character if printable ASCII, else \x.. (no padding).
std::string quote_type(char32_t code) {
  if (code > 32 && code < 128) return std::string(1, static_cast<char>(code));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(code));
  return buf;
}

[[noreturn]] void fail(const std::string& message) { raise(ExcType::ValueError, message); }

bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/// Parses [[fill]align][sign][z][#][0][width][grouping][.precision][type].
Spec parse_spec(std::string_view spec, char default_type, char default_align, const char* type_name) {
  Spec s;
  s.type = default_type;
  std::size_t pos = 0;
  bool fill_given = false, align_given = false;
  // The fill is one code point, which may be several bytes.
  const std::size_t first_len =
      spec.empty() ? 0 : detail::utf8_sequence_length(static_cast<unsigned char>(spec[0]));
  if (spec.size() > first_len && first_len > 0 && is_align(spec[first_len])) {
    s.fill = std::string(spec.substr(0, first_len));
    s.align = spec[first_len];
    fill_given = align_given = true;
    pos = first_len + 1;
  } else if (!spec.empty() && is_align(spec[0])) {
    s.align = spec[0];
    align_given = true;
    pos = 1;
  }
  if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) s.sign = spec[pos++];
  if (pos < spec.size() && spec[pos] == 'z') {
    s.no_neg_zero = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '#') {
    s.alternate = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '0' && !fill_given) {
    s.fill = "0";
    if (!align_given && default_align == '>') s.align = '=';
    ++pos;
  }
  auto read_number = [&](Int& out) {
    const std::size_t start = pos;
    Int value = 0;
    while (pos < spec.size() && spec[pos] >= '0' && spec[pos] <= '9') {
      if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, spec[pos] - '0', &value)) {
        fail("Too many decimal digits in format string");
      }
      ++pos;
    }
    if (pos > start) out = value;
    return pos > start;
  };
  read_number(s.width);
  if (pos < spec.size() && spec[pos] == ',') {
    s.thousands = ',';
    ++pos;
    if (pos < spec.size() && spec[pos] == ',') fail("Cannot specify ',' with ','.");
  }
  if (pos < spec.size() && spec[pos] == '_') {
    if (s.thousands) fail("Cannot specify both ',' and '_'.");
    s.thousands = '_';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == ',') {
    if (s.thousands == '_') fail("Cannot specify both ',' and '_'.");
    fail("Cannot specify ',' with ','.");
  }
  if (pos < spec.size() && spec[pos] == '.') {
    ++pos;
    if (!read_number(s.precision)) fail("Format specifier missing precision");
  }
  // At most one code point (the type) may remain.
  if (pos < spec.size()) {
    const std::size_t len = detail::utf8_sequence_length(static_cast<unsigned char>(spec[pos]));
    if (spec.size() - pos > len) {
      fail("Invalid format specifier '" + std::string(spec) + "' for object of type '" + type_name + "'");
    }
    const auto* p = reinterpret_cast<const unsigned char*>(spec.data()) + pos;
    s.type_cp = internal::decode_utf8(p, p + len).cp;
    s.type = s.type_cp < 0x80 ? static_cast<char>(s.type_cp) : '\x80';
  }
  if (s.thousands) {
    switch (s.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (s.thousands == '_') break;
        [[fallthrough]];
      default: {
        std::string m = "Cannot specify '";
        m += s.thousands;
        m += "' with '";
        m += quote_type(type_code(s));
        m += "'.";
        fail(m);
      }
    }
  }
  return s;
}

[[noreturn]] void unknown_type(const Spec& s, const char* type_name) {
  // CPython prints non-printable and non-ASCII codes as \x.. escapes.
  fail("Unknown format code '" + quote_type(type_code(s)) + "' for object of type '" + type_name + "'");
}

/// Appends `count` copies of the fill.
void append_fill(std::string& out, const std::string& fill, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) out += fill;
}

/// Inserts `sep` every `group` digits from the right of `digits`; with
/// min_width > 0 pads with zeros (grouped too) up to at least min_width
/// characters, never starting with a separator (CPython's zero padding).
std::string group_digits(std::string_view digits, char sep, int group, std::size_t min_width) {
  std::string reversed;
  int in_group = 0;
  for (std::size_t i = digits.size(); i-- > 0;) {
    if (sep && in_group == group) {
      reversed.push_back(sep);
      in_group = 0;
    }
    reversed.push_back(digits[i]);
    ++in_group;
  }
  while (reversed.size() < min_width) {
    if (sep && in_group == group) {
      reversed.push_back(sep);
      in_group = 0;
    }
    reversed.push_back('0');
    ++in_group;
  }
  return std::string(reversed.rbegin(), reversed.rend());
}

/// Lays out a number: sign, prefix ("0x"), the integer digits (grouped and
/// maybe zero-padded), the rest (fraction, exponent, '%'), then the fill.
void render_number(std::string& out, const Spec& s, bool negative, std::string_view prefix,
                   std::string_view int_digits, std::string_view rest, int group_size) {
  std::string sign;
  if (negative) sign = "-";
  else if (s.sign == '+') sign = "+";
  else if (s.sign == ' ') sign = " ";
  const char align = s.align ? s.align : '>';
  const std::size_t width = s.width < 0 ? 0 : static_cast<std::size_t>(s.width);
  std::size_t min_digits = 0;
  if (align == '=' && s.fill == "0" && !int_digits.empty()) {
    const std::size_t fixed = sign.size() + prefix.size() + internal::count_code_points(rest);
    if (width > fixed) min_digits = width - fixed;
  }
  const std::string body = ((s.thousands && !int_digits.empty()) || min_digits)
                               ? group_digits(int_digits, s.thousands, group_size, min_digits)
                               : std::string(int_digits);
  const std::size_t length = sign.size() + prefix.size() + body.size() + internal::count_code_points(rest);
  const std::size_t pad = width > length ? width - length : 0;
  switch (align) {
    case '<':
      out += sign;
      out += prefix;
      out += body;
      out += rest;
      append_fill(out, s.fill, pad);
      break;
    case '^':
      append_fill(out, s.fill, pad / 2);
      out += sign;
      out += prefix;
      out += body;
      out += rest;
      append_fill(out, s.fill, pad - pad / 2);
      break;
    case '=':
      out += sign;
      out += prefix;
      append_fill(out, s.fill, pad);
      out += body;
      out += rest;
      break;
    default:
      append_fill(out, s.fill, pad);
      out += sign;
      out += prefix;
      out += body;
      out += rest;
      break;
  }
}

void render_text(std::string& out, const Spec& s, std::string_view text, std::size_t text_length) {
  const std::size_t width = s.width < 0 ? 0 : static_cast<std::size_t>(s.width);
  const std::size_t pad = width > text_length ? width - text_length : 0;
  switch (s.align ? s.align : '<') {
    case '>':
      append_fill(out, s.fill, pad);
      out += text;
      break;
    case '^':
      append_fill(out, s.fill, pad / 2);
      out += text;
      append_fill(out, s.fill, pad - pad / 2);
      break;
    default:
      out += text;
      append_fill(out, s.fill, pad);
      break;
  }
}

void format_float_with(std::string& out, double value, const Spec& s_in, const char* type_name) {
  Spec s = s_in;
  char type = s.type;
  bool add_dot_0 = false;
  bool percent = false;
  int precision = s.precision < 0 ? 6 : static_cast<int>(s.precision);
  if (s.precision > std::numeric_limits<int>::max() - 400) fail("precision too big");
  char code;
  switch (type) {
    case 0:
      // No type: repr without a precision, else 'g' that keeps a ".0".
      add_dot_0 = true;
      if (s.precision < 0) code = 'r';
      else code = 'g';
      break;
    case 'e': case 'E': code = 'e'; break;
    case 'f': case 'F': code = 'f'; break;
    case 'g': case 'G': case 'n': code = 'g'; break;
    case '%': code = 'f'; percent = true; value *= 100; break;
    default: unknown_type(s, type_name);
  }
  std::string text = internal::double_to_string(value, code, precision, s.alternate, add_dot_0);
  if (type == 'E' || type == 'F' || type == 'G') {
    for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  }
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.erase(0, 1);
  if (negative && s.no_neg_zero) {
    // 'z': a value that rounds to zero loses its minus sign.
    bool all_zero = true;
    for (char c : text) {
      if (c >= '1' && c <= '9') {
        all_zero = false;
        break;
      }
      if (c == 'e' || c == 'E') break;
    }
    if (all_zero && !std::isnan(value)) negative = false;
  }
  if (percent) text += '%';
  // The integer digits are the leading run of digits; the rest follows.
  std::size_t int_end = 0;
  while (int_end < text.size() && text[int_end] >= '0' && text[int_end] <= '9') ++int_end;
  render_number(out, s, negative, "", std::string_view(text).substr(0, int_end), std::string_view(text).substr(int_end),
                3);
}

}  // namespace

void format_int_into(std::string& out, Int value, std::string_view spec, const char* type_name) {
  if (spec.empty()) {
    repr_int(value, out);
    return;
  }
  const Spec s = parse_spec(spec, 'd', '>', type_name);
  int base = 10;
  const char* prefix = "";
  switch (s.type) {
    case 'd': case 'n': break;
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'c': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      format_float_with(out, static_cast<double>(value), s, type_name);
      return;
    default: unknown_type(s, type_name);
  }
  if (s.precision >= 0) fail("Precision not allowed in integer format specifier");
  if (s.no_neg_zero) fail("Negative zero coercion (z) not allowed in integer format specifier");
  if (s.type == 'c') {
    if (s.sign) fail("Sign not allowed with integer format specifier 'c'");
    if (s.alternate) fail("Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < 0 || value > 0x10FFFF) raise(ExcType::OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    internal::append_utf8(ch, static_cast<char32_t>(value));
    Spec text_spec = s;
    if (text_spec.align == 0) text_spec.align = '>';  // numbers align right
    if (text_spec.align == '=') text_spec.align = '>';
    render_text(out, text_spec, ch, 1);
    return;
  }
  const std::uint64_t magnitude = value < 0 ? ~static_cast<std::uint64_t>(value) + 1 : static_cast<std::uint64_t>(value);
  char digits[72];
  const auto r = std::to_chars(digits, digits + sizeof digits, magnitude, base);
  std::string text(digits, r.ptr);
  if (s.type == 'X') {
    for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'f' ? c - 32 : c);
  }
  render_number(out, s, value < 0, s.alternate ? prefix : "", text, "", base == 10 ? 3 : 4);
}

void format_float_into(std::string& out, double value, std::string_view spec) {
  if (spec.empty()) {
    internal::append_float_repr(out, value);
    return;
  }
  const Spec s = parse_spec(spec, 0, '>', "float");
  format_float_with(out, value, s, "float");
}

void format_str_into(std::string& out, std::string_view utf8, std::string_view spec) {
  if (spec.empty()) {
    out += utf8;
    return;
  }
  const Spec s = parse_spec(spec, 's', '<', "str");
  if (s.type != 's') unknown_type(s, "str");
  if (s.sign == ' ') fail("Space not allowed in string format specifier");
  if (s.sign) fail("Sign not allowed in string format specifier");
  if (s.no_neg_zero) fail("Negative zero coercion (z) not allowed in string format specifier");
  if (s.alternate) fail("Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') fail("'=' alignment not allowed in string format specifier");
  std::string_view text = utf8;
  std::size_t length = internal::count_code_points(text);
  if (s.precision >= 0 && static_cast<std::size_t>(s.precision) < length) {
    // Truncate to `precision` code points.
    std::size_t bytes = 0;
    for (Int i = 0; i < s.precision; ++i) bytes += detail::utf8_sequence_length(static_cast<unsigned char>(text[bytes]));
    text = text.substr(0, bytes);
    length = static_cast<std::size_t>(s.precision);
  }
  render_text(out, s, text, length);
}

}  // namespace ingot::rt
