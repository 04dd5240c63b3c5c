// numpy scalars (numpy/scalar.h): repr and str as numpy 2 prints them,
// conversions to Python values. Expected texts from numpy 2.4.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "ingot/rt/numpy/all.h"
#include "ingot/rt/repr.h"

namespace np = ingot::rt::np;
namespace rt = ingot::rt;
using rt::ExcType;

namespace {

template <class T>
std::string r(T x) {
  return std::string(rt::repr(np::Scalar<T>(x)).view());
}
template <class T>
std::string s(T x) {
  return std::string(np::str_(np::Scalar<T>(x)).view());
}
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

template <class F>
void expect_raises(F f, ExcType type, const std::string& message) {
  try {
    f();
    ADD_FAILURE() << "no exception, expected " << message;
  } catch (const rt::PyException& e) {
    EXPECT_EQ(e.type, type);
    EXPECT_EQ(std::string(e.message.view()), message);
  }
}

}  // namespace

TEST(NumpyScalar, ReprOfIntsAndBools) {
  EXPECT_EQ(r<std::int64_t>(3), "np.int64(3)");
  EXPECT_EQ(r<std::int8_t>(-3), "np.int8(-3)");
  EXPECT_EQ(r<std::uint64_t>(UINT64_MAX), "np.uint64(18446744073709551615)");
  EXPECT_EQ(r<bool>(true), "np.True_");
  EXPECT_EQ(r<bool>(false), "np.False_");
  EXPECT_EQ(s<bool>(true), "True");
  EXPECT_EQ(s<std::int16_t>(-32768), "-32768");
}

TEST(NumpyScalar, ReprOfFloat64) {
  EXPECT_EQ(r<double>(1.5), "np.float64(1.5)");
  EXPECT_EQ(r<double>(1e16), "np.float64(1e+16)");
  EXPECT_EQ(r<double>(1e15), "np.float64(1000000000000000.0)");
  EXPECT_EQ(r<double>(0.1), "np.float64(0.1)");
  EXPECT_EQ(r<double>(0.1 + 0.2), "np.float64(0.30000000000000004)");
  EXPECT_EQ(r<double>(1e-4), "np.float64(0.0001)");
  EXPECT_EQ(r<double>(9.9e-5), "np.float64(9.9e-05)");
  EXPECT_EQ(r<double>(2.5e-5), "np.float64(2.5e-05)");
  EXPECT_EQ(r<double>(1.5e300), "np.float64(1.5e+300)");
  EXPECT_EQ(r<double>(5e-324), "np.float64(5e-324)");
  EXPECT_EQ(r<double>(123456789012345678.0), "np.float64(1.2345678901234568e+17)");
  EXPECT_EQ(r<double>(9999000000000000.0), "np.float64(9999000000000000.0)");
  EXPECT_EQ(r<double>(-kInf), "np.float64(-inf)");
  EXPECT_EQ(r<double>(kNaN), "np.float64(nan)");
  EXPECT_EQ(r<double>(-0.0), "np.float64(-0.0)");
  EXPECT_EQ(s<double>(3.0), "3.0");
}

TEST(NumpyScalar, ReprOfFloat32UsesFloat32Digits) {
  EXPECT_EQ(r<float>(1.5f), "np.float32(1.5)");
  EXPECT_EQ(r<float>(0.1f), "np.float32(0.1)");
  EXPECT_EQ(r<float>(0.1f + 0.2f), "np.float32(0.3)");
  EXPECT_EQ(r<float>(1.0f / 3), "np.float32(0.33333334)");
  EXPECT_EQ(r<float>(1e-5f), "np.float32(1e-05)");
  EXPECT_EQ(r<float>(-1e-5f), "np.float32(-1e-05)");
  EXPECT_EQ(r<float>(1e-4f), "np.float32(1e-04)");  // float32(1e-4) < 1e-4
  EXPECT_EQ(r<float>(0.00012345f), "np.float32(0.00012345)");
  EXPECT_EQ(r<float>(999999.0f), "np.float32(999999.0)");
  EXPECT_EQ(r<float>(1e6f), "np.float32(1e+06)");
  EXPECT_EQ(r<float>(1048576.0f), "np.float32(1.048576e+06)");
  EXPECT_EQ(r<float>(123456789.0f), "np.float32(1.2345679e+08)");
  EXPECT_EQ(r<float>(3.4028235e38f), "np.float32(3.4028235e+38)");
  EXPECT_EQ(r<float>(1e-45f), "np.float32(1e-45)");
  EXPECT_EQ(r<float>(1.17549435e-38f), "np.float32(1.1754944e-38)");
  EXPECT_EQ(r<float>(3.0f), "np.float32(3.0)");
  EXPECT_EQ(r<float>(std::numeric_limits<float>::quiet_NaN()), "np.float32(nan)");
  EXPECT_EQ(s<float>(1.5f), "1.5");
}

TEST(NumpyScalar, ReprOfFloat16) {
  EXPECT_EQ(r<np::half>(np::half(0.1f)), "np.float16(0.1)");
  EXPECT_EQ(r<np::half>(np::half(100.0f)), "np.float16(100.0)");
  EXPECT_EQ(r<np::half>(np::half(999.5f)), "np.float16(999.5)");
  EXPECT_EQ(r<np::half>(np::half(1000.0f)), "np.float16(1e+03)");
  EXPECT_EQ(r<np::half>(np::half(1024.0f)), "np.float16(1.024e+03)");
  EXPECT_EQ(r<np::half>(np::half(32768.0f)), "np.float16(3.277e+04)");
  EXPECT_EQ(r<np::half>(np::half(65504.0f)), "np.float16(6.55e+04)");
  EXPECT_EQ(r<np::half>(np::half(3.14159f)), "np.float16(3.14)");
  EXPECT_EQ(r<np::half>(np::half(6e-5f)), "np.float16(6e-05)");
  EXPECT_EQ(r<np::half>(np::half(0.0001f)), "np.float16(0.0001)");
  EXPECT_EQ(r<np::half>(np::half(0.00012f)), "np.float16(0.00012)");
  EXPECT_EQ(r<np::half>(np::half(1e-7f)), "np.float16(1e-07)");
  EXPECT_EQ(r<np::half>(np::half(5.9604645e-08f)), "np.float16(6e-08)");
  EXPECT_EQ(s<np::half>(np::half(6.28f)), "6.28");
}

TEST(NumpyScalar, ConversionsToPython) {
  EXPECT_EQ(np::py_int(np::Scalar<float>(2.5f)), 2);
  EXPECT_EQ(np::py_float(np::Scalar<std::int64_t>(3)), 3.0);
  EXPECT_FALSE(np::py_bool(np::Scalar<double>(0.0)));
  EXPECT_TRUE(np::py_bool(np::Scalar<double>(kNaN)));
  EXPECT_EQ(np::item(np::Scalar<float>(0.1f)), static_cast<double>(0.1f));
  expect_raises([] { np::py_int(np::Scalar<double>(kNaN)); }, ExcType::ValueError, "cannot convert float NaN to integer");
  expect_raises([] { np::py_int(np::Scalar<float>(std::numeric_limits<float>::infinity())); }, ExcType::OverflowError,
                "cannot convert float infinity to integer");
  expect_raises([] { np::item(np::Scalar<std::uint64_t>(UINT64_MAX)); }, ExcType::OverflowError,
                rt::kIntOverflowMessage);
  EXPECT_STREQ(rt::python_type_name(np::Scalar<float>(1.0f)), "float32");
  EXPECT_STREQ(rt::python_type_name(np::Scalar<bool>(true)), "bool");
}
