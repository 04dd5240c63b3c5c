// numpy shape operations (numpy/shape.h): shape checks and error messages.
#include "ingot/rt/numpy/shape.h"

#include <string>
#include <vector>

namespace ingot::rt::np::detail {

namespace {
/// numpy's convert_shape_to_string: unknown (negative) extents print as
/// "newaxis", leading ones are dropped; "(4,)" only for one extent.
std::string reshape_text(const Shape& s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] < 0) ++i;
  if (i == s.size()) return "()";
  std::string r = std::to_string(s[i++]);
  for (; i < s.size(); ++i) r += s[i] < 0 ? std::string(",newaxis") : "," + std::to_string(s[i]);
  return s.size() == 1 ? "(" + r + ",)" : "(" + r + ")";
}
}  // namespace

Shape resolve_reshape(Int size, const Shape& newshape) {
  Shape out = newshape;
  std::size_t unknown = newshape.size();
  Int known = 1;
  for (std::size_t k = 0; k < newshape.size(); ++k) {
    if (newshape[k] < 0) {
      if (unknown != newshape.size()) raise(ExcType::ValueError, "can only specify one unknown dimension");
      unknown = k;
    } else {
      known *= newshape[k];
    }
  }
  const auto mismatch = [&]() {
    raise(ExcType::ValueError,
          "cannot reshape array of size " + std::to_string(size) + " into shape " + reshape_text(newshape));
  };
  if (unknown != newshape.size()) {
    if (known == 0 || size % known != 0) mismatch();
    out[unknown] = size / known;
  } else if (known != size) {
    mismatch();
  }
  return out;
}

Shape check_permutation(const Shape& axes, Int ndim) {
  if (static_cast<Int>(axes.size()) != ndim) raise(ExcType::ValueError, "axes don't match array");
  Shape perm(axes.size());
  std::vector<bool> seen(axes.size(), false);
  for (std::size_t k = 0; k < axes.size(); ++k) {
    const Int a = normalize_axis(axes[k], ndim);
    if (seen[static_cast<std::size_t>(a)]) raise(ExcType::ValueError, "repeated axis in transpose");
    seen[static_cast<std::size_t>(a)] = true;
    perm[k] = a;
  }
  return perm;
}

void raise_squeeze_not_one() {
  raise(ExcType::ValueError, "cannot select an axis to squeeze out which has size not equal to one");
}

void raise_concat_empty(const char* what) { raise(ExcType::ValueError, std::string("need at least one array to ") + what); }

void raise_concat_zero_d() { raise(ExcType::ValueError, "zero-dimensional arrays cannot be concatenated"); }

void raise_concat_ndim(std::size_t first_nd, std::size_t index, std::size_t nd) {
  raise(ExcType::ValueError, "all the input arrays must have same number of dimensions, but the array at index 0 has " +
                                 std::to_string(first_nd) + " dimension(s) and the array at index " +
                                 std::to_string(index) + " has " + std::to_string(nd) + " dimension(s)");
}

void raise_concat_dim(std::size_t dim, Int first, std::size_t index, Int size) {
  raise(ExcType::ValueError,
        "all the input array dimensions except for the concatenation axis must match exactly, but along dimension " +
            std::to_string(dim) + ", the array at index 0 has size " + std::to_string(first) +
            " and the array at index " + std::to_string(index) + " has size " + std::to_string(size));
}

void raise_stack_shapes() { raise(ExcType::ValueError, "all input arrays must have the same shape"); }

void raise_broadcast_to(const Shape& from, const Shape& to) {
  for (Int d : to) {
    if (d < 0) raise(ExcType::ValueError, "all elements of broadcast shape must be non-negative");
  }
  if (to.empty() && !from.empty()) raise(ExcType::ValueError, "cannot broadcast a non-scalar to a scalar array");
  if (from.size() > to.size()) {
    raise(ExcType::ValueError, "input operand has more dimensions than allowed by the axis remapping");
  }
  raise(ExcType::ValueError, "operands could not be broadcast together with remapped shapes [original->remapped]: " +
                                 shape_text(from) + "  and requested shape " + shape_text(to));
}

void raise_take_along_ndim() {
  raise(ExcType::ValueError, "`indices` and `arr` must have the same number of dimensions");
}

void raise_index_out_of_bounds(Int index, Int axis, Int size) {
  raise(ExcType::IndexError, "index " + std::to_string(index) + " is out of bounds for axis " + std::to_string(axis) +
                                 " with size " + std::to_string(size));
}

void raise_index_shape_mismatch(const Shape& a, const Shape& b) {
  raise(ExcType::IndexError, "shape mismatch: indexing arrays could not be broadcast together with shapes " +
                                 shape_text(a) + " " + shape_text(b) + " ");
}

}  // namespace ingot::rt::np::detail
