// int() and float() of strings and floats, round(), chr/ord, hex/oct/bin.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "ingot/rt/builtins/int.h"
#include "ingot/rt/builtins/float.h"
#include "ingot/rt/builtins/int_format.h"
#include "ingot/rt/builtins/ord_chr.h"
#include "ingot/rt/builtins/round.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/repr.h"
#include "internal/unicode.h"
#include "internal/utf8.h"

namespace ingot::rt {

namespace detail {

namespace {

constexpr double kTwo63 = 9223372036854775808.0;

/// The ASCII form CPython parses numbers from: Unicode decimal digits become
/// '0'..'9', Unicode whitespace becomes ' ', anything else non-ASCII becomes
/// '?' (never valid), then surrounding spaces are stripped.
std::string numeric_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : Str::CodePoints(text)) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (internal::is_space(c)) {
      out.push_back(' ');
    } else if (const int d = internal::decimal_value(c); d >= 0) {
      out.push_back(static_cast<char>('0' + d));
    } else {
      out.push_back('?');
    }
  }
  const auto is_ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); };
  std::size_t b = 0, e = out.size();
  while (b < e && is_ws(out[b])) ++b;
  while (e > b && is_ws(out[e - 1])) --e;
  return out.substr(b, e - b);
}

int digit_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

[[noreturn]] void raise_invalid_int(const Str& text, Int base) {
  raise(ExcType::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + repr_string(text));
}

/// Parses the stripped ASCII form; false when it is not a valid literal.
/// Sets `overflow` when it is valid but beyond 64 bits.
bool parse_int_ascii(std::string_view s, Int base, Int& value, bool& overflow) {
  overflow = false;
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  const std::size_t digits_start = i;
  bool allow_leading_underscore = false;
  if (s.size() - i >= 2 && s[i] == '0') {
    const char p = static_cast<char>(s[i + 1] | 0x20);
    const Int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
      base = prefix_base;
      i += 2;
      allow_leading_underscore = true;  // "0x_1f"
    }
  }
  if (base == 0) {
    // No prefix: decimal, where a leading zero allows only zeros ("00", "0_0").
    base = 10;
    if (i < s.size() && s[i] == '0') {
      for (std::size_t j = i; j < s.size(); ++j) {
        if (s[j] != '0' && s[j] != '_') return false;
      }
    }
  }
  if (i < s.size() && s[i] == '_') {
    if (!allow_leading_underscore) return false;
    ++i;
  }
  if (i >= s.size()) return false;
  (void)digits_start;
  // Accumulate as a negative number so that -2**63 fits.
  Int acc = 0;
  bool previous_underscore = true;  // a first '_' was handled above
  bool any_digit = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_') {
      if (previous_underscore) return false;
      previous_underscore = true;
      continue;
    }
    const int d = digit_value(c);
    if (d >= base) return false;
    previous_underscore = false;
    any_digit = true;
    if (!overflow) {
      if (__builtin_mul_overflow(acc, base, &acc) || __builtin_sub_overflow(acc, d, &acc)) overflow = true;
    }
  }
  if (!any_digit || previous_underscore) return false;
  if (!overflow) {
    if (!negative) {
      if (acc == std::numeric_limits<Int>::min()) overflow = true;
      else acc = -acc;
    }
    value = acc;
  }
  return true;
}

}  // namespace

Int float_to_int(double x) {
  if (std::isnan(x)) raise(ExcType::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) raise(ExcType::OverflowError, "cannot convert float infinity to integer");
  const double t = std::trunc(x);
  if (!(t >= -kTwo63 && t < kTwo63)) raise_int_overflow();
  return static_cast<Int>(t);
}

Int parse_int(const Str& text, Int base) {
  if (base != 0 && (base < 2 || base > 36)) raise(ExcType::ValueError, "int() base must be >= 2 and <= 36, or 0");
  const std::string ascii = numeric_ascii(text.view());
  Int value = 0;
  bool overflow = false;
  if (!parse_int_ascii(ascii, base, value, overflow)) raise_invalid_int(text, base);
  if (overflow) raise_int_overflow();
  return value;
}

Int parse_int_bytes(std::string_view text, Int base) {
  if (base != 0 && (base < 2 || base > 36)) raise(ExcType::ValueError, "int() base must be >= 2 and <= 36, or 0");
  std::size_t b = 0, e = text.size();
  const auto is_ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (b < e && is_ws(text[b])) ++b;
  while (e > b && is_ws(text[e - 1])) --e;
  Int value = 0;
  bool overflow = false;
  if (!parse_int_ascii(text.substr(b, e - b), base, value, overflow)) {
    std::string r;
    repr_bytes(text, r);
    raise(ExcType::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + r);
  }
  if (overflow) raise_int_overflow();
  return value;
}

double parse_float(const Str& text) {
  const std::string s = numeric_ascii(text.view());
  auto fail = [&]() -> double {
    raise(ExcType::ValueError, "could not convert string to float: " + repr_string(text));
  };
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  // inf / infinity / nan, any case.
  std::string rest = s.substr(i);
  for (char& c : rest) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (rest == "inf" || rest == "infinity") return negative ? -HUGE_VAL : HUGE_VAL;
  if (rest == "nan") return negative ? -std::nan("") : std::nan("");
  // digits [. digits] [e [sign] digits], underscores only between digits.
  std::string clean;
  clean.reserve(s.size());
  auto digits = [&](bool required) {
    const std::size_t start = i;
    while (i < s.size()) {
      if (s[i] >= '0' && s[i] <= '9') {
        clean.push_back(s[i++]);
      } else if (s[i] == '_' && i > start && i + 1 < s.size() && s[i - 1] >= '0' && s[i - 1] <= '9' &&
                 s[i + 1] >= '0' && s[i + 1] <= '9') {
        ++i;
      } else {
        break;
      }
    }
    return !required || i > start;
  };
  const std::size_t mantissa_start = i;
  digits(false);
  bool has_int_digits = i > mantissa_start;
  bool has_frac_digits = false;
  if (i < s.size() && s[i] == '.') {
    clean.push_back('.');
    ++i;
    const std::size_t frac_start = i;
    digits(false);
    has_frac_digits = i > frac_start;
  }
  if (!has_int_digits && !has_frac_digits) return fail();
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean.push_back('e');
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean.push_back(s[i++]);
    if (!digits(true)) return fail();
  }
  if (i != s.size()) return fail();
  double value = 0.0;
  const auto result = std::from_chars(clean.data(), clean.data() + clean.size(), value);
  if (result.ec == std::errc::result_out_of_range) {
    // Overflow gives inf, underflow 0: decide by the decimal magnitude.
    long exponent = 0;
    const std::size_t e = clean.find('e');
    if (e != std::string::npos) exponent = std::strtol(clean.c_str() + e + 1, nullptr, 10);
    const std::string mantissa = clean.substr(0, e);
    const std::size_t point = mantissa.find('.');
    const std::size_t int_len = point == std::string::npos ? mantissa.size() : point;
    const std::size_t first_nonzero = mantissa.find_first_not_of("0.");
    long magnitude;  // position of the leading digit relative to the point
    if (first_nonzero == std::string::npos) magnitude = -100000;
    else if (first_nonzero < int_len) magnitude = static_cast<long>(int_len - first_nonzero);
    else magnitude = -static_cast<long>(first_nonzero - int_len - 1);
    value = magnitude + exponent > 0 ? HUGE_VAL : 0.0;
  } else if (result.ec != std::errc() || result.ptr != clean.data() + clean.size()) {
    return fail();
  }
  return negative ? -value : value;
}

Int round_float_to_int(double x) {
  if (std::isnan(x)) raise(ExcType::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) raise(ExcType::OverflowError, "cannot convert float infinity to integer");
  const double r = std::nearbyint(x);  // the default rounding mode: half to even
  if (!(r >= -kTwo63 && r < kTwo63)) raise_int_overflow();
  return static_cast<Int>(r);
}

double round_float(double x, Int ndigits) {
  // CPython's float.__round__: correctly rounded through the decimal digits
  // of the exact binary value, halves to even.
  constexpr Int kMaxDigits = 323;   // beyond: x is returned unchanged
  constexpr Int kMinDigits = -308;  // below: 0.0 (with x's sign)
  if (ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  if (x == 0.0 || !std::isfinite(x)) return x;
  std::string text;
  if (ndigits >= 0) {
    text.resize(static_cast<std::size_t>(ndigits) + 330);
    const auto r = std::to_chars(text.data(), text.data() + text.size(), x, std::chars_format::fixed,
                                 static_cast<int>(ndigits));
    text.resize(static_cast<std::size_t>(r.ptr - text.data()));
  } else {
    // Round the exact decimal expansion at 10**-ndigits, halves to even. A
    // double >= 1 has at most 52 fractional bits, so 60 decimals are exact
    // (and |x| < 1 rounds to zero here anyway).
    text.resize(400);
    const auto r = std::to_chars(text.data(), text.data() + text.size(), std::fabs(x), std::chars_format::fixed, 60);
    text.resize(static_cast<std::size_t>(r.ptr - text.data()));
    const std::size_t point = text.find('.');
    std::string integer = text.substr(0, point);
    const bool fraction_nonzero = text.find_first_not_of('0', point + 1) != std::string::npos;
    const auto drop = static_cast<std::size_t>(-ndigits);
    if (drop > integer.size()) return 0.0 * x;
    const std::size_t keep = integer.size() - drop;
    std::string kept = keep ? integer.substr(0, keep) : "0";
    const char first_dropped = integer[keep];
    const bool rest_nonzero = integer.find_first_not_of('0', keep + 1) != std::string::npos || fraction_nonzero;
    bool round_up = first_dropped > '5' || (first_dropped == '5' && (rest_nonzero || (kept.back() - '0') % 2 == 1));
    if (round_up) {
      std::size_t k = kept.size();
      while (k > 0 && kept[k - 1] == '9') kept[--k] = '0';
      if (k == 0) kept.insert(kept.begin(), '1');
      else ++kept[k - 1];
    }
    text = (x < 0 ? "-" : "") + kept + "e" + std::to_string(drop);
  }
  double result = 0.0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), result);
  if (r.ec == std::errc::result_out_of_range) raise(ExcType::OverflowError, "rounded value too large to represent");
  return result;
}

Int round_int(Int x, Int ndigits) {
  if (ndigits >= 0) return x;
  if (ndigits < -19) return 0;  // 10**19 > 2**63: every int rounds to 0
  __int128 scale = 1;
  for (Int i = 0; i < -ndigits; ++i) scale *= 10;
  const __int128 v = x;
  __int128 q = v / scale, r = v % scale;
  if (r < 0) {  // floor division
    r += scale;
    --q;
  }
  const __int128 twice = 2 * r;
  if (twice > scale || (twice == scale && (q % 2 != 0))) ++q;
  const __int128 result = q * scale;
  if (result > std::numeric_limits<Int>::max() || result < std::numeric_limits<Int>::min()) raise_int_overflow();
  return static_cast<Int>(result);
}

}  // namespace detail

namespace builtins {

Int ord(const Str& c) {
  if (c.length() != 1) {
    raise(ExcType::TypeError,
          "ord() expected a character, but string of length " + std::to_string(c.length()) + " found");
  }
  return static_cast<Int>(c.code_point_at(0));
}

Str chr(Int code_point) {
  // CPython converts the argument to a C int first.
  if (code_point < INT32_MIN || code_point > INT32_MAX)
    raise(ExcType::OverflowError, "Python int too large to convert to C int");
  if (code_point < 0 || code_point > 0x10FFFF) raise(ExcType::ValueError, "chr() arg not in range(0x110000)");
  return Str::from_code_point(static_cast<char32_t>(code_point));
}

namespace {
Str int_in_base(Int x, int base, const char* prefix) {
  char buf[80];
  char* p = buf;
  if (x < 0) *p++ = '-';
  for (const char* q = prefix; *q; ++q) *p++ = *q;
  const std::uint64_t magnitude = x < 0 ? ~static_cast<std::uint64_t>(x) + 1 : static_cast<std::uint64_t>(x);
  const auto r = std::to_chars(p, buf + sizeof buf, magnitude, base);
  return Str(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}
}  // namespace

Str hex(Int x) { return int_in_base(x, 16, "0x"); }
Str oct(Int x) { return int_in_base(x, 8, "0o"); }
Str bin(Int x) { return int_in_base(x, 2, "0b"); }

}  // namespace builtins
}  // namespace ingot::rt
