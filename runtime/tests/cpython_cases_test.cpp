// Differential tests against CPython 3.11: the expected results in
// cpython_cases.inc were computed by CPython (gen_cpython_cases.py).
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "ingot/rt/all.h"

namespace rt = ingot::rt;

namespace {

#include "cpython_cases.inc"

/// The result text, or "ExceptionType: message" when it raised.
template <class F>
std::string outcome(F&& f) {
  try {
    return f();
  } catch (const rt::PyException& e) {
    return std::string(e.type_name()) + ": " + e.what();
  }
}

std::string repr_of(double x) { return rt::repr(x).to_std_string(); }
std::string repr_of(rt::Int x) { return rt::repr(x).to_std_string(); }

TEST(CPythonCases, FloatRepr) {
  for (const auto& c : kFloatRepr) EXPECT_EQ(repr_of(c.value), c.repr) << c.repr;
}

TEST(CPythonCases, FormatSpec) {
  int failures = 0;
  for (const auto& c : kFormat) {
    if (std::string_view(c.expected) == "SKIP") continue;
    const std::string got = outcome([&] {
      switch (c.kind) {
        case 'i': return rt::format(static_cast<rt::Int>(c.int_value), c.spec).to_std_string();
        case 'f': return rt::format(c.float_value, c.spec).to_std_string();
        case 'b': return rt::format(c.int_value != 0, c.spec).to_std_string();
        default: return rt::format(rt::Str(c.str_value), c.spec).to_std_string();
      }
    });
    if (got != c.expected && ++failures <= 40) {
      ADD_FAILURE() << "format(" << (c.kind == 'f' ? repr_of(c.float_value)
                                    : c.kind == 's' ? std::string("'") + c.str_value + "'"
                                                    : std::to_string(c.int_value))
                    << ", '" << c.spec << "') [" << c.kind << "]: got <" << got << "> expected <" << c.expected << ">";
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(CPythonCases, RoundFloat) {
  for (const auto& c : kRound) {
    const std::string got = outcome([&] { return repr_of(rt::builtins::round(c.value, c.ndigits)); });
    EXPECT_EQ(got, c.expected) << "round(" << repr_of(c.value) << ", " << c.ndigits << ")";
  }
}

TEST(CPythonCases, IntParse) {
  for (const auto& c : kIntParse) {
    const std::string got = outcome([&] { return repr_of(rt::builtins::int_(rt::Str(c.text), c.base)); });
    EXPECT_EQ(got, c.expected) << "int(" << rt::repr(rt::Str(c.text)).view() << ", " << c.base << ")";
  }
}

TEST(CPythonCases, FloatParse) {
  for (const auto& c : kFloatParse) {
    const std::string got = outcome([&] { return repr_of(rt::builtins::float_(rt::Str(c.text))); });
    EXPECT_EQ(got, c.expected) << "float(" << rt::repr(rt::Str(c.text)).view() << ")";
  }
}

TEST(CPythonCases, IntArithmetic) {
  for (const auto& c : kIntBinary) {
    const rt::Int a = c.a, b = c.b;
    EXPECT_EQ(outcome([&] { return repr_of(rt::floordiv(a, b)); }), c.floordiv) << a << " // " << b;
    EXPECT_EQ(outcome([&] { return repr_of(rt::mod(a, b)); }), c.mod) << a << " % " << b;
    EXPECT_EQ(outcome([&] { return repr_of(rt::truediv(a, b)); }), c.truediv) << a << " / " << b;
  }
}

TEST(CPythonCases, FloatArithmetic) {
  for (const auto& c : kFloatBinary) {
    const std::string text = repr_of(c.a) + " op " + repr_of(c.b);
    EXPECT_EQ(outcome([&] { return repr_of(rt::floordiv(c.a, c.b)); }), c.floordiv) << text << " (//)";
    EXPECT_EQ(outcome([&] { return repr_of(rt::mod(c.a, c.b)); }), c.mod) << text << " (%)";
    EXPECT_EQ(outcome([&] { return repr_of(rt::truediv(c.a, c.b)); }), c.truediv) << text << " (/)";
    EXPECT_EQ(outcome([&] { return repr_of(rt::pow(c.a, c.b)); }), c.pow) << text << " (**)";
  }
}

std::string apply_str_method(const std::string& name, const rt::Str& s) {
  namespace sm = rt::str_methods;
  auto text = [](const rt::Str& r) { return r.to_std_string(); };
  auto boolean = [](bool b) { return std::string(b ? "True" : "False"); };
  if (name == "lower") return text(sm::lower(s));
  if (name == "upper") return text(sm::upper(s));
  if (name == "casefold") return text(sm::casefold(s));
  if (name == "title") return text(sm::title(s));
  if (name == "capitalize") return text(sm::capitalize(s));
  if (name == "swapcase") return text(sm::swapcase(s));
  if (name == "isdecimal") return boolean(sm::isdecimal(s));
  if (name == "isdigit") return boolean(sm::isdigit(s));
  if (name == "isnumeric") return boolean(sm::isnumeric(s));
  if (name == "isalpha") return boolean(sm::isalpha(s));
  if (name == "isalnum") return boolean(sm::isalnum(s));
  if (name == "isspace") return boolean(sm::isspace(s));
  if (name == "isupper") return boolean(sm::isupper(s));
  if (name == "islower") return boolean(sm::islower(s));
  if (name == "istitle") return boolean(sm::istitle(s));
  if (name == "isidentifier") return boolean(sm::isidentifier(s));
  if (name == "isprintable") return boolean(sm::isprintable(s));
  if (name == "isascii") return boolean(sm::isascii(s));
  if (name == "split") return rt::repr(sm::split(s)).to_std_string();
  if (name == "rsplit") return rt::repr(sm::rsplit(s)).to_std_string();
  if (name == "splitlines") return rt::repr(sm::splitlines(s)).to_std_string();
  if (name == "splitlines_keep") return rt::repr(sm::splitlines(s, true)).to_std_string();
  if (name == "split_1") return rt::repr(sm::split(s, std::nullopt, 1)).to_std_string();
  if (name == "rsplit_1") return rt::repr(sm::rsplit(s, std::nullopt, 1)).to_std_string();
  if (name == "strip") return text(sm::strip(s));
  if (name == "lstrip") return text(sm::lstrip(s));
  if (name == "rstrip") return text(sm::rstrip(s));
  if (name == "len") return std::to_string(rt::builtins::len(s));
  if (name == "repr") return text(rt::repr(s));
  if (name == "ascii") return text(rt::ascii(s));
  if (name == "reversed") {
    std::string out;
    for (const rt::Str& c : rt::builtins::reversed(s)) out += c.view();
    return out;
  }
  if (name == "expandtabs") return text(sm::expandtabs(s));
  if (name == "zfill8") return text(sm::zfill(s, 8));
  if (name == "center9") return text(sm::center(s, 9, "*"));
  if (name == "ljust9") return text(sm::ljust(s, 9));
  if (name == "rjust9") return text(sm::rjust(s, 9, "é"));
  if (name == "encode") return text(rt::repr(sm::encode(s)));
  return "unknown method " + name;
}

TEST(CPythonCases, StrMethods) {
  for (const auto& c : kStrMethods) {
    const rt::Str input(c.input);
    const std::string got = outcome([&] { return apply_str_method(c.method, input); });
    EXPECT_EQ(got, c.expected) << c.method << "(" << rt::repr(input).view() << ")";
  }
}

template <std::size_t N>
bool in_ranges(const CodePointRange (&ranges)[N], char32_t cp) {
  std::size_t lo = 0, hi = N;
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (ranges[mid].last < cp) lo = mid + 1;
    else hi = mid;
  }
  return lo < N && ranges[lo].first <= cp && cp <= ranges[lo].last;
}

TEST(CPythonCases, CharacterClassesOfEveryCodePoint) {
  namespace sm = rt::str_methods;
  int failures = 0;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    const rt::Str s = rt::Str::from_code_point(cp);
    const struct {
      const char* name;
      bool got, expected;
    } checks[] = {
        {"isspace", sm::isspace(s), in_ranges(k_isspace, cp)},
        {"isprintable", sm::isprintable(s), in_ranges(k_isprintable, cp)},
        {"isalpha", sm::isalpha(s), in_ranges(k_isalpha, cp)},
        {"isdecimal", sm::isdecimal(s), in_ranges(k_isdecimal, cp)},
        {"isdigit", sm::isdigit(s), in_ranges(k_isdigit, cp)},
        {"isnumeric", sm::isnumeric(s), in_ranges(k_isnumeric, cp)},
        {"isupper", sm::isupper(s), in_ranges(k_isupper, cp)},
        {"islower", sm::islower(s), in_ranges(k_islower, cp)},
        {"istitle", sm::istitle(s), in_ranges(k_istitle, cp)},
        {"isidentifier", sm::isidentifier(s), in_ranges(k_isidentifier, cp)},
        {"isalnum", sm::isalnum(s), in_ranges(k_isalnum, cp)},
    };
    for (const auto& check : checks) {
      if (check.got != check.expected && ++failures <= 30) {
        ADD_FAILURE() << check.name << "(U+" << std::hex << static_cast<unsigned>(cp) << "): got " << check.got;
      }
    }
  }
  EXPECT_EQ(failures, 0);
}

TEST(CPythonCases, CaseMappingsOfEveryCodePoint) {
  namespace sm = rt::str_methods;
  std::size_t next = 0;
  int failures = 0;
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    const rt::Str s = rt::Str::from_code_point(cp);
    const std::string same(s.view());
    std::string lower = same, upper = same, title = same, fold = same;
    if (next < std::size(kCaseMappings) && kCaseMappings[next].cp == cp) {
      lower = kCaseMappings[next].lower;
      upper = kCaseMappings[next].upper;
      title = kCaseMappings[next].title;
      fold = kCaseMappings[next].fold;
      ++next;
    }
    auto check = [&](const char* name, const rt::Str& got, const std::string& expected) {
      if (got.view() != expected && ++failures <= 30) {
        ADD_FAILURE() << name << "(U+" << std::hex << static_cast<unsigned>(cp) << "): got " << rt::ascii(got).view()
                      << " expected " << rt::ascii(rt::Str(expected)).view();
      }
    };
    check("lower", sm::lower(s), lower);
    check("upper", sm::upper(s), upper);
    check("title", sm::title(s), title);
    check("casefold", sm::casefold(s), fold);
  }
  EXPECT_EQ(failures, 0);
}

}  // namespace
