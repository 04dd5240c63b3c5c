// printf-style formatting (str % args), as CPython's PyUnicode_Format, for
// positional arguments. Each conversion is mapped onto the format-spec
// renderers (format_spec.cpp), which share CPython's digit generation.
#include <cmath>
#include <cstdio>
#include <string>

#include "ingot/rt/builtins/int.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/format.h"
#include "ingot/rt/str_methods/percent_format.h"
#include "internal/float_text.h"
#include "internal/utf8.h"

namespace ingot::rt::detail {

namespace {

const char* kind_name(const PercentArg& a, const char* other) {
  switch (a.kind) {
    case PercentArg::Kind::Int: return "int";
    case PercentArg::Kind::Float: return "float";
    case PercentArg::Kind::Str: return "str";
    default: return other;
  }
}

}  // namespace

Str percent_format(const Str& fmt_str, const PercentArg* args, std::size_t count, bool args_is_tuple) {
  const std::string_view fmt = fmt_str.view();
  std::string out;
  std::size_t next = 0;
  auto take = [&]() -> const PercentArg& {
    if (next >= count) raise_type_error("not enough arguments for format string");
    return args[next++];
  };
  std::size_t i = 0;
  while (i < fmt.size()) {
    const std::size_t pct = fmt.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(fmt.substr(i));
      break;
    }
    out.append(fmt.substr(i, pct - i));
    i = pct + 1;
    if (i >= fmt.size()) raise_value_error("incomplete format");
    if (fmt[i] == '(') raise_type_error("format requires a mapping");
    bool left = false, plus = false, space = false, alternate = false, zero = false;
    for (; i < fmt.size(); ++i) {
      const char f = fmt[i];
      if (f == '-') left = true;
      else if (f == '+') plus = true;
      else if (f == ' ') space = true;
      else if (f == '#') alternate = true;
      else if (f == '0') zero = true;
      else break;
    }
    Int width = -1, precision = -1;
    auto read_number = [&](Int& value) {
      if (i < fmt.size() && fmt[i] == '*') {
        const PercentArg& a = take();
        if (a.kind != PercentArg::Kind::Int) raise_type_error("* wants int");
        value = a.int_value;
        ++i;
        return;
      }
      if (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        value = 0;
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
          value = value * 10 + (fmt[i++] - '0');
          if (value > (Int{1} << 40)) raise_value_error("width too big");
        }
      }
    };
    read_number(width);
    if (width < -1) {  // a negative * width means left alignment
      left = true;
      width = -width;
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      precision = 0;
      read_number(precision);
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) raise_value_error("incomplete format");
    const char conversion = fmt[i];
    const std::size_t conversion_index = i;
    ++i;
    // Only a bare "%%" is a literal '%': with flags, width or precision
    // in between, '%' is an unsupported conversion (after taking its argument).
    if (conversion == '%' && conversion_index == pct + 1) {
      out.push_back('%');
      continue;
    }
    // The equivalent format spec: [<][+| ][#][0][width][.precision][type].
    std::string spec;
    auto spec_prefix = [&](bool numeric) {
      if (left) spec += '<';
      else if (!numeric || !zero) spec += '>';
      if (numeric) {
        if (plus) spec += '+';
        else if (space) spec += ' ';
      }
      if (numeric && zero && !left) spec += '0';
      if (width >= 0) spec += std::to_string(width);
    };
    switch (conversion) {
      case 's':
      case 'r':
      case 'a': {
        const PercentArg& a = take();
        std::string text;
        a.append_str(text, a.value, conversion);
        spec_prefix(false);
        if (precision >= 0) spec += "." + std::to_string(precision);
        format_str_into(out, text, spec);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        const PercentArg& a = take();
        const char type = (conversion == 'o' || conversion == 'x' || conversion == 'X') ? conversion : 'd';
        // CPython's layout of an integer: sign, prefix, digits zero-extended to
        // the precision, then padded to the width (with zeros after the prefix
        // for the '0' flag, unless left-justified).
        auto emit_digits = [&](bool negative, std::string digits) {
          if (precision >= 0 && static_cast<Int>(digits.size()) < precision) {
            digits.insert(0, static_cast<std::size_t>(precision) - digits.size(), '0');
          }
          std::string head = negative ? "-" : (plus ? "+" : (space ? " " : ""));
          if (alternate && type != 'd') head += type == 'o' ? "0o" : (type == 'x' ? "0x" : "0X");
          const Int len = static_cast<Int>(head.size() + digits.size());
          if (width > len && !left) {
            if (zero) {
              out += head;
              out.append(static_cast<std::size_t>(width - len), '0');
              out += digits;
              return;
            }
            out.append(static_cast<std::size_t>(width - len), ' ');
          }
          out += head;
          out += digits;
          if (width > len && left) out.append(static_cast<std::size_t>(width - len), ' ');
        };
        Int value;
        if (a.kind == PercentArg::Kind::Int) {
          value = a.int_value;
        } else if (a.kind == PercentArg::Kind::Float && (conversion == 'd' || conversion == 'i' || conversion == 'u')) {
          const double f = a.float_value;
          // int(f) beyond int64 still formats exactly: the digits of the truncated double.
          if (std::isfinite(f) && (f >= 9223372036854775808.0 || f < -9223372036854775808.0)) {
            emit_digits(f < 0, internal::double_to_string(std::trunc(std::fabs(f)), 'f', 0, false, false));
            break;
          }
          value = float_to_int(f);
        } else if (conversion == 'd' || conversion == 'i' || conversion == 'u') {
          raise_type_error((std::string("%") + conversion + " format: a real number is required, not " +
                            kind_name(a, "object"))
                               .c_str());
        } else {
          raise_type_error((std::string("%") + conversion + " format: an integer is required, not " +
                            kind_name(a, "object"))
                               .c_str());
        }
        if (precision >= 0) {
          const bool negative = value < 0;
          std::string digits;
          format_int_into(digits, value, std::string(1, type));
          if (negative) digits.erase(0, 1);
          emit_digits(negative, std::move(digits));
          break;
        }
        spec_prefix(true);
        if (alternate && type != 'd') spec.insert(spec.find_first_of("0123456789") == std::string::npos ? spec.size() : spec.find_first_of("0123456789"), "#");
        spec += type;
        format_int_into(out, value, spec);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const PercentArg& a = take();
        double value;
        if (a.kind == PercentArg::Kind::Float) value = a.float_value;
        else if (a.kind == PercentArg::Kind::Int) value = static_cast<double>(a.int_value);
        else raise_type_error((std::string("must be real number, not ") + kind_name(a, "object")).c_str());
        spec_prefix(true);
        if (alternate) {
          const std::size_t digit = spec.find_first_of("0123456789");
          spec.insert(digit == std::string::npos ? spec.size() : digit, "#");
        }
        spec += "." + std::to_string(precision < 0 ? 6 : precision);
        spec += conversion;
        format_float_into(out, value, spec);
        break;
      }
      case 'c': {
        const PercentArg& a = take();
        std::string ch;
        if (a.kind == PercentArg::Kind::Int) {
          if (a.int_value < 0 || a.int_value > 0x10FFFF) raise(ExcType::OverflowError, "%c arg not in range(0x110000)");
          internal::append_utf8(ch, static_cast<char32_t>(a.int_value));
        } else if (a.kind == PercentArg::Kind::Str) {
          std::string text;
          a.append_str(text, a.value, 's');
          if (internal::count_code_points(text) != 1) raise_type_error("%c requires int or char");
          ch = text;
        } else {
          raise_type_error("%c requires int or char");
        }
        spec_prefix(false);
        format_str_into(out, ch, spec);
        break;
      }
      default: {
        take();
        // CPython quotes the code point ('?' unless printable ASCII) at its code-point index.
        const auto* p = reinterpret_cast<const unsigned char*>(fmt.data());
        const char32_t cp = internal::decode_utf8(p + conversion_index, p + fmt.size()).cp;
        const std::size_t index = internal::count_code_points(fmt.substr(0, conversion_index));
        char message[96];
        std::snprintf(message, sizeof message, "unsupported format character '%c' (0x%x) at index %zu",
                      cp >= 31 && cp <= 126 ? static_cast<char>(cp) : '?', static_cast<unsigned>(cp), index);
        raise_value_error(message);
      }
    }
  }
  if (next < count) raise_type_error("not all arguments converted during string formatting");
  (void)args_is_tuple;
  return Str(std::string_view(out));
}

}  // namespace ingot::rt::detail
