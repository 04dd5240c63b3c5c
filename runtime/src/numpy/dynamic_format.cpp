// repr() and str() of np::Array: numpy scalars as numpy 2 prints them
// (np.float32(1.5) / 1.5), arrays as numpy's array2string with its default
// print options (precision 8, floatmode 'maxprec', threshold 1000 with 3
// edge items, line width 75): arrayprint.py's FloatingFormat /
// IntegerFormat / BoolFormat and _formatArray, ported.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/dynamic.h"
#include "ingot/rt/numpy/scalar.h"
#include "ingot/rt/numpy/shape_util.h"

namespace ingot::rt::np {

using namespace dyn;

namespace {

constexpr Int kThreshold = 1000;
constexpr Int kEdgeItems = 3;
constexpr std::size_t kLineWidth = 75;

/// The element offsets (in elements) _formatArray visits, in its order.
void visit_offsets(const Array& a, std::size_t axis, std::ptrdiff_t base, bool summary, std::vector<std::ptrdiff_t>& out) {
  if (axis == a.shape().size()) {
    out.push_back(base);
    return;
  }
  const Int n = a.shape()[axis];
  const Int st = a.strides()[axis];
  const bool show = summary && 2 * kEdgeItems < n;
  if (show) {
    for (Int i = 0; i < kEdgeItems; ++i) visit_offsets(a, axis + 1, base + i * st, summary, out);
    for (Int i = n - kEdgeItems; i < n; ++i) visit_offsets(a, axis + 1, base + i * st, summary, out);
  } else {
    for (Int i = 0; i < n; ++i) visit_offsets(a, axis + 1, base + i * st, summary, out);
  }
}

// -- Dragon4-style text of one float (numpy's dragon4_positional / _scientific,
// unique digits of the value's own width, cut at `precision` digits) ---------------

struct Parts {
  std::string sign, int_part, frac, exp;  // exp: digits only ("05"), with exp_sign
  char exp_sign = '+';
};

void strip_zeros(std::string& s) {
  while (!s.empty() && s.back() == '0') s.pop_back();
}

Parts positional(double v, int bits, int precision) {
  Parts p;
  if (std::signbit(v)) p.sign = "-";
  const double a = std::fabs(v);
  if (a == 0) {
    p.int_part = "0";
    return p;
  }
  std::string digits;
  int e = 0;
  shortest_digits(a, bits, digits, e);
  const int n = static_cast<int>(digits.size());
  const int frac_digits = std::max(0, n - 1 - e);
  if (frac_digits > precision) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", precision, a);
    const std::string s(buf);
    const std::size_t dot = s.find('.');
    p.int_part = s.substr(0, dot);
    p.frac = dot == std::string::npos ? "" : s.substr(dot + 1);
    strip_zeros(p.frac);
    return p;
  }
  if (e >= 0) {
    if (n <= e + 1) {
      p.int_part = digits + std::string(static_cast<std::size_t>(e + 1 - n), '0');
    } else {
      p.int_part = digits.substr(0, static_cast<std::size_t>(e + 1));
      p.frac = digits.substr(static_cast<std::size_t>(e + 1));
    }
  } else {
    p.int_part = "0";
    p.frac = std::string(static_cast<std::size_t>(-e - 1), '0') + digits;
  }
  return p;
}

Parts scientific(double v, int bits, int precision) {
  Parts p;
  if (std::signbit(v)) p.sign = "-";
  const double a = std::fabs(v);
  std::string digits;
  int e = 0;
  if (a == 0) {
    digits = "0";
  } else {
    shortest_digits(a, bits, digits, e);
    if (static_cast<int>(digits.size()) - 1 > precision) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.*e", precision, a);
      const std::string s(buf);
      const std::size_t epos = s.find('e');
      digits.clear();
      for (std::size_t k = 0; k < epos; ++k) {
        if (s[k] != '.') digits += s[k];
      }
      e = std::stoi(s.substr(epos + 1));
      strip_zeros(digits);
      if (digits.empty()) digits = "0";
    }
  }
  p.int_part = digits.substr(0, 1);
  p.frac = digits.substr(1);
  p.exp_sign = e < 0 ? '-' : '+';
  p.exp = std::to_string(e < 0 ? -e : e);
  return p;
}

/// numpy's FloatingFormat for the visited values (doubles), of width `bits`.
struct FloatFormat {
  int bits = 64;
  bool exp_format = false;
  std::size_t pad_left = 0, pad_right = 0, exp_size = 0;
  int precision = 8;

  FloatFormat(const std::vector<double>& data, int b) : bits(b) {
    std::vector<double> finite;
    for (double x : data) {
      if (std::isfinite(x)) finite.push_back(x);
    }
    double max_val = 0, min_val = 0;
    bool any_nonzero = false;
    for (double x : finite) {
      if (x == 0) continue;
      const double ax = std::fabs(x);
      if (!any_nonzero) max_val = min_val = ax;
      max_val = std::max(max_val, ax);
      min_val = std::min(min_val, ax);
      any_nonzero = true;
    }
    const double cutoff = bits == 16 ? 1e3 : (bits == 32 ? 1e6 : 1e8);
    if (any_nonzero && (max_val >= cutoff || min_val < 0.0001 || max_val / min_val > 1000.)) exp_format = true;
    if (finite.empty()) {
      pad_left = pad_right = 0;
    } else if (exp_format) {
      std::size_t max_frac = 0, max_exp = 0;
      for (double x : finite) {
        const Parts p = scientific(x, bits, precision);
        pad_left = std::max(pad_left, p.sign.size() + p.int_part.size());
        max_frac = std::max(max_frac, p.frac.size());
        max_exp = std::max(max_exp, std::max<std::size_t>(p.exp.size(), 2));
      }
      exp_size = max_exp;
      precision = static_cast<int>(max_frac);
      pad_right = exp_size + 2 + static_cast<std::size_t>(precision);
    } else {
      for (double x : finite) {
        const Parts p = positional(x, bits, precision);
        pad_left = std::max(pad_left, p.sign.size() + p.int_part.size());
        pad_right = std::max(pad_right, p.frac.size());
      }
    }
    if (finite.size() != data.size()) {
      bool neginf = false;
      for (double x : data) {
        if (std::isinf(x) && x < 0) neginf = true;
      }
      const std::size_t offset = pad_right + 1;
      auto sub = [&](std::size_t len) { return len > offset ? len - offset : 0; };
      pad_left = std::max({pad_left, sub(3), sub(3 + (neginf ? 1 : 0))});
    }
  }

  std::string operator()(double x) const {
    if (!std::isfinite(x)) {
      const std::string r = std::isnan(x) ? "nan" : (x < 0 ? "-inf" : "inf");
      const std::size_t w = pad_left + pad_right + 1;
      return std::string(w > r.size() ? w - r.size() : 0, ' ') + r;
    }
    std::string head, out;
    if (exp_format) {
      const Parts p = scientific(x, bits, precision);
      head = p.sign + p.int_part;
      out = std::string(pad_left > head.size() ? pad_left - head.size() : 0, ' ') + head + ".";
      out += p.frac;
      if (static_cast<int>(p.frac.size()) < precision) out.append(static_cast<std::size_t>(precision) - p.frac.size(), '0');
      out += 'e';
      out += p.exp_sign;
      if (p.exp.size() < exp_size) out.append(exp_size - p.exp.size(), '0');
      out += p.exp;
      return out;
    }
    const Parts p = positional(x, bits, precision);
    head = p.sign + p.int_part;
    out = std::string(pad_left > head.size() ? pad_left - head.size() : 0, ' ') + head + "." + p.frac;
    if (p.frac.size() < pad_right) out.append(pad_right - p.frac.size(), ' ');
    return out;
  }
};

/// The text of every visited element, padded as numpy's formatter does.
std::vector<std::string> element_words(const Array& a, const std::vector<std::ptrdiff_t>& offsets) {
  return dispatch(a.dtype(), [&](auto tag) -> std::vector<std::string> {
    using T = typename decltype(tag)::type;
    const T* p = static_cast<const T*>(a.data());
    std::vector<std::string> words;
    words.reserve(offsets.size());
    if constexpr (std::is_same_v<T, bool>) {
      for (std::ptrdiff_t o : offsets) words.push_back(p[o] ? (a.ndim() > 0 ? " True" : "True") : "False");
    } else if constexpr (std::is_integral_v<T>) {
      std::size_t width = 0;
      for (std::ptrdiff_t o : offsets) {
        words.push_back(std::to_string(p[o]));
        width = std::max(width, words.back().size());
      }
      for (std::string& w : words) w.insert(0, width - w.size(), ' ');
    } else {
      std::vector<double> values;
      values.reserve(offsets.size());
      for (std::ptrdiff_t o : offsets) values.push_back(static_cast<double>(static_cast<compute_t<T>>(p[o])));
      const FloatFormat f(values, float_bits<T>);
      for (double v : values) words.push_back(f(v));
    }
    return words;
  });
}

void rstrip(std::string& s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
}

struct Formatter {
  const Array& a;
  const std::vector<std::string>& words;
  std::size_t next = 0;
  std::string separator;
  bool summary;

  void extend_line(std::string& s, std::string& line, const std::string& word, std::size_t width,
                   const std::string& prefix) {
    bool wrap = line.size() + word.size() > width;
    if (line.size() <= prefix.size()) wrap = false;
    if (wrap) {
      std::string l = line;
      rstrip(l);
      s += l + "\n";
      line = prefix;
    }
    line += word;
  }

  std::string recurse(std::size_t axis, const std::string& hanging, std::size_t width) {
    const std::size_t nd = a.shape().size();
    if (axis == nd) return words[next++];
    const std::string next_hanging = hanging + " ";
    const std::size_t next_width = width - 1;
    const Int n = a.shape()[axis];
    const bool show = summary && 2 * kEdgeItems < n;
    const Int leading = show ? kEdgeItems : 0;
    const Int trailing = show ? kEdgeItems : n;
    std::string s;
    if (nd - axis == 1) {
      std::string sep_stripped = separator;
      rstrip(sep_stripped);
      const std::size_t elem_width = width - std::max<std::size_t>(sep_stripped.size(), 1);
      std::string line = hanging;
      for (Int i = 0; i < leading; ++i) {
        extend_line(s, line, recurse(axis + 1, next_hanging, next_width), elem_width, hanging);
        line += separator;
      }
      if (show) {
        extend_line(s, line, "...", elem_width, hanging);
        line += separator;
      }
      for (Int i = trailing; i > 1; --i) {
        extend_line(s, line, recurse(axis + 1, next_hanging, next_width), elem_width, hanging);
        line += separator;
      }
      extend_line(s, line, recurse(axis + 1, next_hanging, next_width), elem_width, hanging);
      s += line;
    } else {
      std::string line_sep = separator;
      rstrip(line_sep);
      line_sep.append(nd - axis - 1, '\n');
      for (Int i = 0; i < leading; ++i) s += hanging + recurse(axis + 1, next_hanging, next_width) + line_sep;
      if (show) s += hanging + "..." + line_sep;
      for (Int i = trailing; i > 1; --i) s += hanging + recurse(axis + 1, next_hanging, next_width) + line_sep;
      s += hanging + recurse(axis + 1, next_hanging, next_width);
    }
    return "[" + s.substr(hanging.size()) + "]";
  }
};

/// numpy's array2string(a, separator=sep, prefix=prefix) with the default options.
std::string array2string(const Array& a, const std::string& separator, const std::string& prefix, std::size_t width) {
  if (a.size() == 0) return "[]";
  const bool summary = a.size() > kThreshold;
  std::vector<std::ptrdiff_t> offsets;
  visit_offsets(a, 0, 0, summary, offsets);
  const std::vector<std::string> words = element_words(a, offsets);
  Formatter f{a, words, 0, separator, summary};
  return f.recurse(0, " " + std::string(prefix.size(), ' '), width);
}

bool dtype_is_implied(ingot_dtype d) {
  return d == INGOT_DTYPE_INT64 || d == INGOT_DTYPE_FLOAT64 || d == INGOT_DTYPE_BOOL;
}

}  // namespace

void Array::repr_into(std::string& out, bool) const {
  if (scalar_) {
    dispatch(dtype_, [&](auto tag) {
      using T = typename decltype(tag)::type;
      Scalar<T>(*static_cast<const T*>(data())).repr_into(out);
    });
    return;
  }
  const std::string prefix = "array(";
  const std::string lst = array2string(*this, ", ", prefix, kLineWidth - 1);
  std::vector<std::string> extras;
  if ((size() == 0 && !(shape_.size() == 1 && shape_[0] == 0)) || size() > kThreshold) {
    extras.push_back("shape=" + shape_repr(shape_));
  }
  if (!dtype_is_implied(dtype_) || size() == 0) extras.push_back(std::string("dtype=") + dtype_name(dtype_));
  if (extras.empty()) {
    out += prefix + lst + ")";
    return;
  }
  const std::string arr_str = prefix + lst + ",";
  std::string extra_str;
  for (std::size_t k = 0; k < extras.size(); ++k) extra_str += (k ? ", " : "") + extras[k];
  extra_str += ")";
  const std::size_t nl = arr_str.rfind('\n');
  const std::size_t last_line_len = nl == std::string::npos ? arr_str.size() : arr_str.size() - (nl + 1);
  const std::string spacer = last_line_len + extra_str.size() + 1 > kLineWidth ? "\n" + std::string(prefix.size(), ' ') : " ";
  out += arr_str + spacer + extra_str;
}

void Array::str_into(std::string& out) const {
  if (shape_.empty()) {
    dispatch(dtype_, [&](auto tag) {
      using T = typename decltype(tag)::type;
      element_str_into(out, *static_cast<const T*>(data()));
    });
    return;
  }
  out += array2string(*this, " ", "", kLineWidth);
}

}  // namespace ingot::rt::np
