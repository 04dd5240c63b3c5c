// numpy linear algebra (ingot/rt/numpy/linalg.h) against numpy 2.4.
//
// Expected values were computed by numpy 2.4 in python3 and pasted here.
// Inputs: g(i) = ((i*7919 % 1009) - 504) / 97.0, laid out in C order from
// an offset (arr(shape, dtype, off)). Float results come from BLAS on both
// sides (different builds of OpenBLAS): compared to 1e-12 (float64) and
// 1e-6 (float32) relative.
#include "ingot/rt/numpy/linalg.h"

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

namespace {

double g(Int i) { return static_cast<double>((i * 7919 % 1009) - 504) / 97.0; }
template <class T>
np::NDArray<T> arr(np::Shape shape, Int off = 0) {
  np::NDArray<T> a(std::move(shape));
  for (Int i = 0; i < a.size(); ++i) a.data()[i] = static_cast<T>(g(i + off));
  return a;
}
template <class T>
std::vector<T> values(const np::NDArray<T>& a) {
  std::vector<T> v;
  a.for_each([&](T& x) { v.push_back(x); });
  return v;
}
template <class T>
void expect_close(const np::NDArray<T>& got, const std::vector<double>& want, double rel) {
  const auto v = values(got);
  ASSERT_EQ(v.size(), want.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    EXPECT_NEAR(static_cast<double>(v[i]), want[i], rel * std::max(1.0, std::fabs(want[i]))) << "at " << i;
  }
}
template <class T>
np::NDArray<T> transposed(const np::NDArray<T>& a) {
  return np::NDArray<T>(a.shared_data(), {a.shape()[1], a.shape()[0]}, {a.strides()[1], a.strides()[0]});
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

const std::vector<double> kAB64 = {-22.197470506961416, -6.093208630035071, -1.4633861196726465, -1.7665001594218301, 16.780529280476138, 16.885960250823679, -1.1317887129344251, -17.433733659262408, -13.409820384738014, -29.303220320969285, 38.234350090339028, 5.9335742374322447, -10.892655967690507, -26.377510893825061, 34.919863960038256, 3.0276331172281843, 24.54649803379743, -6.9371877989159341, 31.712615580826867, -16.178446168562015};
const std::vector<double> kAB32 = {-22.197469711303711, -6.0932092666625977, -1.4633855819702148, -1.7664995193481445, 16.780529022216797, 16.885961532592773, -1.1317864656448364, -17.433734893798828, -13.409820556640625, -29.303218841552734, 38.234348297119141, 5.9335741996765137, -10.892657279968262, -26.377511978149414, 34.91986083984375, 3.0276339054107666, 24.546499252319336, -6.9371881484985352, 31.712614059448242, -16.178445816040039};
const std::vector<double> kATB = {-8.766500159421831, -23.336380061643105, 9.6000637687320669, 4.7803167180359241, -13.7572536932724, -1.195876288659794, -0.43947284514826218, -6.5373578488681048, 2.056329046657456, -5.6592624083324479, 0.68253799553618844, 5.3085343819747051, -10.879051971516633, 7.9024338399404828, 8.5607397172919555, 22.185035604208736, 36.99883090657881, 17.282070358167712, 24.79360187054947, 19.232330747156979, -37.266872143692211};
const std::vector<double> kAv = {-30.421511318949939, -28.584759273036461, -16.989371877989157, -16.224997342969495, 11.777765968753325};
const std::vector<double> kvB = {24.923158677861622, -21.340312466787118, -23.958018918057181, 21.574024869805505};
const double kvv = 58.46870018067807;
const std::vector<double> kBatch = {-5.9330428313316999, -1.6726538420661057, -0.41035179083855905, -5.5000531406100546, -3.1449675842278699, -1.1773833563609306, -5.879583377617176, 3.1452864278881933, 32.457859496227023, 32.132638962695296, 35.179296418322878, 1.1610160484642369, -9.4492507173982343, 42.087788287809545, -6.4642363694335208, 38.832607078329261, -31.575512806887026, -8.9262408332447674, -28.590498458922308, -12.181422042725051, -1.6316292911042609, 1.8885110001062795, 0.42427463067276089, -2.2957806355616963, 2.4801785524497793, -6.4800722712296741, 28.771814220427249, -2.8360080773727292, 30.827718142204279, -7.0202997130407079, -2.4486130300775866, -7.1805717929641864, -5.1832288234668944, -2.8579020087150608, 0.33946221702624907, -6.6853013072590084, -2.3951535763630565, -2.3626315230098829, -5.1297693697523661, 1.9600382612392404, 31.375810394303322, 5.3087469444149216, 34.360824742268036, 2.0535657349346383, -10.267722393453077, 42.980337974279948, -7.2827080454883601, 39.725156764799657, -32.393984482941867, -8.0336911467743661, 4.3277712828143233, 32.20650441067064, -2.195344882559251, 3.0358167711765343, -0.1394409607822292, -1.1484748644914453, 1.916462960994791, -5.3327665001594191, 28.208098628972262, -1.6887023063024735};
// Ai = (np.arange(12).reshape(3,4)*37 % 11 - 5).astype(int32); Bi = (np.arange(8).reshape(4,2)*53 % 13 - 6)
const std::vector<std::int32_t> kAiBi = {28, 21, -10, -8, -26, -26};
const std::vector<double> kStrided = {12.499946859389944, -16.639812945052608, -18.219470719523859, 13.172494420235944, 0.97672441279625866, -16.473695398023168, -23.9026464023807, 13.660325220533531, 13.153895206716971, -7.5733871824848595, -18.695929429269849, 7.5002657030502764};
const double kNorm = 18.38148955478681; const double kNormAx1[] = {8.4338151487717479, 8.3577924255708673, 8.1986638584383034, 7.998505280705615, 8.1057418088054796}; const double kNorm1 = 21.835051546391753; const double kNormInf = 19.391752577319586;
const double kVecNorms[] = {7.6464828634266926, 17.11340206185567, 4.6288659793814437, 0.10309278350515463, 7, 6.0709605077807565, 0.07998288329517525};  // ord None, 1, inf, -inf, 0, 3, -1 of v
const float kNorm32 = 18.3814907;
const double kNormAx0Keep[] = {9.0065339232503874, 5.6311690466140565, 2.6598137935795623, 2.7052772162321732, 5.6957713289764929, 9.0384624690744655, 9.8245962278606207};

}  // namespace

TEST(NumpyLinalg, MatmulFloat) {
  const auto A = arr<double>({5, 7}), B = arr<double>({7, 4}, 100);
  const auto AB = np::matmul(A, B);
  EXPECT_EQ(AB.shape(), (np::Shape{5, 4}));
  expect_close(AB, kAB64, 1e-12);
  expect_close(np::dot(A, B), kAB64, 1e-12);
  const auto AB32 = np::matmul(arr<float>({5, 7}), arr<float>({7, 4}, 100));
  expect_close(AB32, kAB32, 1e-6);
  // a transposed (column-major) operand goes to BLAS as Trans
  expect_close(np::matmul(transposed(A), arr<double>({5, 3}, 200)), kATB, 1e-12);
  // strided operands are copied first: A[:, ::2].T @ A[:, 1::2]
  const np::NDArray<double> even(A.shared_data(), {4, 5}, {2, 7});
  const np::NDArray<double> odd(std::shared_ptr<double>(A.shared_data(), A.data() + 1), {5, 3}, {7, 2});
  expect_close(np::matmul(even, odd), kStrided, 1e-12);
}

TEST(NumpyLinalg, MatmulVectors) {
  const auto A = arr<double>({5, 7}), B = arr<double>({7, 4}, 100), v = arr<double>({7}, 300);
  const auto Av = np::matmul(A, v);
  EXPECT_EQ(Av.shape(), (np::Shape{5}));
  expect_close(Av, kAv, 1e-12);
  const auto vB = np::matmul(v, B);
  EXPECT_EQ(vB.shape(), (np::Shape{4}));
  expect_close(vB, kvB, 1e-12);
  const auto vv = np::matmul(v, v);
  EXPECT_EQ(vv.shape(), np::Shape{});
  EXPECT_NEAR(vv.data()[0], kvv, 1e-12 * std::fabs(kvv));
  EXPECT_NEAR(np::dot(v, v).data()[0], kvv, 1e-12 * std::fabs(kvv));
  expect_close(np::dot(A, v), kAv, 1e-12);
}

TEST(NumpyLinalg, MatmulBatchedBroadcast) {
  const auto C = arr<double>({2, 3, 5, 7}, 400), D = arr<double>({3, 7, 2}, 500);
  const auto CD = np::matmul(C, D);
  EXPECT_EQ(CD.shape(), (np::Shape{2, 3, 5, 2}));
  expect_close(CD, kBatch, 1e-12);
}

TEST(NumpyLinalg, MatmulIntegersBoolAndEmpty) {
  np::NDArray<std::int32_t> Ai({3, 4}), Bi({4, 2});
  for (Int i = 0; i < 12; ++i) Ai.data()[i] = static_cast<std::int32_t>(i * 37 % 11 - 5);
  for (Int i = 0; i < 8; ++i) Bi.data()[i] = static_cast<std::int32_t>(i * 53 % 13 - 6);
  EXPECT_EQ(values(np::matmul(Ai, Bi)), kAiBi);
  // int8 wraps: np.array([[1,2]], int8) @ np.array([[100],[100]], int8) == [[44]]
  np::NDArray<std::int8_t> r({1, 2}), c({2, 1});
  r.data()[0] = 1, r.data()[1] = 2, c.data()[0] = 100, c.data()[1] = 100;
  EXPECT_EQ(np::matmul(r, c).data()[0], 44);
  np::NDArray<bool> p({2}), q({2});
  p.data()[0] = true, p.data()[1] = false, q.data()[0] = true, q.data()[1] = true;
  EXPECT_TRUE(np::matmul(p, q).data()[0]);
  // (2,0) @ (0,3) is zeros
  const auto z = np::matmul(np::NDArray<double>({2, 0}), np::NDArray<double>({0, 3}));
  EXPECT_EQ(z.shape(), (np::Shape{2, 3}));
  EXPECT_EQ(values(z), std::vector<double>(6, 0.0));
  // float16 accumulates in float: [1.5, 2] @ [2, 0.25] == 3.5
  np::NDArray<np::half> h1({2}), h2({2});
  h1.data()[0] = np::half(1.5f), h1.data()[1] = np::half(2.0f), h2.data()[0] = np::half(2.0f), h2.data()[1] = np::half(0.25f);
  EXPECT_EQ(static_cast<float>(np::matmul(h1, h2).data()[0]), 3.5f);
}

TEST(NumpyLinalg, ShapeErrors) {
  const np::NDArray<double> A({2, 3}), B({2, 3});
  EXPECT_EQ(message_of([&] { np::matmul(A, B); }, ExcType::ValueError),
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            "(n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)");
  EXPECT_EQ(message_of([&] { np::matmul(np::NDArray<double>({3}), np::NDArray<double>({2})); }, ExcType::ValueError),
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            "(n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)");
  EXPECT_EQ(message_of([&] { np::matmul(np::NDArray<double>({2, 2, 3}), np::NDArray<double>({3, 3, 2})); }, ExcType::ValueError),
            "operands could not be broadcast together with remapped shapes [original->remapped]: "
            "(2,2,3)->(2,newaxis,newaxis) (3,3,2)->(3,newaxis,newaxis)  and requested shape (2,2)");
  EXPECT_EQ(message_of([&] { np::matmul(np::NDArray<double>(np::Shape{}), A); }, ExcType::ValueError),
            "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature "
            "(n?,k),(k,m?)->(n?,m?) requires 1)");
  EXPECT_EQ(message_of([&] { np::dot(A, B); }, ExcType::ValueError), "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)");
  EXPECT_EQ(message_of([&] { np::dot(np::NDArray<double>({3}), np::NDArray<double>({2})); }, ExcType::ValueError),
            "shapes (3,) and (2,) not aligned: 3 (dim 0) != 2 (dim 0)");
  EXPECT_EQ(message_of([&] { np::dot(A, np::NDArray<double>({2})); }, ExcType::ValueError),
            "shapes (2,3) and (2,) not aligned: 3 (dim 1) != 2 (dim 0)");
}

TEST(NumpyLinalg, Norm) {
  const auto A = arr<double>({5, 7}), v = arr<double>({7}, 300);
  EXPECT_NEAR(np::norm(A), kNorm, 1e-12 * kNorm);
  expect_close(np::norm(A, std::nullopt, 1), std::vector<double>(std::begin(kNormAx1), std::end(kNormAx1)), 1e-15);
  EXPECT_DOUBLE_EQ(np::norm(A, 1.0), kNorm1);
  EXPECT_DOUBLE_EQ(np::norm(A, HUGE_VAL), kNormInf);
  const double ords[] = {2.0, 1.0, HUGE_VAL, -HUGE_VAL, 0.0, 3.0, -1.0};
  for (int k = 0; k < 7; ++k) EXPECT_NEAR(np::norm(v, ords[k]), kVecNorms[k], 1e-14 * kVecNorms[k]) << "ord " << ords[k];
  EXPECT_NEAR(np::norm(arr<float>({5, 7})), kNorm32, 1e-6 * kNorm32);
  static_assert(std::is_same_v<decltype(np::norm(arr<float>({2}))), float>);
  const auto keep = np::norm(A, std::nullopt, 0, true);
  EXPECT_EQ(keep.shape(), (np::Shape{1, 7}));
  expect_close(keep, std::vector<double>(std::begin(kNormAx0Keep), std::end(kNormAx0Keep)), 1e-15);
  // ints are normed in float64: norm([3, 4]) == 5.0
  np::NDArray<std::int64_t> i34({2});
  i34.data()[0] = 3, i34.data()[1] = 4;
  static_assert(std::is_same_v<decltype(np::norm(i34)), double>);
  EXPECT_EQ(np::norm(i34), 5.0);
  const auto k = np::norm(A, std::nullopt, ingot::rt::none, true);
  EXPECT_EQ(k.shape(), (np::Shape{1, 1}));
  EXPECT_EQ(message_of([&] { np::norm(A, 3.0); }, ExcType::ValueError), "Invalid norm order for matrices.");
  EXPECT_EQ(message_of([&] { np::norm(np::NDArray<double>({2, 2, 2}), 1.0); }, ExcType::ValueError),
            "Improper number of dimensions to norm.");
  EXPECT_EQ(message_of([&] { np::norm(v, std::nullopt, 1); }, ExcType::AxisError),
            "axis 1 is out of bounds for array of dimension 1");
}

TEST(NumpyLinalg, DotNd) {
  // np.dot(a, b): a's last axis against b's second-to-last (numpy 2.4)
  auto ar = [](np::Shape s) {
    np::NDArray<Int> a(std::move(s));
    for (Int i = 0; i < a.size(); ++i) a.data()[i] = i;
    return a;
  };
  const auto a = ar({2, 3, 4});
  const auto ab = np::dot(a, ar({4, 2}));
  EXPECT_EQ(ab.shape(), (np::Shape{2, 3, 2}));
  EXPECT_EQ(values(ab), (std::vector<Int>{28, 34, 76, 98, 124, 162, 172, 226, 220, 290, 268, 354}));
  np::NDArray<Int> v(np::Shape{4});
  const Int vv[] = {1, -1, 2, 0};
  for (Int i = 0; i < 4; ++i) v.data()[i] = vv[i];
  const auto av = np::dot(a, v);
  EXPECT_EQ(av.shape(), (np::Shape{2, 3}));
  EXPECT_EQ(values(av), (std::vector<Int>{3, 11, 19, 27, 35, 43}));
  const auto vc = np::dot(ar({4}), ar({2, 4, 3}));
  EXPECT_EQ(vc.shape(), (np::Shape{2, 3}));
  EXPECT_EQ(values(vc), (std::vector<Int>{42, 48, 54, 114, 120, 126}));
  const auto mc = np::dot(ar({2, 3}), ar({2, 3, 4}));
  EXPECT_EQ(mc.shape(), (np::Shape{2, 2, 4}));
  EXPECT_EQ(values(mc), (std::vector<Int>{20, 23, 26, 29, 56, 59, 62, 65, 56, 68, 80, 92, 200, 212, 224, 236}));
  const auto f = np::dot(arr<double>({2, 3, 4}), arr<double>({4, 2}, 5));
  EXPECT_EQ(f.shape(), (np::Shape{2, 3, 2}));
  EXPECT_EQ(message_of([&] { np::dot(a, ar({3, 2})); }, ExcType::ValueError),
            "shapes (2,3,4) and (3,2) not aligned: 4 (dim 2) != 3 (dim 0)");
}
