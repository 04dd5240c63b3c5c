// numpy arrays and scalars at the C ABI (numpy/boundary.h): TENSOR values in
// and out without copies, dtype errors.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "ingot.h"
#include "ingot/rt/boundary.h"
#include "ingot/rt/numpy/all.h"

namespace np = ingot::rt::np;
namespace rt = ingot::rt;
using rt::ExcType;
using rt::Int;

namespace {

struct ValueDeleter {
  void operator()(ingot_value* v) const { ingot_value_free(v); }
};
using Value = std::unique_ptr<ingot_value, ValueDeleter>;

Value tensor(ingot_dtype dtype, std::vector<std::int64_t> shape, const void* data) {
  return Value(ingot_value_create_tensor(dtype, shape.data(), static_cast<int32_t>(shape.size()),
                                         const_cast<void*>(data), nullptr, nullptr));
}

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

TEST(NumpyBoundary, TensorInWithoutCopy) {
  const float data[] = {1, 2, 3, 4, 5, 6};
  Value v = tensor(INGOT_DTYPE_FLOAT32, {2, 3}, data);
  ingot_dtype dtype;
  const int64_t* shape;
  int32_t ndim;
  const void* stored;
  ASSERT_EQ(ingot_value_get_tensor(v.get(), &dtype, &shape, &ndim, &stored), INGOT_STATUS_OK);
  auto a = rt::from_value<np::NDArray<float>>(v.get(), "x");
  EXPECT_EQ(a.shape(), (np::Shape{2, 3}));
  EXPECT_EQ(static_cast<const void*>(a.data()), stored);  // a view of the value's buffer
  EXPECT_EQ(a.data()[5], 6.0f);
  EXPECT_TRUE(np::views_input_buffer(a));
}

TEST(NumpyBoundary, WrongKindOrDtype) {
  const double data[] = {1, 2};
  Value v = tensor(INGOT_DTYPE_FLOAT64, {2}, data);
  expect_raises([&] { rt::from_value<np::NDArray<float>>(v.get(), "x"); }, ExcType::TypeError,
                "argument 'x': expected numpy.ndarray[float32], got numpy.ndarray of dtype float64");
  Value i(ingot_value_create_int64(3));
  expect_raises([&] { rt::from_value<np::NDArray<float>>(i.get(), "x"); }, ExcType::TypeError,
                "argument 'x': expected numpy.ndarray[float32], got int");
  // inside a container: the path names the item
  Value list(ingot_value_create_container(INGOT_VALUE_LIST));
  ASSERT_EQ(ingot_value_append(list.get(), tensor(INGOT_DTYPE_FLOAT64, {2}, data).release()), INGOT_STATUS_OK);
  auto xs = rt::from_value<rt::List<np::NDArray<double>>>(list.get(), "xs");
  EXPECT_EQ(xs.item(0).data()[1], 2.0);
  expect_raises([&] { rt::from_value<rt::List<np::NDArray<std::int64_t>>>(list.get(), "xs"); }, ExcType::TypeError,
                "argument 'xs'[0]: expected numpy.ndarray[int64], got numpy.ndarray of dtype float64");
}

TEST(NumpyBoundary, TensorOutWithoutCopy) {
  auto a = np::arange<std::int64_t>(Int{6});
  np::NDArray<std::int64_t> m(a.shared_data(), {2, 3}, {3, 1});
  Value v(rt::to_value(m));
  ingot_dtype dtype;
  const int64_t* shape;
  int32_t ndim;
  const void* data;
  ASSERT_EQ(ingot_value_get_tensor(v.get(), &dtype, &shape, &ndim, &data), INGOT_STATUS_OK);
  EXPECT_EQ(dtype, INGOT_DTYPE_INT64);
  ASSERT_EQ(ndim, 2);
  EXPECT_EQ(shape[0], 2);
  EXPECT_EQ(shape[1], 3);
  EXPECT_EQ(data, static_cast<const void*>(a.data()));  // handed over, not copied
  a = np::NDArray<std::int64_t>();                      // the tensor keeps the buffer alive
  m = np::NDArray<std::int64_t>();
  EXPECT_EQ(static_cast<const std::int64_t*>(data)[5], 5);
}

TEST(NumpyBoundary, ViewsAndInputBuffersAreCopied) {
  auto a = np::arange<double>(0.0, 6.0, 1.0);
  np::NDArray<double> t(a.shared_data(), {3, 2}, {1, 3});  // a transposed view
  Value v(rt::to_value(t));
  ingot_dtype dtype;
  const int64_t* shape;
  int32_t ndim;
  const void* data;
  ASSERT_EQ(ingot_value_get_tensor(v.get(), &dtype, &shape, &ndim, &data), INGOT_STATUS_OK);
  const double* d = static_cast<const double*>(data);
  EXPECT_EQ(std::vector<double>(d, d + 6), (std::vector<double>{0, 3, 1, 4, 2, 5}));
  // an input returned as the result is copied (the caller may free the input first)
  const double in[] = {7, 8};
  Value input = tensor(INGOT_DTYPE_FLOAT64, {2}, in);
  auto x = rt::from_value<np::NDArray<double>>(input.get(), "x");
  Value out(rt::to_value(x));
  input.reset();
  ASSERT_EQ(ingot_value_get_tensor(out.get(), &dtype, &shape, &ndim, &data), INGOT_STATUS_OK);
  EXPECT_EQ(static_cast<const double*>(data)[1], 8.0);
}

TEST(NumpyBoundary, ScalarsAsZeroDimensionalTensors) {
  Value v(rt::to_value(np::Scalar<float>(1.5f)));
  ingot_dtype dtype;
  const int64_t* shape;
  int32_t ndim;
  const void* data;
  ASSERT_EQ(ingot_value_get_tensor(v.get(), &dtype, &shape, &ndim, &data), INGOT_STATUS_OK);
  EXPECT_EQ(dtype, INGOT_DTYPE_FLOAT32);
  EXPECT_EQ(ndim, 0);
  EXPECT_EQ(*static_cast<const float*>(data), 1.5f);
  auto back = rt::from_value<np::Scalar<float>>(v.get(), "s");
  EXPECT_EQ(back.value, 1.5f);
  // an optional array and a list of arrays as results
  std::optional<np::NDArray<bool>> none;
  Value n(rt::to_value(none));
  EXPECT_EQ(ingot_value_get_kind(n.get()), INGOT_VALUE_NONE);
  rt::List<np::NDArray<bool>> l{np::ones<bool>(Int{2})};
  Value lv(rt::to_value(l));
  size_t len = 0;
  ASSERT_EQ(ingot_value_get_length(lv.get(), &len), INGOT_STATUS_OK);
  EXPECT_EQ(len, 1u);
}
