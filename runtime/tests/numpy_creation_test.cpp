// Array creation and conversions out (numpy/creation.h, convert.h).
// Expected values from numpy 2.4 (float64 as hex literals: bit for bit).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "ingot/rt/list.h"
#include "ingot/rt/numpy/all.h"
#include "ingot/rt/repr.h"

namespace np = ingot::rt::np;
namespace rt = ingot::rt;
using rt::ExcType;
using rt::Float;
using rt::Int;
using rt::List;

namespace {

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
template <class T>
std::vector<T> values(const np::NDArray<T>& a) {
  std::vector<T> out;
  a.for_each([&](T& x) { out.push_back(x); });
  return out;
}
template <class T>
std::vector<std::uint16_t> bits16(const np::NDArray<T>& a) {
  std::vector<std::uint16_t> out;
  a.for_each([&](T& x) {
    std::uint16_t b;
    std::memcpy(&b, &x.value, 2);
    out.push_back(b);
  });
  return out;
}

}  // namespace

TEST(NumpyCreation, ArrayFromNestedLists) {
  List<List<Int>> xs{List<Int>{1, 2, 3}, List<Int>{4, 5, 6}};
  auto a = np::array<std::int64_t>(xs);
  EXPECT_EQ(a.shape(), (np::Shape{2, 3}));
  EXPECT_EQ(values(a), (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6}));
  auto f = np::array<float>(List<Float>{0.1, 1e300});
  EXPECT_EQ(values(f), (std::vector<float>{0.1f, INFINITY}));
  auto z = np::array<double>(rt::Int{5});  // np.array(5, dtype=float)
  EXPECT_EQ(z.ndim(), 0);
  EXPECT_EQ(*z.data(), 5.0);
  // np.array([[], []]).shape == (2, 0)
  auto e = np::array<double>(List<List<Float>>{List<Float>{}, List<Float>{}});
  EXPECT_EQ(e.shape(), (np::Shape{2, 0}));
  // np.array([1.7, -1.7], dtype=np.int32) -> [1, -1]
  EXPECT_EQ(values(np::array<std::int32_t>(List<Float>{1.7, -1.7})), (std::vector<std::int32_t>{1, -1}));
}

TEST(NumpyCreation, ArrayErrors) {
  expect_raises([] { np::array<std::int64_t>(List<List<Int>>{List<Int>{1, 2}, List<Int>{3}}); }, ExcType::ValueError,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 "
                "dimensions. The detected shape was (2,) + inhomogeneous part.");
  List<List<List<Int>>> deep{List<List<Int>>{List<Int>{1, 2}, List<Int>{3, 4}},
                             List<List<Int>>{List<Int>{1, 2}, List<Int>{3}}};
  expect_raises([&] { np::array<std::int64_t>(deep); }, ExcType::ValueError,
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 2 "
                "dimensions. The detected shape was (2, 2) + inhomogeneous part.");
  expect_raises([] { np::array<std::int8_t>(List<Int>{300}); }, ExcType::OverflowError,
                "Python integer 300 out of bounds for int8");
  expect_raises([] { np::array<std::uint8_t>(List<Float>{-1.5}); }, ExcType::OverflowError,
                "Python integer -1 out of bounds for uint8");
  expect_raises([] { np::array<std::int64_t>(List<Float>{NAN}); }, ExcType::ValueError,
                "cannot convert float NaN to integer");
  expect_raises([] { np::array<std::int64_t>(List<Float>{1e20}); }, ExcType::OverflowError,
                "Python int too large to convert to C long");
  expect_raises([] { np::zeros<double>({2, -1}); }, ExcType::ValueError, "negative dimensions are not allowed");
}

TEST(NumpyCreation, FilledArrays) {
  EXPECT_EQ(values(np::zeros<std::int32_t>({2, 2})), (std::vector<std::int32_t>{0, 0, 0, 0}));
  EXPECT_EQ(values(np::ones<bool>(Int{2})), (std::vector<bool>{true, true}));
  EXPECT_EQ(values(np::full<double>({3}, 2.5)), (std::vector<double>{2.5, 2.5, 2.5}));
  auto like = np::full_like<float>(np::zeros<double>({2, 3}), 7.0f);
  EXPECT_EQ(like.shape(), (np::Shape{2, 3}));
  EXPECT_EQ(values(like)[5], 7.0f);
  EXPECT_EQ(np::ones_like<std::int64_t>(like).shape(), (np::Shape{2, 3}));
  EXPECT_EQ(np::empty_like<double>(like).size(), 6);
  // np.eye(2, 3, k=1), np.eye(3, k=-1, dtype=int)
  EXPECT_EQ(values(np::eye<double>(2, 3, 1)), (std::vector<double>{0, 1, 0, 0, 0, 1}));
  EXPECT_EQ(values(np::eye<std::int64_t>(3, -1, -1)), (std::vector<std::int64_t>{0, 0, 0, 1, 0, 0, 0, 1, 0}));
}

TEST(NumpyCreation, Arange) {
  EXPECT_EQ(values(np::arange<std::int64_t>(Int{10}, Int{0}, Int{-3})), (std::vector<std::int64_t>{10, 7, 4, 1}));
  EXPECT_EQ(values(np::arange<std::int64_t>(Int{-5}, Int{5}, Int{4})), (std::vector<std::int64_t>{-5, -1, 3}));
  EXPECT_EQ(np::arange<std::int64_t>(Int{1}, Int{0}).size(), 0);
  EXPECT_EQ(values(np::arange<double>(0.1, 1.0, 0.3)), (std::vector<double>{0x1.999999999999ap-4, 0x1.999999999999ap-2, 0x1.6666666666667p-1}));
  EXPECT_EQ(values(np::arange<double>(0.0, 1.0, 0.1)),
            (std::vector<double>{0x0.0p+0, 0x1.999999999999ap-4, 0x1.999999999999ap-3, 0x1.3333333333334p-2,
                                 0x1.999999999999ap-2, 0x1.0000000000000p-1, 0x1.3333333333334p-1,
                                 0x1.6666666666667p-1, 0x1.999999999999ap-1, 0x1.ccccccccccccdp-1}));
  EXPECT_EQ(np::arange<double>(1.0, 1.3, 0.1).size(), 4);  // len(np.arange(1, 1.3, 0.1)) == 4
  // np.arange(0.1, 2.0, 0.3, dtype=np.float32)
  EXPECT_EQ(values(np::arange<float>(0.1, 2.0, 0.3)),
            (std::vector<float>{0x1.99999ap-4f, 0x1.99999ap-2f, 0x1.666668p-1f, 1.0f, 0x1.4cccce0p+0f, 0x1.99999ap+0f, 0x1.e66668p+0f}));
  // np.arange(1, 2, 0.1, dtype=np.float16)
  EXPECT_EQ(bits16(np::arange<np::half>(1.0, 2.0, 0.1)),
            (std::vector<std::uint16_t>{0x3c00, 0x3c66, 0x3ccc, 0x3d32, 0x3d98, 0x3dfe, 0x3e64, 0x3eca, 0x3f30, 0x3f96}));
  expect_raises([] { np::arange<std::int64_t>(Int{0}, Int{1}, Int{0}); }, ExcType::ZeroDivisionError, "division by zero");
  expect_raises([] { np::arange<double>(0.0, std::nan(""), 1.0); }, ExcType::ValueError, "arange: cannot compute length");
  expect_raises([] { np::arange<double>(0.0, HUGE_VAL, 1.0); }, ExcType::ValueError, "Maximum allowed size exceeded");
}

TEST(NumpyCreation, Linspace) {
  EXPECT_EQ(values(np::linspace<double>(0.0, 1.0, 7)),
            (std::vector<double>{0x0.0p+0, 0x1.5555555555555p-3, 0x1.5555555555555p-2, 0x1.0000000000000p-1,
                                 0x1.5555555555555p-1, 0x1.aaaaaaaaaaaaap-1, 0x1.0000000000000p+0}));
  EXPECT_EQ(values(np::linspace<double>(0.0, 1.0, 5, false)),
            (std::vector<double>{0x0.0p+0, 0x1.999999999999ap-3, 0x1.999999999999ap-2, 0x1.3333333333334p-1, 0x1.999999999999ap-1}));
  EXPECT_EQ(values(np::linspace<double>(1e-320, 2e-320, 3)),
            (std::vector<double>{0x0.00000000007e8p-1022, 0x0.0000000000bdcp-1022, 0x0.0000000000fd0p-1022}));
  EXPECT_EQ(values(np::linspace<double>(-3.7, 11.3, 6)),
            (std::vector<double>{-0x1.d99999999999ap+1, -0x1.6666666666668p-1, 0x1.2666666666666p+1, 0x1.5333333333333p+2,
                                 0x1.099999999999ap+3, 0x1.699999999999ap+3}));
  EXPECT_EQ(values(np::linspace<float>(0.1, 0.9, 4)), (std::vector<float>{0x1.99999ap-4f, 0x1.777778p-2f, 0x1.444444p-1f, 0x1.ccccccp-1f}));
  EXPECT_EQ(values(np::linspace<std::int64_t>(0.0, 10.0, 4)), (std::vector<std::int64_t>{0, 3, 6, 10}));
  EXPECT_EQ(values(np::linspace<std::int64_t>(-1.0, -10.0, 4)), (std::vector<std::int64_t>{-1, -4, -7, -10}));
  EXPECT_EQ(values(np::linspace<double>(2.0, 3.0, 1)), (std::vector<double>{2.0}));
  EXPECT_EQ(np::linspace<double>(2.0, 3.0, 0).size(), 0);
  expect_raises([] { np::linspace<double>(0.0, 1.0, -1); }, ExcType::ValueError, "Number of samples, -1, must be non-negative.");
}

TEST(NumpyCreation, AstypeAndCopy) {
  // np.array([nan, inf, -inf, 300.7, -1.5, 1e10]).astype(...) (numpy 2.4, x86-64)
  auto f = np::array<double>(List<Float>{NAN, INFINITY, -INFINITY, 300.7, -1.5, 1e10});
  EXPECT_EQ(values(np::astype<std::int64_t>(f)),
            (std::vector<std::int64_t>{INT64_MIN, INT64_MIN, INT64_MIN, 300, -1, 10000000000}));
  EXPECT_EQ(values(np::astype<std::int8_t>(f)), (std::vector<std::int8_t>{0, 0, 0, 44, -1, 0}));
  EXPECT_EQ(values(np::astype<std::uint32_t>(f)),
            (std::vector<std::uint32_t>{2147483648u, 0, 2147483648u, 300, 4294967295u, 0}));
  EXPECT_EQ(values(np::astype<bool>(f)), (std::vector<bool>{true, true, true, true, true, true}));
  auto b = np::astype<double>(np::array<bool>(List<bool>{true, false}));
  EXPECT_EQ(values(b), (std::vector<double>{1.0, 0.0}));
  auto c = np::copy(f);
  EXPECT_FALSE(c.same_buffer(f));
  // a transposed view copies in C order
  auto base = np::arange<std::int64_t>(Int{6});
  np::NDArray<std::int64_t> t(base.shared_data(), {3, 2}, {1, 3});
  EXPECT_EQ(values(np::astype<double>(t)), (std::vector<double>{0, 3, 1, 4, 2, 5}));
}

TEST(NumpyConvert, ItemTolistLen) {
  EXPECT_EQ(np::item(np::array<double>(Float{3.5})), 3.5);
  EXPECT_EQ(np::item(np::array<float>(List<Float>{0.1})), static_cast<double>(0.1f));
  expect_raises([] { np::item(np::zeros<double>({2})); }, ExcType::ValueError,
                "can only convert an array of size 1 to a Python scalar");
  auto a = np::array<std::int32_t>(List<List<Int>>{List<Int>{1, 2}, List<Int>{3, 4}, List<Int>{5, 6}});
  EXPECT_EQ(np::len(a), 3);
  expect_raises([] { np::len(np::array<double>(Float{1.0})); }, ExcType::TypeError, "len() of unsized object");
  List<List<Int>> l = np::tolist<2>(a);
  EXPECT_EQ(rt::repr(l).view(), "[[1, 2], [3, 4], [5, 6]]");
  EXPECT_EQ(rt::repr(np::tolist<1>(np::array<float>(List<Float>{0.1, 2.0}))).view(), "[0.10000000149011612, 2.0]");
  EXPECT_EQ(np::tolist<0>(np::array<bool>(rt::Bool{true})), true);
  // tolist of a transposed view
  np::NDArray<std::int32_t> t(a.shared_data(), {2, 3}, {1, 2});
  EXPECT_EQ(rt::repr(np::tolist<2>(t)).view(), "[[1, 3, 5], [2, 4, 6]]");
  EXPECT_TRUE(np::truthy(np::array<double>(List<Float>{2.0})));
  expect_raises([] { np::truthy(np::zeros<double>({2})); }, ExcType::ValueError,
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
  expect_raises([] { np::truthy(np::zeros<double>({0})); }, ExcType::ValueError,
                "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
}

TEST(NumpyConvert, RowsElementsAndIndexing) {
  auto a = np::array<double>(List<List<Float>>{List<Float>{1, 2, 3}, List<Float>{4, 5, 6}});
  auto rows = np::rows(a);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(values(rows[1]), (std::vector<double>{4, 5, 6}));
  *rows[1].data() = 40;  // a view: writes through
  EXPECT_EQ(values(a)[3], 40.0);
  auto r = np::row(a, -1);
  auto xs = np::elements(r);
  EXPECT_EQ(rt::repr(xs[2]).view(), "np.float64(6.0)");
  EXPECT_EQ(rt::repr(np::scalar_at(a, {0, -1})).view(), "np.float64(3.0)");
  expect_raises([&] { np::scalar_at(a, {1, 3}); }, ExcType::IndexError, "index 3 is out of bounds for axis 1 with size 3");
  expect_raises([&] { np::row(a, 5); }, ExcType::IndexError, "index 5 is out of bounds for axis 0 with size 2");
  expect_raises([&] { np::scalar_at(a, {1, 2, 3}); }, ExcType::IndexError,
                "too many indices for array: array is 2-dimensional, but 3 were indexed");
  expect_raises([] { np::rows(np::array<double>(Float{1.0})); }, ExcType::TypeError, "iteration over a 0-d array");
}
