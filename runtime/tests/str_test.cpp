// rt::Str: code point indexing of non-ASCII text, slicing, iteration,
// sharing, and the str methods not covered by the CPython tables.
#include <random>

#include "test_support.h"

namespace {

namespace sm = rt::str_methods;

TEST(Str, IndexesByCodePoint) {
  const rt::Str s("h\xc3\xa9llo \xf0\x9f\x98\x80!");  // "héllo 😀!"
  EXPECT_EQ(s.length(), 8u);
  EXPECT_FALSE(s.is_ascii());
  EXPECT_EQ(rt::getitem(s, 1).view(), "\xc3\xa9");
  EXPECT_EQ(rt::getitem(s, -2).view(), "\xf0\x9f\x98\x80");
  EXPECT_EQ(raised([&] { rt::getitem(s, 8); }), "IndexError: string index out of range");
  EXPECT_EQ(rt::getitem(s, rt::Slice{1, 4}).view(), "\xc3\xa9ll");
  EXPECT_EQ(rt::getitem(s, rt::Slice{std::nullopt, std::nullopt, -1}).view(), "!\xf0\x9f\x98\x80 oll\xc3\xa9h");
  EXPECT_EQ(rt::getitem(s, rt::Slice{std::nullopt, std::nullopt, 3}).view(), "hl\xf0\x9f\x98\x80");
  EXPECT_EQ(raised([&] { rt::getitem(s, rt::Slice{std::nullopt, std::nullopt, 0}); }),
            "ValueError: slice step cannot be zero");
  std::string joined;
  for (const rt::Str& c : s) {
    EXPECT_EQ(c.length(), 1u);
    joined += c.view();
  }
  EXPECT_EQ(joined, s.view());
}

TEST(Str, LongNonAsciiTextIndexesLikeAScan) {
  std::mt19937 rng(7);
  std::string text;
  std::vector<std::string> chars;
  const char* alphabet[] = {"a", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "z"};
  for (int i = 0; i < 5000; ++i) {
    chars.push_back(alphabet[rng() % 5]);
    text += chars.back();
  }
  const rt::Str s(text);
  ASSERT_EQ(s.length(), chars.size());
  for (int i = 0; i < 2000; ++i) {
    const std::size_t k = rng() % chars.size();
    ASSERT_EQ(rt::getitem(s, static_cast<rt::Int>(k)).view(), chars[k]) << k;
  }
  EXPECT_EQ(rt::getitem(s, rt::Slice{4990, std::nullopt}).length(), 10u);
}

TEST(Str, ConcatenationAndAppendKeepMeasures) {
  rt::Str a("ab"), b("\xc3\xa9");
  const rt::Str c = rt::add(a, b);
  EXPECT_EQ(c.length(), 3u);
  EXPECT_FALSE(c.is_ascii());
  EXPECT_EQ(rt::getitem(c, 2).view(), "\xc3\xa9");
  rt::Str built;
  for (int i = 0; i < 1000; ++i) rt::iadd(built, rt::Str(i % 2 ? "x" : "\xc3\xa9"));
  EXPECT_EQ(built.length(), 1000u);
  EXPECT_EQ(rt::getitem(built, 999).view(), "x");
  EXPECT_EQ(rt::getitem(built, 998).view(), "\xc3\xa9");
  rt::Str self("a\xc3\xa9");
  rt::iadd(self, self);
  EXPECT_EQ(self.view(), "a\xc3\xa9" "a\xc3\xa9");
  EXPECT_EQ(self.length(), 4u);
  rt::iadd(self, self);  // now unshared with spare capacity
  EXPECT_EQ(self.length(), 8u);
  EXPECT_EQ(rt::getitem(self, 7).view(), "\xc3\xa9");
}

TEST(Str, FindCountReplaceSplit) {
  const rt::Str s("a,b,,c");
  EXPECT_EQ(repr_text(sm::split(s, rt::Str(","))), "['a', 'b', '', 'c']");
  EXPECT_EQ(repr_text(sm::split(s, rt::Str(","), 1)), "['a', 'b,,c']");
  EXPECT_EQ(repr_text(sm::rsplit(s, rt::Str(","), 1)), "['a,b,', 'c']");
  EXPECT_EQ(raised([&] { sm::split(s, rt::Str("")); }), "ValueError: empty separator");
  EXPECT_EQ(repr_text(sm::split(rt::Str("  a  b  c  "), std::nullopt, 1)), "['a', 'b  c  ']");
  EXPECT_EQ(repr_text(sm::rsplit(rt::Str("  a  b  c  "), std::nullopt, 1)), "['  a  b', 'c']");
  const rt::Str u("\xc3\xa9t\xc3\xa9 \xc3\xa9t\xc3\xa9");  // "été été"
  EXPECT_EQ(sm::find(u, rt::Str("t")), 1);
  EXPECT_EQ(sm::rfind(u, rt::Str("t")), 5);
  EXPECT_EQ(sm::find(u, rt::Str("t"), 2), 5);
  EXPECT_EQ(sm::find(u, rt::Str("t"), -2), 5);
  EXPECT_EQ(sm::find(u, rt::Str(""), 7), 7);
  EXPECT_EQ(sm::find(u, rt::Str(""), 8), -1);
  EXPECT_EQ(sm::count(u, rt::Str("\xc3\xa9")), 4);
  EXPECT_EQ(sm::count(rt::Str("ab"), rt::Str("")), 3);
  EXPECT_EQ(raised([&] { sm::index(u, rt::Str("x")); }), "ValueError: substring not found");
  EXPECT_EQ(sm::replace(rt::Str("aaa"), rt::Str("a"), rt::Str("b"), 2).view(), "bba");
  EXPECT_EQ(sm::replace(rt::Str("a"), rt::Str(""), rt::Str("x")).view(), "xax");
  EXPECT_EQ(sm::replace(rt::Str("\xc3\xa9"), rt::Str(""), rt::Str("-")).view(), "-\xc3\xa9-");
  EXPECT_TRUE(sm::startswith(rt::Str("hello"), std::tuple<rt::Str, rt::Str>("x", "he")));
  EXPECT_TRUE(sm::endswith(rt::Str("hello"), rt::Str("ll"), 0, 4));
  EXPECT_FALSE(sm::startswith(rt::Str("abc"), rt::Str(""), 4));
  EXPECT_EQ(repr_text(sm::partition(rt::Str("a=b=c"), rt::Str("="))), "('a', '=', 'b=c')");
  EXPECT_EQ(repr_text(sm::rpartition(rt::Str("a=b=c"), rt::Str("="))), "('a=b', '=', 'c')");
  EXPECT_EQ(repr_text(sm::rpartition(rt::Str("abc"), rt::Str("="))), "('', '', 'abc')");
  EXPECT_EQ(sm::join(rt::Str(", "), rt::List<rt::Str>{"a", "\xc3\xa9"}).view(), "a, \xc3\xa9");
  EXPECT_EQ(sm::join(rt::Str("-"), rt::Str("abc")).view(), "a-b-c");
  EXPECT_EQ(sm::strip(rt::Str("xxhixy"), rt::Str("xy")).view(), "hi");
  EXPECT_EQ(sm::removeprefix(rt::Str("prefix-x"), rt::Str("prefix-")).view(), "x");
  EXPECT_EQ(sm::removesuffix(rt::Str("x.py"), rt::Str(".py")).view(), "x");
  EXPECT_EQ(sm::center(rt::Str("ab"), 5).view(), "  ab ");
  EXPECT_EQ(sm::zfill(rt::Str("-42"), 5).view(), "-0042");
  EXPECT_EQ(raised([] { sm::center(rt::Str("a"), 5, rt::Str("ab")); }),
            "TypeError: The fill character must be exactly one character long");
}

TEST(Str, FormatMethodAndPercent) {
  EXPECT_EQ(sm::format(rt::Str("{} {:>5} {!r}"), 1, rt::Str("ab"), rt::Str("c")).view(), "1    ab 'c'");
  EXPECT_EQ(sm::format(rt::Str("{0}{1}{0}"), rt::Str("a"), rt::Str("b")).view(), "aba");
  EXPECT_EQ(sm::format(rt::Str("{0:{1}}"), 3.14159, rt::Str(".2f")).view(), "3.14");
  EXPECT_EQ(sm::format(rt::Str("{:{}}"), 1, 5).view(), "    1");
  EXPECT_EQ(sm::format(rt::Str("{{}}")).view(), "{}");
  EXPECT_EQ(raised([] { sm::format(rt::Str("{}")); }),
            "IndexError: Replacement index 0 out of range for positional args tuple");
  EXPECT_EQ(raised([] { sm::format(rt::Str("{0}{}"), 1, 2); }),
            "ValueError: cannot switch from manual field specification to automatic field numbering");
  EXPECT_EQ(raised([] { sm::format(rt::Str("{")); }), "ValueError: Single '{' encountered in format string");
  EXPECT_EQ(raised([] { sm::format(rt::Str("}")); }), "ValueError: Single '}' encountered in format string");
  EXPECT_EQ(raised([] { sm::format(rt::Str("{name}"), 1); }), "KeyError: 'name'");
  EXPECT_EQ(raised([] { sm::format(rt::Str("{!x}"), 1); }), "ValueError: Unknown conversion specifier x");
  EXPECT_EQ(raised([] { sm::format(rt::Str("{:d}"), rt::Str("a")); }),
            "ValueError: Unknown format code 'd' for object of type 'str'");
  EXPECT_EQ(rt::mod(rt::Str("%s and %r"), std::tuple<rt::Str, rt::Str>("a", "b")).view(), "a and 'b'");
  EXPECT_EQ(rt::mod(rt::Str("%5.2f|%-5d|%05d|%x|%#o|%c|%%|%e|%g|%+d|% d"),
                    std::tuple(3.14159, 42, 42, 255, 8, 65, 1.5, 1e20, 7, 7))
                .view(),
            " 3.14|42   |00042|ff|0o10|A|%|1.500000e+00|1e+20|+7| 7");
  EXPECT_EQ(rt::mod(rt::Str("%d"), 3.9).view(), "3");
  EXPECT_EQ(rt::mod(rt::Str("%s"), rt::List<rt::Int>{1, 2}).view(), "[1, 2]");
  EXPECT_EQ(rt::mod(rt::Str("%*d|%.*f"), std::tuple(5, 3, 2, 3.14159)).view(), "    3|3.14");
  EXPECT_EQ(rt::mod(rt::Str("%.3d|%05.1f|%+.0f"), std::tuple(5, -2.25, 0.5)).view(), "005|-02.2|+0");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("%d %d"), std::tuple(1)); }),
            "TypeError: not enough arguments for format string");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("%d"), std::tuple(1, 2)); }),
            "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("abc"), 5); }),
            "TypeError: not all arguments converted during string formatting");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("%z"), 1); }), "ValueError: unsupported format character 'z' (0x7a) at index 1");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("%d"), rt::Str("a")); }),
            "TypeError: %d format: a real number is required, not str");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("%x"), 3.5); }), "TypeError: %x format: an integer is required, not float");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("%"), std::tuple<>()); }), "ValueError: incomplete format");
}

TEST(Str, FStrings) {
  const rt::Float x = 3.14159;
  const rt::Str name = "kiwi";
  EXPECT_EQ(rt::fstring(rt::format(rt::repr(name), ">8"), " costs ", rt::format(x, ".2f")).view(),
            "  'kiwi' costs 3.14");
  EXPECT_EQ(rt::format(rt::List<rt::Int>{1}).view(), "[1]");
  EXPECT_EQ(raised([] { rt::format(rt::List<rt::Int>{1}, ">5"); }),
            "TypeError: unsupported format string passed to list.__format__");
  EXPECT_EQ(raised([] { rt::format(rt::none, ">5"); }),
            "TypeError: unsupported format string passed to NoneType.__format__");
  EXPECT_EQ(rt::format(std::optional<rt::Int>(5), "03").view(), "005");
}

TEST(Str, EncodeDecode) {
  EXPECT_EQ(repr_text(sm::encode(rt::Str("\xc3\xa9"))), "b'\\xc3\\xa9'");
  EXPECT_EQ(raised([] { sm::encode(rt::Str("\xc3\xa9\xe2\x82\xacx"), rt::Str("ascii")); }),
            "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
  EXPECT_EQ(raised([] { sm::encode(rt::Str("x\xe2\x82\xac"), rt::Str("latin-1")); }),
            "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)");
  EXPECT_EQ(raised([] { sm::encode(rt::builtins::chr(0xD800)); }),
            "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
  EXPECT_EQ(repr_text(sm::encode(rt::Str("\xc3\xa9"), rt::Str("ascii"), rt::Str("replace"))), "b'?'");
  EXPECT_EQ(raised([] { sm::encode(rt::Str("a"), rt::Str("foo")); }), "LookupError: unknown encoding: foo");
  EXPECT_EQ(raised([] { sm::decode(rt::Bytes("\xff")); }),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(raised([] { sm::decode(rt::Bytes("ab\xf0\x90\x80")); }),
            "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-4: unexpected end of data");
  EXPECT_EQ(sm::decode(rt::Bytes("a\xff" "b"), rt::Str("utf-8"), rt::Str("replace")).view(), "a\xef\xbf\xbd" "b");
  EXPECT_EQ(sm::decode(rt::Bytes("\xe9"), rt::Str("latin-1")).view(), "\xc3\xa9");
  EXPECT_EQ(raised([] { sm::decode(rt::Bytes("\x80"), rt::Str("ascii")); }),
            "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)");
}

TEST(Str, ErrorHandlersAreLookedUpOnlyOnError) {
  EXPECT_EQ(repr_text(sm::encode(rt::Str("ok"), rt::Str("ascii"), rt::Str("bogus"))), "b'ok'");
  EXPECT_EQ(raised([] { sm::encode(rt::Str("\xc3\x9f"), rt::Str("ascii"), rt::Str("bogus")); }),
            "LookupError: unknown error handler name 'bogus'");
  EXPECT_EQ(sm::decode(rt::Bytes("ok"), rt::Str("ascii"), rt::Str("bogus")).view(), "ok");
  EXPECT_EQ(raised([] { sm::decode(rt::Bytes("\xff"), rt::Str("utf-8"), rt::Str("bogus")); }),
            "LookupError: unknown error handler name 'bogus'");
  // 'ß😀'.encode('ascii', 'backslashreplace'), .encode('latin-1', 'xmlcharrefreplace')
  EXPECT_EQ(repr_text(sm::encode(rt::Str("\xc3\x9f\xf0\x9f\x98\x80"), rt::Str("ascii"), rt::Str("backslashreplace"))),
            "b'\\\\xdf\\\\U0001f600'");
  EXPECT_EQ(repr_text(sm::encode(rt::Str("\xc3\x9f\xf0\x9f\x98\x80"), rt::Str("latin-1"), rt::Str("xmlcharrefreplace"))),
            "b'\\xdf&#128512;'");
  EXPECT_EQ(sm::decode(rt::Bytes("a\xf0\x9f\x98" "b"), rt::Str("utf-8"), rt::Str("backslashreplace")).view(),
            "a\\xf0\\x9f\\x98b");
  EXPECT_EQ(raised([] { sm::decode(rt::Bytes("\x80"), rt::Str("utf-8"), rt::Str("xmlcharrefreplace")); }),
            "TypeError: don't know how to handle UnicodeDecodeError in error callback");
}

TEST(Str, PercentIntegerLayout) {
  // '%05.3d' % 5, '%-8.3d' % 5, '%#08.3x' % 255, '%d' % 1e19, '%030d' % -1e19
  EXPECT_EQ(rt::mod(rt::Str("%05.3d"), rt::Int(5)).view(), "00005");
  EXPECT_EQ(rt::mod(rt::Str("%-8.3d|"), rt::Int(5)).view(), "005     |");
  EXPECT_EQ(rt::mod(rt::Str("%#08.3x"), rt::Int(255)).view(), "0x0000ff");
  EXPECT_EQ(rt::mod(rt::Str("%d"), 1e19).view(), "10000000000000000000");
  EXPECT_EQ(rt::mod(rt::Str("%030d"), -1e19).view(), "-00000000010000000000000000000");
  EXPECT_EQ(rt::mod(rt::Str("%+.25i"), 9.3e18).view(), "+0000009300000000000000000");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("%5%"), rt::Int(1)); }),
            "ValueError: unsupported format character '%' (0x25) at index 2");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("\xc3\xa9%\xc3\xa9"), rt::Int(1)); }),
            "ValueError: unsupported format character '?' (0xe9) at index 2");
  EXPECT_EQ(raised([] { rt::mod(rt::Str("%s %y"), rt::Int(1)); }), "TypeError: not enough arguments for format string");
}

TEST(Str, FormatSpecTypeCodes) {
  // Non-ASCII and non-printable type codes are quoted as \x.. escapes, counted in code points.
  EXPECT_EQ(raised([] { rt::format(rt::Int(5), "\xc3\xa9"); }),
            "ValueError: Unknown format code '\\xe9' for object of type 'int'");
  EXPECT_EQ(raised([] { rt::format(2.5, "\xf0\x9f\x98\x80"); }),
            "ValueError: Unknown format code '\\x1f600' for object of type 'float'");
  EXPECT_EQ(raised([] { rt::format(rt::Int(5), ", "); }), "ValueError: Cannot specify ',' with '\\x20'.");
  EXPECT_EQ(raised([] { rt::format(rt::Str("a"), "\xc3\xa9\xc3\xa9"); }),
            "ValueError: Invalid format specifier '\xc3\xa9\xc3\xa9' for object of type 'str'");
  EXPECT_EQ(raised([] { sm::format(rt::Str("{0[0]}"), rt::Int(5)); }), "TypeError: 'int' object is not subscriptable");
}

TEST(Bytes, IndexingAndSlicing) {
  const rt::Bytes data("abc");
  EXPECT_EQ(rt::getitem(data, 0), 97);
  EXPECT_EQ(rt::getitem(data, -1), 99);
  EXPECT_EQ(raised([&] { rt::getitem(data, 3); }), "IndexError: index out of range");
  EXPECT_EQ(repr_text(rt::getitem(data, rt::Slice{std::nullopt, std::nullopt, -1})), "b'cba'");
  rt::Int total = 0;
  for (rt::Int byte : data) total += byte;
  EXPECT_EQ(total, 97 + 98 + 99);
}

}  // namespace
