// Errors of the array-to-Python conversions (convert.h).
#include <string>

#include "ingot/rt/numpy/convert.h"

namespace ingot::rt::np {

void raise_item_size() { raise(ExcType::ValueError, "can only convert an array of size 1 to a Python scalar"); }
void raise_len_unsized() { raise(ExcType::TypeError, "len() of unsized object"); }
void raise_iterate_0d() { raise(ExcType::TypeError, "iteration over a 0-d array"); }
void raise_ambiguous_truth(bool empty) {
  if (empty) {
    raise(ExcType::ValueError,
          "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
  }
  raise(ExcType::ValueError,
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
}
void raise_index_out_of_bounds(Int index, Int axis, Int size) {
  raise(ExcType::IndexError, "index " + std::to_string(index) + " is out of bounds for axis " + std::to_string(axis) +
                                 " with size " + std::to_string(size));
}
void raise_too_many_indices(Int ndim, Int given) {
  raise(ExcType::IndexError, "too many indices for array: array is " + std::to_string(ndim) +
                                 "-dimensional, but " + std::to_string(given) + " were indexed");
}
Int normalize_index(Int index, Int axis, Int size) {
  const Int i = index < 0 ? index + size : index;
  if (i < 0 || i >= size) raise_index_out_of_bounds(index, axis, size);
  return i;
}

}  // namespace ingot::rt::np
