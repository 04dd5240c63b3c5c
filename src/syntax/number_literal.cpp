// NUMBER token values: see number_literal.h.
#include "syntax/number_literal.h"

#include <gmp.h>

#include <charconv>
#include <cstring>
#include <limits>
#include <string>
#include <system_error>

namespace ingot::syntax {

namespace {

/// Copies `text` without underscores into `buf` (which holds text.size()).
size_t strip_underscores(std::string_view text, char* buf) {
  size_t n = 0;
  for (char c : text) {
    if (c != '_') buf[n++] = c;
  }
  return n;
}

/// Decides the value of a float literal that std::from_chars found out of
/// range: +inf when its magnitude is at least 1 (overflow), else 0.0.
double out_of_range_value(const char* s, size_t n) {
  size_t i = 0;
  long long lead = 0;  // decimal exponent of the first nonzero digit
  bool found = false;
  long long int_digits = 0;
  for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (!found && s[i] != '0') {
      found = true;
      lead = int_digits;  // fixed up below once the integer part's length is known
    }
    ++int_digits;
  }
  if (found) lead = int_digits - 1 - lead;
  if (i < n && s[i] == '.') {
    ++i;
    for (long long k = 0; i < n && s[i] >= '0' && s[i] <= '9'; ++i, ++k) {
      if (!found && s[i] != '0') {
        found = true;
        lead = -(k + 1);
      }
    }
  }
  if (!found) return 0.0;
  long long exp10 = 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    for (; i < n && s[i] >= '0' && s[i] <= '9'; ++i) {
      if (exp10 < 1000000000LL) exp10 = exp10 * 10 + (s[i] - '0');
    }
    if (negative) exp10 = -exp10;
  }
  return lead + exp10 >= 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

double parse_float(std::string_view text) {
  char small[128];
  std::string big;
  char* buf = small;
  if (text.size() > sizeof small) {
    big.resize(text.size());
    buf = big.data();
  }
  const size_t n = strip_underscores(text, buf);
  double value = 0.0;
  const auto result = std::from_chars(buf, buf + n, value, std::chars_format::general);
  if (result.ec == std::errc::result_out_of_range) return out_of_range_value(buf, n);
  return value;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/// Decimal text of a hex/octal/binary literal's digits (underscores allowed).
std::string_view convert_base(std::string_view digits, int base, int bits_per_digit, Arena& arena) {
  // Skip leading zeros and underscores.
  size_t start = 0;
  while (start < digits.size() && (digits[start] == '0' || digits[start] == '_')) ++start;
  digits.remove_prefix(start);
  size_t count = 0;
  for (char c : digits) count += c != '_';
  if (count == 0) return arena.copy("0");
  if (count * static_cast<size_t>(bits_per_digit) <= 64) {
    uint64_t v = 0;
    for (char c : digits) {
      if (c == '_') continue;
      v = v * static_cast<uint64_t>(base) + static_cast<uint64_t>(digit_value(c));
    }
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return arena.copy(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
  }
  std::string clean;
  clean.reserve(count);
  for (char c : digits) {
    if (c != '_') clean.push_back(c);
  }
  mpz_t z;
  mpz_init(z);
  if (mpz_set_str(z, clean.c_str(), base) != 0) {
    mpz_clear(z);
    return arena.copy("0");
  }
  const size_t room = mpz_sizeinbase(z, 10) + 2;
  char* out = static_cast<char*>(arena.allocate(room, 1));
  mpz_get_str(out, 10, z);
  mpz_clear(z);
  return std::string_view(out, std::strlen(out));
}

}  // namespace

bool parse_number_literal(std::string_view text, Arena& arena, ConstantValue& value, std::string& error) {
  value = ConstantValue{};
  if (text.empty()) {
    value.tag = ConstantValue::Tag::Int;
    value.text = arena.copy("0");
    return true;
  }
  const char last = text.back();
  if (last == 'j' || last == 'J') {
    value.tag = ConstantValue::Tag::Complex;
    value.number = parse_float(text.substr(0, text.size() - 1));
    return true;
  }
  if (text.size() >= 2 && text[0] == '0') {
    const char kind = static_cast<char>(text[1] | 0x20);
    if (kind == 'x' || kind == 'o' || kind == 'b') {
      value.tag = ConstantValue::Tag::Int;
      const int base = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
      const int bits = kind == 'x' ? 4 : kind == 'o' ? 3 : 1;
      value.text = convert_base(text.substr(2), base, bits, arena);
      return true;
    }
  }
  for (char c : text) {
    if (c == '.' || c == 'e' || c == 'E') {
      value.tag = ConstantValue::Tag::Float;
      value.number = parse_float(text);
      return true;
    }
  }
  // Decimal integer.
  value.tag = ConstantValue::Tag::Int;
  size_t start = 0;
  while (start < text.size() && (text[start] == '0' || text[start] == '_')) ++start;
  std::string_view digits = text.substr(start);
  if (digits.empty()) {
    value.text = arena.copy("0");
    return true;
  }
  const bool has_underscore = digits.find('_') != std::string_view::npos;
  size_t count = digits.size();
  if (has_underscore) {
    count = 0;
    for (char c : digits) count += c != '_';
  }
  if (count > kMaxIntLiteralDigits) {
    error = "Exceeds the limit (4300 digits) for integer string conversion: value has ";
    error += std::to_string(count);
    error +=
        " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
        "for huge integer literals to avoid decimal conversion limits.";
    return false;
  }
  if (!has_underscore) {
    value.text = arena.copy(digits);
    return true;
  }
  char* out = static_cast<char*>(arena.allocate(count + 1, 1));
  const size_t n = strip_underscores(digits, out);
  out[n] = '\0';
  value.text = std::string_view(out, n);
  return true;
}

}  // namespace ingot::syntax
