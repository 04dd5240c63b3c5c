// numpy indexing: basic (integers, slices, None, ...) as views, integer-array
// ("fancy") and boolean-mask indexing as copies, their assignments,
// np.nonzero and np.where(cond).
//
//   Python                     C++ (namespace rt::np)
//   a[i] (1-d), a[i, j] (2-d)  element(a, i, j)              -> T (a numpy scalar; all axes given)
//   a[i, j] = v                element_ref(a, i, j) = v      (T&: bounds-checked)
//   a[2, 1:5:2, None]          index(a, at(2), slice(1, 5, 2), newaxis)   -> NDArray<T> view
//   a[i] (2-d: a row)          index(a, at(i))
//   a[..., 0]                  index(a, ellipsis, at(0))
//   a[1:3] = b / a[1:3] = 0    assign(index(a, slice(1, 3)), b) / fill(index(a, slice(1, 3)), T(0))
//                              (b broadcasts to the view's shape)
//   a[idx] (idx int array)     take(a, idx)                  -> copy, shape idx.shape + a.shape[1:]
//   a[[0, 2]]                  take(a, rt::List<rt::Int>{0, 2})
//   a[:, idx]                  take(a, idx, 1)               (np.take(a, idx, axis=1))
//   a[idx] = v                 put(a, idx, v)                (v: T or NDArray<T>, broadcast)
//   a[mask]                    mask_select(a, mask)          -> copy, shape (count, a.shape[mask.ndim:]...)
//   a[mask] = v                mask_assign(a, mask, v)       (v: T or NDArray<T>)
//   np.nonzero(a), np.where(a) nonzero(a), where(a)          -> rt::VarTuple<NDArray<int64_t>>
//
// Slice parts left out are std::nullopt: slice(std::nullopt, 5, 2) is
// a[:5:2]; slice() is a[:]. The result rank of index() is known when
// compiling: ndim - (number of at) + (number of newaxis).
// Errors are numpy's IndexErrors ("index 5 is out of bounds for axis 0 with
// size 3", "too many indices for array: array is 2-dimensional, but 3 were
// indexed", "boolean index did not match indexed array along axis 0; size of
// axis is 3 but size of corresponding boolean axis is 2") and ValueErrors for
// assignments ("could not broadcast input array from shape (3,) into shape
// (2,)"). Not supported: several index arrays in one subscript, and index
// arrays mixed with slices other than through take(a, idx, axis).
#pragma once

#include <cstddef>
#include <optional>
#include <type_traits>
#include <variant>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/list.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/shape.h"
#include "ingot/rt/numpy/shape_util.h"
#include "ingot/rt/types.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt::np {

/// An integer in a subscript (removes the axis).
struct At {
  Int i;
};
/// start:stop:step in a subscript (parts left out: std::nullopt).
struct SliceIndex {
  std::optional<Int> start, stop, step;
};
/// None / np.newaxis in a subscript (inserts an axis of length 1).
struct NewAxis {};
/// `...` in a subscript.
struct EllipsisIndex {};

inline At at(Int i) { return At{i}; }
inline SliceIndex slice(std::optional<Int> start = std::nullopt, std::optional<Int> stop = std::nullopt,
                        std::optional<Int> step = std::nullopt) {
  return SliceIndex{start, stop, step};
}
inline constexpr NewAxis newaxis{};
inline constexpr EllipsisIndex ellipsis{};

using Index = std::variant<At, SliceIndex, NewAxis, EllipsisIndex>;

namespace detail {

/// Where a basic subscript lands: the first element's offset, and the view's shape and strides.
struct BasicView {
  std::ptrdiff_t offset = 0;
  Shape shape, strides;
};
BasicView basic_index(const Shape& shape, const Shape& strides, const std::vector<Index>& index);
/// Normalises an integer index along `axis` of length n (numpy's IndexError).
Int check_index(Int i, Int axis, Int n);
[[noreturn]] void raise_too_many_indices(Int ndim, Int given);
[[noreturn]] void raise_bool_mismatch(Int axis, Int size, Int bool_size);
[[noreturn]] void raise_assign_broadcast(const Shape& from, const Shape& to);
[[noreturn]] void raise_value_shape_mismatch(const Shape& value, const Shape& result);
[[noreturn]] void raise_mask_assign_count(Int values, Int outputs);
/// Several index arrays whose shapes do not broadcast: "shape mismatch:
/// indexing arrays could not be broadcast together with shapes (2,3) (4,) ".
[[noreturn]] void raise_index_broadcast(const std::vector<Shape>& shapes);

template <class T>
NDArray<T> view_at(const NDArray<T>& a, BasicView v) {
  return NDArray<T>(std::shared_ptr<T>(a.shared_data(), a.data() + v.offset), std::move(v.shape), std::move(v.strides));
}

/// Indices as a C-order list of Int, with the index array's shape.
template <class I>
std::vector<Int> index_values(const NDArray<I>& idx) {
  static_assert(std::is_integral_v<I> && !std::is_same_v<I, bool>, "an index array needs an integer dtype");
  std::vector<Int> v;
  v.reserve(static_cast<std::size_t>(idx.size()));
  idx.for_each([&](I& x) { v.push_back(static_cast<Int>(x)); });
  return v;
}

/// The positions `mask` selects in C order: for each true element, its
/// multi-index (mask.ndim entries each).
std::vector<Int> mask_positions(const NDArray<bool>& mask, const Shape& a_shape);

}  // namespace detail

// -- basic indexing (views) -----------------------------------------------------------

/// a[ix...] with integers, slices, newaxis and one ellipsis: a view.
template <Element T, class... Ix>
NDArray<T> index(const NDArray<T>& a, const Ix&... ix) {
  const std::vector<Index> idx{Index(ix)...};
  return detail::view_at(a, detail::basic_index(a.shape(), a.strides(), idx));
}
template <Element T>
NDArray<T> index(const NDArray<T>& a, const std::vector<Index>& idx) {
  return detail::view_at(a, detail::basic_index(a.shape(), a.strides(), idx));
}

/// The element at integer indices, one per axis (negative count from the end).
template <Element T, class... Is>
T& element_ref(const NDArray<T>& a, Is... is) {
  static_assert((std::is_integral_v<Is> && ...));
  constexpr std::size_t n = sizeof...(Is);
  if (static_cast<Int>(n) > a.ndim()) detail::raise_too_many_indices(a.ndim(), static_cast<Int>(n));
  if (static_cast<Int>(n) < a.ndim()) raise(ExcType::IndexError, "element() needs one index per axis (use index())");
  const Int idx[n > 0 ? n : 1] = {static_cast<Int>(is)...};
  std::ptrdiff_t off = 0;
  for (std::size_t k = 0; k < n; ++k) {
    off += static_cast<std::ptrdiff_t>(detail::check_index(idx[k], static_cast<Int>(k), a.shape()[k]) * a.strides()[k]);
  }
  return a.data()[off];
}
template <Element T, class... Is>
T element(const NDArray<T>& a, Is... is) {
  return element_ref(a, is...);
}

/// dst[...] = value: value broadcast to dst's shape (numpy's ValueError
/// otherwise); value may overlap dst (it is read first).
template <Element T>
void assign(const NDArray<T>& dst, const NDArray<T>& value) {
  if (!broadcasts_to(value.shape(), dst.shape())) detail::raise_assign_broadcast(value.shape(), dst.shape());
  const NDArray<T> src = broadcast_view(value, dst.shape());
  if (src.same_buffer(dst)) {
    detail::copy_into(dst, src.copy());
  } else {
    detail::copy_into(dst, src);
  }
}
/// dst[...] = scalar
template <Element T>
void fill(const NDArray<T>& dst, T value) {
  dst.for_each([&](T& x) { x = value; });
}

// -- integer-array indexing (copies) ---------------------------------------------------

/// a[idx] along `axis` (np.take(a, idx, axis)): the result's shape is a's
/// with that axis replaced by idx's shape.
template <Element T, Element I>
NDArray<T> take(const NDArray<T>& a, const NDArray<I>& idx, Int axis = 0) {
  if (a.ndim() == 0) detail::raise_too_many_indices(0, 1);
  axis = normalize_axis(axis, a.ndim());
  const std::size_t ax = static_cast<std::size_t>(axis);
  const std::vector<Int> iv = detail::index_values(idx);
  const Int n = a.shape()[ax];
  std::vector<Int> pos(iv.size());
  for (std::size_t k = 0; k < iv.size(); ++k) pos[k] = detail::check_index(iv[k], axis, n);
  Shape out_shape(a.shape().begin(), a.shape().begin() + axis);
  out_shape.insert(out_shape.end(), idx.shape().begin(), idx.shape().end());
  out_shape.insert(out_shape.end(), a.shape().begin() + axis + 1, a.shape().end());
  NDArray<T> out(out_shape);
  if (out.size() == 0) return out;
  // outer (axes before) x positions x inner (axes after), inner copied as a sub-array.
  Shape outer_shape(a.shape().begin(), a.shape().begin() + axis);
  Shape inner_shape(a.shape().begin() + axis + 1, a.shape().end());
  Shape inner_strides(a.strides().begin() + axis + 1, a.strides().end());
  const Int outer = shape_size(outer_shape), inner = shape_size(inner_shape);
  T* o = out.data();
  std::vector<Int> oi(outer_shape.size(), 0);
  const Int step = a.strides()[ax];
  for (Int t = 0; t < outer; ++t) {
    std::ptrdiff_t base = 0;
    for (std::size_t d = 0; d < oi.size(); ++d) base += static_cast<std::ptrdiff_t>(oi[d] * a.strides()[d]);
    if (inner_shape.empty()) {  // one element per index (a 1-d array, or the last axis)
      for (Int p : pos) *o++ = a.data()[base + p * step];
    } else if (has_c_strides(inner_shape, inner_strides)) {  // contiguous rows
      for (Int p : pos) {
        const T* row = a.data() + base + p * step;
        for (Int j = 0; j < inner; ++j) o[j] = row[j];
        o += inner;
      }
    } else {
      for (Int p : pos) for_each_strided(a.data() + base + p * step, inner_shape, inner_strides, [&](T& x) { *o++ = x; });
    }
    for (std::size_t d = oi.size(); d > 0; --d) {
      if (++oi[d - 1] < outer_shape[d - 1]) break;
      oi[d - 1] = 0;
    }
  }
  return out;
}
template <Element T>
NDArray<T> take(const NDArray<T>& a, const List<Int>& idx, Int axis = 0) {
  NDArray<Int> iv(Shape{idx.len()});
  for (Int k = 0; k < idx.len(); ++k) iv.data()[k] = idx.item(static_cast<std::size_t>(k));
  return take(a, iv, axis);
}

/// a[idx] = value (along axis 0; value broadcast to the indexing result's
/// shape; repeated indices: the last write wins, as numpy's).
template <Element T, Element I>
void put(const NDArray<T>& a, const NDArray<I>& idx, const NDArray<T>& value) {
  if (a.ndim() == 0) detail::raise_too_many_indices(0, 1);
  const std::vector<Int> iv = detail::index_values(idx);
  const Int n = a.shape()[0];
  Shape result_shape = idx.shape();
  result_shape.insert(result_shape.end(), a.shape().begin() + 1, a.shape().end());
  std::vector<Int> pos(iv.size());
  for (std::size_t k = 0; k < iv.size(); ++k) pos[k] = detail::check_index(iv[k], 0, n);
  if (!broadcasts_to(value.shape(), result_shape)) detail::raise_value_shape_mismatch(value.shape(), result_shape);
  const NDArray<T> src = broadcast_view(value, result_shape).copy();  // read first: value may alias a
  const Shape row_shape(a.shape().begin() + 1, a.shape().end());
  const Shape row_strides(a.strides().begin() + 1, a.strides().end());
  const Int row = shape_size(row_shape);
  for (std::size_t k = 0; k < pos.size(); ++k) {
    const NDArray<T> dst(std::shared_ptr<T>(a.shared_data(), a.data() + pos[k] * a.strides()[0]), row_shape, row_strides);
    const T* s = src.data() + static_cast<std::ptrdiff_t>(k) * row;
    dst.for_each([&](T& x) { x = *s++; });
  }
}
template <Element T, Element I>
void put(const NDArray<T>& a, const NDArray<I>& idx, T value) {
  NDArray<T> v(Shape{});
  v.data()[0] = value;
  put(a, idx, v);
}
template <Element T, class V>
void put(const NDArray<T>& a, const List<Int>& idx, const V& value) {
  NDArray<Int> iv(Shape{idx.len()});
  for (Int k = 0; k < idx.len(); ++k) iv.data()[k] = idx.item(static_cast<std::size_t>(k));
  put(a, iv, value);
}

// -- boolean-mask indexing -------------------------------------------------------------------

/// a[mask]: mask's shape must equal a's leading extents; the result is
/// (number of True, a.shape[mask.ndim:]...), in C order.
template <Element T>
NDArray<T> mask_select(const NDArray<T>& a, const NDArray<bool>& mask) {
  const std::vector<Int> pos = detail::mask_positions(mask, a.shape());
  const std::size_t md = mask.shape().size();
  const Int count = static_cast<Int>(md ? pos.size() / md : (mask.data()[0] ? 1 : 0));
  Shape out_shape{count};
  const Shape rest(a.shape().begin() + static_cast<std::ptrdiff_t>(md), a.shape().end());
  const Shape rest_strides(a.strides().begin() + static_cast<std::ptrdiff_t>(md), a.strides().end());
  out_shape.insert(out_shape.end(), rest.begin(), rest.end());
  NDArray<T> out(out_shape);
  T* o = out.data();
  for (Int c = 0; c < count; ++c) {
    std::ptrdiff_t off = 0;
    for (std::size_t d = 0; d < md; ++d) off += static_cast<std::ptrdiff_t>(pos[static_cast<std::size_t>(c) * md + d] * a.strides()[d]);
    if (rest.empty()) *o++ = a.data()[off];
    else for_each_strided(a.data() + off, rest, rest_strides, [&](T& x) { *o++ = x; });
  }
  return out;
}

/// a[mask] = value: value broadcast to the selection's shape; a 1-d value
/// with a full-rank mask must have one item per True (or exactly one).
template <Element T>
void mask_assign(const NDArray<T>& a, const NDArray<bool>& mask, const NDArray<T>& value) {
  const std::vector<Int> pos = detail::mask_positions(mask, a.shape());
  const std::size_t md = mask.shape().size();
  const Int count = static_cast<Int>(md ? pos.size() / md : (mask.data()[0] ? 1 : 0));
  const Shape rest(a.shape().begin() + static_cast<std::ptrdiff_t>(md), a.shape().end());
  const Shape rest_strides(a.strides().begin() + static_cast<std::ptrdiff_t>(md), a.strides().end());
  Shape result_shape{count};
  result_shape.insert(result_shape.end(), rest.begin(), rest.end());
  if (!broadcasts_to(value.shape(), result_shape)) {
    if (rest.empty() && value.ndim() <= 1) detail::raise_mask_assign_count(value.size(), count);
    detail::raise_value_shape_mismatch(value.shape(), result_shape);
  }
  const NDArray<T> src = broadcast_view(value, result_shape).copy();
  const Int row = shape_size(rest);
  for (Int c = 0; c < count; ++c) {
    std::ptrdiff_t off = 0;
    for (std::size_t d = 0; d < md; ++d) off += static_cast<std::ptrdiff_t>(pos[static_cast<std::size_t>(c) * md + d] * a.strides()[d]);
    const NDArray<T> dst(std::shared_ptr<T>(a.shared_data(), a.data() + off), rest, rest_strides);
    const T* s = src.data() + c * row;
    dst.for_each([&](T& x) { x = *s++; });
  }
}
template <Element T>
void mask_assign(const NDArray<T>& a, const NDArray<bool>& mask, T value) {
  NDArray<T> v(Shape{});
  v.data()[0] = value;
  mask_assign(a, mask, v);
}

// -- nonzero / where ---------------------------------------------------------------------------

/// np.nonzero(a): one int64 array per axis with the indices of the nonzero
/// elements in C order. A 0-d array raises ValueError, as numpy 2.x.
template <Element T>
VarTuple<NDArray<Int>> nonzero(const NDArray<T>& a) {
  if (a.ndim() == 0) {
    raise(ExcType::ValueError,
          "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.");
  }
  const std::size_t nd = a.shape().size();
  std::vector<std::vector<Int>> idx(nd);
  Shape index(nd, 0);
  if (a.size() > 0) {
    a.for_each([&](T& x) {
      if (static_cast<compute_t<T>>(x) != compute_t<T>(0)) {
        for (std::size_t d = 0; d < nd; ++d) idx[d].push_back(index[d]);
      }
      for (std::size_t d = nd; d > 0; --d) {
        if (++index[d - 1] < a.shape()[d - 1]) break;
        index[d - 1] = 0;
      }
    });
  }
  typename VarTuple<NDArray<Int>>::storage_type out;
  for (std::size_t d = 0; d < nd; ++d) {
    NDArray<Int> r(Shape{static_cast<Int>(idx[d].size())});
    for (std::size_t k = 0; k < idx[d].size(); ++k) r.data()[k] = idx[d][k];
    out.push_back(r);
  }
  return VarTuple<NDArray<Int>>(std::move(out));
}
/// np.where(cond) with one argument: np.nonzero(cond).
template <Element T>
VarTuple<NDArray<Int>> where(const NDArray<T>& cond) {
  return nonzero(cond);
}

}  // namespace ingot::rt::np
