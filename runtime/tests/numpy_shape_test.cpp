// numpy shape operations and sorting (ingot/rt/numpy/shape.h, sort.h)
// against numpy 2.4: expected values and messages were produced by numpy
// 2.4 in python3 (np.arange inputs) and pasted here.
#include "ingot/rt/numpy/shape.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ingot/rt/list.h"
#include "ingot/rt/numpy/sort.h"

namespace np = ingot::rt::np;
using ingot::rt::ExcType;
using ingot::rt::Int;
using ingot::rt::PyException;

namespace {

/// np.arange(n).reshape(shape) as int64.
np::NDArray<Int> arange(np::Shape shape, Int start = 0) {
  np::NDArray<Int> a(std::move(shape));
  for (Int i = 0; i < a.size(); ++i) a.data()[i] = start + i;
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

TEST(NumpyShape, ReshapeViewsAndCopies) {
  const auto a = arange({6});
  const auto r = np::reshape(a, np::Shape{2, -1});
  EXPECT_EQ(r.shape(), (np::Shape{2, 3}));
  EXPECT_TRUE(r.same_buffer(a));  // a view: writes go through
  r.data()[4] = 40;
  EXPECT_EQ(a.data()[4], 40);
  EXPECT_EQ(np::reshape(a, np::Shape{-1}).shape(), (np::Shape{6}));
  EXPECT_EQ(np::reshape(a, np::Shape{3, 1, -1}).shape(), (np::Shape{3, 1, 2}));
  EXPECT_EQ(np::reshape(a, np::Shape{-5, 2}).shape(), (np::Shape{3, 2}));  // numpy 2.x: any negative is "unknown"
  // non-contiguous: a copy in C order. np.arange(6).reshape(2,3)[:, ::-1].reshape(3,2)
  const auto b = arange({2, 3});
  const np::NDArray<Int> rev(std::shared_ptr<Int>(b.shared_data(), b.data() + 2), {2, 3}, {3, -1});
  const auto rc = np::reshape(rev, np::Shape{3, 2});
  EXPECT_EQ(values(rc), (std::vector<Int>{2, 1, 0, 5, 4, 3}));
  EXPECT_FALSE(rc.same_buffer(b));
  EXPECT_EQ(values(np::ravel(rev)), (std::vector<Int>{2, 1, 0, 5, 4, 3}));
  EXPECT_TRUE(np::ravel(b).same_buffer(b));
  EXPECT_FALSE(np::flatten(b).same_buffer(b));
  EXPECT_EQ(np::reshape(np::NDArray<Int>(np::Shape{0}), np::Shape{3, -1}).shape(), (np::Shape{3, 0}));
}

TEST(NumpyShape, ReshapeErrors) {
  const auto a = arange({6});
  EXPECT_EQ(message_of([&] { np::reshape(a, np::Shape{4}); }, ExcType::ValueError), "cannot reshape array of size 6 into shape (4,)");
  EXPECT_EQ(message_of([&] { np::reshape(a, np::Shape{-1, 4}); }, ExcType::ValueError), "cannot reshape array of size 6 into shape (4)");
  EXPECT_EQ(message_of([&] { np::reshape(a, np::Shape{3, -1, 4}); }, ExcType::ValueError),
            "cannot reshape array of size 6 into shape (3,newaxis,4)");
  EXPECT_EQ(message_of([&] { np::reshape(a, np::Shape{2, -1, 0}); }, ExcType::ValueError),
            "cannot reshape array of size 6 into shape (2,newaxis,0)");
  EXPECT_EQ(message_of([&] { np::reshape(a, np::Shape{-1, -1}); }, ExcType::ValueError), "can only specify one unknown dimension");
  EXPECT_EQ(message_of([&] { np::reshape(np::NDArray<Int>(np::Shape{0}), np::Shape{-1, 0}); }, ExcType::ValueError),
            "cannot reshape array of size 0 into shape (0)");
}

TEST(NumpyShape, Transpose) {
  const auto a = arange({2, 3, 4});
  const auto t = np::transpose(a);
  EXPECT_EQ(t.shape(), (np::Shape{4, 3, 2}));
  EXPECT_TRUE(t.same_buffer(a));
  const auto p = np::transpose(a, np::Shape{1, 0, 2});
  EXPECT_EQ(values(p), (std::vector<Int>{0, 1, 2, 3, 12, 13, 14, 15, 4, 5, 6, 7, 16, 17, 18, 19, 8, 9, 10, 11, 20, 21, 22, 23}));
  EXPECT_EQ(np::transpose(a, np::Shape{-1, 0, 1}).shape(), (np::Shape{4, 2, 3}));
  EXPECT_EQ(np::T_(arange({2, 3})).shape(), (np::Shape{3, 2}));
  const auto b = arange({2, 3});
  EXPECT_EQ(message_of([&] { np::transpose(b, np::Shape{1, 0, 2}); }, ExcType::ValueError), "axes don't match array");
  EXPECT_EQ(message_of([&] { np::transpose(b, np::Shape{0, 0}); }, ExcType::ValueError), "repeated axis in transpose");
  EXPECT_EQ(message_of([&] { np::transpose(b, np::Shape{0, 2}); }, ExcType::AxisError), "axis 2 is out of bounds for array of dimension 2");
}

TEST(NumpyShape, ExpandDimsSqueeze) {
  const auto b = arange({2, 3});
  EXPECT_EQ(np::expand_dims(b, 0).shape(), (np::Shape{1, 2, 3}));
  EXPECT_EQ(np::expand_dims(b, 2).shape(), (np::Shape{2, 3, 1}));
  EXPECT_EQ(np::expand_dims(b, -1).shape(), (np::Shape{2, 3, 1}));
  EXPECT_TRUE(np::expand_dims(b, 1).is_c_contiguous());
  EXPECT_EQ(values(np::expand_dims(b, 1)), values(b));
  EXPECT_EQ(message_of([&] { np::expand_dims(b, 3); }, ExcType::AxisError), "axis 3 is out of bounds for array of dimension 3");
  EXPECT_EQ(message_of([&] { np::expand_dims(b, -4); }, ExcType::AxisError), "axis -4 is out of bounds for array of dimension 3");
  const auto c = arange({1, 3, 1});
  EXPECT_EQ(np::squeeze(c).shape(), (np::Shape{3}));
  EXPECT_EQ(np::squeeze(c, 0).shape(), (np::Shape{3, 1}));
  EXPECT_EQ(np::squeeze(c, -1).shape(), (np::Shape{1, 3}));
  EXPECT_EQ(message_of([&] { np::squeeze(b, 0); }, ExcType::ValueError),
            "cannot select an axis to squeeze out which has size not equal to one");
  EXPECT_EQ(message_of([&] { np::squeeze(b, 2); }, ExcType::AxisError), "axis 2 is out of bounds for array of dimension 2");
}

TEST(NumpyShape, ConcatenateStack) {
  const auto b = arange({2, 3}), c = arange({2, 2}, 10), d = arange({1, 3}, 10);
  const ingot::rt::List<np::NDArray<Int>> bc{b, c};
  EXPECT_EQ(values(np::concatenate(bc, 1)), (std::vector<Int>{0, 1, 2, 10, 11, 3, 4, 5, 12, 13}));
  EXPECT_EQ(values(np::concatenate(std::make_tuple(b, d))), (std::vector<Int>{0, 1, 2, 3, 4, 5, 10, 11, 12}));
  EXPECT_EQ(np::concatenate(std::make_tuple(b, d)).shape(), (np::Shape{3, 3}));
  const auto flat = np::concatenate(std::vector<np::NDArray<Int>>{b, np::transpose(np::transpose(b))}, ingot::rt::none);
  EXPECT_EQ(values(flat), (std::vector<Int>{0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5}));
  const auto s = np::stack(std::vector<np::NDArray<Int>>{arange({3}), arange({3}, 10)}, 1);
  EXPECT_EQ(s.shape(), (np::Shape{3, 2}));
  EXPECT_EQ(values(s), (std::vector<Int>{0, 10, 1, 11, 2, 12}));
  EXPECT_EQ(np::stack(std::vector<np::NDArray<Int>>{b, b}).shape(), (np::Shape{2, 2, 3}));
  EXPECT_EQ(np::stack(std::vector<np::NDArray<Int>>{b, b}, -1).shape(), (np::Shape{2, 3, 2}));

  using V = std::vector<np::NDArray<Int>>;
  EXPECT_EQ(message_of([&] { np::concatenate(V{b, c}); }, ExcType::ValueError),
            "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, "
            "the array at index 0 has size 3 and the array at index 1 has size 2");
  EXPECT_EQ(message_of([&] { np::concatenate(V{b, arange({3})}); }, ExcType::ValueError),
            "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and "
            "the array at index 1 has 1 dimension(s)");
  EXPECT_EQ(message_of([&] { np::concatenate(V{b, b}, 2); }, ExcType::AxisError), "axis 2 is out of bounds for array of dimension 2");
  EXPECT_EQ(message_of([&] { np::concatenate(V{}); }, ExcType::ValueError), "need at least one array to concatenate");
  EXPECT_EQ(message_of([&] { np::concatenate(V{arange({}), arange({})}); }, ExcType::ValueError),
            "zero-dimensional arrays cannot be concatenated");
  EXPECT_EQ(message_of([&] { np::stack(V{b, arange({3, 2})}); }, ExcType::ValueError), "all input arrays must have the same shape");
  EXPECT_EQ(message_of([&] { np::stack(V{b, b}, 3); }, ExcType::AxisError), "axis 3 is out of bounds for array of dimension 3");
  EXPECT_EQ(message_of([&] { np::stack(V{}); }, ExcType::ValueError), "need at least one array to stack");
}

TEST(NumpyShape, BroadcastTo) {
  const auto r = arange({3});
  const auto b = np::broadcast_to(r, np::Shape{2, 3});
  EXPECT_EQ(b.shape(), (np::Shape{2, 3}));
  EXPECT_EQ(b.strides(), (np::Shape{0, 1}));
  EXPECT_TRUE(b.same_buffer(r));
  EXPECT_EQ(values(b), (std::vector<Int>{0, 1, 2, 0, 1, 2}));
  EXPECT_EQ(np::broadcast_to(arange({2, 1}), np::Shape{4, 2, 3}).shape(), (np::Shape{4, 2, 3}));
  EXPECT_EQ(message_of([&] { np::broadcast_to(r, np::Shape{4}); }, ExcType::ValueError),
            "operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (4,)");
  EXPECT_EQ(message_of([&] { np::broadcast_to(arange({2, 3}), np::Shape{3}); }, ExcType::ValueError),
            "input operand has more dimensions than allowed by the axis remapping");
  EXPECT_EQ(message_of([&] { np::broadcast_to(arange({3, 1}), np::Shape{3, -1}); }, ExcType::ValueError),
            "all elements of broadcast shape must be non-negative");
  EXPECT_EQ(message_of([&] { np::broadcast_to(arange({2, 2, 2}), np::Shape{2, -1}); }, ExcType::ValueError),
            "all elements of broadcast shape must be non-negative");
  EXPECT_EQ(message_of([&] { np::broadcast_to(r, np::Shape{}); }, ExcType::ValueError),
            "cannot broadcast a non-scalar to a scalar array");
  EXPECT_EQ(np::broadcast_shapes({2, 1}, {3}), (np::Shape{2, 3}));
  EXPECT_EQ(message_of([&] { np::broadcast_shapes({2, 3}, {4, 1, 2}); }, ExcType::ValueError),
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2, 3) "
            "and arg 1 with shape (4, 1, 2).");
}

TEST(NumpyShape, TakeAlongAxis) {
  const auto b = arange({2, 3});
  np::NDArray<Int> i1({2, 2});
  const Int v1[] = {2, 0, 1, -1};
  for (int k = 0; k < 4; ++k) i1.data()[k] = v1[k];
  EXPECT_EQ(values(np::take_along_axis(b, i1, 1)), (std::vector<Int>{2, 0, 4, 5}));
  np::NDArray<std::int32_t> i0({1, 3});
  i0.data()[0] = 1, i0.data()[1] = 0, i0.data()[2] = 1;
  EXPECT_EQ(values(np::take_along_axis(b, i0, 0)), (std::vector<Int>{3, 1, 5}));
  np::NDArray<Int> five({2, 3});
  for (int k = 0; k < 6; ++k) five.data()[k] = 5;
  EXPECT_EQ(message_of([&] { np::take_along_axis(b, five, 1); }, ExcType::IndexError), "index 5 is out of bounds for axis 1 with size 3");
  for (int k = 0; k < 6; ++k) five.data()[k] = -4;
  EXPECT_EQ(message_of([&] { np::take_along_axis(b, five, 1); }, ExcType::IndexError), "index -4 is out of bounds for axis 1 with size 3");
  EXPECT_EQ(message_of([&] { np::take_along_axis(b, np::NDArray<Int>({2}), 1); }, ExcType::ValueError),
            "`indices` and `arr` must have the same number of dimensions");
  np::NDArray<Int> z33({3, 3});
  for (int k = 0; k < 9; ++k) z33.data()[k] = 0;
  EXPECT_EQ(message_of([&] { np::take_along_axis(b, z33, 1); }, ExcType::IndexError),
            "shape mismatch: indexing arrays could not be broadcast together with shapes (2,1) (3,3) ");
  // argsort + take_along_axis sorts
  const auto m = arange({2, 3});
  m.data()[0] = 3, m.data()[1] = 1, m.data()[2] = 2, m.data()[3] = 0, m.data()[4] = 5, m.data()[5] = 4;
  EXPECT_EQ(values(np::take_along_axis(m, np::argsort(m), 1)), values(np::sort(m)));
}

TEST(NumpySort, SortArgsort) {
  const double nan = std::nan("");
  np::NDArray<double> x({7});
  const double xv[] = {3.0, nan, -1.0, 2.0, nan, -5.0, 2.0};
  for (int k = 0; k < 7; ++k) x.data()[k] = xv[k];
  const auto s = values(np::sort(x));
  EXPECT_EQ(std::vector<double>(s.begin(), s.begin() + 5), (std::vector<double>{-5.0, -1.0, 2.0, 2.0, 3.0}));
  EXPECT_TRUE(std::isnan(s[5]) && std::isnan(s[6]));
  EXPECT_EQ(values(np::argsort(x)), (std::vector<Int>{5, 2, 3, 6, 0, 1, 4}));  // np.argsort(x, kind='stable')
  EXPECT_TRUE(std::isnan(x.data()[1]));  // np.sort copies

  auto m = arange({2, 3});
  const Int mv[] = {3, 1, 2, 0, 5, 4};
  for (int k = 0; k < 6; ++k) m.data()[k] = mv[k];
  EXPECT_EQ(values(np::sort(m, 0)), (std::vector<Int>{0, 1, 2, 3, 5, 4}));
  EXPECT_EQ(values(np::argsort(m)), (std::vector<Int>{1, 2, 0, 0, 2, 1}));
  EXPECT_EQ(values(np::argsort(m, 0)), (std::vector<Int>{1, 0, 0, 0, 1, 1}));
  EXPECT_EQ(values(np::sort(m, ingot::rt::none)), (std::vector<Int>{0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(values(np::argsort(m, ingot::rt::none)), (std::vector<Int>{3, 1, 2, 0, 5, 4}));
  // a.sort() in place, through a transposed view (sorts the columns of m)
  np::sort_inplace(np::transpose(m));
  EXPECT_EQ(values(m), (std::vector<Int>{0, 1, 2, 3, 5, 4}));
  np::sort_inplace(m, -1);
  EXPECT_EQ(values(m), (std::vector<Int>{0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(message_of([&] { np::sort(m, 2); }, ExcType::AxisError), "axis 2 is out of bounds for array of dimension 2");
  EXPECT_EQ(message_of([&] { np::sort(arange({})); }, ExcType::AxisError), "axis -1 is out of bounds for array of dimension 0");
  np::NDArray<np::half> h({3});
  h.data()[0] = np::half(2.5f), h.data()[1] = np::half(-1.0f), h.data()[2] = np::half(0.5f);
  EXPECT_EQ(values(np::argsort(h)), (std::vector<Int>{1, 2, 0}));
  np::NDArray<bool> bb({3});
  bb.data()[0] = true, bb.data()[1] = false, bb.data()[2] = true;
  EXPECT_EQ(values(np::argsort(bb)), (std::vector<Int>{1, 0, 2}));
  EXPECT_EQ(np::sort(np::NDArray<double>(np::Shape{0, 3})).shape(), (np::Shape{0, 3}));
}
