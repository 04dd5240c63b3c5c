// Regression tests for the dynamic elementwise / creation layer, found by the
// npe_* differential predictors (tests/predictors). Expected values from
// numpy 2.4 (python3), pasted.
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "ingot/rt/numpy/all.h"
#include "test_support.h"

namespace np = ingot::rt::np;

namespace {

constexpr ingot_dtype i8 = INGOT_DTYPE_INT8, u8 = INGOT_DTYPE_UINT8;

np::Array I(rt::List<rt::Int> xs, std::optional<ingot_dtype> d = std::nullopt) { return np::array(xs, d); }
std::string R(const np::Array& a) { return repr_text(a); }

}  // namespace

// np.logical_and/or/xor compute in bool: a Python int beyond the array's dtype
// is just true (numpy's logical promoter), not an OverflowError.
TEST(NumpyDynamicElementwise, LogicalUfuncsDoNotPromote) {
  EXPECT_EQ(R(np::logical_xor(I({1, 0, 3}, i8), 1000)), "array([False,  True, False])");
  EXPECT_EQ(R(np::logical_or(I({0}, u8), -5)), "array([ True])");
  EXPECT_EQ(R(np::logical_and(I({0, 2}, i8), I({1, 1}, u8))), "array([False,  True])");
  EXPECT_EQ(R(np::logical_and(I({0, 2}, i8), 0.5)), "array([False,  True])");
}

// numpy's float32/64 power loop takes sqrt for a single exponent 0.5; a
// numpy scalar ** a Python float is scalar math (pow).
TEST(NumpyDynamicElementwise, PowerHalfIsSqrt) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  const np::Array a = np::array(rt::List<rt::Float>{-inf, -0.0, 4.0});
  EXPECT_EQ(R(np::power(a, 0.5)), "array([nan, -0.,  2.])");
  EXPECT_EQ(R(np::power(np::astype(a, INGOT_DTYPE_FLOAT32), 0.5)), "array([nan, -0.,  2.], dtype=float32)");
  EXPECT_EQ(R(np::power(a, np::array(rt::Float{0.5}))), "array([nan, -0.,  2.])");
  // float16: only the operator's own fast path (a Python float 0.5) takes sqrt
  EXPECT_EQ(R(np::power(np::astype(a, INGOT_DTYPE_FLOAT16), 0.5)), "array([nan, -0.,  2.], dtype=float16)");
  EXPECT_EQ(R(np::power(np::astype(a, INGOT_DTYPE_FLOAT16), np::array(rt::Float{0.5}, INGOT_DTYPE_FLOAT16))),
            "array([inf,  0.,  2.], dtype=float16)");
  EXPECT_EQ(R(np::power(a, np::array(rt::List<rt::Float>{0.5, 0.5, 0.5}))), "array([inf,  0.,  2.])");
  // np.power (the ufunc): float16's loop is powf, float32/64's loops take sqrt
  EXPECT_EQ(R(np::power_ufunc(np::astype(a, INGOT_DTYPE_FLOAT16), 0.5)), "array([inf,  0.,  2.], dtype=float16)");
  EXPECT_EQ(R(np::power_ufunc(np::astype(a, INGOT_DTYPE_FLOAT32), 0.5)), "array([nan, -0.,  2.], dtype=float32)");
  const np::Array s = np::getitem(a, {np::at(0)});
  EXPECT_EQ(R(np::power(s, 0.5)), "np.float64(inf)");
}

// `a ** 2` of a bool array is np.square: int8; in place it cannot go back to bool.
TEST(NumpyDynamicElementwise, BoolSquaredIsInt8) {
  np::Array a = np::array(rt::List<rt::Bool>{true, false});
  EXPECT_EQ(R(np::power(a, 2)), "array([1, 0], dtype=int8)");
  EXPECT_EQ(R(np::power(a, 3)), "array([1, 0])");
  EXPECT_EQ(R(np::power_ufunc(a, 2)), "array([1, 0])");  // np.power: the int64 loop
  EXPECT_EQ(raised([&] { np::ipow(a, 2); }),
            "TypeError: Cannot cast ufunc 'square' output from dtype('int8') to dtype('bool') with casting rule "
            "'same_kind'");
}

// A one-element exponent broadcast over more elements has stride 0 too.
TEST(NumpyDynamicElementwise, PowerHalfBroadcastOne) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  const np::Array a = np::array(rt::List<rt::Float>{-inf, -inf});
  EXPECT_EQ(R(np::power(a, np::array(rt::List<rt::Float>{0.5}))), "array([nan, nan])");
  const np::Array one = np::array(rt::List<rt::Float>{-inf});
  EXPECT_EQ(R(np::power(one, np::array(rt::List<rt::Float>{0.5}))), "array([inf])");
}

// float -> uint32: numpy's cast loop converts 4 at a time (nan -> 2^31) and
// the rest one by one (nan -> 0); float16 is all scalar.
TEST(NumpyDynamicElementwise, FloatToUint32TailIsScalar) {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  const np::Array a = np::array(rt::List<rt::Float>{nan, nan, nan, nan, nan});
  EXPECT_EQ(R(np::astype(a, INGOT_DTYPE_UINT32)),
            "array([2147483648, 2147483648, 2147483648, 2147483648,          0],\n      dtype=uint32)");
  EXPECT_EQ(R(np::astype(np::astype(a, INGOT_DTYPE_FLOAT32), INGOT_DTYPE_UINT32)),
            "array([2147483648, 2147483648, 2147483648, 2147483648,          0],\n      dtype=uint32)");
  EXPECT_EQ(R(np::astype(np::astype(a, INGOT_DTYPE_FLOAT16), INGOT_DTYPE_UINT32)), "array([0, 0, 0, 0, 0], dtype=uint32)");
  const np::Array strided = np::getitem(a, {np::slice(std::nullopt, std::nullopt, 2)});
  EXPECT_EQ(R(np::astype(strided, INGOT_DTYPE_UINT32)), "array([0, 0, 0], dtype=uint32)");
  EXPECT_EQ(R(np::astype(np::array(rt::List<rt::Float>{-1.5, 3e9}), INGOT_DTYPE_UINT32)),
            "array([4294967295, 3000000000], dtype=uint32)");
}
