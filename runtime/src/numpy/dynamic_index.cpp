// Subscripts of np::Array (dynamic_index.h): basic indexing as views (over
// index.h's basic_index), one integer or boolean index array per subscript
// as copies (take / mask_select, with the axes moved as numpy places them).
#include "ingot/rt/numpy/dynamic_index.h"

#include <numeric>
#include <string>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/creation.h"
#include "ingot/rt/numpy/index.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt::np {

using namespace dyn;

namespace {

/// A fresh 0-d copy of a's only element, flagged as a numpy scalar.
Array scalar_copy(const Array& a) {
  return dispatch(a.dtype(), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return make_scalar_array<T>(*static_cast<const T*>(a.data()), true);
  });
}

/// The array with its axes permuted (a view).
Array permute(const Array& a, const std::vector<std::size_t>& perm) {
  Shape s, st;
  for (std::size_t k : perm) {
    s.push_back(a.shape()[k]);
    st.push_back(a.strides()[k]);
  }
  return Array(a.dtype(), a.shared_data(), std::move(s), std::move(st), false);
}
/// Axes [first, first + count) moved to the front.
Array axes_to_front(const Array& a, std::size_t first, std::size_t count) {
  std::vector<std::size_t> perm;
  for (std::size_t k = 0; k < count; ++k) perm.push_back(first + k);
  for (std::size_t k = 0; k < a.shape().size(); ++k) {
    if (k < first || k >= first + count) perm.push_back(k);
  }
  return permute(a, perm);
}
/// The first `count` axes moved to position `pos`.
Array front_axes_to(const Array& a, std::size_t pos, std::size_t count) {
  std::vector<std::size_t> perm;
  const std::size_t nd = a.shape().size();
  for (std::size_t k = count; k < count + pos; ++k) perm.push_back(k);
  for (std::size_t k = 0; k < count; ++k) perm.push_back(k);
  for (std::size_t k = count + pos; k < nd; ++k) perm.push_back(k);
  return permute(a, perm);
}

/// A subscript parsed: the basic part (the index array replaced by a full
/// slice), and where the index array lands in the basic view.
struct Parsed {
  std::vector<Index> basic;
  bool has_ellipsis = false;
  bool has_take = false;
  Array take;                  // the index array (int64 or bool)
  bool mask = false;
  std::size_t take_axes = 0;   // axes of `a` it consumes (1, or the mask's ndim)
  std::size_t view_axis = 0;   // its first axis in the basic view
  bool separated = false;      // integers not next to the index array (numpy moves the result axes first)
};

Parsed parse(const Array& a, const std::vector<Subscript>& index) {
  Parsed p;
  std::size_t n_take = 0;
  std::size_t consumed = 0;
  for (const Subscript& s : index) {
    if (const auto* t = std::get_if<TakeIndex>(&s)) {
      if (t->array.ndim() == 0 && is_integer(t->array.dtype())) {
        ++consumed;
        continue;
      }
      ++n_take;
      consumed += is_bool(t->array.dtype()) ? static_cast<std::size_t>(t->array.ndim()) : 1;
    } else if (std::holds_alternative<At>(s) || std::holds_alternative<SliceIndex>(s)) {
      ++consumed;
    }
  }
  if (n_take > 1) {
    raise(ExcType::IndexError, "several index arrays in one subscript are not supported by compiled code");
  }
  const Int nd = a.ndim();
  const std::size_t ellipsis_axes = static_cast<Int>(consumed) <= nd ? static_cast<std::size_t>(nd) - consumed : 0;
  std::size_t out_axes = 0;  // axes of the basic view produced so far
  bool seen_ellipsis = false;
  int first_adv = -1, last_adv = -1, take_pos = -1;
  std::vector<int> int_positions;
  for (std::size_t k = 0; k < index.size(); ++k) {
    const Subscript& s = index[k];
    if (const auto* t = std::get_if<TakeIndex>(&s)) {
      const Array& arr = t->array;
      if (arr.ndim() == 0 && is_integer(arr.dtype())) {
        p.basic.push_back(At{to_int(arr)});
        int_positions.push_back(static_cast<int>(k));
        continue;
      }
      if (arr.ndim() == 0) raise(ExcType::IndexError, "a 0-d boolean index is not supported by compiled code");
      if (!is_integer(arr.dtype()) && !is_bool(arr.dtype())) {
        raise(ExcType::IndexError,
              "arrays used as indices must be of integer (or boolean) type");
      }
      p.has_take = true;
      p.mask = is_bool(arr.dtype());
      p.take = p.mask ? arr : cast_array(arr, INGOT_DTYPE_INT64);
      p.take_axes = p.mask ? static_cast<std::size_t>(arr.ndim()) : 1;
      p.view_axis = out_axes;
      take_pos = static_cast<int>(k);
      for (std::size_t j = 0; j < p.take_axes; ++j) p.basic.push_back(SliceIndex{});
      out_axes += p.take_axes;
    } else if (std::holds_alternative<At>(s)) {
      p.basic.push_back(std::get<At>(s));
      int_positions.push_back(static_cast<int>(k));
    } else if (std::holds_alternative<SliceIndex>(s)) {
      p.basic.push_back(std::get<SliceIndex>(s));
      ++out_axes;
    } else if (std::holds_alternative<NewAxis>(s)) {
      p.basic.push_back(NewAxis{});
      ++out_axes;
    } else {
      if (seen_ellipsis) raise(ExcType::IndexError, "an index can only have a single ellipsis ('...')");
      seen_ellipsis = true;
      p.has_ellipsis = true;
      p.basic.push_back(EllipsisIndex{});
      out_axes += ellipsis_axes;
    }
  }
  if (p.has_take && !int_positions.empty()) {
    first_adv = take_pos;
    last_adv = take_pos;
    for (int q : int_positions) {
      first_adv = std::min(first_adv, q);
      last_adv = std::max(last_adv, q);
    }
    // Adjacent when every subscript between the first and last advanced one is advanced.
    for (int q = first_adv; q <= last_adv; ++q) {
      const Subscript& s = index[static_cast<std::size_t>(q)];
      const bool adv = std::holds_alternative<At>(s) || std::holds_alternative<TakeIndex>(s);
      if (!adv) p.separated = true;
    }
  }
  return p;
}

Array basic_view(const Array& a, const std::vector<Index>& idx) {
  detail::BasicView v = detail::basic_index(a.shape(), a.strides(), idx);
  const std::size_t bytes = static_cast<std::size_t>(itemsize(a.dtype()));
  std::shared_ptr<void> first(a.shared_data(), static_cast<char*>(a.data()) + v.offset * static_cast<std::ptrdiff_t>(bytes));
  return Array(a.dtype(), std::move(first), std::move(v.shape), std::move(v.strides), false);
}

[[noreturn]] void raise_bool_mismatch(Int axis, Int size, Int bool_size) {
  raise(ExcType::IndexError, "boolean index did not match indexed array along axis " + std::to_string(axis) +
                                 "; size of axis is " + std::to_string(size) +
                                 " but size of corresponding boolean axis is " + std::to_string(bool_size));
}

/// The basic view with the index array's axes moved to the front, checked
/// against a boolean mask's shape.
Array view_for_take(const Array& a, const Parsed& p) {
  const Array v = basic_view(a, p.basic);
  if (p.mask) {
    for (std::size_t k = 0; k < p.take_axes; ++k) {
      const Int size = v.shape()[p.view_axis + k], bsize = p.take.shape()[k];
      if (size != bsize) raise_bool_mismatch(static_cast<Int>(p.view_axis + k), size, bsize);
    }
  }
  return axes_to_front(v, p.view_axis, p.take_axes);
}

}  // namespace

Array getitem(const Array& a, const std::vector<Subscript>& index) {
  const Parsed p = parse(a, index);
  if (!p.has_take) {
    const Array v = basic_view(a, p.basic);
    if (v.ndim() == 0 && !p.has_ellipsis) return scalar_copy(v);
    return v;
  }
  const Array v = view_for_take(a, p);
  Array r = dispatch(a.dtype(), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    const NDArray<T> x = typed<T>(v);
    if (p.mask) return Array(np::mask_select(x, typed<bool>(p.take)));
    return Array(np::take(x, typed<Int>(p.take), 0));
  });
  const std::size_t result_axes = p.mask ? 1 : static_cast<std::size_t>(p.take.ndim());
  if (p.separated || p.view_axis == 0) return r;
  return front_axes_to(r, p.view_axis, result_axes);
}

namespace {
/// The value of an assignment as an array of dtype d (numpy's setitem:
/// Python ints range-checked, Python floats into ints through int()).
Array assigned_value(const Operand& value, ingot_dtype d) {
  if (value.is_array()) return cast_array(value.array(), d);
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    T x{};
    switch (value.kind()) {
      case Operand::Kind::Int: x = np::detail::from_python<T>(value.int_value()); break;
      case Operand::Kind::Float: x = np::detail::from_python<T>(value.float_value()); break;
      default: x = np::detail::from_python<T>(value.bool_value()); break;
    }
    return make_scalar_array<T>(x, false);
  });
}
}  // namespace

void setitem(const Array& a, const std::vector<Subscript>& index, const Operand& value) {
  const Parsed p = parse(a, index);
  const Array val = assigned_value(value, a.dtype());
  if (!p.has_take) {
    const Array v = basic_view(a, p.basic);
    dispatch(a.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      np::assign(typed<T>(v), typed<T>(val));
    });
    return;
  }
  const Array v = view_for_take(a, p);
  // The value, laid out as the selection with the index array's axes first.
  Array vt = val;
  if (val.ndim() > 0 && !p.separated && p.view_axis > 0) {
    const std::size_t result_axes = p.mask ? 1 : static_cast<std::size_t>(p.take.ndim());
    // The selection's shape as numpy has it (index axes at view_axis).
    const Shape sel = getitem(a, index).shape();
    const Array b = dispatch(val.dtype(), [&](auto tag) -> Array {
      using T = typename decltype(tag)::type;
      const NDArray<T> x = typed<T>(val);
      if (!broadcasts_to(x.shape(), sel)) np::detail::raise_value_shape_mismatch(x.shape(), sel);
      return Array(broadcast_view(x, sel));
    });
    vt = axes_to_front(b, p.view_axis, result_axes);
  }
  dispatch(a.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    const NDArray<T> x = typed<T>(v);
    if (p.mask) np::mask_assign(x, typed<bool>(p.take), typed<T>(vt));
    else np::put(x, typed<Int>(p.take), typed<T>(vt));
  });
}

VarTuple<Array> nonzero(const Array& a) {
  return dispatch(a.dtype(), [&](auto tag) -> VarTuple<Array> {
    using T = typename decltype(tag)::type;
    const VarTuple<NDArray<Int>> r = np::nonzero(typed<T>(a));
    typename VarTuple<Array>::storage_type items;
    for (const NDArray<Int>& x : r) items.push_back(Array(x));
    return VarTuple<Array>(std::move(items));
  });
}

std::vector<Array> rows(const Array& a) {
  if (a.ndim() == 0) raise(ExcType::TypeError, "iteration over a 0-d array");
  const Int n = a.shape()[0];
  std::vector<Array> out;
  out.reserve(static_cast<std::size_t>(n));
  const Shape shape(a.shape().begin() + 1, a.shape().end());
  const Shape strides(a.strides().begin() + 1, a.strides().end());
  const std::ptrdiff_t bytes = itemsize(a.dtype());
  for (Int i = 0; i < n; ++i) {
    std::shared_ptr<void> first(a.shared_data(), static_cast<char*>(a.data()) + i * a.strides()[0] * bytes);
    Array r(a.dtype(), std::move(first), shape, strides, false);
    out.push_back(a.ndim() == 1 ? scalar_copy(r) : r);
  }
  return out;
}

}  // namespace ingot::rt::np
