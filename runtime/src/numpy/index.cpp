// numpy indexing (numpy/index.h): basic subscripts, bounds checks, masks and
// the error messages.
#include "ingot/rt/numpy/index.h"

#include <string>

#include "ingot/rt/slice.h"

namespace ingot::rt::np::detail {

Int check_index(Int i, Int axis, Int n) {
  if (i < -n || i >= n) raise_index_out_of_bounds(i, axis, n);
  return i < 0 ? i + n : i;
}

BasicView basic_index(const Shape& shape, const Shape& strides, const std::vector<Index>& index) {
  Int consumed = 0;  // axes of `shape` the subscript names (integers, slices)
  bool ellipsis = false;
  for (const Index& ix : index) {
    if (std::holds_alternative<At>(ix) || std::holds_alternative<SliceIndex>(ix)) ++consumed;
    if (std::holds_alternative<EllipsisIndex>(ix)) {
      if (ellipsis) raise(ExcType::IndexError, "an index can only have a single ellipsis ('...')");
      ellipsis = true;
    }
  }
  const Int ndim = static_cast<Int>(shape.size());
  if (consumed > ndim) raise_too_many_indices(ndim, consumed);
  BasicView v;
  std::size_t axis = 0;
  for (const Index& ix : index) {
    if (const At* a = std::get_if<At>(&ix)) {
      const Int i = check_index(a->i, static_cast<Int>(axis), shape[axis]);
      v.offset += static_cast<std::ptrdiff_t>(i * strides[axis]);
      ++axis;
    } else if (const SliceIndex* s = std::get_if<SliceIndex>(&ix)) {
      const SliceRange r = adjust_slice(Slice(s->start, s->stop, s->step), static_cast<std::size_t>(shape[axis]));
      if (r.count > 0) v.offset += static_cast<std::ptrdiff_t>(r.start * strides[axis]);
      v.shape.push_back(static_cast<Int>(r.count));
      v.strides.push_back(strides[axis] * r.step);
      ++axis;
    } else if (std::holds_alternative<NewAxis>(ix)) {
      v.shape.push_back(1);
      v.strides.push_back(0);
    } else {  // ellipsis: every axis the rest of the subscript leaves
      const Int skip = ndim - consumed;
      for (Int k = 0; k < skip; ++k, ++axis) {
        v.shape.push_back(shape[axis]);
        v.strides.push_back(strides[axis]);
      }
    }
  }
  for (; axis < shape.size(); ++axis) {
    v.shape.push_back(shape[axis]);
    v.strides.push_back(strides[axis]);
  }
  return v;
}

std::vector<Int> mask_positions(const NDArray<bool>& mask, const Shape& a_shape) {
  const std::size_t md = mask.shape().size();
  if (md > a_shape.size()) raise_too_many_indices(static_cast<Int>(a_shape.size()), static_cast<Int>(md));
  for (std::size_t d = 0; d < md; ++d) {
    if (mask.shape()[d] != a_shape[d]) raise_bool_mismatch(static_cast<Int>(d), a_shape[d], mask.shape()[d]);
  }
  std::vector<Int> pos;
  if (md == 0 || mask.size() == 0) return pos;
  Shape index(md, 0);
  mask.for_each([&](bool& m) {
    if (m) pos.insert(pos.end(), index.begin(), index.end());
    for (std::size_t d = md; d > 0; --d) {
      if (++index[d - 1] < mask.shape()[d - 1]) break;
      index[d - 1] = 0;
    }
  });
  return pos;
}

void raise_too_many_indices(Int ndim, Int given) {
  raise(ExcType::IndexError, "too many indices for array: array is " + std::to_string(ndim) +
                                 "-dimensional, but " + std::to_string(given) + " were indexed");
}

void raise_bool_mismatch(Int axis, Int size, Int bool_size) {
  raise(ExcType::IndexError, "boolean index did not match indexed array along axis " + std::to_string(axis) +
                                 "; size of axis is " + std::to_string(size) +
                                 " but size of corresponding boolean axis is " + std::to_string(bool_size));
}

void raise_assign_broadcast(const Shape& from, const Shape& to) {
  raise(ExcType::ValueError,
        "could not broadcast input array from shape " + shape_text(from) + " into shape " + shape_text(to));
}

void raise_value_shape_mismatch(const Shape& value, const Shape& result) {
  raise(ExcType::ValueError, "shape mismatch: value array of shape " + shape_text(value) +
                                 " could not be broadcast to indexing result of shape " + shape_text(result));
}

void raise_index_broadcast(const std::vector<Shape>& shapes) {
  std::string message = "shape mismatch: indexing arrays could not be broadcast together with shapes ";
  for (const Shape& s : shapes) message += shape_text(s) + " ";  // numpy's trailing space included
  raise(ExcType::IndexError, message);
}

void raise_mask_assign_count(Int values, Int outputs) {
  raise(ExcType::ValueError, "NumPy boolean array indexing assignment cannot assign " + std::to_string(values) +
                                 " input values to the " + std::to_string(outputs) +
                                 " output values where the mask is true");
}

}  // namespace ingot::rt::np::detail
