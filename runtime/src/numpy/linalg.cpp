// np.matmul / np.dot through OpenBLAS, and the linalg error messages
// (numpy/linalg.h).
#include "ingot/rt/numpy/linalg.h"

#include <cblas.h>

#include <string>
#include <vector>

namespace ingot::rt::np::detail {

namespace {

/// How BLAS can read a rows x cols matrix with the given strides without a
/// copy: row-major (NoTrans) or column-major (Trans), with its leading
/// dimension. False when it cannot (negative or two non-unit strides).
bool blas_view(Int rows, Int cols, Int rs, Int cs, CBLAS_TRANSPOSE& trans, Int& ld) {
  const Int min_row_ld = cols > 1 ? cols : 1, min_col_ld = rows > 1 ? rows : 1;
  if ((cols == 1 || cs == 1) && (rows == 1 || rs >= min_row_ld)) {
    trans = CblasNoTrans;
    ld = rows == 1 ? min_row_ld : rs;
    return true;
  }
  if ((rows == 1 || rs == 1) && (cols == 1 || cs >= min_col_ld)) {
    trans = CblasTrans;
    ld = cols == 1 ? min_col_ld : cs;
    return true;
  }
  return false;
}

template <class T>
struct Operand {
  const T* data;
  CBLAS_TRANSPOSE trans;
  Int ld;
  std::vector<T> copy;
};

template <class T>
void prepare(Operand<T>& op, const T* p, Int rows, Int cols, Int rs, Int cs) {
  if (blas_view(rows, cols, rs, cs, op.trans, op.ld)) {
    op.data = p;
    return;
  }
  op.copy.resize(static_cast<std::size_t>(rows * cols));
  for (Int i = 0; i < rows; ++i) {
    for (Int j = 0; j < cols; ++j) op.copy[static_cast<std::size_t>(i * cols + j)] = p[i * rs + j * cs];
  }
  op.data = op.copy.data();
  op.trans = CblasNoTrans;
  op.ld = cols > 1 ? cols : 1;
}

template <class T>
const T* dot_operand(const T* p, Int stride, Int n, std::vector<T>& copy, Int& inc) {
  if (stride > 0) {
    inc = stride;
    return p;
  }
  copy.resize(static_cast<std::size_t>(n));
  for (Int i = 0; i < n; ++i) copy[static_cast<std::size_t>(i)] = p[i * stride];
  inc = 1;
  return copy.data();
}

}  // namespace

namespace {

/// c[n x m] = a[n x k] b[k x m] through gemm, or gemv when either side is a
/// vector (a matrix times a vector: numpy's matmul takes gemv there too).
template <class T, class Gemm, class Gemv>
void gemm_or_gemv(const T* a, Int ars, Int acs, const T* b, Int brs, Int bcs, T* c, Int n, Int k, Int m, Gemm gemm,
                  Gemv gemv) {
  const auto bi = [](Int v) { return static_cast<blasint>(v); };
  if (m == 1 && brs > 0) {  // c = A b
    Operand<T> A;
    prepare(A, a, n, k, ars, acs);
    if (A.trans == CblasNoTrans) gemv(CblasRowMajor, CblasNoTrans, bi(n), bi(k), T(1), A.data, bi(A.ld), b, bi(brs), T(0), c, 1);
    else gemv(CblasRowMajor, CblasTrans, bi(k), bi(n), T(1), A.data, bi(A.ld), b, bi(brs), T(0), c, 1);
    return;
  }
  if (n == 1 && acs > 0) {  // c = B^T a
    Operand<T> B;
    prepare(B, b, k, m, brs, bcs);
    if (B.trans == CblasNoTrans) gemv(CblasRowMajor, CblasTrans, bi(k), bi(m), T(1), B.data, bi(B.ld), a, bi(acs), T(0), c, 1);
    else gemv(CblasRowMajor, CblasNoTrans, bi(m), bi(k), T(1), B.data, bi(B.ld), a, bi(acs), T(0), c, 1);
    return;
  }
  Operand<T> A, B;
  prepare(A, a, n, k, ars, acs);
  prepare(B, b, k, m, brs, bcs);
  gemm(CblasRowMajor, A.trans, B.trans, bi(n), bi(m), bi(k), T(1), A.data, bi(A.ld), B.data, bi(B.ld), T(0), c,
       bi(m > 1 ? m : 1));
}

}  // namespace

void blas_gemm(const float* a, Int ars, Int acs, const float* b, Int brs, Int bcs, float* c, Int n, Int k, Int m) {
  gemm_or_gemv(a, ars, acs, b, brs, bcs, c, n, k, m, cblas_sgemm, cblas_sgemv);
}

void blas_gemm(const double* a, Int ars, Int acs, const double* b, Int brs, Int bcs, double* c, Int n, Int k, Int m) {
  gemm_or_gemv(a, ars, acs, b, brs, bcs, c, n, k, m, cblas_dgemm, cblas_dgemv);
}

float blas_dot(const float* a, Int as, const float* b, Int bs, Int n) {
  std::vector<float> ca, cb;
  Int ia, ib;
  const float* pa = dot_operand(a, as, n, ca, ia);
  const float* pb = dot_operand(b, bs, n, cb, ib);
  return cblas_sdot(static_cast<blasint>(n), pa, static_cast<blasint>(ia), pb, static_cast<blasint>(ib));
}

double blas_dot(const double* a, Int as, const double* b, Int bs, Int n) {
  std::vector<double> ca, cb;
  Int ia, ib;
  const double* pa = dot_operand(a, as, n, ca, ia);
  const double* pb = dot_operand(b, bs, n, cb, ib);
  return cblas_ddot(static_cast<blasint>(n), pa, static_cast<blasint>(ia), pb, static_cast<blasint>(ib));
}

void raise_matmul_core_mismatch(Int got, Int want) {
  raise(ExcType::ValueError,
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
        "(n?,k),(k,m?)->(n?,m?) (size " +
            std::to_string(got) + " is different from " + std::to_string(want) + ")");
}

void raise_matmul_0d(int operand) {
  raise(ExcType::ValueError, "matmul: Input operand " + std::to_string(operand) +
                                 " does not have enough dimensions (has 0, gufunc core with signature "
                                 "(n?,k),(k,m?)->(n?,m?) requires 1)");
}

void raise_matmul_batch(const Shape& a, const Shape& b, Int n, Int m) {
  const auto remapped = [](const Shape& s) {
    std::string r = "(";
    for (std::size_t d = 0; d + 2 < s.size(); ++d) r += std::to_string(s[d]) + ",";
    return r + "newaxis,newaxis)";
  };
  raise(ExcType::ValueError, "operands could not be broadcast together with remapped shapes [original->remapped]: " +
                                 shape_text(a) + "->" + remapped(a) + " " + shape_text(b) + "->" + remapped(b) +
                                 "  and requested shape " + shape_text(Shape{n, m}));
}

void raise_dot_not_aligned(const Shape& a, const Shape& b, Int adim, Int bdim) {
  raise(ExcType::ValueError, "shapes " + shape_text(a) + " and " + shape_text(b) + " not aligned: " +
                                 std::to_string(a[static_cast<std::size_t>(adim)]) + " (dim " + std::to_string(adim) +
                                 ") != " + std::to_string(b[static_cast<std::size_t>(bdim)]) + " (dim " +
                                 std::to_string(bdim) + ")");
}

void raise_invalid_matrix_ord() { raise(ExcType::ValueError, "Invalid norm order for matrices."); }

void raise_norm_dims() { raise(ExcType::ValueError, "Improper number of dimensions to norm."); }

}  // namespace ingot::rt::np::detail
