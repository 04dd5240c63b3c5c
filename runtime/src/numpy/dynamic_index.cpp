// Subscripts of np::Array (dynamic_index.h): basic indexing as views (over
// index.h's basic_index), one integer or boolean index array per subscript
// as copies (take / mask_select, with the axes moved as numpy places them),
// several index arrays by element offsets (parse_multi).
#include "ingot/rt/numpy/dynamic_index.h"

#include <numeric>
#include <string>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/creation.h"
#include "ingot/rt/numpy/dynamic_create.h"
#include "ingot/rt/numpy/index.h"
#include "ingot/rt/slice.h"
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
  std::size_t a_axis = 0;      // its first axis in `a` (numpy's error messages count these)
  bool bool0 = false;          // a 0-d boolean index (a new axis of extent 1, or 0 when false)
  bool bool0_value = false;
  bool separated = false;      // integers not next to the index array (numpy moves the result axes first)
};

Parsed parse(const Array& a, Subscripts index) {
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
  std::size_t a_axes = 0;    // axes of `a` consumed so far
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
        ++a_axes;
        continue;
      }
      if (arr.ndim() == 0 && is_bool(arr.dtype())) {
        // numpy: a[True] is a[np.newaxis] (copied), a[False] the same with extent 0.
        p.bool0 = true;
        p.bool0_value = truthy(arr);
        p.view_axis = out_axes;
        take_pos = static_cast<int>(k);
        p.basic.push_back(NewAxis{});
        ++out_axes;
        continue;
      }
      if (!is_integer(arr.dtype()) && !is_bool(arr.dtype())) {
        raise(ExcType::IndexError,
              "arrays used as indices must be of integer (or boolean) type");
      }
      p.has_take = true;
      p.mask = is_bool(arr.dtype());
      p.take = p.mask ? arr : cast_array(arr, INGOT_DTYPE_INT64);
      p.take_axes = p.mask ? static_cast<std::size_t>(arr.ndim()) : 1;
      p.view_axis = out_axes;
      p.a_axis = a_axes;
      take_pos = static_cast<int>(k);
      for (std::size_t j = 0; j < p.take_axes; ++j) p.basic.push_back(SliceIndex{});
      out_axes += p.take_axes;
      a_axes += p.take_axes;
    } else if (std::holds_alternative<At>(s)) {
      p.basic.push_back(std::get<At>(s));
      int_positions.push_back(static_cast<int>(k));
      ++a_axes;
    } else if (std::holds_alternative<SliceIndex>(s)) {
      p.basic.push_back(std::get<SliceIndex>(s));
      ++out_axes;
      ++a_axes;
    } else if (std::holds_alternative<NewAxis>(s)) {
      p.basic.push_back(NewAxis{});
      ++out_axes;
    } else {
      if (seen_ellipsis) raise(ExcType::IndexError, "an index can only have a single ellipsis ('...')");
      seen_ellipsis = true;
      p.has_ellipsis = true;
      p.basic.push_back(EllipsisIndex{});
      out_axes += ellipsis_axes;
      a_axes += ellipsis_axes;
    }
  }
  if ((p.has_take || p.bool0) && !int_positions.empty()) {
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
      if (size != bsize) raise_bool_mismatch(static_cast<Int>(p.a_axis + k), size, bsize);
    }
  } else {
    // Bounds first, with the axis of `a` in the message (take/put would name axis 0).
    const Int n = v.shape()[p.view_axis];
    const Array idx = p.take.is_c_contiguous() ? p.take : copy(p.take);
    const Int* ix = static_cast<const Int*>(idx.data());
    for (Int k = 0; k < idx.size(); ++k) np::detail::check_index(ix[k], static_cast<Int>(p.a_axis), n);
  }
  return axes_to_front(v, p.view_axis, p.take_axes);
}

/// The basic view of a subscript with a 0-d boolean index: its new axis of
/// extent 1 (0 when false), moved first when numpy puts the advanced axes
/// first (integers separated from it).
Array view_for_bool0(const Array& a, const Parsed& p) {
  Array v = basic_view(a, p.basic);
  if (!p.bool0_value) {
    Shape s = v.shape();
    s[p.view_axis] = 0;
    v = Array(v.dtype(), v.shared_data(), std::move(s), v.strides(), false);
  }
  if (p.separated && p.view_axis > 0) v = axes_to_front(v, p.view_axis, 1);
  return v;
}

/// a[i, j], a[i], a[1:3, ::2]: integers and slices only, the common case,
/// without parse()'s bookkeeping (the same view and errors as basic_index).
/// False when the subscript has anything else.
bool simple_getitem(const Array& a, Subscripts index, Array& out) {
  for (const Subscript& s : index) {
    if (!std::holds_alternative<At>(s) && !std::holds_alternative<SliceIndex>(s)) return false;
  }
  const Shape& shape = a.shape();
  const Shape& strides = a.strides();
  if (index.size() > shape.size()) {
    np::detail::raise_too_many_indices(a.ndim(), static_cast<Int>(index.size()));
  }
  std::ptrdiff_t offset = 0;
  Shape s, st;
  for (std::size_t axis = 0; axis < index.size(); ++axis) {
    if (const At* i = std::get_if<At>(&index[axis])) {
      offset += static_cast<std::ptrdiff_t>(np::detail::check_index(i->i, static_cast<Int>(axis), shape[axis]) *
                                            strides[axis]);
    } else {
      const SliceIndex& sl = std::get<SliceIndex>(index[axis]);
      const SliceRange r = adjust_slice(Slice(sl.start, sl.stop, sl.step), static_cast<std::size_t>(shape[axis]));
      if (r.count > 0) offset += static_cast<std::ptrdiff_t>(r.start * strides[axis]);
      s.push_back(static_cast<Int>(r.count));
      st.push_back(strides[axis] * r.step);
    }
  }
  for (std::size_t axis = index.size(); axis < shape.size(); ++axis) {
    s.push_back(shape[axis]);
    st.push_back(strides[axis]);
  }
  const std::ptrdiff_t bytes = itemsize(a.dtype());
  void* first = static_cast<char*>(a.data()) + offset * bytes;
  if (s.empty()) {  // every axis named: a numpy scalar (a copy)
    out = dispatch(a.dtype(), [&](auto tag) -> Array {
      using T = typename decltype(tag)::type;
      return make_scalar_array<T>(*static_cast<const T*>(first), true);
    });
    return true;
  }
  out = Array(a.dtype(), std::shared_ptr<void>(a.shared_data(), first), std::move(s), std::move(st), false);
  return true;
}

/// The address of a[i, j, ...] when every axis is indexed by an integer
/// (nullptr otherwise); an index out of range raises getitem's IndexError.
const void* element_address(const Array& a, Subscripts index) {
  const Shape& shape = a.shape();
  if (index.size() != shape.size()) return nullptr;
  for (const Subscript& s : index) {
    if (!std::holds_alternative<At>(s)) return nullptr;
  }
  std::ptrdiff_t offset = 0;
  for (std::size_t axis = 0; axis < index.size(); ++axis) {
    const Int i = np::detail::check_index(std::get<At>(index[axis]).i, static_cast<Int>(axis), shape[axis]);
    offset += static_cast<std::ptrdiff_t>(i * a.strides()[axis]);
  }
  return static_cast<const char*>(a.data()) + offset * itemsize(a.dtype());
}

/// A numpy scalar viewing one element of `a` without owning it: only read
/// at once (int(), float()).
Array element_view(const Array& a, const void* p) {
  return Array(a.dtype(), std::shared_ptr<void>(std::shared_ptr<void>(), const_cast<void*>(p)), Shape{}, Shape{}, true);
}

// ---- Several index arrays: a[rows, cols], a[np.nonzero(m)] ----------------
//
// numpy's general advanced indexing: boolean arrays become their nonzero()
// index arrays; integers next to index arrays count as 0-d index arrays; the
// index arrays broadcast to one shape B, which replaces the axes they index:
// in place when the advanced subscripts are adjacent, else first. Computed
// as element offsets: one per position of B (the index arrays) plus one per
// position of the other axes, gathered (getitem) or scattered (setitem).

/// The number of index arrays with at least one axis (a 0-d integer array is
/// an integer; a 0-d boolean one is counted: parse() refuses it with others).
std::size_t count_index_arrays(Subscripts index) {
  std::size_t n = 0;
  for (const Subscript& s : index) {
    const auto* t = std::get_if<TakeIndex>(&s);
    if (t && !(t->array.ndim() == 0 && is_integer(t->array.dtype()))) ++n;
  }
  return n;
}

struct MultiIndex {
  Array view;                    // basic view, the advanced subscripts as full slices
  std::vector<Array> arrays;     // int64 index arrays (integers as 0-d), in subscript order
  std::vector<std::size_t> axes; // the view axis each one indexes
  std::vector<Int> offsets;      // per position of B (C order): the element offset they select
  Shape b;                       // the broadcast shape of the index arrays
  Shape rest_shape, rest_strides;  // the view's other axes, in order
  std::size_t first_axis = 0;    // view axis of the first advanced subscript
  bool separated = false;        // advanced subscripts not adjacent: B goes first
};

/// One advanced subscript of the view: the index array and the view / `a` axis.
struct Advanced {
  Array array;
  std::size_t view_axis;
  Int a_axis;
  bool integer = false;  // an integer subscript (a 0-d index array)
};

/// Element offsets of every position of `shape` (C order) under `strides`.
std::vector<Int> c_order_offsets(const Shape& shape, const Shape& strides) {
  Int n = 1;
  for (Int d : shape) n *= d;
  std::vector<Int> out;
  out.reserve(static_cast<std::size_t>(n));
  if (n == 0) return out;
  const std::size_t nd = shape.size();
  Shape index(nd, 0);
  Int off = 0;
  for (Int k = 0; k < n; ++k) {
    out.push_back(off);
    for (std::size_t d = nd; d > 0; --d) {
      off += strides[d - 1];
      if (++index[d - 1] < shape[d - 1]) break;
      off -= strides[d - 1] * shape[d - 1];
      index[d - 1] = 0;
    }
  }
  return out;
}

MultiIndex parse_multi(const Array& a, Subscripts index) {
  std::size_t consumed = 0;
  for (const Subscript& s : index) {
    if (const auto* t = std::get_if<TakeIndex>(&s)) {
      consumed += is_bool(t->array.dtype()) ? static_cast<std::size_t>(t->array.ndim()) : 1;
    } else if (std::holds_alternative<At>(s) || std::holds_alternative<SliceIndex>(s)) {
      ++consumed;
    }
  }
  const std::size_t nd = static_cast<std::size_t>(a.ndim());
  const std::size_t ellipsis_axes = consumed <= nd ? nd - consumed : 0;
  MultiIndex m;
  std::vector<Index> basic;
  std::vector<Advanced> adv;
  std::vector<std::pair<Array, std::size_t>> masks;  // boolean arrays and their first adv entry
  std::size_t out_axes = 0, a_axes = 0;
  int first_pos = -1, last_pos = -1;
  bool seen_ellipsis = false;
  auto advanced_at = [&](std::size_t k) {
    if (first_pos < 0) first_pos = static_cast<int>(k);
    last_pos = static_cast<int>(k);
  };
  for (std::size_t k = 0; k < index.size(); ++k) {
    const Subscript& s = index[k];
    if (const auto* t = std::get_if<TakeIndex>(&s)) {
      const Array& arr = t->array;
      if (arr.ndim() == 0 && is_bool(arr.dtype())) {
        raise(ExcType::IndexError, "several index arrays in one subscript are not supported by compiled code");
      }
      if (!is_integer(arr.dtype()) && !is_bool(arr.dtype())) {
        raise(ExcType::IndexError, "arrays used as indices must be of integer (or boolean) type");
      }
      advanced_at(k);
      const std::size_t axes = is_bool(arr.dtype()) ? static_cast<std::size_t>(arr.ndim()) : 1;
      if (is_bool(arr.dtype())) masks.emplace_back(arr, adv.size());
      for (std::size_t j = 0; j < axes; ++j) {
        adv.push_back({is_bool(arr.dtype()) ? Array() : cast_array(arr, INGOT_DTYPE_INT64), out_axes + j,
                       static_cast<Int>(a_axes + j), arr.ndim() == 0});
        basic.push_back(SliceIndex{});
      }
      out_axes += axes;
      a_axes += axes;
    } else if (const At* i = std::get_if<At>(&s)) {
      advanced_at(k);
      adv.push_back({make_scalar_array<Int>(i->i, false), out_axes, static_cast<Int>(a_axes), true});
      basic.push_back(SliceIndex{});
      ++out_axes;
      ++a_axes;
    } else if (const auto* sl = std::get_if<SliceIndex>(&s)) {
      basic.push_back(*sl);
      ++out_axes;
      ++a_axes;
    } else if (std::holds_alternative<NewAxis>(s)) {
      basic.push_back(NewAxis{});
      ++out_axes;
    } else {
      if (seen_ellipsis) raise(ExcType::IndexError, "an index can only have a single ellipsis ('...')");
      seen_ellipsis = true;
      basic.push_back(EllipsisIndex{});
      out_axes += ellipsis_axes;
      a_axes += ellipsis_axes;
    }
  }
  m.view = basic_view(a, basic);  // too many indices
  for (int q = first_pos; q <= last_pos; ++q) {
    const Subscript& s = index[static_cast<std::size_t>(q)];
    if (!std::holds_alternative<At>(s) && !std::holds_alternative<TakeIndex>(s)) m.separated = true;
  }
  // Boolean arrays: checked against the axes they cover, then their nonzero() arrays.
  for (const auto& [mask, first] : masks) {
    for (std::size_t j = 0; j < static_cast<std::size_t>(mask.ndim()); ++j) {
      const Advanced& e = adv[first + j];
      const Int size = m.view.shape()[e.view_axis], bsize = mask.shape()[j];
      if (size != bsize) raise_bool_mismatch(e.a_axis, size, bsize);
    }
    const VarTuple<Array> nz = nonzero(mask);
    for (std::size_t j = 0; j < static_cast<std::size_t>(mask.ndim()); ++j) adv[first + j].array = nz.item(j);
  }
  // The broadcast shape (numpy's message lists the index arrays, not the integers).
  std::vector<Shape> shapes;
  bool broadcasts = true;
  for (const Advanced& e : adv) {
    if (e.integer) continue;
    if (!shapes.empty()) {
      const Shape& from = e.array.shape();
      const std::size_t n = std::max(m.b.size(), from.size());
      Shape out(n, 1);
      for (std::size_t d = 0; d < n; ++d) {
        const Int x = d < n - m.b.size() ? 1 : m.b[d - (n - m.b.size())];
        const Int y = d < n - from.size() ? 1 : from[d - (n - from.size())];
        if (x != y && x != 1 && y != 1) broadcasts = false;
        out[d] = x == 1 ? y : x;
      }
      m.b = std::move(out);
    } else {
      m.b = e.array.shape();
    }
    shapes.push_back(e.array.shape());
  }
  if (!broadcasts) detail::raise_index_broadcast(shapes);
  // Bounds, array by array (numpy's order), with the axis of `a` in the message.
  m.offsets.assign(static_cast<std::size_t>(shape_size(m.b)), 0);
  std::vector<bool> indexed(m.view.shape().size(), false);
  for (const Advanced& e : adv) {
    const Int n = m.view.shape()[e.view_axis], stride = m.view.strides()[e.view_axis];
    indexed[e.view_axis] = true;
    const NDArray<Int> idx = broadcast_view(typed<Int>(e.array), m.b);
    Int* off = m.offsets.data();
    idx.for_each([&](Int& i) { *off++ += np::detail::check_index(i, e.a_axis, n) * stride; });
  }
  m.first_axis = adv.front().view_axis;
  for (std::size_t k = 0; k < indexed.size(); ++k) {
    if (indexed[k]) continue;
    m.rest_shape.push_back(m.view.shape()[k]);
    m.rest_strides.push_back(m.view.strides()[k]);
  }
  return m;
}

/// Where numpy puts B: at the first advanced subscript's axis, unless the
/// advanced subscripts are separated (then first, where the [B, rest] layout has it).
std::size_t b_position(const MultiIndex& m) { return m.separated ? 0 : m.first_axis; }

Array multi_getitem(const Array& a, Subscripts index) {
  const MultiIndex m = parse_multi(a, index);
  const std::vector<Int> rest = c_order_offsets(m.rest_shape, m.rest_strides);
  Shape shape = m.b;  // [B, rest] layout: one gather loop
  shape.insert(shape.end(), m.rest_shape.begin(), m.rest_shape.end());
  const Array r = dispatch(a.dtype(), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    NDArray<T> out(shape);
    const T* base = static_cast<const T*>(m.view.data());
    T* o = out.data();
    for (Int b : m.offsets) {
      for (Int q : rest) *o++ = base[b + q];
    }
    return Array(std::move(out));
  });
  const std::size_t pos = b_position(m);
  return pos == 0 ? r : front_axes_to(r, pos, m.b.size());
}

}  // namespace

Array getitem(const Array& a, Subscripts index) {
  if (Array r; simple_getitem(a, index, r)) return r;
  if (count_index_arrays(index) > 1) return multi_getitem(a, index);
  const Parsed p = parse(a, index);
  if (p.bool0) return copy(view_for_bool0(a, p));
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

Int int_at(const Array& a, Subscripts index) {
  if (const void* p = element_address(a, index)) return to_int(element_view(a, p));
  return to_int(getitem(a, index));
}

Float float_at(const Array& a, Subscripts index) {
  if (const void* p = element_address(a, index)) return to_float(element_view(a, p));
  return to_float(getitem(a, index));
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

namespace {
/// `val` without its leading extents of 1 beyond `ndim` axes (numpy's
/// assignment drops them: a[0:2] = np.ones((1, 2, 3)) fills a (2, 3) selection).
Array strip_leading_ones(const Array& val, std::size_t ndim) {
  std::size_t drop = 0;
  while (val.shape().size() - drop > ndim && val.shape()[drop] == 1) ++drop;
  if (drop == 0) return val;
  Shape s(val.shape().begin() + static_cast<std::ptrdiff_t>(drop), val.shape().end());
  Shape st(val.strides().begin() + static_cast<std::ptrdiff_t>(drop), val.strides().end());
  return Array(val.dtype(), val.shared_data(), std::move(s), std::move(st), false);
}
Int count_true(const Array& mask) {
  Int n = 0;
  typed<bool>(mask).for_each([&](bool& x) { n += x ? 1 : 0; });
  return n;
}
}  // namespace

namespace {
void multi_setitem(const Array& a, Subscripts index, const Operand& value) {
  const MultiIndex m = parse_multi(a, index);
  const Array val = assigned_value(value, a.dtype());
  const std::size_t pos = b_position(m), nb = m.b.size();
  Shape sel(m.rest_shape.begin(), m.rest_shape.begin() + static_cast<std::ptrdiff_t>(pos));  // numpy's layout
  sel.insert(sel.end(), m.b.begin(), m.b.end());
  sel.insert(sel.end(), m.rest_shape.begin() + static_cast<std::ptrdiff_t>(pos), m.rest_shape.end());
  const Array stripped = strip_leading_ones(val, sel.size());
  if (!broadcasts_to(stripped.shape(), sel)) np::detail::raise_value_shape_mismatch(val.shape(), sel);
  const std::vector<Int> rest = c_order_offsets(m.rest_shape, m.rest_strides);
  dispatch(a.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    NDArray<T> v = broadcast_view(typed<T>(stripped), sel);
    if (pos > 0) v = typed<T>(axes_to_front(Array(v), pos, nb));  // to the [B, rest] layout
    T* base = static_cast<T*>(m.view.data());
    const NDArray<T> values = v.copy();  // C order, and never a view of `a` being written (a[r, c] = a[0])
    const T* x = values.data();
    for (Int b : m.offsets) {
      for (Int q : rest) base[b + q] = *x++;
    }
  });
}

}  // namespace

void setitem(const Array& a, Subscripts index, const Operand& value) {
  if (count_index_arrays(index) > 1) return multi_setitem(a, index, value);
  const Parsed p = parse(a, index);
  const Array val = assigned_value(value, a.dtype());
  if (!p.has_take) {
    const Array v = p.bool0 ? view_for_bool0(a, p) : basic_view(a, p.basic);
    // One element named by integers takes a scalar (numpy 2.x: a size-1 array too is refused).
    if (!p.bool0 && !p.has_ellipsis && v.ndim() == 0 && val.ndim() > 0) {
      raise(ExcType::ValueError, "setting an array element with a sequence.");
    }
    const Array x = strip_leading_ones(val, static_cast<std::size_t>(v.ndim()));
    dispatch(a.dtype(), [&](auto tag) {
      using T = typename decltype(tag)::type;
      np::assign(typed<T>(v), typed<T>(x));
    });
    return;
  }
  const Array v = view_for_take(a, p);
  const std::size_t result_axes = p.mask ? 1 : static_cast<std::size_t>(p.take.ndim());
  if (p.mask && index.size() == 1 && static_cast<Int>(p.take_axes) == a.ndim() && val.ndim() > 0) {
    // numpy's boolean assignment fast path (one mask over every axis): 0-d or 1-d values only.
    if (val.ndim() > 1) {
      raise(ExcType::TypeError, "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has " +
                                    std::to_string(val.ndim()) + " dimensions");
    }
    const Int n = count_true(p.take);
    if (val.size() != 1 && val.size() != n) {
      raise(ExcType::ValueError, "NumPy boolean array indexing assignment cannot assign " + std::to_string(val.size()) +
                                     " input values to the " + std::to_string(n) + " output values where the mask is true");
    }
  }
  // The value, laid out as the selection with the index array's axes first.
  Array vt = val;
  if (val.ndim() > 0) {
    Shape front = p.mask ? Shape{count_true(p.take)} : p.take.shape();
    front.insert(front.end(), v.shape().begin() + static_cast<std::ptrdiff_t>(p.take_axes), v.shape().end());
    const bool moved = !p.separated && p.view_axis > 0;
    Shape sel;  // the selection's shape as numpy has it (index axes at view_axis)
    if (moved) {
      sel.insert(sel.end(), front.begin() + static_cast<std::ptrdiff_t>(result_axes),
                 front.begin() + static_cast<std::ptrdiff_t>(result_axes + p.view_axis));
      sel.insert(sel.end(), front.begin(), front.begin() + static_cast<std::ptrdiff_t>(result_axes));
      sel.insert(sel.end(), front.begin() + static_cast<std::ptrdiff_t>(result_axes + p.view_axis), front.end());
    } else {
      sel = front;
    }
    const Array stripped = strip_leading_ones(val, sel.size());
    if (!broadcasts_to(stripped.shape(), sel)) np::detail::raise_value_shape_mismatch(val.shape(), sel);
    const Array b = dispatch(val.dtype(), [&](auto tag) -> Array {
      using T = typename decltype(tag)::type;
      return Array(broadcast_view(typed<T>(stripped), sel));
    });
    vt = moved ? axes_to_front(b, p.view_axis, result_axes) : b;
  }
  dispatch(a.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    const NDArray<T> x = typed<T>(v);
    if (p.mask) np::mask_assign(x, typed<bool>(p.take), typed<T>(vt));
    else np::put(x, typed<Int>(p.take), typed<T>(vt));
  });
}

std::vector<Subscript> index_tuple(const VarTuple<Array>& t) {
  std::vector<Subscript> out;
  out.reserve(t.size());
  for (const Array& x : t) out.push_back(take(x));
  return out;
}

std::vector<Subscript> index_tuple(const VarTuple<Int>& t) {
  std::vector<Subscript> out;
  out.reserve(t.size());
  for (Int x : t) out.push_back(at(x));
  return out;
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
