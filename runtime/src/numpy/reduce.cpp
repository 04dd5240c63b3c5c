// numpy reductions (numpy/reduce.h): the iteration order numpy's nditer
// gives a reduction, and the error messages.
#include "ingot/rt/numpy/reduce.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace ingot::rt::np::detail {

namespace {

/// numpy's npyiter_find_best_axis_ordering for one operand: an insertion
/// sort of the axes (innermost first) that moves an axis inwards past every
/// axis with a larger |stride|; zero strides are ambiguous and skipped.
std::vector<std::size_t> numpy_axis_order(const std::vector<std::size_t>& axes, const Shape& strides) {
  // perm[0] is the innermost axis.
  std::vector<std::size_t> perm(axes.rbegin(), axes.rend());
  for (std::size_t i0 = 1; i0 < perm.size(); ++i0) {
    const Int s0 = strides[perm[i0]];
    std::size_t ipos = i0;
    for (std::size_t i1 = i0; i1 > 0; --i1) {
      const Int s1 = strides[perm[i1 - 1]];
      if (s0 != 0 && s1 != 0) {
        if (std::llabs(s1) <= std::llabs(s0)) break;
        ipos = i1 - 1;
      }
    }
    if (ipos != i0) {
      const std::size_t moved = perm[i0];
      for (std::size_t k = i0; k > ipos; --k) perm[k] = perm[k - 1];
      perm[ipos] = moved;
    }
  }
  return std::vector<std::size_t>(perm.rbegin(), perm.rend());  // outer to inner
}

}  // namespace

std::vector<std::size_t> k_order(const Shape& shape, const Shape& strides) {
  std::vector<std::size_t> axes(shape.size());
  for (std::size_t k = 0; k < shape.size(); ++k) axes[k] = k;
  return numpy_axis_order(axes, strides);
}

ReducePlan plan_reduce(const Shape& shape, const Shape& strides, Int axis) {
  ReducePlan p;
  const std::size_t nd = shape.size();
  Shape out_stride_of(nd, 0);
  for (std::size_t k = 0; k < nd; ++k) {
    if (axis >= 0 && static_cast<Int>(k) != axis) p.out_shape.push_back(shape[k]);
  }
  const Shape out_c = c_strides(p.out_shape);
  for (std::size_t k = 0, j = 0; k < nd; ++k) {
    if (axis >= 0 && static_cast<Int>(k) != axis) out_stride_of[k] = out_c[j++];
  }
  std::vector<std::size_t> axes;
  for (std::size_t k = 0; k < nd; ++k) {
    if (shape[k] != 1) axes.push_back(k);
  }
  for (std::size_t k : numpy_axis_order(axes, strides)) {
    const Int e = shape[k], is = strides[k], os = out_stride_of[k];
    if (!p.extent.empty()) {
      // Coalesce with the axis outside it when both operands step through
      // them as through one axis.
      if (p.in_stride.back() == is * e && p.out_stride.back() == os * e) {
        p.extent.back() *= e;
        p.in_stride.back() = is;
        p.out_stride.back() = os;
        continue;
      }
    }
    p.extent.push_back(e);
    p.in_stride.push_back(is);
    p.out_stride.push_back(os);
  }
  return p;
}

void raise_no_identity(const char* op) {
  raise(ExcType::ValueError, std::string("zero-size array to reduction operation ") + op + " which has no identity");
}

void raise_empty_arg(const char* op) {
  raise(ExcType::ValueError, std::string("attempt to get ") + op + " of an empty sequence");
}

}  // namespace ingot::rt::np::detail
