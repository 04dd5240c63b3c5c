// repr() of AST constant values, byte for byte as CPython 3.11.
#include "syntax/python_repr.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "syntax/unicode.h"

namespace ingot::syntax {

namespace {

constexpr char kHex[] = "0123456789abcdef";

/// Byte classes for the repr loops: 0 = copy as is, 1 = ASCII byte that
/// needs an escape (or is a quote/backslash), 2 = start of a non-ASCII char.
struct ByteClasses {
  uint8_t cls[256];
  constexpr ByteClasses() : cls{} {
    for (int c = 0; c < 256; ++c) {
      if (c >= 0x80) cls[c] = 2;
      else if (c < 0x20 || c == 0x7F || c == '\\' || c == '\'' || c == '"') cls[c] = 1;
      else cls[c] = 0;
    }
  }
};
constexpr ByteClasses kClasses;

/// Picks the quote as CPython's unicode_repr and bytes_repr do: a double
/// quote only when the text has a single quote and no double quote.
char choose_quote(std::string_view text) {
  const void* data = text.data();
  if (text.empty() || !std::memchr(data, '\'', text.size())) return '\'';
  return std::memchr(data, '"', text.size()) ? '\'' : '"';
}

/// Appends the escape of an ASCII byte (or byte >= 0x7F for bytes) of class 1.
inline void escape_ascii(unsigned char c, char quote, std::string& out) {
  switch (c) {
    case '\\': out.append("\\\\", 2); return;
    case '\t': out.append("\\t", 2); return;
    case '\n': out.append("\\n", 2); return;
    case '\r': out.append("\\r", 2); return;
    case '\'':
    case '"':
      if (c == static_cast<unsigned char>(quote)) out.push_back('\\');
      out.push_back(static_cast<char>(c));
      return;
    default: {
      const char esc[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 15]};
      out.append(esc, 4);
    }
  }
}

void escape_code_point(char32_t cp, std::string& out) {
  char buf[10];
  size_t n;
  buf[0] = '\\';
  if (cp < 0x100) {
    buf[1] = 'x';
    n = 2;
  } else if (cp < 0x10000) {
    buf[1] = 'u';
    n = 4;
  } else {
    buf[1] = 'U';
    n = 8;
  }
  for (size_t i = 0; i < n; ++i) buf[2 + i] = kHex[(cp >> (4 * (n - 1 - i))) & 15];
  out.append(buf, n + 2);
}

/// Formats `value` as PyOS_double_to_string(value, 'r', 0, flags): the
/// shortest round-trip digits, in fixed notation when the decimal point
/// position (decpt, value = 0.DIGITS * 10**decpt) satisfies -4 < decpt <= 16,
/// else as D[.DDD]e[+-]XX. `add_dot_0` appends ".0" to integral fixed output.
void format_repr_double(double value, bool add_dot_0, std::string& out) {
  if (std::isnan(value)) {
    out.append("nan", 3);
    return;
  }
  if (std::isinf(value)) {
    if (value < 0) out.append("-inf", 4);
    else out.append("inf", 3);
    return;
  }
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  const char* p = buf;
  const char* end = res.ptr;
  char result[64];
  size_t n = 0;
  if (*p == '-') {
    result[n++] = '-';
    ++p;
  }
  // Mantissa digits without the point.
  char digits[24];
  size_t nd = 0;
  for (; p < end && *p != 'e'; ++p) {
    if (*p != '.') digits[nd++] = *p;
  }
  // Exponent.
  int exp10 = 0;
  bool negative_exp = false;
  if (p < end && *p == 'e') {
    ++p;
    if (*p == '-' || *p == '+') negative_exp = *p++ == '-';
    for (; p < end; ++p) exp10 = exp10 * 10 + (*p - '0');
    if (negative_exp) exp10 = -exp10;
  }
  const int decpt = exp10 + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      result[n++] = '0';
      result[n++] = '.';
      for (int i = decpt; i < 0; ++i) result[n++] = '0';
      std::memcpy(result + n, digits, nd);
      n += nd;
    } else if (static_cast<size_t>(decpt) < nd) {
      std::memcpy(result + n, digits, static_cast<size_t>(decpt));
      n += static_cast<size_t>(decpt);
      result[n++] = '.';
      std::memcpy(result + n, digits + decpt, nd - static_cast<size_t>(decpt));
      n += nd - static_cast<size_t>(decpt);
    } else {
      std::memcpy(result + n, digits, nd);
      n += nd;
      for (size_t i = nd; i < static_cast<size_t>(decpt); ++i) result[n++] = '0';
      if (add_dot_0) {
        result[n++] = '.';
        result[n++] = '0';
      }
    }
  } else {
    result[n++] = digits[0];
    if (nd > 1) {
      result[n++] = '.';
      std::memcpy(result + n, digits + 1, nd - 1);
      n += nd - 1;
    }
    result[n++] = 'e';
    int e = exp10;
    if (e < 0) {
      result[n++] = '-';
      e = -e;
    } else {
      result[n++] = '+';
    }
    if (e >= 100) {
      result[n++] = static_cast<char>('0' + e / 100);
      e %= 100;
      result[n++] = static_cast<char>('0' + e / 10);
      result[n++] = static_cast<char>('0' + e % 10);
    } else {
      result[n++] = static_cast<char>('0' + e / 10);
      result[n++] = static_cast<char>('0' + e % 10);
    }
  }
  out.append(result, n);
}

}  // namespace

void repr_str(std::string_view text, std::string& out) {
  const char quote = choose_quote(text);
  out.reserve(out.size() + text.size() + 2);
  out.push_back(quote);
  const char* p = text.data();
  const char* const end = p + text.size();
  while (p < end) {
    const char* run = p;
    while (p < end && kClasses.cls[static_cast<unsigned char>(*p)] == 0) ++p;
    if (p != run) out.append(run, static_cast<size_t>(p - run));
    if (p == end) break;
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      escape_ascii(c, quote, out);
      ++p;
      continue;
    }
    const Utf8Char ch = decode_wtf8(p, end);
    if (ch.status != Utf8Status::Ok) {
      // Not reachable for decoded constants; show the stray byte.
      escape_code_point(c, out);
      ++p;
      continue;
    }
    if (is_printable(ch.cp)) out.append(p, ch.length);
    else escape_code_point(ch.cp, out);
    p += ch.length;
  }
  out.push_back(quote);
}

void repr_bytes(std::string_view bytes, std::string& out) {
  const char quote = choose_quote(bytes);
  out.reserve(out.size() + bytes.size() + 3);
  out.push_back('b');
  out.push_back(quote);
  const char* p = bytes.data();
  const char* const end = p + bytes.size();
  while (p < end) {
    const char* run = p;
    while (p < end && kClasses.cls[static_cast<unsigned char>(*p)] == 0) ++p;
    if (p != run) out.append(run, static_cast<size_t>(p - run));
    if (p == end) break;
    escape_ascii(static_cast<unsigned char>(*p), quote, out);
    ++p;
  }
  out.push_back(quote);
}

void repr_float(double value, std::string& out) { format_repr_double(value, true, out); }

void repr_imaginary(double imag, std::string& out) {
  format_repr_double(imag, false, out);
  out.push_back('j');
}

void repr_constant(const ConstantValue& value, std::string& out) {
  switch (value.tag) {
    case ConstantValue::Tag::None: out.append("None", 4); return;
    case ConstantValue::Tag::True: out.append("True", 4); return;
    case ConstantValue::Tag::False: out.append("False", 5); return;
    case ConstantValue::Tag::Ellipsis: out.append("Ellipsis", 8); return;
    case ConstantValue::Tag::Int: out.append(value.text); return;
    case ConstantValue::Tag::Float: repr_float(value.number, out); return;
    case ConstantValue::Tag::Complex: repr_imaginary(value.number, out); return;
    case ConstantValue::Tag::Str: repr_str(value.text, out); return;
    case ConstantValue::Tag::Bytes: repr_bytes(value.text, out); return;
  }
}

}  // namespace ingot::syntax
