// numpy's float scalar text (scalar.h): shortest round-trip digits of the
// scalar's own width, positional or scientific as numpy 2 chooses.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "ingot/rt/builtins/int.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/scalar.h"

namespace ingot::rt::np {

namespace {

/// Parses "d.ddde[+-]xx" into digits and exponent.
void split_scientific(const char* begin, const char* end, std::string& digits, int& exponent) {
  digits.clear();
  const char* p = begin;
  while (p < end && *p != 'e') {
    if (*p >= '0' && *p <= '9') digits += *p;
    ++p;
  }
  exponent = 0;
  if (p < end) {
    ++p;
    if (p < end && *p == '+') ++p;
    std::from_chars(p, end, exponent);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

}  // namespace

void shortest_digits(double value, int bits, std::string& digits, int& exponent) {
  char buf[64];
  value = std::fabs(value);
  if (bits == 64) {
    auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    split_scientific(buf, r.ptr, digits, exponent);
  } else if (bits == 32) {
    auto r = std::to_chars(buf, buf + sizeof buf, static_cast<float>(value), std::chars_format::scientific);
    split_scientific(buf, r.ptr, digits, exponent);
  } else {
    const _Float16 target = static_cast<_Float16>(value);
    for (int precision = 0; precision < 17; ++precision) {
      const int n = std::snprintf(buf, sizeof buf, "%.*e", precision, value);
      if (static_cast<_Float16>(std::strtod(buf, nullptr)) == target || precision == 16) {
        split_scientific(buf, buf + n, digits, exponent);
        return;
      }
    }
  }
}

void format_float_scalar(double value, int bits, std::string& out) {
  if (std::isnan(value)) {
    out += "nan";
    return;
  }
  if (std::signbit(value)) out += '-';
  if (std::isinf(value)) {
    out += "inf";
    return;
  }
  const double a = std::fabs(value);
  const double max_positional = bits == 16 ? 1e3 : (bits == 32 ? 1e6 : 1e16);
  if (a == 0) {
    out += "0.0";
    return;
  }
  std::string digits;
  int e = 0;
  shortest_digits(a, bits, digits, e);
  const int n = static_cast<int>(digits.size());
  if (a < max_positional && a >= 1e-4) {
    if (e >= 0) {
      if (n <= e + 1) {
        out += digits;
        out.append(static_cast<std::size_t>(e + 1 - n), '0');
        out += ".0";
      } else {
        out.append(digits, 0, static_cast<std::size_t>(e + 1));
        out += '.';
        out.append(digits, static_cast<std::size_t>(e + 1), std::string::npos);
      }
    } else {
      out += "0.";
      out.append(static_cast<std::size_t>(-e - 1), '0');
      out += digits;
    }
    return;
  }
  out += digits[0];
  if (n > 1) {
    out += '.';
    out.append(digits, 1, std::string::npos);
  }
  out += 'e';
  out += e < 0 ? '-' : '+';
  const int ae = e < 0 ? -e : e;
  if (ae < 10) out += '0';
  out += std::to_string(ae);
}

Int float_to_py_int(double x) { return rt::detail::float_to_int(x); }

void raise_uint64_overflow() { raise(ExcType::OverflowError, kIntOverflowMessage); }

}  // namespace ingot::rt::np
