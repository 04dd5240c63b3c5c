#include "internal/float_text.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>

namespace ingot::rt::internal {

namespace {

/// Scientific digits of |value|: "d.ddd" without the point and the decimal
/// exponent, from to_chars (shortest when precision < 0).
struct Scientific {
  std::string digits;  // at least one digit
  int exponent = 0;    // value = d.ddd * 10**exponent
};

Scientific scientific(double magnitude, int precision) {
  std::string buf(static_cast<std::size_t>(precision < 0 ? 32 : precision + 32), '\0');
  const auto result = precision < 0
                          ? std::to_chars(buf.data(), buf.data() + buf.size(), magnitude, std::chars_format::scientific)
                          : std::to_chars(buf.data(), buf.data() + buf.size(), magnitude, std::chars_format::scientific,
                                          precision);
  const std::string_view text(buf.data(), static_cast<std::size_t>(result.ptr - buf.data()));
  Scientific s;
  const std::size_t e = text.find('e');
  for (std::size_t i = 0; i < e; ++i) {
    if (text[i] != '.') s.digits.push_back(text[i]);
  }
  int exponent = 0;
  std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(), exponent);
  s.exponent = exponent;
  return s;
}

void append_exponent(std::string& out, int exponent) {
  out.push_back('e');
  out.push_back(exponent < 0 ? '-' : '+');
  const int magnitude = exponent < 0 ? -exponent : exponent;
  if (magnitude < 10) out.push_back('0');
  out += std::to_string(magnitude);
}

/// digits with the point after `decpt` digits (decpt may be <= 0 or past
/// the end), in fixed notation.
void append_fixed_from_digits(std::string& out, const std::string& digits, int decpt, bool add_dot_0) {
  const int nd = static_cast<int>(digits.size());
  if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-decpt), '0');
    out += digits;
  } else if (decpt < nd) {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out.push_back('.');
    out.append(digits, static_cast<std::size_t>(decpt), std::string::npos);
  } else {
    out += digits;
    out.append(static_cast<std::size_t>(decpt - nd), '0');
    if (add_dot_0) out += ".0";
  }
}

void append_repr(std::string& out, double magnitude) {
  const Scientific s = scientific(magnitude, -1);
  const int decpt = s.exponent + 1;
  if (decpt > -4 && decpt <= 16) {
    append_fixed_from_digits(out, s.digits, decpt, true);
    return;
  }
  out.push_back(s.digits[0]);
  if (s.digits.size() > 1) {
    out.push_back('.');
    out.append(s.digits, 1, std::string::npos);
  }
  append_exponent(out, s.exponent);
}

void append_with_precision(std::string& out, double magnitude, char code, int precision, bool alternate, bool add_dot_0) {
  if (code == 'f') {
    std::string buf(static_cast<std::size_t>(precision) + 330, '\0');
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), magnitude, std::chars_format::fixed, precision);
    out.append(buf.data(), r.ptr);
    if (alternate && precision == 0) out.push_back('.');
    return;
  }
  if (code == 'e') {
    const Scientific s = scientific(magnitude, precision);
    out.push_back(s.digits[0]);
    if (precision > 0 || alternate) out.push_back('.');
    out.append(s.digits, 1, std::string::npos);
    append_exponent(out, s.exponent);
    return;
  }
  // 'g': precision significant digits; fixed notation when -4 <= exp < precision.
  const int p = precision == 0 ? 1 : precision;
  const Scientific s = scientific(magnitude, p - 1);
  std::string digits = s.digits;
  if (!alternate) {
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  }
  // CPython: exponent notation when decpt <= -4 or decpt > p; with
  // add_dot_0 (format type '' with a precision) already when decpt > p - 1.
  const int limit = add_dot_0 ? p - 1 : p;
  if (s.exponent >= -4 && s.exponent < limit) {
    const int decpt = s.exponent + 1;
    if (magnitude == 0.0) digits = alternate ? s.digits : "0";
    const std::size_t before = out.size();
    append_fixed_from_digits(out, digits, decpt, false);
    const bool has_point = out.find('.', before) != std::string::npos;
    if (alternate && !has_point) out.push_back('.');
    if (add_dot_0 && !has_point && !alternate) out += ".0";
    return;
  }
  out.push_back(digits[0]);
  if (digits.size() > 1 || alternate) out.push_back('.');
  out.append(digits, 1, std::string::npos);
  append_exponent(out, s.exponent);
}

}  // namespace

std::string double_to_string(double value, char code, int precision, bool alternate, bool add_dot_0) {
  std::string out;
  if (std::isnan(value)) return "nan";
  if (std::signbit(value)) out.push_back('-');
  const double magnitude = std::fabs(value);
  if (std::isinf(magnitude)) {
    out += "inf";
    return out;
  }
  if (code == 'r') {
    append_repr(out, magnitude);
    // '#' keeps a decimal point in the exponent form too: "1.e+16".
    if (alternate && out.find('.') == std::string::npos) {
      const std::size_t e = out.find('e');
      if (e != std::string::npos) out.insert(e, ".");
    }
  }
  else append_with_precision(out, magnitude, code, precision, alternate, add_dot_0);
  return out;
}

void append_float_repr(std::string& out, double value) { out += double_to_string(value, 'r', 0, false, true); }

}  // namespace ingot::rt::internal
