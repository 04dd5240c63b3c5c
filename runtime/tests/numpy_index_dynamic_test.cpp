// Subscripts of np::Array (dynamic_index.h) and dtype comparisons, against
// numpy 2.4 (python3): expected reprs and messages pasted.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "ingot/rt/numpy/all.h"
#include "test_support.h"

namespace np = ingot::rt::np;

namespace {

std::string R(const np::Array& a) { return repr_text(a); }
std::string message_of(const std::function<void()>& f, rt::ExcType expected) {
  try {
    f();
  } catch (const rt::PyException& e) {
    EXPECT_EQ(e.type, expected);
    return std::string(e.message.c_str());
  }
  ADD_FAILURE() << "no exception";
  return "";
}
/// np.arange(6.0).reshape(3, 2)
np::Array a32() { return np::reshape(np::arange(rt::Float(6.0)), np::Shape{3, 2}); }
np::Array ints(rt::List<rt::Int> xs) { return np::array(xs); }
np::Array ints2(rt::List<rt::List<rt::Int>> xs) { return np::array(xs); }

}  // namespace

TEST(NumpyIndexDynamic, IndexArrayErrorsNameTheAxisOfA) {
  const np::Array a = a32();
  EXPECT_EQ(message_of([&] { np::getitem(a, {np::slice(), np::take(ints({0, 2}))}); }, rt::ExcType::IndexError),
            "index 2 is out of bounds for axis 1 with size 2");
  EXPECT_EQ(message_of([&] { np::getitem(a, {np::newaxis, np::slice(), np::take(ints({2}))}); }, rt::ExcType::IndexError),
            "index 2 is out of bounds for axis 1 with size 2");
  EXPECT_EQ(message_of([&] { np::getitem(a, {np::ellipsis, np::take(ints({-3}))}); }, rt::ExcType::IndexError),
            "index -3 is out of bounds for axis 1 with size 2");
  EXPECT_EQ(message_of([&] { np::getitem(a, {np::newaxis, np::take(ints({5}))}); }, rt::ExcType::IndexError),
            "index 5 is out of bounds for axis 0 with size 3");
  EXPECT_EQ(message_of([&] { np::setitem(a, {np::slice(), np::take(ints({0, 2}))}, rt::Float(1.0)); },
                       rt::ExcType::IndexError),
            "index 2 is out of bounds for axis 1 with size 2");
  EXPECT_EQ(message_of([&] { np::getitem(a, {np::newaxis, np::take(np::array(rt::List<rt::Bool>{true, false}))}); },
                       rt::ExcType::IndexError),
            "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding "
            "boolean axis is 2");
  // a 2-d index array into a 2-d array still works
  EXPECT_EQ(R(np::getitem(a, {np::take(ints2({{0, 1}, {2, 0}}))})),
            "array([[[0., 1.],\n        [2., 3.]],\n\n       [[4., 5.],\n        [0., 1.]]])");
}

TEST(NumpyIndexDynamic, ZeroDimensionalBooleanIndex) {
  const np::Array x = np::arange(rt::Float(3.0));
  const np::Array t = np::array(rt::Bool(true)), f = np::array(rt::Bool(false));
  EXPECT_EQ(R(np::getitem(x, {np::take(t)})), "array([[0., 1., 2.]])");
  EXPECT_EQ(R(np::getitem(x, {np::take(f)})), "array([], shape=(0, 3), dtype=float64)");
  EXPECT_EQ(R(np::getitem(np::array(rt::Float(3.0)), {np::take(t)})), "array([3.])");
  const np::Array z = np::zeros(np::Shape{2, 3, 4});
  EXPECT_EQ(np::getitem(z, {np::at(0), np::slice(), np::take(t)}).shape(), (np::Shape{1, 3, 4}));
  EXPECT_EQ(np::getitem(z, {np::slice(), np::take(f), np::at(1)}).shape(), (np::Shape{2, 0, 4}));
  EXPECT_EQ(np::getitem(z, {np::at(1), np::slice(), np::take(f), np::at(1)}).shape(), (np::Shape{0, 3}));
  // a copy, not a view
  const np::Array y = np::getitem(x, {np::take(t)});
  np::setitem(y, {np::at(0), np::at(0)}, rt::Float(9.0));
  EXPECT_EQ(R(x), "array([0., 1., 2.])");
  // assignment: all elements (True) or none (False)
  const np::Array w = np::arange(rt::Float(3.0));
  np::setitem(w, {np::take(t)}, rt::Int(5));
  EXPECT_EQ(R(w), "array([5., 5., 5.])");
  np::setitem(w, {np::take(f)}, rt::Int(7));
  EXPECT_EQ(R(w), "array([5., 5., 5.])");
}

TEST(NumpyIndexDynamic, DTypeEquality) {
  const np::Array x = np::zeros(np::Shape{2}, INGOT_DTYPE_FLOAT32);
  EXPECT_TRUE(rt::eq(np::dtype(x), INGOT_DTYPE_FLOAT32));
  EXPECT_FALSE(rt::eq(np::dtype(x), INGOT_DTYPE_FLOAT64));
  EXPECT_TRUE(rt::ne(np::dtype(x), INGOT_DTYPE_INT32));
  EXPECT_TRUE(rt::eq(np::dtype(x), np::dtype(np::ones(np::Shape{1}, INGOT_DTYPE_FLOAT32))));
  EXPECT_TRUE(rt::eq(np::dtype(x), rt::Str("float32")));
}

TEST(NumpyIndexDynamic, AssignmentValueShapes) {
  // a = np.arange(12.0).reshape(4, 3)
  auto fresh = [] { return np::reshape(np::arange(rt::Float(12.0)), np::Shape{4, 3}); };
  const np::Array ones13 = np::ones(np::Shape{1, 3}), ones133 = np::ones(np::Shape{1, 3, 3});
  // leading extents of 1 are dropped: a[0] = np.ones((1, 3)); x[..., 0] = np.array([9.0])
  np::Array a = fresh();
  np::setitem(a, {np::at(0)}, ones13);
  EXPECT_EQ(R(np::getitem(a, {np::at(0)})), "array([1., 1., 1.])");
  const np::Array x = np::arange(rt::Float(3.0));
  np::setitem(x, {np::ellipsis, np::at(0)}, np::array(rt::List<rt::Float>{9.0}));
  EXPECT_EQ(R(x), "array([9., 1., 2.])");
  a = fresh();
  np::setitem(a, {np::take(ints({0, 1}))}, np::ones(np::Shape{1, 1, 2, 3}));
  EXPECT_EQ(R(np::getitem(a, {np::at(1)})), "array([1., 1., 1.])");
  a = fresh();
  np::setitem(a, {np::slice(), np::take(ints({0, 1}))}, np::ones(np::Shape{1, 4, 2}));
  EXPECT_EQ(R(np::getitem(a, {np::at(3)})), "array([ 1.,  1., 11.])");
  EXPECT_EQ(message_of([&] { np::setitem(fresh(), {np::slice(0, 2)}, ones133); }, rt::ExcType::ValueError),
            "could not broadcast input array from shape (3,3) into shape (2,3)");
  EXPECT_EQ(message_of([&] { np::setitem(fresh(), {np::take(ints({0, 1}))}, ones133); }, rt::ExcType::ValueError),
            "shape mismatch: value array of shape (1,3,3) could not be broadcast to indexing result of shape (2,3)");
  EXPECT_EQ(message_of([&] { np::setitem(fresh(), {np::slice(), np::take(ints({0, 1}))}, ones133); },
                       rt::ExcType::ValueError),
            "shape mismatch: value array of shape (1,3,3) could not be broadcast to indexing result of shape (4,2)");
  // one element named by integers: a[0, 0] = np.ones(1)
  EXPECT_EQ(message_of([&] { np::setitem(fresh(), {np::at(0), np::at(0)}, np::ones(np::Shape{1})); },
                       rt::ExcType::ValueError),
            "setting an array element with a sequence.");
  a = fresh();
  np::setitem(a, {np::at(0), np::at(0)}, np::array(rt::Float(5.0)));
  EXPECT_EQ(R(np::getitem(a, {np::at(0)})), "array([5., 1., 2.])");
}

TEST(NumpyIndexDynamic, FullMaskAssignment) {
  auto fresh = [] { return np::reshape(np::arange(rt::Float(12.0)), np::Shape{4, 3}); };
  const np::Array a = fresh();
  const np::Array m = np::greater(a, rt::Int(5));  // six true
  EXPECT_EQ(message_of([&] { np::setitem(fresh(), {np::take(m)}, np::ones(np::Shape{1, 6})); }, rt::ExcType::TypeError),
            "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has 2 dimensions");
  EXPECT_EQ(message_of([&] { np::setitem(fresh(), {np::take(m)}, np::ones(np::Shape{3})); }, rt::ExcType::ValueError),
            "NumPy boolean array indexing assignment cannot assign 3 input values to the 6 output values where the mask "
            "is true");
  np::setitem(a, {np::take(m)}, np::ones(np::Shape{6}));
  EXPECT_EQ(R(np::getitem(a, {np::at(3)})), "array([1., 1., 1.])");
  // a mask over the first axis only: ordinary broadcasting (a[mask] = np.ones((1, 2, 3)))
  const np::Array b = fresh();
  np::setitem(b, {np::take(np::array(rt::List<rt::Bool>{true, false, true, false}))}, np::ones(np::Shape{1, 2, 3}));
  EXPECT_EQ(R(np::getitem(b, {np::at(2)})), "array([1., 1., 1.])");
}

TEST(NumpyIndexDynamic, SeveralIndexArrays) {
  // np.arange(24.0).reshape(2, 3, 4).transpose(2, 0, 1): a strided (4, 2, 3) view
  const np::Array t = np::transpose(np::reshape(np::arange(rt::Float(24.0)), np::Shape{2, 3, 4}), np::Shape{2, 0, 1});
  // separated by a slice: the broadcast (2, 2) axes first
  EXPECT_EQ(R(np::getitem(t, {np::take(ints({3, 0})), np::slice(), np::take(ints2({{2}, {0}}))})),
            "array([[[11., 23.],\n        [ 8., 20.]],\n\n       [[ 3., 15.],\n        [ 0., 12.]]])");
  // adjacent after a slice: in place
  EXPECT_EQ(R(np::getitem(t, {np::slice(), np::take(ints({1, 0})), np::take(ints({2, 1}))})),
            "array([[20.,  4.],\n       [21.,  5.],\n       [22.,  6.],\n       [23.,  7.]])");
  EXPECT_EQ(message_of([&] { np::getitem(t, {np::take(ints({0, 1})), np::take(ints({0, 1, 2}))}); },
                       rt::ExcType::IndexError),
            "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) ");
  EXPECT_EQ(message_of([&] { np::getitem(t, {np::slice(), np::take(ints({0, 1})), np::take(ints({0, 3}))}); },
                       rt::ExcType::IndexError),
            "index 3 is out of bounds for axis 2 with size 3");
  // a tuple from nonzero()
  const np::Array m = ints2({{1, 0}, {0, 1}, {1, 1}});
  const np::Array six = np::reshape(np::arange(rt::Int(6)), np::Shape{3, 2});
  EXPECT_EQ(R(np::getitem(six, np::index_tuple(np::nonzero(m)))), "array([0, 3, 4, 5])");
}

TEST(NumpyIndexDynamic, SeveralIndexArraysAssignment) {
  const np::Array b = np::zeros(np::Shape{3, 2});
  // duplicates: the last one wins, as numpy
  np::setitem(b, {np::take(ints({0, 0, 2})), np::take(ints({1, 1, 0}))}, np::array(rt::List<rt::Float>{5.0, 6.0, 7.0}));
  EXPECT_EQ(R(b), "array([[0., 6.],\n       [0., 0.],\n       [7., 0.]])");
  const np::Array c = np::reshape(np::arange(rt::Int(6)), np::Shape{3, 2});
  np::setitem(c, {np::take(ints2({{0}, {2}})), np::take(ints({0, 1}))}, ints2({{9, 8}}));
  EXPECT_EQ(R(c), "array([[9, 8],\n       [2, 3],\n       [9, 8]])");
  EXPECT_EQ(message_of([&] { np::setitem(c, {np::take(ints({0, 1})), np::take(ints({0, 1}))}, ints({1, 2, 3})); },
                       rt::ExcType::ValueError),
            "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)");
}

TEST(NumpyIndexDynamic, ElementReadsAsIntOrFloat) {
  const np::Array a = a32();
  EXPECT_EQ(np::int_at(a, {np::at(2), np::at(1)}), 5);
  EXPECT_EQ(np::float_at(a, {np::at(-1), np::at(0)}), 4.0);
  const np::Array b = np::astype(ints({7, -2}), INGOT_DTYPE_INT8);
  EXPECT_EQ(np::int_at(b, {np::at(1)}), -2);
  EXPECT_EQ(np::float_at(b, {np::at(0)}), 7.0);
  // The errors of a[i, j] itself, then of int() of a row.
  EXPECT_EQ(message_of([&] { np::int_at(a, {np::at(3), np::at(0)}); }, rt::ExcType::IndexError),
            "index 3 is out of bounds for axis 0 with size 3");
  EXPECT_EQ(message_of([&] { np::int_at(a, {np::at(1)}); }, rt::ExcType::TypeError),
            "only 0-dimensional arrays can be converted to Python scalars");
}
