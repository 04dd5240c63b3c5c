// Making np::Arrays (dynamic_create.h) and converting them to Python values
// (dynamic_convert.h).
#include "ingot/rt/numpy/dynamic_create.h"

#include <cmath>
#include <string>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/convert.h"
#include "ingot/rt/numpy/creation.h"
#include "ingot/rt/numpy/dynamic_convert.h"
#include "ingot/rt/numpy/index.h"
#include "ingot/rt/numpy/shape.h"

namespace ingot::rt::np {

using namespace dyn;

namespace detail {

Array array_from_nested(NestedItems& items, int depth, OptDType dtype) {
  if (items.bad_depth != static_cast<std::size_t>(-1)) {
    raise_inhomogeneous(Shape(items.shape.begin(), items.shape.begin() + static_cast<std::ptrdiff_t>(items.bad_depth)));
  }
  const bool complete = static_cast<int>(items.shape.size()) == depth;
  if (items.leaf == 'a' && complete) {
    // Arrays (numpy scalars) as items: stacked, dtypes promoted.
    const std::vector<Array>& xs = items.arrays;
    if (xs.empty()) return zeros(items.shape, dtype);
    ingot_dtype d = xs[0].dtype();
    for (const Array& x : xs) {
      d = promote_types(d, x.dtype());
      if (x.shape() != xs[0].shape()) {
        Shape detected = items.shape;
        raise_inhomogeneous(detected);
      }
    }
    if (dtype) d = *dtype;
    Shape shape = items.shape;
    shape.insert(shape.end(), xs[0].shape().begin(), xs[0].shape().end());
    return dispatch(d, [&](auto tag) -> Array {
      using T = typename decltype(tag)::type;
      NDArray<T> out(shape);
      T* o = out.data();
      for (const Array& x : xs) {
        const Array c = cast_array(x, d);
        typed<T>(c).for_each([&](T& v) { *o++ = v; });
      }
      return Array(std::move(out));
    });
  }
  char leaf = items.leaf;
  if (leaf == 'm') {
    leaf = 'b';
    for (unsigned char k : items.bools) {
      if (k == 'f') leaf = 'f';
      else if (k == 'i' && leaf == 'b') leaf = 'i';
    }
  }
  ingot_dtype d = leaf == 'b' ? INGOT_DTYPE_BOOL : (leaf == 'i' ? INGOT_DTYPE_INT64 : INGOT_DTYPE_FLOAT64);
  if (!complete || (depth > 0 && shape_size(items.shape) == 0)) d = INGOT_DTYPE_FLOAT64;  // np.array([]) is float64
  if (dtype) d = *dtype;
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    NDArray<T> out(items.shape);
    if (!complete) return Array(std::move(out));
    T* o = out.data();
    switch (items.leaf) {
      case 'i':
        for (Int v : items.ints) *o++ = from_python<T>(v);
        break;
      case 'f':
        for (Float v : items.floats) *o++ = from_python<T>(v);
        break;
      case 'b':
        for (unsigned char v : items.bools) *o++ = from_python<T>(v != 0);
        break;
      default:
        for (std::size_t k = 0; k < items.bools.size(); ++k) {
          const unsigned char kind = items.bools[k];
          if (kind == 'b') *o++ = from_python<T>(items.floats[k] != 0);
          else if (kind == 'i') *o++ = from_python<T>(items.ints[k]);
          else *o++ = from_python<T>(items.floats[k]);
        }
    }
    return Array(std::move(out));
  });
}

Array array_from_array(const Array& a, OptDType dtype, bool copy) {
  const ingot_dtype d = dtype ? *dtype : a.dtype();
  if (!copy && d == a.dtype()) return a.with_scalar_flag(false);
  if (d != a.dtype()) return cast_array(a, d).with_scalar_flag(false);
  return np::copy(a).with_scalar_flag(false);
}

// -- conversions to Python values (dynamic_convert.h) ---------------------------------

char python_kind(const Array& a) {
  const char k = kind_of(a.dtype());
  return k == 'b' ? 'b' : (k == 'f' ? 'f' : 'i');
}

void raise_kind_mismatch(const Array& a, const char* what, const char* wanted) {
  const char k = python_kind(a);
  const char* got = k == 'b' ? "bool" : (k == 'i' ? "int" : "float");
  raise(ExcType::TypeError, std::string(what) + " of an array of dtype " + dtype_name(a.dtype()) + " gives " + got +
                                " values, not " + wanted + " (convert it first, e.g. with astype or float())");
}

void raise_tolist_rank(const Array& a, int wanted) {
  raise(ExcType::TypeError, "tolist() of a " + std::to_string(a.ndim()) + "-dimensional array is not a value of the " +
                                "declared type (" + std::to_string(wanted) + " levels of lists)");
}

void check_item_size(const Array& a) {
  if (a.size() != 1) raise_item_size();
}

namespace {
template <class V, class Conv>
void flat(const Array& a, std::vector<V>& out, Conv conv) {
  out.reserve(static_cast<std::size_t>(a.size()));
  dispatch(a.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    typed<T>(a).for_each([&](T& x) { out.push_back(conv(x)); });
  });
}
}  // namespace

void flat_ints(const Array& a, std::vector<Int>& out, const char* what) {
  if (python_kind(a) != 'i') raise_kind_mismatch(a, what, "int");
  flat(a, out, [](auto x) -> Int {
    using T = decltype(x);
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) return to_py(x);
    else return 0;
  });
}
void flat_floats(const Array& a, std::vector<Float>& out, const char* what) {
  if (python_kind(a) != 'f') raise_kind_mismatch(a, what, "float");
  flat(a, out, [](auto x) -> Float { return static_cast<Float>(static_cast<compute_t<decltype(x)>>(x)); });
}
void flat_bools(const Array& a, std::vector<unsigned char>& out, const char* what) {
  if (python_kind(a) != 'b') raise_kind_mismatch(a, what, "bool");
  flat(a, out, [](auto x) -> unsigned char { return static_cast<compute_t<decltype(x)>>(x) != 0 ? 1 : 0; });
}

}  // namespace detail

// -- filled arrays --------------------------------------------------------------------------

namespace {
Array filled(const Shape& shape, ingot_dtype d, int what, const Operand* value) {
  check_dimensions(shape);
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    if (what == 2) return Array(NDArray<T>(shape));
    T v = cast<T>(what);
    if (value) {
      if (value->is_python()) {
        switch (value->kind()) {
          case Operand::Kind::Int: v = np::detail::from_python<T>(value->int_value()); break;
          case Operand::Kind::Float: v = np::detail::from_python<T>(value->float_value()); break;
          default: v = cast<T>(value->bool_value()); break;
        }
      } else {
        const Array& a = value->array();
        if (a.size() != 1 || a.ndim() > static_cast<Int>(shape.size())) {
          // An array fill value broadcasts (np.full((2, 3), [1, 2, 3])).
          const Array src = cast_array(a, d);
          NDArray<T> out(shape);
          np::assign(out, typed<T>(src));
          return Array(std::move(out));
        }
        v = *static_cast<const T*>(cast_array(a, d).data());
      }
    }
    return Array(np::full<T>(shape, v));
  });
}
}  // namespace

Array zeros(const ShapeArg& shape, OptDType dtype) { return filled(shape.dims, dtype.value_or(INGOT_DTYPE_FLOAT64), 0, nullptr); }
Array ones(const ShapeArg& shape, OptDType dtype) { return filled(shape.dims, dtype.value_or(INGOT_DTYPE_FLOAT64), 1, nullptr); }
Array empty(const ShapeArg& shape, OptDType dtype) { return filled(shape.dims, dtype.value_or(INGOT_DTYPE_FLOAT64), 2, nullptr); }
Array full(const ShapeArg& shape, const Operand& value, OptDType dtype) {
  return filled(shape.dims, dtype.value_or(own_dtype(value)), 3, &value);
}
Array zeros_like(const Array& a, OptDType dtype) { return filled(a.shape(), dtype.value_or(a.dtype()), 0, nullptr); }
Array ones_like(const Array& a, OptDType dtype) { return filled(a.shape(), dtype.value_or(a.dtype()), 1, nullptr); }
Array empty_like(const Array& a, OptDType dtype) { return filled(a.shape(), dtype.value_or(a.dtype()), 2, nullptr); }
Array full_like(const Array& a, const Operand& value, OptDType dtype) {
  return filled(a.shape(), dtype.value_or(a.dtype()), 3, &value);
}

// -- ranges ------------------------------------------------------------------------------------

namespace {
bool is_floatish(const Operand& x) {
  return x.kind() == Operand::Kind::Float || (x.is_array() && is_float(x.array().dtype()));
}
Int as_int(const Operand& x) {
  switch (x.kind()) {
    case Operand::Kind::Int: return x.int_value();
    case Operand::Kind::Bool: return x.bool_value() ? 1 : 0;
    case Operand::Kind::Float: return static_cast<Int>(x.float_value());
    default: return to_int(x.array());
  }
}
Float as_float(const Operand& x) {
  switch (x.kind()) {
    case Operand::Kind::Int: return static_cast<Float>(x.int_value());
    case Operand::Kind::Bool: return x.bool_value() ? 1.0 : 0.0;
    case Operand::Kind::Float: return x.float_value();
    default: return to_float(x.array());
  }
}
Array arange3(const Operand& start, const Operand& stop, const Operand& step, OptDType dtype) {
  const bool fl = is_floatish(start) || is_floatish(stop) || is_floatish(step);
  ingot_dtype d = fl ? INGOT_DTYPE_FLOAT64 : INGOT_DTYPE_INT64;
  if (!fl) {
    // numpy scalar bounds keep their dtype (np.arange(np.int32(5)) is int32).
    for (const Operand* o : {&start, &stop, &step}) {
      if (o->is_array()) d = o->array().dtype();
    }
  }
  if (dtype) d = *dtype;
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    if (fl) return Array(np::arange<T>(as_float(start), as_float(stop), as_float(step)));
    return Array(np::arange<T>(as_int(start), as_int(stop), as_int(step)));
  });
}
}  // namespace

Array arange(const Operand& stop) { return arange3(Int{0}, stop, Int{1}, std::nullopt); }
Array arange(const Operand& start, const std::optional<Operand>& stop, const std::optional<Operand>& step,
             OptDType dtype) {
  if (!stop) return arange3(Int{0}, start, step ? *step : Operand(Int{1}), dtype);
  return arange3(start, *stop, step ? *step : Operand(Int{1}), dtype);
}

Array linspace(const Operand& start, const Operand& stop, Int num, bool endpoint, OptDType dtype) {
  const ingot_dtype d = dtype.value_or(INGOT_DTYPE_FLOAT64);
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return Array(np::linspace<T>(as_float(start), as_float(stop), num, endpoint));
  });
}

Array eye(Int n, std::optional<Int> m, Int k, OptDType dtype) {
  return dispatch(dtype.value_or(INGOT_DTYPE_FLOAT64), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return Array(np::eye<T>(n, m ? *m : -1, k));
  });
}
Array identity(Int n, OptDType dtype) { return eye(n, std::nullopt, 0, dtype); }

// -- scalars ----------------------------------------------------------------------------------------

Array scalar(const Operand& x, ingot_dtype d) {
  if (x.is_array()) {
    const Array& a = x.array();
    const Array c = cast_array(a, d);
    if (c.ndim() == 0) {
      return dispatch(d, [&](auto tag) -> Array {
        using T = typename decltype(tag)::type;
        return make_scalar_array<T>(*static_cast<const T*>(c.data()), true);
      });
    }
    return c.dtype() == a.dtype() ? np::copy(a) : c;
  }
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    T v{};
    switch (x.kind()) {
      case Operand::Kind::Int: v = np::detail::from_python<T>(x.int_value()); break;
      case Operand::Kind::Float:
        // np.int64(2.7) truncates (int(x)); np.float32(x) rounds.
        v = np::detail::from_python<T>(x.float_value());
        break;
      default: v = cast<T>(x.bool_value()); break;
    }
    return make_scalar_array<T>(v, true);
  });
}

Array scalar(ingot_dtype d) { return scalar(Operand(false), d); }

Array astype(const Array& a, OptDType dtype) {
  const ingot_dtype d = dtype.value_or(INGOT_DTYPE_FLOAT64);
  if (d == a.dtype()) return np::copy(a);
  return cast_array(a, d);
}

Array copy(const Array& a) {
  return dispatch(a.dtype(), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return Array(typed<T>(a).copy(), a.is_scalar());
  });
}

}  // namespace ingot::rt::np
