// numpy indexing (ingot/rt/numpy/index.h) against numpy 2.4: expected values
// and messages were produced by numpy 2.4 in python3 and pasted here.
// a = np.arange(24).reshape(4, 6) unless said otherwise.
#include "ingot/rt/numpy/index.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace np = ingot::rt::np;
using ingot::rt::ExcType;
using ingot::rt::Int;
using ingot::rt::PyException;
using std::nullopt;

namespace {

np::NDArray<Int> arange(np::Shape shape, Int start = 0) {
  np::NDArray<Int> a(std::move(shape));
  for (Int i = 0; i < a.size(); ++i) a.data()[i] = start + i;
  return a;
}
template <class T>
np::NDArray<T> make(std::vector<T> v, np::Shape shape) {
  np::NDArray<T> a(std::move(shape));
  for (std::size_t i = 0; i < v.size(); ++i) a.data()[i] = v[i];
  return a;
}
template <class T>
std::vector<T> values(const np::NDArray<T>& a) {
  std::vector<T> v;
  a.for_each([&](T& x) { v.push_back(x); });
  return v;
}
std::string message_of(const std::function<void()>& f, ExcType expected) {
  try {
    f();
  } catch (const PyException& e) {
    EXPECT_EQ(e.type, expected);
    return std::string(e.message.c_str());
  }
  ADD_FAILURE() << "no exception";
  return "";
}

}  // namespace

TEST(NumpyIndex, Elements) {
  const auto a = arange({4, 6});
  EXPECT_EQ(np::element(a, 1, 2), 8);
  EXPECT_EQ(np::element(a, -1, -1), 23);
  np::element_ref(a, 0, 0) = 99;
  EXPECT_EQ(a.data()[0], 99);
  EXPECT_EQ(np::element(arange({3}), 2), 2);
  EXPECT_EQ(message_of([&] { np::element(arange({3}), 5); }, ExcType::IndexError), "index 5 is out of bounds for axis 0 with size 3");
  EXPECT_EQ(message_of([&] { np::element(a, 1, -7); }, ExcType::IndexError), "index -7 is out of bounds for axis 1 with size 6");
  EXPECT_EQ(message_of([&] { np::element(a, 0, 0, 0); }, ExcType::IndexError),
            "too many indices for array: array is 2-dimensional, but 3 were indexed");
}

TEST(NumpyIndex, BasicViews) {
  const auto a = arange({4, 6});
  // a[1:4:2, ::-2]
  const auto v = np::index(a, np::slice(1, 4, 2), np::slice(nullopt, nullopt, -2));
  EXPECT_EQ(v.shape(), (np::Shape{2, 3}));
  EXPECT_EQ(values(v), (std::vector<Int>{11, 9, 7, 23, 21, 19}));
  EXPECT_TRUE(v.same_buffer(a));
  EXPECT_EQ(values(np::index(a, np::at(-1))), (std::vector<Int>{18, 19, 20, 21, 22, 23}));
  EXPECT_EQ(np::index(a, np::newaxis, np::at(2), np::slice(1, 5, 2)).shape(), (np::Shape{1, 2}));
  EXPECT_EQ(values(np::index(a, np::ellipsis, np::at(0))), (std::vector<Int>{0, 6, 12, 18}));
  EXPECT_EQ(values(np::index(a, np::slice(2, 0, -1), np::slice(5))), (std::vector<Int>{17, 11}));
  EXPECT_EQ(np::index(a, np::slice(10, 20)).shape(), (np::Shape{0, 6}));
  EXPECT_EQ(np::index(a, np::slice(), np::newaxis).shape(), (np::Shape{4, 1, 6}));
  const auto c = arange({2, 3, 4});
  EXPECT_EQ(np::index(c, np::ellipsis, np::at(1), np::newaxis).shape(), (np::Shape{2, 3, 1}));
  EXPECT_EQ(np::index(c, np::at(1), np::ellipsis).shape(), (np::Shape{3, 4}));
  EXPECT_EQ(values(np::index(c, np::slice(), np::ellipsis, np::at(2))), (std::vector<Int>{2, 6, 10, 14, 18, 22}));
  const std::vector<np::Index> runtime_index{np::at(1), np::slice(nullopt, 2)};
  EXPECT_EQ(values(np::index(c, runtime_index)), (std::vector<Int>{12, 13, 14, 15, 16, 17, 18, 19}));
  EXPECT_EQ(message_of([&] { np::index(a, np::at(4)); }, ExcType::IndexError), "index 4 is out of bounds for axis 0 with size 4");
  EXPECT_EQ(message_of([&] { np::index(a, np::at(0), np::slice(), np::at(0)); }, ExcType::IndexError),
            "too many indices for array: array is 2-dimensional, but 3 were indexed");
  EXPECT_EQ(message_of([&] { np::index(a, np::slice(nullopt, nullopt, 0)); }, ExcType::ValueError), "slice step cannot be zero");
}

TEST(NumpyIndex, SliceAssignment) {
  auto a = arange({4, 6});
  // a[1:3, 2:4] = np.array([100, 200])
  np::assign(np::index(a, np::slice(1, 3), np::slice(2, 4)), make<Int>({100, 200}, {2}));
  EXPECT_EQ(values(a), (std::vector<Int>{0, 1, 2, 3, 4, 5, 6, 7, 100, 200, 10, 11, 12, 13, 100, 200, 16, 17, 18, 19, 20, 21, 22, 23}));
  np::fill(np::index(a, np::at(0)), Int{-1});
  EXPECT_EQ(values(np::index(a, np::at(0))), std::vector<Int>(6, -1));
  EXPECT_EQ(message_of([&] { np::assign(np::index(a, np::slice(0, 2)), make<Int>({0, 0}, {2})); }, ExcType::ValueError),
            "could not broadcast input array from shape (2,) into shape (2,6)");
  // overlapping: b = np.arange(5); b[1:] = b[:-1] -> [0, 0, 1, 2, 3]
  auto b = arange({5});
  np::assign(np::index(b, np::slice(1)), np::index(b, np::slice(nullopt, -1)));
  EXPECT_EQ(values(b), (std::vector<Int>{0, 0, 1, 2, 3}));
}

TEST(NumpyIndex, FancyIndexing) {
  const auto a = arange({4, 6});
  const auto idx = make<Int>({0, 3, -1, 1}, {2, 2});
  const auto r = np::take(a, idx);
  EXPECT_EQ(r.shape(), (np::Shape{2, 2, 6}));
  EXPECT_FALSE(r.same_buffer(a));
  EXPECT_EQ(values(np::take(a, ingot::rt::List<Int>{0, -1})),
            (std::vector<Int>{0, 1, 2, 3, 4, 5, 18, 19, 20, 21, 22, 23}));
  EXPECT_EQ(values(np::take(a, make<std::int32_t>({5, 0}, {2}), 1)), (std::vector<Int>{5, 0, 11, 6, 17, 12, 23, 18}));
  EXPECT_EQ(message_of([&] { np::take(arange({2, 3}), make<Int>({0, 5}, {2})); }, ExcType::IndexError),
            "index 5 is out of bounds for axis 0 with size 2");
  EXPECT_EQ(message_of([&] { np::take(arange({2, 3}), ingot::rt::List<Int>{0, -3}); }, ExcType::IndexError),
            "index -3 is out of bounds for axis 0 with size 2");
  // b[[0, 0, 2]] = np.array([[1], [2], [3]]): the last write wins
  auto b = arange({4, 6});
  np::put(b, ingot::rt::List<Int>{0, 0, 2}, make<Int>({1, 2, 3}, {3, 1}));
  EXPECT_EQ(values(b), (std::vector<Int>{2, 2, 2, 2, 2, 2, 6, 7, 8, 9, 10, 11, 3, 3, 3, 3, 3, 3, 18, 19, 20, 21, 22, 23}));
  np::put(b, make<Int>({1}, {1}), Int{0});
  EXPECT_EQ(values(np::index(b, np::at(1))), std::vector<Int>(6, 0));
  EXPECT_EQ(message_of([&] { np::put(arange({2, 3}), ingot::rt::List<Int>{0}, make<Int>({0, 0}, {2})); }, ExcType::ValueError),
            "shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (1,3)");
}

TEST(NumpyIndex, BooleanMasks) {
  const auto a = arange({4, 6});
  np::NDArray<bool> m({4, 6});
  for (Int i = 0; i < 24; ++i) m.data()[i] = i % 5 == 0;
  EXPECT_EQ(values(np::mask_select(a, m)), (std::vector<Int>{0, 5, 10, 15, 20}));
  const auto rows = make<bool>({true, false, true, false}, {4});
  const auto sel = np::mask_select(a, rows);
  EXPECT_EQ(sel.shape(), (np::Shape{2, 6}));
  EXPECT_EQ(values(sel), (std::vector<Int>{0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 16, 17}));
  auto b = arange({4, 6});
  np::mask_assign(b, m, Int{-1});
  EXPECT_EQ(values(b), (std::vector<Int>{-1, 1, 2, 3, 4, -1, 6, 7, 8, 9, -1, 11, 12, 13, 14, -1, 16, 17, 18, 19, -1, 21, 22, 23}));
  auto c = arange({4, 6});
  np::NDArray<Int> tens({6});
  for (Int i = 0; i < 6; ++i) tens.data()[i] = 10 * i;
  np::mask_assign(c, rows, tens);
  EXPECT_EQ(values(c), (std::vector<Int>{0, 10, 20, 30, 40, 50, 6, 7, 8, 9, 10, 11, 0, 10, 20, 30, 40, 50, 18, 19, 20, 21, 22, 23}));
  // full-rank mask with as many values as Trues
  auto d = make<double>({0, 1, 2}, {3});
  np::mask_assign(d, make<bool>({true, false, true}, {3}), make<double>({7, 8}, {2}));
  EXPECT_EQ(values(d), (std::vector<double>{7, 1, 8}));

  const auto a23 = arange({2, 3});
  EXPECT_EQ(message_of([&] { np::mask_select(a23, make<bool>({true, false, true}, {3})); }, ExcType::IndexError),
            "boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 3");
  EXPECT_EQ(message_of([&] { np::mask_select(a23, make<bool>({true, false, true, true}, {2, 2})); }, ExcType::IndexError),
            "boolean index did not match indexed array along axis 1; size of axis is 3 but size of corresponding boolean axis is 2");
  EXPECT_EQ(message_of([&] { np::mask_assign(arange({2, 3}), make<bool>({true, false}, {2}), make<Int>({0, 0}, {2})); }, ExcType::ValueError),
            "shape mismatch: value array of shape (2,) could not be broadcast to indexing result of shape (1,3)");
  EXPECT_EQ(message_of([&] {
              np::mask_assign(arange({2, 3}), make<bool>({true, false, true, true, true, false}, {2, 3}), make<Int>({0, 0, 0}, {3}));
            }, ExcType::ValueError),
            "NumPy boolean array indexing assignment cannot assign 3 input values to the 4 output values where the mask is true");
}

TEST(NumpyIndex, NonzeroWhere) {
  const auto nz = np::nonzero(make<Int>({0, 1, 0, 2, 0, 3}, {2, 3}));
  ASSERT_EQ(nz.size(), 2u);
  EXPECT_EQ(values(nz.item(0)), (std::vector<Int>{0, 1, 1}));
  EXPECT_EQ(values(nz.item(1)), (std::vector<Int>{1, 0, 2}));
  const double nan = std::nan("");
  const auto w = np::where(make<double>({0.0, nan, -0.0, 1.0}, {4}));
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(values(w.item(0)), (std::vector<Int>{1, 3}));
  EXPECT_EQ(message_of([&] { np::nonzero(arange({})); }, ExcType::ValueError),
            "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
}
