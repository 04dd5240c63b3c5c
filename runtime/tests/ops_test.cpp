// Operators: checked int arithmetic, floor division and modulo signs, mixed
// int/float comparisons, bool arithmetic, shifts, powers, sequence operators.
#include <cmath>
#include <limits>

#include "test_support.h"

namespace {

constexpr rt::Int kMax = std::numeric_limits<rt::Int>::max();
constexpr rt::Int kMin = std::numeric_limits<rt::Int>::min();
const std::string kOverflow = "OverflowError: Python int too large to convert to C int64";

TEST(IntArithmetic, OverflowRaisesInsteadOfWrapping) {
  EXPECT_EQ(raised([] { rt::add(kMax, 1); }), kOverflow);
  EXPECT_EQ(raised([] { rt::sub(kMin, 1); }), kOverflow);
  EXPECT_EQ(raised([] { rt::mul(kMax / 2 + 1, 2); }), kOverflow);
  EXPECT_EQ(raised([] { rt::neg(kMin); }), kOverflow);
  EXPECT_EQ(raised([] { rt::floordiv(kMin, -1); }), kOverflow);
  EXPECT_EQ(raised([] { rt::builtins::abs(kMin); }), kOverflow);
  EXPECT_EQ(raised([] { rt::pow(2, 63); }), kOverflow);
  EXPECT_EQ(raised([] { rt::lshift(1, 63); }), kOverflow);
  EXPECT_EQ(raised([] { rt::lshift(3, 62); }), kOverflow);
  EXPECT_EQ(rt::lshift(-1, 63), kMin);
  EXPECT_EQ(rt::pow(-2, 63), kMin);
  EXPECT_EQ(rt::mul(kMin, 1), kMin);
  EXPECT_EQ(rt::mod(kMin, -1), 0);
  EXPECT_EQ(rt::add(kMax, -1), kMax - 1);
}

TEST(IntArithmetic, FloorDivisionAndModuloFollowTheDivisorSign) {
  EXPECT_EQ(rt::floordiv(7, 2), 3);
  EXPECT_EQ(rt::floordiv(-7, 2), -4);
  EXPECT_EQ(rt::floordiv(7, -2), -4);
  EXPECT_EQ(rt::floordiv(-7, -2), 3);
  EXPECT_EQ(rt::mod(-7, 2), 1);
  EXPECT_EQ(rt::mod(7, -2), -1);
  EXPECT_EQ(rt::mod(-7, -2), -1);
  EXPECT_EQ(raised([] { rt::floordiv(1, 0); }), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(raised([] { rt::mod(1, 0); }), "ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(raised([] { rt::truediv(1, 0); }), "ZeroDivisionError: division by zero");
  EXPECT_EQ(raised([] { rt::truediv(1.0, 0); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(raised([] { rt::truediv(1, 0.0); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(raised([] { rt::floordiv(1.0, 0.0); }), "ZeroDivisionError: float floor division by zero");
  EXPECT_EQ(raised([] { rt::mod(1.5, 0); }), "ZeroDivisionError: float modulo");
  EXPECT_EQ(raised([] { rt::builtins::divmod(1.5, 0); }), "ZeroDivisionError: float divmod()");
  EXPECT_EQ(raised([] { rt::builtins::divmod(1, 0); }), "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(repr_text(rt::builtins::divmod(-7, 2)), "(-4, 1)");
  EXPECT_EQ(repr_text(rt::builtins::divmod(7.5, -2)), "(-4.0, -0.5)");
}

TEST(IntArithmetic, TrueDivisionIsCorrectlyRounded) {
  // Beyond 2**53 converting both operands first would round twice.
  EXPECT_EQ(rt::truediv(kMax, 3), 3074457345618258602.0);
  EXPECT_EQ(rt::truediv(9007199254740993, 1), 9007199254740992.0);
  EXPECT_EQ(rt::truediv(9007199254740995, 1), 9007199254740996.0);
  EXPECT_EQ(repr_text(rt::truediv(1, 3)), "0.3333333333333333");
  EXPECT_EQ(repr_text(rt::truediv(kMin, -1)), "9.223372036854776e+18");
}

TEST(Arithmetic, BoolsAreInts) {
  EXPECT_EQ(rt::add(true, true), 2);
  static_assert(std::is_same_v<decltype(rt::add(true, true)), rt::Int>);
  EXPECT_EQ(rt::neg(true), -1);
  EXPECT_EQ(rt::invert(true), -2);
  EXPECT_EQ(rt::pos(true), 1);
  static_assert(std::is_same_v<decltype(rt::bit_and(true, false)), rt::Bool>);
  EXPECT_FALSE(rt::bit_and(true, false));
  EXPECT_EQ(rt::bit_or(true, 2), 3);
  EXPECT_EQ(rt::mul(true, 2.5), 2.5);
  EXPECT_EQ(rt::rshift(-7, 1), -4);
  EXPECT_EQ(rt::rshift(-7, 100), -1);
  EXPECT_EQ(rt::rshift(7, 64), 0);
  EXPECT_EQ(raised([] { rt::lshift(1, -1); }), "ValueError: negative shift count");
  EXPECT_EQ(raised([] { rt::rshift(1, -1); }), "ValueError: negative shift count");
}

TEST(Arithmetic, Powers) {
  EXPECT_EQ(rt::pow(3, 4), 81);
  EXPECT_EQ(rt::pow(-3, 3), -27);
  EXPECT_EQ(rt::pow(0, 0), 1);
  EXPECT_EQ(rt::pow_float(2, -1), 0.5);
  EXPECT_EQ(raised([] { rt::pow_float(0, -1); }), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(raised([] { rt::pow(0.0, -1); }), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(raised([] { rt::pow(10.0, 400); }), "OverflowError: (34, 'Numerical result out of range')");
  EXPECT_EQ(raised([] { rt::pow(-8.0, 0.5); }),
            "ValueError: negative number cannot be raised to a fractional power");
  EXPECT_EQ(rt::pow(-8.0, 3), -512.0);
  EXPECT_EQ(rt::pow(2, 10, 1000), 24);
  EXPECT_EQ(rt::pow(3, -1, 7), 5);
  EXPECT_EQ(rt::pow(2, 3, -5), -2);
  EXPECT_EQ(rt::pow(kMax, kMax, kMax - 1), 1);
  EXPECT_EQ(raised([] { rt::pow(2, 3, 0); }), "ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(raised([] { rt::pow(2, -1, 4); }), "ValueError: base is not invertible for the given modulus");
}

TEST(Comparisons, IntAndFloatCompareExactly) {
  const rt::Int big = (rt::Int{1} << 53) + 1;
  EXPECT_FALSE(rt::eq(big, 9007199254740992.0));
  EXPECT_TRUE(rt::gt(big, 9007199254740992.0));
  EXPECT_TRUE(rt::lt(9007199254740992.0, big));
  EXPECT_TRUE(rt::eq(1, 1.0));
  EXPECT_TRUE(rt::eq(true, 1.0));
  EXPECT_TRUE(rt::lt(kMax, 9223372036854775808.0));
  EXPECT_TRUE(rt::gt(kMin, -std::numeric_limits<double>::infinity()));
  const double nan = std::nan("");
  EXPECT_FALSE(rt::eq(nan, nan));
  EXPECT_TRUE(rt::ne(nan, nan));
  EXPECT_FALSE(rt::lt(1, nan));
  EXPECT_FALSE(rt::ge(1, nan));
  EXPECT_FALSE(rt::eq(1, rt::Str("1")));
  EXPECT_EQ(raised([] { rt::lt(1, rt::Str("a")); }), "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(raised([] { rt::ge(rt::none, rt::none); }),
            "TypeError: '>=' not supported between instances of 'NoneType' and 'NoneType'");
}

TEST(Comparisons, Sequences) {
  EXPECT_TRUE(rt::lt(rt::List<rt::Int>{1, 2}, rt::List<rt::Int>{1, 2, 3}));
  EXPECT_TRUE(rt::lt(std::tuple<rt::Int, rt::Int>(1, 2), std::tuple<rt::Int, rt::Int>(1, 3)));
  EXPECT_TRUE(rt::eq(rt::List<rt::Int>{1}, rt::List<rt::Float>{1.0}));
  EXPECT_FALSE(rt::eq(rt::List<rt::Int>{1}, rt::VarTuple<rt::Int>{1}));  // a list is never a tuple
  EXPECT_TRUE(rt::eq(std::tuple<rt::Int>(1), rt::VarTuple<rt::Int>{1}));
  EXPECT_TRUE(rt::lt(rt::Str("abc"), rt::Str("abd")));
  EXPECT_TRUE(rt::lt(rt::Str("z"), rt::Str("é")));  // code point order
  EXPECT_TRUE(rt::le(rt::Set<rt::Int>{1, 2}, rt::Set<rt::Int>{1, 2, 3}));
  EXPECT_FALSE(rt::lt(rt::Set<rt::Int>{1}, rt::Set<rt::Int>{2}));
  EXPECT_TRUE(rt::eq(rt::Dict<rt::Int, rt::Int>{{1, 2}}, rt::Dict<rt::Float, rt::Int>{{1.0, 2}}));
  EXPECT_EQ(raised([] { rt::lt(rt::List<rt::Int>{1}, rt::List<rt::Str>{"a"}); }),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
}

TEST(Comparisons, TextLiteralsActAsStr) {
  const rt::Str s("abc");
  EXPECT_TRUE(rt::eq(s, "abc"));
  EXPECT_TRUE(rt::eq("abc", s));
  EXPECT_TRUE(rt::lt(s, "abd"));
  EXPECT_TRUE(rt::contains("bc", s));
  EXPECT_TRUE(rt::contains("x", rt::List<rt::Str>{"x"}));
  const rt::Dict<rt::Str, rt::Int> d{{"kiwi", 1}};
  EXPECT_EQ(rt::getitem(d, "kiwi"), 1);
  EXPECT_EQ(raised([&] { rt::getitem(d, "fig"); }), "KeyError: 'fig'");
  EXPECT_EQ(rt::hash("abc"), rt::hash(s));
}

TEST(Comparisons, OptionalAndVariant) {
  std::optional<rt::Int> missing;
  std::optional<rt::Int> three = 3;
  EXPECT_TRUE(rt::eq(missing, rt::none));
  EXPECT_TRUE(rt::is(missing, rt::none));
  EXPECT_FALSE(rt::is(three, rt::none));
  EXPECT_TRUE(rt::eq(three, 3.0));
  std::variant<rt::Int, rt::Str> v = rt::Str("x");
  EXPECT_TRUE(rt::eq(v, rt::Str("x")));
  EXPECT_FALSE(rt::eq(v, 1));
  EXPECT_EQ(raised([&] { rt::lt(missing, 1); }), "TypeError: '<' not supported between instances of 'NoneType' and 'int'");
}

TEST(Sequences, ConcatenationRepetitionAndMembership) {
  EXPECT_EQ(repr_text(rt::add(rt::List<rt::Int>{1}, rt::List<rt::Int>{2, 3})), "[1, 2, 3]");
  EXPECT_EQ(repr_text(rt::mul(rt::List<rt::Int>{1, 2}, 2)), "[1, 2, 1, 2]");
  EXPECT_EQ(repr_text(rt::mul(rt::List<rt::Int>{1}, -1)), "[]");
  EXPECT_EQ(repr_text(rt::mul(3, rt::Str("ab"))), "'ababab'");
  EXPECT_EQ(repr_text(rt::mul(rt::Str("x"), -1)), "''");
  EXPECT_EQ(repr_text(rt::add(std::tuple<rt::Int>(1), std::tuple<rt::Str>("a"))), "(1, 'a')");
  EXPECT_EQ(repr_text(rt::add(rt::Bytes("a"), rt::Bytes("b"))), "b'ab'");
  EXPECT_TRUE(rt::contains(rt::Str("ell"), rt::Str("hello")));
  EXPECT_TRUE(rt::contains(rt::Str(""), rt::Str("hello")));
  EXPECT_TRUE(rt::contains(2, rt::List<rt::Float>{1.0, 2.0}));
  EXPECT_TRUE(rt::contains(rt::Str("a"), std::tuple<rt::Int, rt::Str>(1, "a")));
  EXPECT_TRUE(rt::contains(rt::Str("a"), rt::Dict<rt::Str, rt::Int>{{"a", 1}}));
  EXPECT_TRUE(rt::not_contains(2, rt::Set<rt::Int>{1}));
  EXPECT_TRUE(rt::contains(98, rt::Bytes("abc")));
  EXPECT_EQ(raised([] { rt::contains(300, rt::Bytes("abc")); }), "ValueError: byte must be in range(0, 256)");
  std::optional<rt::List<rt::Int>> nothing;
  EXPECT_EQ(raised([&] { rt::contains(1, nothing); }), "TypeError: argument of type 'NoneType' is not iterable");
}

TEST(Sequences, AugmentedAssignmentMutatesListsInPlace) {
  rt::List<rt::Int> a{1};
  rt::List<rt::Int> b = a;
  rt::iadd(a, rt::List<rt::Int>{2});
  EXPECT_EQ(repr_text(b), "[1, 2]");
  rt::iadd(a, a);  // xs += xs doubles
  EXPECT_EQ(repr_text(b), "[1, 2, 1, 2]");
  rt::imul(a, 2);
  EXPECT_EQ(b.size(), 8u);
  rt::Str s = "ab";
  const rt::Str t = s;
  for (int i = 0; i < 100; ++i) rt::iadd(s, rt::Str("é"));
  EXPECT_EQ(t.view(), "ab");  // the other reference is untouched
  EXPECT_EQ(s.length(), 102u);
  EXPECT_FALSE(s.is_ascii());
  rt::Float x = 1;
  rt::iadd(x, 1);
  EXPECT_EQ(x, 2.0);
  rt::Set<rt::Int> s1{1, 2};
  const rt::Set<rt::Int> s2 = s1;
  rt::ior(s1, rt::Set<rt::Int>{3});
  EXPECT_EQ(s2.size(), 3u);
}

TEST(Hashing, EqualNumbersHashAlike) {
  EXPECT_EQ(rt::hash(1), rt::hash(1.0));
  EXPECT_EQ(rt::hash(true), rt::hash(1));
  EXPECT_EQ(static_cast<rt::Int>(rt::hash(-1)), -2);
  EXPECT_EQ(static_cast<rt::Int>(rt::hash((rt::Int{1} << 61) - 1)), 0);
  EXPECT_EQ(static_cast<rt::Int>(rt::hash(1.5)), 1152921504606846977);
  EXPECT_EQ(static_cast<rt::Int>(rt::hash(-2.5)), -1152921504606846978);
  EXPECT_EQ(static_cast<rt::Int>(rt::hash(1e300)), 1224995262755759164);
  EXPECT_EQ(static_cast<rt::Int>(rt::hash(std::numeric_limits<double>::infinity())), 314159);
  EXPECT_EQ(rt::hash(std::tuple<rt::Int, rt::Str>(1, "a")), rt::hash(std::tuple<rt::Float, rt::Str>(1.0, "a")));
  EXPECT_EQ(raised([] { rt::hash(rt::List<rt::Int>{}); }), "TypeError: unhashable type: 'list'");
}

TEST(Exceptions, HierarchyAndNames) {
  using E = rt::ExcType;
  EXPECT_STREQ(rt::exc_name(E::ZeroDivisionError), "ZeroDivisionError");
  EXPECT_TRUE(rt::exc_matches(E::ZeroDivisionError, E::ArithmeticError));
  EXPECT_TRUE(rt::exc_matches(E::KeyError, E::LookupError));
  EXPECT_TRUE(rt::exc_matches(E::UnicodeDecodeError, E::ValueError));
  EXPECT_TRUE(rt::exc_matches(E::RecursionError, E::RuntimeError));
  EXPECT_TRUE(rt::exc_matches(E::IndexError, E::Exception));
  EXPECT_TRUE(rt::exc_matches(E::Exception, E::BaseException));
  EXPECT_FALSE(rt::exc_matches(E::KeyError, E::IndexError));
  EXPECT_FALSE(rt::exc_matches(E::Exception, E::ValueError));
  EXPECT_FALSE(rt::exc_matches(E::KeyboardInterrupt, E::Exception));
  // numpy's AxisError(ValueError, IndexError): both bases (and theirs) catch it.
  EXPECT_STREQ(rt::exc_name(E::AxisError), "AxisError");
  EXPECT_TRUE(rt::exc_matches(E::AxisError, E::ValueError));
  EXPECT_TRUE(rt::exc_matches(E::AxisError, E::IndexError));
  EXPECT_TRUE(rt::exc_matches(E::AxisError, E::LookupError));
  EXPECT_TRUE(rt::exc_matches(E::AxisError, E::Exception));
  EXPECT_FALSE(rt::exc_matches(E::AxisError, E::KeyError));
  EXPECT_FALSE(rt::exc_matches(E::AxisError, E::TypeError));
  EXPECT_FALSE(rt::exc_matches(E::ValueError, E::AxisError));
  EXPECT_FALSE(rt::exc_matches(E::IndexError, E::AxisError));
  EXPECT_EQ(raised([] { rt::raise_key_error(rt::Str("kiwi")); }), "KeyError: 'kiwi'");
  EXPECT_EQ(raised([] { rt::raise_key_error(std::tuple<rt::Int, rt::Int>(1, 2)); }), "KeyError: (1, 2)");
  EXPECT_EQ(raised([] { rt::raise(rt::ExcType::ValueError); }), "ValueError: ");
}

}  // namespace
