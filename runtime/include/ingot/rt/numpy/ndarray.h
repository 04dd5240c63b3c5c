// np.ndarray: a strided view of a shared buffer, as numpy's (slices and
// transposes are views that write through; copies are explicit).
//
//   Python                      C++
//   np.ndarray (dtype float32)  rt::np::NDArray<float>
//   a numpy scalar (np.int64)   rt::np::Scalar<std::int64_t>   (scalar.h)
//
// Shapes and strides are in elements (strides may be negative or 0 for
// broadcast views). The buffer is owned through a shared_ptr whose deleter
// may release memory borrowed across the C ABI (no copy).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "ingot/rt/numpy/dims.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/types.h"

namespace ingot::rt::np {

using Shape = Dims;

/// Product of the extents (1 for a 0-d array).
inline Int shape_size(const Shape& shape) noexcept {
  Int n = 1;
  for (Int d : shape) n *= d;
  return n;
}
/// C-order (row-major) strides, in elements.
Shape c_strides(const Shape& shape);
/// Whether `strides` are the C-order strides of `shape` (without building them).
inline bool has_c_strides(const Shape& shape, const Shape& strides) noexcept {
  if (strides.size() != shape.size()) return false;
  Int step = 1;
  for (std::size_t k = shape.size(); k > 0; --k) {
    if (strides[k - 1] != step) return false;
    step *= shape[k - 1] > 0 ? shape[k - 1] : 1;
  }
  return true;
}
/// "(2,3)" / "(4,)" / "()": numpy's tuple repr without spaces, as in its
/// broadcast error message.
std::string shape_text(const Shape& shape);

/// Calls f(T&) on every element of the strided block at `first` (extents
/// `shape`, strides in elements), in C order: the axes with length-1 ones
/// dropped and neighbours merged where the strides allow, then an odometer
/// over the outer ones and a plain loop over the innermost.
template <class T, class F>
void for_each_strided(T* first, const Shape& shape, const Shape& strides, F&& f) {
  Shape extent, stride;
  for (std::size_t k = 0; k < shape.size(); ++k) {
    if (shape[k] == 0) return;
    if (shape[k] == 1) continue;
    if (!extent.empty() && stride.back() == strides[k] * shape[k]) {
      extent.back() *= shape[k];
      stride.back() = strides[k];
      continue;
    }
    extent.push_back(shape[k]);
    stride.push_back(strides[k]);
  }
  if (extent.empty()) {
    f(*first);
    return;
  }
  const std::size_t nd = extent.size();
  const Int inner = extent[nd - 1];
  const std::ptrdiff_t step = static_cast<std::ptrdiff_t>(stride[nd - 1]);
  Shape index(nd - 1, 0);
  T* row = first;
  while (true) {
    if (step == 1) {
      for (Int j = 0; j < inner; ++j) f(row[j]);
    } else {
      for (Int j = 0; j < inner; ++j) f(row[j * step]);
    }
    std::size_t k = nd - 1;
    while (true) {
      if (k == 0) return;
      --k;
      if (++index[k] < extent[k]) {
        row += stride[k];
        break;
      }
      index[k] = 0;
      row -= stride[k] * (extent[k] - 1);
    }
  }
}

template <Element T>
class NDArray {
 public:
  using value_type = T;
  /// type(a).__name__
  static constexpr const char* python_type_name = "ndarray";

  /// A 0-element 1-d array (what a default-constructed slot holds).
  NDArray() : NDArray(Shape{0}) {}
  /// Uninitialised elements of the given shape (np.empty); C order.
  explicit NDArray(Shape shape)
      : shape_(std::move(shape)), strides_(c_strides(shape_)) {
    const Int n = shape_size(shape_);
    // One allocation for the elements and the reference count; elements
    // uninitialised (every caller writes them all).
    std::shared_ptr<T[]> buffer = std::make_shared_for_overwrite<T[]>(static_cast<std::size_t>(n > 0 ? n : 1));
    T* first = buffer.get();
    data_ = std::shared_ptr<T>(std::move(buffer), first);
  }
  /// A view of memory owned by `owner` (another array, or a buffer borrowed
  /// across the ABI whose release runs when the last view goes).
  NDArray(std::shared_ptr<T> first, Shape shape, Shape strides)
      : data_(std::move(first)), shape_(std::move(shape)), strides_(std::move(strides)) {}

  Int ndim() const noexcept { return static_cast<Int>(shape_.size()); }
  const Shape& shape() const noexcept { return shape_; }
  const Shape& strides() const noexcept { return strides_; }
  Int size() const noexcept { return shape_size(shape_); }
  /// Element 0 of the view (the others are at data() + sum(index * stride)).
  T* data() const noexcept { return data_.get(); }
  const std::shared_ptr<T>& shared_data() const noexcept { return data_; }
  /// The parts of an array given up to another owner (np::Array's moving
  /// constructor); the array is left empty.
  std::shared_ptr<T> release_data() && noexcept { return std::move(data_); }
  Shape release_shape() && noexcept { return std::move(shape_); }
  Shape release_strides() && noexcept { return std::move(strides_); }
  bool is_c_contiguous() const noexcept { return has_c_strides(shape_, strides_) || size() <= 1; }

  /// Element at a full index (no bounds check: callers normalise first).
  T& at(const Int* index) const noexcept {
    std::ptrdiff_t offset = 0;
    for (std::size_t k = 0; k < shape_.size(); ++k) offset += static_cast<std::ptrdiff_t>(index[k] * strides_[k]);
    return data_.get()[offset];
  }

  /// Calls f(T&) on every element in C order.
  template <class F>
  void for_each(F&& f) const {
    if (is_c_contiguous()) {
      T* p = data();
      const Int n = size();
      for (Int i = 0; i < n; ++i) f(p[i]);
      return;
    }
    for_each_strided(data(), shape_, strides_, f);
  }

  /// A C-contiguous array with the same elements: itself when it already is.
  NDArray contiguous() const {
    if (is_c_contiguous()) return *this;
    return copy();
  }
  /// A C-contiguous copy (arr.copy()).
  NDArray copy() const {
    NDArray out(shape_);
    T* o = out.data();
    for_each([&](T& x) { *o++ = x; });
    return out;
  }
  /// Whether the two share a buffer (identity of views, for aliasing).
  bool same_buffer(const NDArray& other) const noexcept { return !data_.owner_before(other.data_) && !other.data_.owner_before(data_); }

 private:
  std::shared_ptr<T> data_;
  Shape shape_;
  Shape strides_;
};

}  // namespace ingot::rt::np
