// Builtins: len, min/max, sum, round, int/float conversions, chr/ord,
// hex/oct/bin, range, enumerate, zip, reversed, print.
#include <cmath>
#include <limits>

#include "test_support.h"

namespace {

namespace b = rt::builtins;
using IntList = rt::List<rt::Int>;

TEST(Builtins, Len) {
  EXPECT_EQ(b::len(rt::Str("h\xc3\xa9llo")), 5);
  EXPECT_EQ(b::len(rt::Bytes("h\xc3\xa9")), 3);
  EXPECT_EQ(b::len(IntList{1, 2}), 2);
  EXPECT_EQ(b::len(std::tuple<rt::Int, rt::Int>(1, 2)), 2);
  EXPECT_EQ(b::len(b::range(0, 10, 3)), 4);
  std::optional<IntList> nothing;
  EXPECT_EQ(raised([&] { b::len(nothing); }), "TypeError: object of type 'NoneType' has no len()");
}

TEST(Builtins, MinMax) {
  EXPECT_EQ(b::max(IntList{1, 5, 3}), 5);
  EXPECT_EQ(b::min(IntList{1, 5, 3}, rt::kw::key([](rt::Int v) { return -v; })), 5);
  EXPECT_EQ(b::max(3, 1, 2), 3);
  EXPECT_EQ(b::min(rt::Str("b"), rt::Str("a")).view(), "a");
  EXPECT_EQ(b::max(1, 2.5), 2.5);
  static_assert(std::is_same_v<decltype(b::max(1, 2.5)), rt::Float>);
  EXPECT_EQ(b::min(IntList{}, rt::kw::default_(rt::none)), std::nullopt);
  EXPECT_EQ(b::min(IntList{}, rt::kw::default_(rt::Int{7})), 7);
  EXPECT_EQ(raised([] { b::min(IntList{}); }), "ValueError: min() arg is an empty sequence");
  EXPECT_EQ(raised([] { b::max(rt::List<rt::Float>{}); }), "ValueError: max() arg is an empty sequence");
  // Ties keep the first item.
  using P = std::tuple<rt::Int, rt::Str>;
  auto first = [](const P& p) { return std::get<0>(p); };
  EXPECT_EQ(std::get<1>(b::max(rt::List<P>{{1, "x"}, {1, "y"}}, rt::kw::key(first))).view(), "x");
  EXPECT_EQ(std::get<1>(b::min(rt::List<P>{{1, "x"}, {1, "y"}}, rt::kw::key(first))).view(), "x");
}

TEST(Builtins, SumAnyAll) {
  EXPECT_EQ(b::sum(IntList{1, 2}, 10), 13);
  EXPECT_EQ(repr_text(b::sum(rt::List<rt::Float>{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1})),
            "0.9999999999999999");
  EXPECT_EQ(raised([] { b::sum(IntList{std::numeric_limits<rt::Int>::max(), 1}); }),
            "OverflowError: Python int too large to convert to C int64");
  EXPECT_TRUE(b::any(IntList{0, 0, 3}));
  EXPECT_FALSE(b::all(rt::List<rt::Str>{"a", ""}));
  EXPECT_TRUE(b::all(IntList{}));
}

TEST(Builtins, RoundAndConversions) {
  EXPECT_EQ(b::round(2.5), 2);
  EXPECT_EQ(b::round(-0.5), 0);
  EXPECT_EQ(b::round(1.5), 2);
  EXPECT_EQ(b::round(1250, -2), 1200);
  EXPECT_EQ(b::round(-1251, -2), -1300);
  EXPECT_EQ(b::round(15, -1), 20);
  EXPECT_EQ(b::round(7, -20), 0);
  EXPECT_EQ(raised([] { b::round(std::numeric_limits<rt::Int>::max(), -1); }),
            "OverflowError: Python int too large to convert to C int64");
  EXPECT_EQ(raised([] { b::round(std::nan("")); }), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(raised([] { b::round(HUGE_VAL); }), "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(b::int_(-2.9), -2);
  EXPECT_EQ(b::int_(true), 1);
  EXPECT_EQ(raised([] { b::int_(1e19); }), "OverflowError: Python int too large to convert to C int64");
  EXPECT_EQ(raised([] { b::int_(rt::Str("1x2")); }), "ValueError: invalid literal for int() with base 10: '1x2'");
  EXPECT_EQ(raised([] { b::float_(rt::Str("x")); }), "ValueError: could not convert string to float: 'x'");
  EXPECT_EQ(b::float_(3), 3.0);
  EXPECT_EQ(b::str(1.5).view(), "1.5");
  EXPECT_EQ(b::str().view(), "");
  EXPECT_EQ(b::repr(rt::Str("a")).view(), "'a'");
  EXPECT_TRUE(b::bool_(rt::Str("x")));
  EXPECT_FALSE(b::bool_(IntList{}));
  EXPECT_FALSE(b::bool_(std::optional<rt::Int>(0)));
}

TEST(Builtins, Characters) {
  EXPECT_EQ(b::ord(rt::Str("\xe2\x82\xac")), 0x20AC);
  EXPECT_EQ(b::chr(0x20AC).view(), "\xe2\x82\xac");
  EXPECT_EQ(b::chr(0x10FFFF).length(), 1u);
  EXPECT_EQ(raised([] { b::chr(0x110000); }), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(raised([] { b::chr(-1); }), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(raised([] { b::ord(rt::Str("ab")); }), "TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(b::hex(255).view(), "0xff");
  EXPECT_EQ(b::hex(std::numeric_limits<rt::Int>::min()).view(), "-0x8000000000000000");
  EXPECT_EQ(b::oct(-8).view(), "-0o10");
  EXPECT_EQ(b::bin(5).view(), "0b101");
  EXPECT_EQ(b::bin(0).view(), "0b0");
}

TEST(Builtins, Range) {
  EXPECT_EQ(repr_text(IntList::from_iterable(b::range(10, 0, -3))), "[10, 7, 4, 1]");
  const rt::Range r = b::range(0, 10, 3);
  EXPECT_EQ(r.get(-1), 9);
  EXPECT_TRUE(rt::contains(9, r));
  EXPECT_FALSE(rt::contains(10, r));
  EXPECT_TRUE(rt::contains(3.0, r));
  EXPECT_FALSE(rt::contains(3.5, r));
  EXPECT_EQ(r.index(9), 3);
  EXPECT_EQ(raised([] { b::range(3).index(5); }), "ValueError: 5 is not in range");
  EXPECT_EQ(raised([&] { r.get(4); }), "IndexError: range object index out of range");
  EXPECT_EQ(raised([] { b::range(0, 1, 0); }), "ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(repr_text(b::range(10).get_slice(rt::Slice{1, 8, 3})), "range(1, 8, 3)");
  EXPECT_EQ(repr_text(b::range(5)), "range(0, 5)");
  EXPECT_EQ(repr_text(IntList::from_iterable(b::reversed(b::range(1, 10, 2)))), "[9, 7, 5, 3, 1]");
  EXPECT_TRUE(rt::eq(b::range(0), b::range(2, 2)));
  // The extremes iterate without overflowing.
  constexpr rt::Int kMax = std::numeric_limits<rt::Int>::max();
  rt::Int n = 0;
  for (rt::Int i : b::range(kMax - 2, kMax)) n += i - (kMax - 2) + 1;
  EXPECT_EQ(n, 3);
  const rt::Range huge = b::range(std::numeric_limits<rt::Int>::min(), kMax);
  EXPECT_EQ(raised([&] { huge.len(); }), "OverflowError: Python int too large to convert to C ssize_t");
  EXPECT_EQ(huge.get(-1), kMax - 1);
}

TEST(Builtins, EnumerateZipReversedSorted) {
  std::string out;
  for (auto [i, c] : b::enumerate(rt::Str("ab"), 1)) out += std::to_string(i) + c.to_std_string();
  EXPECT_EQ(out, "1a2b");
  EXPECT_EQ(repr_text(rt::List<std::tuple<rt::Int, rt::Str>>::from_iterable(b::zip(IntList{1, 2, 3}, rt::Str("ab")))),
            "[(1, 'a'), (2, 'b')]");
  EXPECT_EQ(repr_text(IntList::from_iterable(b::reversed(IntList{1, 2, 3}))), "[3, 2, 1]");
  rt::Str backwards;
  for (const rt::Str& c : b::reversed(rt::Str("a\xc3\xa9z"))) rt::iadd(backwards, c);
  EXPECT_EQ(backwards.view(), "z\xc3\xa9" "a");
  EXPECT_EQ(repr_text(b::sorted(rt::Dict<rt::Int, rt::Int>{{3, 1}, {1, 2}})), "[1, 3]");
  EXPECT_EQ(repr_text(b::sorted(IntList{3, 1, 2}, rt::kw::reverse(true))), "[3, 2, 1]");
  EXPECT_EQ(repr_text(b::list(rt::Str("ab"))), "['a', 'b']");
  EXPECT_EQ(repr_text(b::tuple(IntList{1})), "(1,)");
  EXPECT_EQ(repr_text(b::set(IntList{1, 1})), "{1}");
}

TEST(Builtins, PrintWritesToTheThreadLog) {
  rt::clear_logs();
  b::print(" ", "\n", rt::Str("a"), 1, 2.5, rt::none, IntList{1});
  b::print(", ", "!", 1, 2);
  b::print(" ", "\n");
  b::print_values(1, 2, rt::kw::sep("-"), rt::kw::end("."));
  EXPECT_EQ(rt::logs(), "a 1 2.5 None [1]\n1, 2!\n1-2.");
  rt::clear_logs();
  EXPECT_EQ(rt::logs(), "");
}

TEST(Builtins, RecursionGuard) {
  struct Deep {
    static int depth(int n) {
      rt::RecursionGuard guard;
      return n >= 5000 ? n : depth(n + 1);
    }
  };
  EXPECT_EQ(raised([] { Deep::depth(0); }), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(rt::detail::recursion_depth(), 0);  // unwound completely
}

TEST(Math, ResultsAndErrors) {
  namespace m = rt::math;
  EXPECT_EQ(m::sqrt(16), 4.0);
  EXPECT_EQ(raised([] { m::sqrt(-1); }), "ValueError: math domain error");
  EXPECT_EQ(raised([] { m::log(0); }), "ValueError: math domain error");
  EXPECT_EQ(m::log(8, 2), 3.0);
  EXPECT_EQ(raised([] { m::log(8, 1); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(raised([] { m::exp(1000); }), "OverflowError: math range error");
  EXPECT_EQ(m::exp(-1000), 0.0);
  EXPECT_EQ(raised([] { m::sin(HUGE_VAL); }), "ValueError: math domain error");
  EXPECT_EQ(m::floor(-0.5), -1);
  EXPECT_EQ(m::ceil(0.5), 1);
  EXPECT_EQ(m::trunc(-2.5), -2);
  EXPECT_EQ(raised([] { m::floor(std::nan("")); }), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(m::gcd(12, -18), 6);
  EXPECT_EQ(m::lcm(4, 6), 12);
  EXPECT_EQ(m::factorial(20), 2432902008176640000);
  EXPECT_EQ(raised([] { m::factorial(21); }), "OverflowError: Python int too large to convert to C int64");
  EXPECT_EQ(raised([] { m::factorial(-1); }), "ValueError: factorial() not defined for negative values");
  EXPECT_EQ(m::isqrt(99), 9);
  EXPECT_EQ(m::isqrt(std::numeric_limits<rt::Int>::max()), 3037000499);
  EXPECT_EQ(m::comb(10, 3), 120);
  EXPECT_EQ(m::comb(66, 33), 7219428434016265740);
  EXPECT_EQ(raised([] { m::comb(67, 33); }), "OverflowError: Python int too large to convert to C int64");
  EXPECT_EQ(m::perm(5, 2), 20);
  EXPECT_EQ(m::hypot(3, 4), 5.0);
  // CPython's own vector_norm, not libm's hypot (which gives ...652 here);
  // an overflowing result is inf, not an error.
  EXPECT_EQ(m::hypot(883462.3397262753, 883462.3397262753), 1249404.4226867654);
  EXPECT_EQ(m::hypot(1.7976931348623157e308, 1.7976931348623157e308), HUGE_VAL);
  EXPECT_EQ(m::hypot(HUGE_VAL, std::nan("")), HUGE_VAL);
  EXPECT_TRUE(std::isnan(m::hypot(1.0, std::nan(""))));
  EXPECT_EQ(m::hypot(5e-324, 5e-324), 5e-324);
  EXPECT_TRUE(m::isclose(1.0, 1.0 + 1e-10));
  EXPECT_EQ(raised([] { m::isclose(1, 1, -1); }), "ValueError: tolerances must be non-negative");
  EXPECT_EQ(m::fsum(rt::List<rt::Float>{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}), 1.0);
  EXPECT_EQ(m::fsum(rt::List<rt::Float>{1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50}), 1e-100);
  EXPECT_EQ(raised([] { m::fsum(rt::List<rt::Float>{1e308, 1e308, -1e308}); }),
            "OverflowError: intermediate overflow in fsum");
  EXPECT_EQ(raised([] { m::fsum(rt::List<rt::Float>{HUGE_VAL, -HUGE_VAL}); }), "ValueError: -inf + inf in fsum");
  EXPECT_EQ(m::prod(IntList{1, 2, 3, 4}), 24);
  EXPECT_EQ(m::prod(IntList{}), 1);
  // prod() of floats starts from the int 1: an empty list gives that int.
  using IntOrFloat = std::variant<rt::Int, rt::Float>;
  EXPECT_EQ(m::prod_as<IntOrFloat>(rt::List<rt::Float>{}), IntOrFloat(rt::Int{1}));
  EXPECT_EQ(m::prod_as<IntOrFloat>(rt::List<rt::Float>{2.0, -0.5}), IntOrFloat(-1.0));
  EXPECT_EQ(m::pow(2, 0.5), std::sqrt(2.0));
  EXPECT_EQ(raised([] { m::pow(0, -1); }), "ValueError: math domain error");
}

}  // namespace
