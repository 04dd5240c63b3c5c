// repr() of the scalar types, byte for byte as CPython 3.11, and hash(float).
#include "ingot/rt/repr.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "ingot/rt/hash.h"
#include "internal/float_text.h"
#include "internal/unicode.h"
#include "internal/utf8.h"

namespace ingot::rt {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

/// The quote repr() uses: ' unless the text contains ' and no ".
char choose_quote(std::string_view text) noexcept {
  if (text.find('\'') == std::string_view::npos) return '\'';
  return text.find('"') == std::string_view::npos ? '"' : '\'';
}

void append_hex_escape(std::string& out, char32_t cp) {
  char buf[10];
  std::size_t digits;
  buf[0] = '\\';
  if (cp < 0x100) {
    buf[1] = 'x';
    digits = 2;
  } else if (cp < 0x10000) {
    buf[1] = 'u';
    digits = 4;
  } else {
    buf[1] = 'U';
    digits = 8;
  }
  for (std::size_t i = 0; i < digits; ++i) buf[2 + i] = kHexDigits[(cp >> (4 * (digits - 1 - i))) & 15];
  out.append(buf, digits + 2);
}

/// Escapes shared by str and bytes for an ASCII character; false when the
/// character is printed as itself.
bool append_ascii_escape(std::string& out, unsigned char c, char quote) {
  switch (c) {
    case '\\': out += "\\\\"; return true;
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    default: break;
  }
  if (c == static_cast<unsigned char>(quote)) {
    out += '\\';
    out += static_cast<char>(c);
    return true;
  }
  if (c < 0x20 || c >= 0x7F) {
    append_hex_escape(out, c);
    return true;
  }
  return false;
}

}  // namespace

void repr_int(Int value, std::string& out) {
  char buf[24];
  const auto result = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, result.ptr);
}

void repr_float(double value, std::string& out) { internal::append_float_repr(out, value); }

void repr_str(std::string_view utf8, std::string& out, bool ascii_only) {
  const char quote = choose_quote(utf8);
  out.reserve(out.size() + utf8.size() + 2);
  out.push_back(quote);
  const char* p = utf8.data();
  const char* const end = p + utf8.size();
  while (p < end) {
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      if (!append_ascii_escape(out, c, quote)) out.push_back(static_cast<char>(c));
      ++p;
      continue;
    }
    const std::size_t n = detail::utf8_sequence_length(c);
    const char32_t cp = detail::utf8_decode_at(p);
    if (!ascii_only && internal::is_printable(cp)) out.append(p, n);
    else append_hex_escape(out, cp);
    p += n;
  }
  out.push_back(quote);
}

void repr_bytes(std::string_view bytes, std::string& out) {
  const char quote = choose_quote(bytes);
  out.reserve(out.size() + bytes.size() + 3);
  out.push_back('b');
  out.push_back(quote);
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (!append_ascii_escape(out, c, quote)) out.push_back(ch);
  }
  out.push_back(quote);
}

namespace detail {

std::size_t hash_float(double v) noexcept {
  // Python hashes a number as its value modulo P = 2**61 - 1. A finite
  // double is m * 2**e with an integer m < 2**53 < P, and 2**61 == 1 (mod P),
  // so multiplying by 2**e is a rotation by e mod 61 within 61 bits.
  if (std::isinf(v)) return v > 0 ? 314159 : static_cast<std::size_t>(-314159);
  if (std::isnan(v)) return 0;
  int exponent;
  const double mantissa = std::frexp(std::fabs(v), &exponent);  // |v| = mantissa * 2**exponent
  auto m = static_cast<std::uint64_t>(std::ldexp(mantissa, 53));
  exponent -= 53;
  int r = exponent % 61;
  if (r < 0) r += 61;
  m = ((m << r) | (m >> (61 - r))) & kHashModulus;
  if (m == kHashModulus) m = 0;
  std::int64_t h = static_cast<std::int64_t>(m);
  if (v < 0) h = -h;
  if (h == -1) h = -2;
  return static_cast<std::size_t>(h);
}

}  // namespace detail
}  // namespace ingot::rt
