// The dynamic numpy layer (np::Array, dynamic*.h): printing, reductions,
// indexing, creation, conversions, in-place operators, the ABI. Expected
// values from numpy 2.4 (python3), pasted.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "ingot/rt/numpy/all.h"
#include "test_support.h"

namespace np = ingot::rt::np;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr ingot_dtype b = INGOT_DTYPE_BOOL, i8 = INGOT_DTYPE_INT8, i16 = INGOT_DTYPE_INT16, i32 = INGOT_DTYPE_INT32,
                      i64 = INGOT_DTYPE_INT64, u8 = INGOT_DTYPE_UINT8, u64 = INGOT_DTYPE_UINT64,
                      f16 = INGOT_DTYPE_FLOAT16, f32 = INGOT_DTYPE_FLOAT32, f64 = INGOT_DTYPE_FLOAT64;

np::Array F(rt::List<rt::Float> xs, std::optional<ingot_dtype> d = std::nullopt) { return np::array(xs, d); }
np::Array I(rt::List<rt::Int> xs, std::optional<ingot_dtype> d = std::nullopt) { return np::array(xs, d); }
np::Array B(rt::List<rt::Bool> xs) { return np::array(xs); }
np::Array F2(rt::List<rt::List<rt::Float>> xs, std::optional<ingot_dtype> d = std::nullopt) { return np::array(xs, d); }
np::Array I2(rt::List<rt::List<rt::Int>> xs, std::optional<ingot_dtype> d = std::nullopt) { return np::array(xs, d); }
np::Array B2(rt::List<rt::List<rt::Bool>> xs) { return np::array(xs); }

std::string R(const np::Array& a) { return repr_text(a); }
std::string S(const np::Array& a) { return rt::to_str(a).to_std_string(); }

struct PrintCase {
  np::Array value;
  const char* repr;
  const char* str;
};

}  // namespace

TEST(NumpyDynamic, PrintsAsNumpy) {
  const PrintCase cases[] = {
  {F({1.0, 2.0}), "array([1., 2.])", "[1. 2.]"},
  {F({1.0, 2.0}, f32), "array([1., 2.], dtype=float32)", "[1. 2.]"},
  {F({1.5, 2.25, 3.0}), "array([1.5 , 2.25, 3.  ])", "[1.5  2.25 3.  ]"},
  {F({0.1 + 0.2, 1.0 / 3.0}), "array([0.3       , 0.33333333])", "[0.3        0.33333333]"},
  {F({1e-5, 1.0}), "array([1.e-05, 1.e+00])", "[1.e-05 1.e+00]"},
  {F({1e10, 1.0}), "array([1.e+10, 1.e+00])", "[1.e+10 1.e+00]"},
  {F({1e8, 1.0}), "array([1.e+08, 1.e+00])", "[1.e+08 1.e+00]"},
  {F({1e7, 1.0}), "array([1.e+07, 1.e+00])", "[1.e+07 1.e+00]"},
  {F({123456.789, 1e-3}), "array([1.23456789e+05, 1.00000000e-03])", "[1.23456789e+05 1.00000000e-03]"},
  {F({1.5e-5, 2.25e10, -3.0}), "array([ 1.50e-05,  2.25e+10, -3.00e+00])", "[ 1.50e-05  2.25e+10 -3.00e+00]"},
  {F({kNaN, kInf, -kInf, 1.5}), "array([ nan,  inf, -inf,  1.5])", "[ nan  inf -inf  1.5]"},
  {F({kNaN, 1e-7}), "array([   nan, 1.e-07])", "[   nan 1.e-07]"},
  {F({kNaN}), "array([nan])", "[nan]"},
  {F({-kInf, kInf}), "array([-inf,  inf])", "[-inf  inf]"},
  {F({-1.5, 2.0}), "array([-1.5,  2. ])", "[-1.5  2. ]"},
  {F({-0.0, 0.0}), "array([-0.,  0.])", "[-0.  0.]"},
  {F({0.0, 0.0}), "array([0., 0.])", "[0. 0.]"},
  {F({0.1, 0.2, 1e6}, f32), "array([1.e-01, 2.e-01, 1.e+06], dtype=float32)", "[1.e-01 2.e-01 1.e+06]"},
  {F({0.1, 0.2, 1e5}, f32), "array([1.e-01, 2.e-01, 1.e+05], dtype=float32)", "[1.e-01 2.e-01 1.e+05]"},
  {F({1.5, 0.1}, f16), "array([1.5, 0.1], dtype=float16)", "[1.5 0.1]"},
  {F({1000.0, 0.1}, f16), "array([1.e+03, 1.e-01], dtype=float16)", "[1.e+03 1.e-01]"},
  {F({3.14159265358979, 2.718281828459045}), "array([3.14159265, 2.71828183])", "[3.14159265 2.71828183]"},
  {F({3.14159265358979, 2.718281828459045}, f32), "array([3.1415927, 2.7182817], dtype=float32)", "[3.1415927 2.7182817]"},
  {F({1.23456789e-3, 0.5}), "array([0.00123457, 0.5       ])", "[0.00123457 0.5       ]"},
  {F({1.0 / 3.0, 1e-12}), "array([3.33333333e-01, 1.00000000e-12])", "[3.33333333e-01 1.00000000e-12]"},
  {F({1e100, 1e-100}), "array([1.e+100, 1.e-100])", "[1.e+100 1.e-100]"},
  {I({1, 2, 3}), "array([1, 2, 3])", "[1 2 3]"},
  {np::astype(I({1, -20, 300}), i8), "array([  1, -20,  44], dtype=int8)", "[  1 -20  44]"},
  {I({1, -20, 300}, i16), "array([  1, -20, 300], dtype=int16)", "[  1 -20 300]"},
  {I({5}, u64), "array([5], dtype=uint64)", "[5]"},
  {B({true, false}), "array([ True, False])", "[ True False]"},
  {B({false, false}), "array([False, False])", "[False False]"},
  {I2({{1, 2}, {3, 4}}), "array([[1, 2],\n       [3, 4]])", "[[1 2]\n [3 4]]"},
  {I2({{1, 2}, {3, 4}}, i8), "array([[1, 2],\n       [3, 4]], dtype=int8)", "[[1 2]\n [3 4]]"},
  {F2({{1.5, 2.0}, {3.0, -4.25}}), "array([[ 1.5 ,  2.  ],\n       [ 3.  , -4.25]])", "[[ 1.5   2.  ]\n [ 3.   -4.25]]"},
  {B2({{true, false}, {false, true}}), "array([[ True, False],\n       [False,  True]])", "[[ True False]\n [False  True]]"},
  {np::arange(rt::Int{30}), "array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29])", "[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23\n 24 25 26 27 28 29]"},
  {np::arange(rt::Int{2000}), "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))", "[   0    1    2 ... 1997 1998 1999]"},
  {np::linspace(0.0, 1.0, 30), "array([0.        , 0.03448276, 0.06896552, 0.10344828, 0.13793103,\n       0.17241379, 0.20689655, 0.24137931, 0.27586207, 0.31034483,\n       0.34482759, 0.37931034, 0.4137931 , 0.44827586, 0.48275862,\n       0.51724138, 0.55172414, 0.5862069 , 0.62068966, 0.65517241,\n       0.68965517, 0.72413793, 0.75862069, 0.79310345, 0.82758621,\n       0.86206897, 0.89655172, 0.93103448, 0.96551724, 1.        ])", "[0.         0.03448276 0.06896552 0.10344828 0.13793103 0.17241379\n 0.20689655 0.24137931 0.27586207 0.31034483 0.34482759 0.37931034\n 0.4137931  0.44827586 0.48275862 0.51724138 0.55172414 0.5862069\n 0.62068966 0.65517241 0.68965517 0.72413793 0.75862069 0.79310345\n 0.82758621 0.86206897 0.89655172 0.93103448 0.96551724 1.        ]"},
  {np::linspace(0.0, 1.0, 30, true, f32), "array([0.        , 0.03448276, 0.06896552, 0.10344828, 0.13793103,\n       0.1724138 , 0.20689656, 0.2413793 , 0.27586207, 0.31034482,\n       0.3448276 , 0.37931034, 0.41379312, 0.44827586, 0.4827586 ,\n       0.51724136, 0.55172414, 0.5862069 , 0.62068963, 0.6551724 ,\n       0.6896552 , 0.7241379 , 0.7586207 , 0.79310346, 0.82758623,\n       0.86206895, 0.8965517 , 0.9310345 , 0.9655172 , 1.        ],\n      dtype=float32)", "[0.         0.03448276 0.06896552 0.10344828 0.13793103 0.1724138\n 0.20689656 0.2413793  0.27586207 0.31034482 0.3448276  0.37931034\n 0.41379312 0.44827586 0.4827586  0.51724136 0.55172414 0.5862069\n 0.62068963 0.6551724  0.6896552  0.7241379  0.7586207  0.79310346\n 0.82758623 0.86206895 0.8965517  0.9310345  0.9655172  1.        ]"},
  {np::zeros(std::make_tuple(rt::Int{0}, rt::Int{3})), "array([], shape=(0, 3), dtype=float64)", "[]"},
  {np::zeros(rt::Int{0}, i32), "array([], dtype=int32)", "[]"},
  {F({}), "array([], dtype=float64)", "[]"},
  {np::array(rt::Int{5}), "array(5)", "5"},
  {np::array(1.5, f32), "array(1.5, dtype=float32)", "1.5"},
  {np::array(true), "array(True)", "True"},
  {np::reshape(np::arange(rt::Int{24}), std::make_tuple(2, 3, 4)), "array([[[ 0,  1,  2,  3],\n        [ 4,  5,  6,  7],\n        [ 8,  9, 10, 11]],\n\n       [[12, 13, 14, 15],\n        [16, 17, 18, 19],\n        [20, 21, 22, 23]]])", "[[[ 0  1  2  3]\n  [ 4  5  6  7]\n  [ 8  9 10 11]]\n\n [[12 13 14 15]\n  [16 17 18 19]\n  [20 21 22 23]]]"},
  {np::reshape(np::arange(rt::Int{24}, std::nullopt, std::nullopt, f32), std::make_tuple(2, 3, 4)), "array([[[ 0.,  1.,  2.,  3.],\n        [ 4.,  5.,  6.,  7.],\n        [ 8.,  9., 10., 11.]],\n\n       [[12., 13., 14., 15.],\n        [16., 17., 18., 19.],\n        [20., 21., 22., 23.]]], dtype=float32)", "[[[ 0.  1.  2.  3.]\n  [ 4.  5.  6.  7.]\n  [ 8.  9. 10. 11.]]\n\n [[12. 13. 14. 15.]\n  [16. 17. 18. 19.]\n  [20. 21. 22. 23.]]]"},
  {np::ones(std::make_tuple(3, 400)), "array([[1., 1., 1., ..., 1., 1., 1.],\n       [1., 1., 1., ..., 1., 1., 1.],\n       [1., 1., 1., ..., 1., 1., 1.]], shape=(3, 400))", "[[1. 1. 1. ... 1. 1. 1.]\n [1. 1. 1. ... 1. 1. 1.]\n [1. 1. 1. ... 1. 1. 1.]]"},
  {np::ones(std::make_tuple(3, 400), i8), "array([[1, 1, 1, ..., 1, 1, 1],\n       [1, 1, 1, ..., 1, 1, 1],\n       [1, 1, 1, ..., 1, 1, 1]], shape=(3, 400), dtype=int8)", "[[1 1 1 ... 1 1 1]\n [1 1 1 ... 1 1 1]\n [1 1 1 ... 1 1 1]]"},
  {np::eye(3), "array([[1., 0., 0.],\n       [0., 1., 0.],\n       [0., 0., 1.]])", "[[1. 0. 0.]\n [0. 1. 0.]\n [0. 0. 1.]]"},
  {np::true_divide(np::arange(rt::Int{12}), 7), "array([0.        , 0.14285714, 0.28571429, 0.42857143, 0.57142857,\n       0.71428571, 0.85714286, 1.        , 1.14285714, 1.28571429,\n       1.42857143, 1.57142857])", "[0.         0.14285714 0.28571429 0.42857143 0.57142857 0.71428571\n 0.85714286 1.         1.14285714 1.28571429 1.42857143 1.57142857]"},
  {np::multiply(np::arange(rt::Int{12}), 1e6), "array([       0.,  1000000.,  2000000.,  3000000.,  4000000.,  5000000.,\n        6000000.,  7000000.,  8000000.,  9000000., 10000000., 11000000.])", "[       0.  1000000.  2000000.  3000000.  4000000.  5000000.  6000000.\n  7000000.  8000000.  9000000. 10000000. 11000000.]"},
  {np::scalar(1.5, f32), "np.float32(1.5)", "1.5"},
  {np::scalar(rt::Int{3}, i64), "np.int64(3)", "3"},
  {np::scalar(true, b), "np.True_", "True"},
  {np::scalar(0.1, f16), "np.float16(0.1)", "0.1"},
  {np::scalar(1e20, f64), "np.float64(1e+20)", "1e+20"},
  };
  int k = 0;
  for (const PrintCase& c : cases) {
    EXPECT_EQ(R(c.value), c.repr) << "case " << k;
    EXPECT_EQ(S(c.value), c.str) << "case " << k;
    ++k;
  }
}

TEST(NumpyDynamic, PromotionFollowsNep50) {
  const np::Array a8 = I({1, 2}, i8), f32a = F({1.0}, f32), bo = B({true}), u64a = I({5}, u64);
  EXPECT_EQ(np::result_type(a8, 1), i8);
  EXPECT_EQ(np::result_type(a8, 2.5), f64);
  EXPECT_EQ(np::result_type(a8, true), i8);
  EXPECT_EQ(np::result_type(f32a, 2.5), f32);
  EXPECT_EQ(np::result_type(f32a, 1), f32);
  EXPECT_EQ(np::result_type(bo, 1), i64);
  EXPECT_EQ(np::result_type(bo, true), b);
  EXPECT_EQ(np::result_type(1, 2), i64);
  EXPECT_EQ(np::result_type(1, 2.5), f64);
  EXPECT_EQ(np::result_type(true, false), b);
  EXPECT_EQ(np::result_type(u64a, I({1}, i64)), f64);
  EXPECT_EQ(np::promote_types(i8, u8), i16);
  EXPECT_EQ(np::promote_types(INGOT_DTYPE_UINT32, i16), i64);
  EXPECT_EQ(np::promote_types(INGOT_DTYPE_UINT32, f16), f64);
  EXPECT_EQ(np::promote_types(i16, f16), f32);
  // numpy: int8 array + 1000 -> OverflowError; / 1000 computes in float64.
  EXPECT_EQ(raised([&] { np::add(a8, 1000); }), "OverflowError: Python integer 1000 out of bounds for int8");
  EXPECT_EQ(R(np::true_divide(a8, 1000)), "array([0.001, 0.002])");
  EXPECT_EQ(raised([&] { np::add(u64a, -1); }), "OverflowError: Python integer -1 out of bounds for uint64");
  // Comparisons with out-of-range Python ints are exact.
  EXPECT_EQ(R(np::less(a8, 1000)), "array([ True,  True])");
  EXPECT_EQ(R(np::equal(a8, 1000)), "array([False, False])");
  EXPECT_EQ(R(np::greater(np::astype(I({-1}), u64), -1)), "array([ True])");
  EXPECT_EQ(R(np::add(F({5.0}, f16), 70000)), "array([inf], dtype=float16)");
  EXPECT_EQ(R(np::add(B({true}), 300)), "array([301])");
  EXPECT_EQ(R(np::add(F({1.5}, f32), 2.0)), "array([3.5], dtype=float32)");
}

TEST(NumpyDynamic, ScalarResults) {
  // numpy: np.add(1, 2) -> np.int64(3); np.float32(1.5) + 2.0 -> np.float32(3.5);
  // np.int8(100) + np.int8(100) -> np.int8(-56); np.array(5) + 1 -> np.int64(6)
  EXPECT_EQ(R(np::add(1, 2)), "np.int64(3)");
  EXPECT_EQ(R(np::add(true, true)), "np.True_");
  EXPECT_EQ(R(np::add(1, 2.5)), "np.float64(3.5)");
  EXPECT_EQ(R(np::add(np::scalar(1.5, f32), 2.0)), "np.float32(3.5)");
  EXPECT_EQ(R(np::add(np::scalar(1.5, f32), np::scalar(2.0, f64))), "np.float64(3.5)");
  EXPECT_EQ(R(np::add(np::scalar(rt::Int{100}, i8), np::scalar(rt::Int{100}, i8))), "np.int8(-56)");
  EXPECT_EQ(R(np::add(np::array(rt::Int{5}), 1)), "np.int64(6)");
  EXPECT_EQ(R(np::true_divide(np::scalar(rt::Int{5}, i32), np::scalar(rt::Int{2}, i32))), "np.float64(2.5)");
  EXPECT_EQ(R(np::power(np::scalar(2.0, f32), 2)), "np.float32(4.0)");
  EXPECT_EQ(S(np::add(np::scalar(1.5, f32), 2.0)), "3.5");
  EXPECT_EQ(std::string(np::add(np::scalar(1.5, f32), 2.0).type_name()), "float32");
  EXPECT_EQ(std::string(np::add(F({1.5}), 2.0).type_name()), "ndarray");
  // np.where of 0-d operands is a 0-d array (numpy: array(1))
  EXPECT_EQ(R(np::where(true, 1, 0)), "array(1)");
  EXPECT_EQ(R(np::clip(5, 1, 3)), "np.int64(3)");
  EXPECT_EQ(R(np::round(2.5)), "np.float64(2.0)");
}

TEST(NumpyDynamic, OperatorErrors) {
  EXPECT_EQ(raised([] { np::subtract(B({true}), B({true})); }),
            "TypeError: numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
            "operator, or the logical_xor function instead.");
  EXPECT_EQ(raised([] { np::negative(B({true})); }),
            "TypeError: The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the "
            "logical_not function instead.");
  EXPECT_EQ(raised([] { np::positive(B({true})); }),
            "TypeError: ufunc 'positive' did not contain a loop with signature matching types <class "
            "'numpy.dtypes.BoolDType'> -> None");
  EXPECT_EQ(raised([] { np::sign(B({true})); }),
            "TypeError: ufunc 'sign' did not contain a loop with signature matching types <class "
            "'numpy.dtypes.BoolDType'> -> None");
  EXPECT_EQ(raised([] { np::invert(F({1.5})); }),
            "TypeError: ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced "
            "to any supported types according to the casting rule ''safe''");
  EXPECT_EQ(raised([] { np::bitwise_and(F({1.5}), 1); }),
            "TypeError: ufunc 'bitwise_and' not supported for the input types, and the inputs could not be safely "
            "coerced to any supported types according to the casting rule ''safe''");
  EXPECT_EQ(raised([] { np::power(I({3, 4}), -1); }), "ValueError: Integers to negative integer powers are not allowed.");
  EXPECT_EQ(raised([] { np::power(2, -1); }), "ValueError: Integers to negative integer powers are not allowed.");
  EXPECT_EQ(raised([] { np::add(I({1, 2, 3}), I({1, 2})); }),
            "ValueError: operands could not be broadcast together with shapes (3,) (2,) ");
  EXPECT_EQ(raised([] { np::matmul(I({1, 2}), I({1, 2, 3})); }),
            "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            "(n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)");
  EXPECT_EQ(raised([] { np::matmul(I({1, 2}), 3); }),
            "ValueError: matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature "
            "(n?,k),(k,m?)->(n?,m?) requires 1)");
}

TEST(NumpyDynamic, MatmulAndDot) {
  EXPECT_EQ(R(np::matmul(I({1, 2}), I2({{1, 2}, {3, 4}}))), "array([ 7, 10])");
  EXPECT_EQ(R(np::matmul(F2({{1.0, 2.0}}), F2({{1.0}, {2.0}}))), "array([[5.]])");
  EXPECT_EQ(R(np::dot(I({1, 2}), I({3, 4}))), "np.int64(11)");
  EXPECT_EQ(R(np::matmul(F({1.0, 2.0}, f32), F({3.0, 4.0}))), "np.float64(11.0)");
}

TEST(NumpyDynamic, InPlaceOperators) {
  np::Array a = I({1, 2}, i8);
  const np::Array alias = a;
  np::iadd(a, I({100, 100}, i16));  // numpy: array([101, 102], dtype=int8)
  EXPECT_EQ(R(alias), "array([101, 102], dtype=int8)");
  np::imul(a, 2);  // wraps: 202 -> -54, 204 -> -52
  EXPECT_EQ(R(alias), "array([-54, -52], dtype=int8)");
  EXPECT_EQ(raised([&] { np::iadd(a, 1000); }), "OverflowError: Python integer 1000 out of bounds for int8");
  np::Array c = I({1, 2});
  EXPECT_EQ(raised([&] { np::iadd(c, 1.5); }),
            "TypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule "
            "'same_kind'");
  EXPECT_EQ(raised([&] { np::itruediv(c, 2); }),
            "TypeError: Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with casting rule "
            "'same_kind'");
  np::Array bo = B({true});
  EXPECT_EQ(raised([&] { np::iadd(bo, 1); }),
            "TypeError: Cannot cast ufunc 'add' output from dtype('int64') to dtype('bool') with casting rule "
            "'same_kind'");
  np::Array u = I({1, 2}, u8);
  EXPECT_EQ(raised([&] { np::iadd(u, I({1, 1}, i8)); }),
            "TypeError: Cannot cast ufunc 'add' output from dtype('int16') to dtype('uint8') with casting rule "
            "'same_kind'");
  np::Array z = np::zeros(3);
  EXPECT_EQ(raised([&] { np::iadd(z, np::zeros(2)); }),
            "ValueError: operands could not be broadcast together with shapes (3,) (2,) (3,) ");
  EXPECT_EQ(raised([&] { np::iadd(z, np::zeros(std::make_tuple(2, 3))); }),
            "ValueError: non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)");
  np::Array f = F({1.0, 2.0}, f32);
  np::iadd(f, 0.5);
  EXPECT_EQ(R(f), "array([1.5, 2.5], dtype=float32)");
  // A view writes through to its base.
  np::Array m = I2({{1, 2}, {3, 4}});
  np::Array row = np::getitem(m, {np::at(1)});
  np::isub(row, 10);
  EXPECT_EQ(R(m), "array([[ 1,  2],\n       [-7, -6]])");
  // numpy scalars are immutable: += rebinds.
  np::Array s = np::scalar(1.5, f32);
  const np::Array s0 = s;
  np::iadd(s, 1);
  EXPECT_EQ(R(s), "np.float32(2.5)");
  EXPECT_EQ(R(s0), "np.float32(1.5)");
}

TEST(NumpyDynamic, Reductions) {
  const np::Array a = F2({{1.5, 2.0, -3.0}, {4.0, 5.5, 6.0}});
  const np::Array i = I2({{1, 2, 3}, {4, 5, 6}}, i8);
  const np::Array u = I({3, 1, 2}, u8);
  EXPECT_EQ(R(np::sum(a)), "np.float64(16.0)");
  EXPECT_EQ(R(np::sum(a, 0)), "array([5.5, 7.5, 3. ])");
  EXPECT_EQ(R(np::sum(a, 1, true)), "array([[ 0.5],\n       [15.5]])");
  EXPECT_EQ(R(np::sum(i)), "np.int64(21)");
  EXPECT_EQ(R(np::sum(i, 0)), "array([5, 7, 9])");
  EXPECT_EQ(R(np::sum(u)), "np.uint64(6)");
  EXPECT_EQ(R(np::prod(u)), "np.uint64(6)");
  EXPECT_EQ(R(np::mean(a)), "np.float64(2.6666666666666665)");
  EXPECT_EQ(R(np::mean(i, 1)), "array([2., 5.])");
  EXPECT_EQ(R(np::mean(F({1.5, 2.5, 3.5}, f16))), "np.float16(2.5)");
  EXPECT_EQ(R(np::max(a)), "np.float64(6.0)");
  EXPECT_EQ(R(np::min(a, 0)), "array([ 1.5,  2. , -3. ])");
  EXPECT_EQ(R(np::argmax(a)), "np.int64(5)");
  EXPECT_EQ(R(np::argmax(a, 1)), "array([1, 2])");
  EXPECT_EQ(R(np::argmin(i, 0)), "array([0, 0, 0])");
  EXPECT_EQ(R(np::std_(a)), "np.float64(3.0230595245361758)");
  EXPECT_EQ(R(np::var(a, std::nullopt, 1)), "np.float64(10.966666666666667)");
  EXPECT_EQ(R(np::std_(i, 0)), "array([1.5, 1.5, 1.5])");
  EXPECT_EQ(R(np::any(np::greater(a, 2))), "np.True_");
  EXPECT_EQ(R(np::all(np::greater(a, 2), 1)), "array([False,  True])");
  EXPECT_EQ(R(np::sum(I({1, 2}), 0)), "np.int64(3)");  // the axis of a 1-d array: a scalar
  EXPECT_EQ(R(np::sum(np::array(rt::Int{5}), std::nullopt, true)), "array(5)");
  EXPECT_EQ(raised([&] { np::sum(a, 2); }), "AxisError: axis 2 is out of bounds for array of dimension 2");
  EXPECT_EQ(raised([] { np::max(F({})); }),
            "ValueError: zero-size array to reduction operation maximum which has no identity");
  EXPECT_EQ(R(np::norm(a)), "np.float64(9.874208829065749)");
  EXPECT_EQ(R(np::norm(a, std::nullopt, 1)), "array([3.90512484, 9.06917857])");
  EXPECT_EQ(R(np::norm(i)), "np.float64(9.539392014169456)");
}

TEST(NumpyDynamic, Ufuncs) {
  const np::Array a = F2({{1.5, 2.0, -3.0}, {4.0, 5.5, 6.0}});
  EXPECT_EQ(R(np::where(np::greater(a, 2), a, 0)), "array([[0. , 0. , 0. ],\n       [4. , 5.5, 6. ]])");
  EXPECT_EQ(R(np::where(np::greater(a, 2), 1, 0)), "array([[0, 0, 0],\n       [1, 1, 1]])");
  // numpy: np.where(c, int8 array, 1000) wraps 1000 to -24 (no range check)
  EXPECT_EQ(R(np::where(B({true, false}), I({1, 2}, i8), 1000)), "array([  1, -24], dtype=int8)");
  EXPECT_EQ(R(np::clip(a, 0, 5)), "array([[1.5, 2. , 0. ],\n       [4. , 5. , 5. ]])");
  EXPECT_EQ(R(np::clip(I2({{1, 2, 3}, {4, 5, 6}}, i8), 2, std::nullopt)), "array([[2, 2, 3],\n       [4, 5, 6]], dtype=int8)");
  EXPECT_EQ(R(np::clip(I({1, 2}, i8), 0, 1000)), "array([1, 2], dtype=int8)");
  EXPECT_EQ(raised([] { np::clip(I({1, 2}, i8), 200, 300); }), "OverflowError: Python integer 200 out of bounds for int8");
  EXPECT_EQ(R(np::clip(I({1, 2}, u8), -5, 1)), "array([1, 1], dtype=uint8)");
  EXPECT_EQ(R(np::round(F({1.25, 2.5, -0.5}), 1)), "array([ 1.2,  2.5, -0.5])");
  EXPECT_EQ(R(np::round(I({15, 25}), -1)), "array([20, 20])");
  EXPECT_EQ(R(np::round(B({true}))), "array([1.], dtype=float16)");
  EXPECT_EQ(R(np::exp(I({0, 1}))), "array([1.        , 2.71828183])");
  EXPECT_EQ(R(np::exp(B({true}))), "array([2.719], dtype=float16)");
  EXPECT_EQ(R(np::sqrt(I({2}, i16))), "array([1.4142135], dtype=float32)");
  EXPECT_EQ(R(np::sqrt(I({4, 2}, i8))), "array([2.   , 1.414], dtype=float16)");
  EXPECT_EQ(R(np::log(F({1.0, 0.0, -1.0}))), "array([  0., -inf,  nan])");
  EXPECT_EQ(R(np::maximum(F({1.0, kNaN}), 0.5)), "array([ 1., nan])");
  EXPECT_EQ(R(np::sign(I({-2, 0, 3}))), "array([-1,  0,  1])");
  EXPECT_EQ(R(np::floor(F({-1.5, 1.5}))), "array([-2.,  1.])");
  EXPECT_EQ(R(np::floor(I({1, 2}))), "array([1, 2])");
  EXPECT_EQ(R(np::rint(I({1, 2}))), "array([1., 2.])");
  EXPECT_EQ(R(np::square(B({true}))), "array([1], dtype=int8)");
  EXPECT_EQ(R(np::absolute(I({-3, 2}, i8))), "array([3, 2], dtype=int8)");
  EXPECT_EQ(R(np::negative(I({1, 2}, u8))), "array([255, 254], dtype=uint8)");
  EXPECT_EQ(R(np::invert(B({true, false}))), "array([False,  True])");
  EXPECT_EQ(R(np::invert(I({5}, i8))), "array([-6], dtype=int8)");
  EXPECT_EQ(R(np::left_shift(I({1, 2}, i8), 1)), "array([2, 4], dtype=int8)");
  EXPECT_EQ(R(np::left_shift(B({true}), B({true}))), "array([2], dtype=int8)");
  EXPECT_EQ(R(np::logical_and(I({1, 2}, i8), 0)), "array([False, False])");
}

TEST(NumpyDynamic, Indexing) {
  const np::Array a = F2({{1.5, 2.0, -3.0}, {4.0, 5.5, 6.0}});
  EXPECT_EQ(R(np::getitem(a, {np::at(0)})), "array([ 1.5,  2. , -3. ])");
  EXPECT_EQ(R(np::getitem(a, {np::at(0), np::at(1)})), "np.float64(2.0)");
  EXPECT_EQ(R(np::getitem(a, {np::at(-1), np::slice(std::nullopt, std::nullopt, -1)})), "array([6. , 5.5, 4. ])");
  EXPECT_EQ(R(np::getitem(a, {np::slice(), np::at(1)})), "array([2. , 5.5])");
  EXPECT_EQ(rt::repr(np::shape(np::getitem(a, {np::newaxis}))).to_std_string(), "(1, 2, 3)");
  EXPECT_EQ(R(np::getitem(a, {np::ellipsis, np::at(0)})), "array([1.5, 4. ])");
  EXPECT_EQ(R(np::getitem(a, {np::take(I({1, 0}))})), "array([[ 4. ,  5.5,  6. ],\n       [ 1.5,  2. , -3. ]])");
  EXPECT_EQ(R(np::getitem(a, {np::slice(), np::take(I({2, 0}))})), "array([[-3. ,  1.5],\n       [ 6. ,  4. ]])");
  EXPECT_EQ(R(np::getitem(a, {np::take(np::greater(a, 2))})), "array([4. , 5.5, 6. ])");
  EXPECT_EQ(R(np::getitem(a, {np::take(B({true, false}))})), "array([[ 1.5,  2. , -3. ]])");
  EXPECT_EQ(R(np::getitem(a, {np::at(0), np::take(I({2, 0}))})), "array([-3. ,  1.5])");
  EXPECT_EQ(R(np::getitem(a, {np::take(np::array(rt::Int{1}))})), "array([4. , 5.5, 6. ])");
  EXPECT_EQ(R(np::getitem(a, {np::slice(), np::take(B({true, false, true}))})), "array([[ 1.5, -3. ],\n       [ 4. ,  6. ]])");
  EXPECT_EQ(raised([&] { np::getitem(a, {np::at(5)}); }), "IndexError: index 5 is out of bounds for axis 0 with size 2");
  EXPECT_EQ(raised([&] { np::getitem(a, {np::at(0), np::at(5)}); }),
            "IndexError: index 5 is out of bounds for axis 1 with size 3");
  EXPECT_EQ(raised([&] { np::getitem(a, {np::at(0), np::at(0), np::at(0)}); }),
            "IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed");
  EXPECT_EQ(raised([&] { np::getitem(a, {np::take(B({true, false, true}))}); }),
            "IndexError: boolean index did not match indexed array along axis 0; size of axis is 2 but size of "
            "corresponding boolean axis is 3");
  // numpy: x = a[0, 0]; a[0, 0] = 9 leaves x at 1.5 (scalars are copies); a[0] is a view.
  np::Array m = F2({{1.5, 2.0}, {3.0, 4.0}});
  const np::Array x = np::getitem(m, {np::at(0), np::at(0)});
  const np::Array row = np::getitem(m, {np::at(0)});
  np::setitem(m, {np::at(0), np::at(0)}, 9);
  EXPECT_EQ(R(x), "np.float64(1.5)");
  EXPECT_EQ(R(row), "array([9., 2.])");
  np::setitem(m, {np::slice(), np::at(1)}, F({-1.0, -2.0}));
  EXPECT_EQ(R(m), "array([[ 9., -1.],\n       [ 3., -2.]])");
  np::setitem(m, {np::take(np::greater(m, 0))}, 0);
  EXPECT_EQ(R(m), "array([[ 0., -1.],\n       [ 0., -2.]])");
  np::Array v = I({1, 2, 3}, i8);
  np::setitem(v, {np::take(I({0, 2}))}, 7);
  EXPECT_EQ(R(v), "array([7, 2, 7], dtype=int8)");
  np::setitem(v, {np::at(1)}, 2.9);  // numpy truncates: 2
  EXPECT_EQ(R(v), "array([7, 2, 7], dtype=int8)");
  EXPECT_EQ(raised([&] { np::setitem(v, {np::at(0)}, 300); }), "OverflowError: Python integer 300 out of bounds for int8");
  np::Array w = I2({{1, 2, 3}, {4, 5, 6}});
  np::setitem(w, {np::slice(), np::take(I({2, 0}))}, I({10, 20}));
  EXPECT_EQ(R(w), "array([[20,  2, 10],\n       [20,  5, 10]])");
  // numpy: np.nonzero(np.array([0, 3, 0, 4])) -> (array([1, 3]),)
  EXPECT_EQ(rt::repr(np::nonzero(I({0, 3, 0, 4}))).to_std_string(), "(array([1, 3]),)");
  const std::vector<np::Array> rows = np::rows(a);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(R(rows[1]), "array([4. , 5.5, 6. ])");
  const std::vector<np::Array> items = np::rows(I({7, 8}, i16));
  EXPECT_EQ(R(items[0]), "np.int16(7)");
  EXPECT_EQ(raised([] { np::rows(np::array(rt::Int{1})); }), "TypeError: iteration over a 0-d array");
}

TEST(NumpyDynamic, ShapeOperations) {
  const np::Array a = F2({{1.5, 2.0, -3.0}, {4.0, 5.5, 6.0}});
  const np::Array i = I2({{1, 2, 3}, {4, 5, 6}}, i8);
  const np::Array u = I({3, 1, 2}, u8);
  EXPECT_EQ(R(np::concatenate(rt::List<np::Array>{i, a})),
            "array([[ 1. ,  2. ,  3. ],\n       [ 4. ,  5. ,  6. ],\n       [ 1.5,  2. , -3. ],\n       [ 4. ,  5.5,  "
            "6. ]])");
  EXPECT_EQ(R(np::stack(std::make_tuple(u, u), 1)), "array([[3, 3],\n       [1, 1],\n       [2, 2]], dtype=uint8)");
  EXPECT_EQ(R(np::reshape(a, std::make_tuple(3, -1))), "array([[ 1.5,  2. ],\n       [-3. ,  4. ],\n       [ 5.5,  6. ]])");
  EXPECT_EQ(raised([&] { np::reshape(a, std::make_tuple(4, -1)); }),
            "ValueError: cannot reshape array of size 6 into shape (4,newaxis)");
  EXPECT_EQ(R(np::transpose(a)), "array([[ 1.5,  4. ],\n       [ 2. ,  5.5],\n       [-3. ,  6. ]])");
  EXPECT_EQ(R(np::expand_dims(u, 0)), "array([[3, 1, 2]], dtype=uint8)");
  EXPECT_EQ(R(np::squeeze(np::zeros(std::make_tuple(1, 3)))), "array([0., 0., 0.])");
  EXPECT_EQ(R(np::take_along_axis(a, I2({{0}, {2}}), 1)), "array([[1.5],\n       [6. ]])");
  EXPECT_EQ(R(np::broadcast_to(u, std::make_tuple(2, 3))), "array([[3, 1, 2],\n       [3, 1, 2]], dtype=uint8)");
  EXPECT_EQ(R(np::sort(I({3, 1, 2}))), "array([1, 2, 3])");
  EXPECT_EQ(R(np::argsort(F({3.5, 1.5, 2.5}))), "array([1, 2, 0])");
  EXPECT_EQ(R(np::flatten(np::transpose(i))), "array([1, 4, 2, 5, 3, 6], dtype=int8)");
  EXPECT_EQ(R(np::transpose_dims(np::reshape_dims(np::arange(6), 1, 2, 3), 2, 0, 1)),
            "array([[[0, 3]],\n\n       [[1, 4]],\n\n       [[2, 5]]])");
  EXPECT_EQ(R(np::transpose(i, std::nullopt)), R(np::transpose(i)));
  EXPECT_EQ(R(np::sort_kind(F({2.5, -1.0}), -1, rt::Str("stable"))), "array([-1. ,  2.5])");
  EXPECT_EQ(raised([] { np::sort_kind(F({2.5, -1.0}), -1, rt::Str("bogus")); }),
            "ValueError: sort kind must be one of 'quick', 'heap', or 'stable' (got 'bogus')");
  EXPECT_EQ(R(np::reciprocal(I({1, 2, -1}, i8))), "array([ 1,  0, -1], dtype=int8)");
  EXPECT_EQ(R(np::astype(I({1, 2}), np::dtype(F({1.0}, f32)))), "array([1., 2.], dtype=float32)");
  np::Array s = I({3, 1, 2});
  np::sort_inplace(s);
  EXPECT_EQ(R(s), "array([1, 2, 3])");
}

TEST(NumpyDynamic, Creation) {
  EXPECT_EQ(raised([] { np::array(rt::List<rt::List<rt::Int>>{{1, 2}, {3}}); }),
            "ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape "
            "after 1 dimensions. The detected shape was (2,) + inhomogeneous part.");
  using Num = std::variant<rt::Int, rt::Float, rt::Bool>;
  EXPECT_EQ(R(np::array(rt::List<Num>{Num(rt::Int{1}), Num(2.5), Num(true)})), "array([1. , 2.5, 1. ])");
  EXPECT_EQ(R(F2({{1, 2}, {3, 4}}, f32)), "array([[1., 2.],\n       [3., 4.]], dtype=float32)");
  EXPECT_EQ(R(F({1.7, -2.7}, i32)), "array([ 1, -2], dtype=int32)");
  EXPECT_EQ(raised([] { I({300}, i8); }), "OverflowError: Python integer 300 out of bounds for int8");
  EXPECT_EQ(R(np::array(rt::List<np::Array>{np::scalar(1.5, f32), np::scalar(2.0, f32)})),
            "array([1.5, 2. ], dtype=float32)");
  EXPECT_EQ(R(np::full(std::make_tuple(2, 2), 7)), "array([[7, 7],\n       [7, 7]])");
  EXPECT_EQ(R(np::full(3, 2.5, f32)), "array([2.5, 2.5, 2.5], dtype=float32)");
  EXPECT_EQ(R(np::arange(5)), "array([0, 1, 2, 3, 4])");
  EXPECT_EQ(R(np::arange(1, 2, 0.25, std::nullopt)), "array([1.  , 1.25, 1.5 , 1.75])");
  EXPECT_EQ(R(np::arange(0, 10, 3)), "array([0, 3, 6, 9])");
  EXPECT_EQ(R(np::linspace(0, 1, 5)), "array([0.  , 0.25, 0.5 , 0.75, 1.  ])");
  EXPECT_EQ(R(np::eye(2, 3, 1, i32)), "array([[0, 1, 0],\n       [0, 0, 1]], dtype=int32)");
  const np::Array i = I2({{1, 2, 3}, {4, 5, 6}}, i8);
  EXPECT_EQ(R(np::zeros_like(i)), "array([[0, 0, 0],\n       [0, 0, 0]], dtype=int8)");
  EXPECT_EQ(R(np::ones_like(i, i64)), "array([[1, 1, 1],\n       [1, 1, 1]])");
  EXPECT_EQ(R(np::scalar(1e40, f32)), "np.float32(inf)");
  EXPECT_EQ(raised([] { np::scalar(rt::Int{-129}, i8); }), "OverflowError: Python integer -129 out of bounds for int8");
  EXPECT_EQ(raised([] { np::scalar(rt::Int{-1}, u8); }), "OverflowError: Python integer -1 out of bounds for uint8");
  EXPECT_EQ(R(np::scalar(2.7, i64)), "np.int64(2)");
  EXPECT_EQ(R(np::scalar(70000, f16)), "np.float16(inf)");
  EXPECT_EQ(R(np::scalar(0, b)), "np.False_");
  EXPECT_EQ(R(np::scalar(F({1.5, 2.0}), f32)), "array([1.5, 2. ], dtype=float32)");
  EXPECT_EQ(R(np::astype(F({1.7, -1.5, 300.7}), i8)), "array([ 1, -1, 44], dtype=int8)");
  const np::Array orig = F({1.0});
  const np::Array same = np::asarray(orig);
  const np::Array copied = np::array(orig);
  np::setitem(orig, {np::at(0)}, 5);
  EXPECT_EQ(R(same), "array([5.])");
  EXPECT_EQ(R(copied), "array([1.])");
}

TEST(NumpyDynamic, ConversionsToPython) {
  EXPECT_EQ(raised([] { np::truthy(I({1, 2})); }),
            "ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
  EXPECT_EQ(raised([] { rt::truthy(F({})); }),
            "ValueError: The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array "
            "is not empty.");
  EXPECT_FALSE(rt::truthy(np::scalar(0.0, f32)));
  EXPECT_TRUE(rt::not_(np::scalar(0.0, f32)));
  EXPECT_TRUE(np::truthy(I({5})));
  EXPECT_EQ(np::to_int(np::scalar(2.9, f64)), 2);
  EXPECT_EQ(raised([] { np::to_int(np::scalar(kNaN, f64)); }), "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(np::to_float(np::scalar(rt::Int{-3}, i8)), -3.0);
  EXPECT_EQ(raised([] { np::to_int(I({1, 2})); }),
            "TypeError: only 0-dimensional arrays can be converted to Python scalars");
  EXPECT_EQ(np::item<rt::Float>(np::scalar(1.5, f32)), 1.5);
  EXPECT_EQ(np::item<rt::Int>(I({7})), 7);
  EXPECT_EQ((np::item<std::variant<rt::Int, rt::Float>>(F({2.5})).index()), 1u);
  EXPECT_EQ(raised([] { np::item<rt::Float>(I({7})); }),
            "TypeError: item() of an array of dtype int64 gives int values, not float (convert it first, e.g. with "
            "astype or float())");
  EXPECT_EQ(raised([] { np::item<rt::Float>(F({1.0, 2.0})); }),
            "ValueError: can only convert an array of size 1 to a Python scalar");
  EXPECT_EQ(rt::repr(np::tolist<rt::List<rt::Float>>(F({1.5, 2}))).to_std_string(), "[1.5, 2.0]");
  EXPECT_EQ(rt::repr(np::tolist<rt::List<rt::List<rt::Int>>>(I2({{1, 2}, {3, 4}}))).to_std_string(), "[[1, 2], [3, 4]]");
  EXPECT_EQ(rt::repr(np::tolist<rt::List<rt::Bool>>(B({true, false}))).to_std_string(), "[True, False]");
  EXPECT_EQ(rt::repr(np::tolist<rt::List<rt::List<rt::Float>>>(np::transpose(F2({{1, 2}, {3, 4}})))).to_std_string(),
            "[[1.0, 3.0], [2.0, 4.0]]");
  EXPECT_EQ(raised([] { np::tolist<rt::List<rt::Float>>(F2({{1, 2}, {3, 4}})); }),
            "TypeError: tolist() of a 2-dimensional array is not a value of the declared type (1 levels of lists)");
  EXPECT_EQ(raised([] { np::tolist<rt::List<rt::Float>>(I({1, 2})); }),
            "TypeError: tolist() of an array of dtype int64 gives int values, not float (convert it first, e.g. with "
            "astype or float())");
  EXPECT_EQ(np::len(I({1, 2, 3})), 3);
  EXPECT_EQ(raised([] { np::len(np::array(rt::Int{3})); }), "TypeError: len() of unsized object");
  EXPECT_EQ(np::ndim(F2({{1}})), 2);
  EXPECT_EQ(np::size(F2({{1, 2}, {3, 4}})), 4);
}

TEST(NumpyDynamic, DTypeValues) {
  const np::DType d = np::dtype(F({1.0}));
  EXPECT_EQ(repr_text(d), "dtype('float64')");
  EXPECT_EQ(rt::to_str(d).to_std_string(), "float64");
  EXPECT_TRUE(d == INGOT_DTYPE_FLOAT64);
  EXPECT_TRUE(d == np::DType(INGOT_DTYPE_FLOAT64));
  EXPECT_FALSE(d == INGOT_DTYPE_FLOAT32);
  EXPECT_TRUE(d == rt::Str("float64"));
  EXPECT_EQ(np::dtype(I({1}, i8)).name.to_std_string(), "int8");
  EXPECT_EQ(d.kind.to_std_string(), "f");
  EXPECT_EQ(np::dtype(I({1}, i8)).itemsize, 1);
}

TEST(NumpyDynamic, StrHooks) {
  const np::Array a = F({1.5, 2.0}, f32);
  EXPECT_EQ(rt::format(a).to_std_string(), "[1.5 2. ]");
  EXPECT_EQ(rt::to_str(np::scalar(1.5, f32)).to_std_string(), "1.5");
  EXPECT_EQ(rt::repr(rt::List<np::Array>{np::scalar(1.5, f32)}).to_std_string(), "[np.float32(1.5)]");
  // Typed numpy scalars use their str hook too (str(np.float32(1.5)) is 1.5).
  EXPECT_EQ(rt::to_str(np::Scalar<float>(1.5f)).to_std_string(), "1.5");
}

TEST(NumpyDynamic, Boundary) {
  const float data[] = {1.5f, 2.5f, 3.5f, 4.5f};
  const int64_t shape[] = {2, 2};
  ingot_value* v = ingot_value_create_tensor(INGOT_DTYPE_FLOAT32, shape, 2, const_cast<float*>(data), [](void*) {}, nullptr);
  ASSERT_NE(v, nullptr);
  const np::Array a = rt::from_value<np::Array>(v, "x");
  EXPECT_EQ(a.data(), static_cast<const void*>(data));  // no copy
  EXPECT_EQ(R(a), "array([[1.5, 2.5],\n       [3.5, 4.5]], dtype=float32)");
  ingot_value* out = rt::to_value(np::add(a, 1));
  ingot_dtype dt;
  const int64_t* oshape;
  int32_t ndim;
  const void* odata;
  ASSERT_EQ(ingot_value_get_tensor(out, &dt, &oshape, &ndim, &odata), INGOT_STATUS_OK);
  EXPECT_EQ(dt, INGOT_DTYPE_FLOAT32);
  EXPECT_EQ(ndim, 2);
  EXPECT_EQ(static_cast<const float*>(odata)[3], 5.5f);
  ingot_value_free(out);
  ingot_value* sc = rt::to_value(np::sum(a));
  ASSERT_EQ(ingot_value_get_tensor(sc, &dt, &oshape, &ndim, &odata), INGOT_STATUS_OK);
  EXPECT_EQ(ndim, 0);
  EXPECT_EQ(static_cast<const float*>(odata)[0], 12.0f);
  ingot_value_free(sc);
  // A 0-d tensor comes in as a 0-d array (an np.ndarray parameter).
  const double one = 2.5;
  ingot_value* z = ingot_value_create_tensor(INGOT_DTYPE_FLOAT64, nullptr, 0, const_cast<double*>(&one), nullptr, nullptr);
  EXPECT_EQ(R(rt::from_value<np::Array>(z, "x")), "array(2.5)");
  ingot_value_free(z);
  ingot_value* l = ingot_value_create_int64(3);
  EXPECT_EQ(raised([&] { rt::from_value<np::Array>(l, "x"); }), "TypeError: argument 'x': expected numpy.ndarray, got int");
  ingot_value_free(l);
  ingot_value_free(v);
}
