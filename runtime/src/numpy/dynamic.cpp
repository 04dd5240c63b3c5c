// np::Array basics (dynamic.h): dtypes, promotion (NEP 50), casts,
// attributes and conversions to Python values.
#include "ingot/rt/numpy/dynamic.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/convert.h"
#include "ingot/rt/numpy/creation.h"
#include "ingot/rt/var_tuple.h"

namespace ingot::rt::np {

void raise_dtype_mismatch(ingot_dtype have, ingot_dtype want) {
  raise(ExcType::SystemError, std::string("numpy array of dtype ") + dtype_name(have) + " used as " + dtype_name(want));
}

namespace dyn {

void raise_bad_dtype(ingot_dtype d) {
  raise(ExcType::SystemError, "unknown numpy dtype code " + std::to_string(static_cast<int>(d)));
}

int itemsize(ingot_dtype d) { return static_cast<int>(ingot_dtype_size(d)); }

namespace {
ingot_dtype signed_of(int bytes) {
  switch (bytes) {
    case 1: return INGOT_DTYPE_INT8;
    case 2: return INGOT_DTYPE_INT16;
    case 4: return INGOT_DTYPE_INT32;
    default: return INGOT_DTYPE_INT64;
  }
}
ingot_dtype float_of(int bytes) {
  switch (bytes) {
    case 2: return INGOT_DTYPE_FLOAT16;
    case 4: return INGOT_DTYPE_FLOAT32;
    default: return INGOT_DTYPE_FLOAT64;
  }
}
/// The smallest float holding every value of an integer of `bytes` bytes (numpy's table).
int float_bytes_for_int(int bytes) { return bytes == 1 ? 2 : (bytes == 2 ? 4 : 8); }
}  // namespace

ingot_dtype own_dtype(const Operand& x) {
  switch (x.kind()) {
    case Operand::Kind::Array: return x.array().dtype();
    case Operand::Kind::Int: return INGOT_DTYPE_INT64;
    case Operand::Kind::Float: return INGOT_DTYPE_FLOAT64;
    case Operand::Kind::Bool: return INGOT_DTYPE_BOOL;
  }
  return INGOT_DTYPE_FLOAT64;
}

Array new_array(ingot_dtype d, const Shape& shape, bool scalar) {
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return Array(NDArray<T>(shape), scalar);
  });
}

Array to_array(const Operand& x) {
  switch (x.kind()) {
    case Operand::Kind::Array: return x.array();
    case Operand::Kind::Int: return make_scalar_array<Int>(x.int_value(), false);
    case Operand::Kind::Float: return make_scalar_array<double>(x.float_value(), false);
    case Operand::Kind::Bool: return make_scalar_array<bool>(x.bool_value(), false);
  }
  return Array();
}

namespace {
/// float32/float64 -> uint32 as numpy's cast loop does it on x86-64: its
/// contiguous inner loop converts 4 elements at a time (the vector pattern of
/// np::cast) and the n % 4 left over one by one in scalar C (a 64-bit
/// truncation, low 32 bits kept: nan, inf -> 0); a strided inner loop is all
/// scalar. Only nan, inf and out-of-range values see the difference.
template <class F>
Array float_to_uint32(const NDArray<F>& src, bool scalar) {
  NDArray<std::uint32_t> out = astype<std::uint32_t>(src);  // C-contiguous, vector pattern
  const Int n = src.size();
  if (n == 0) return Array(std::move(out), scalar);
  const Shape& shape = src.shape();
  Int run = 1;  // length of the contiguous inner runs (1: strided, all scalar)
  if (src.ndim() == 0) {
    run = 1;
  } else if (src.is_c_contiguous()) {
    run = n;
  } else if (src.strides().back() == 1) {
    run = shape.back();
  }
  std::uint32_t* o = out.data();
  for (Int start = 0; start < n; start += run) {
    const Int vec = run - run % 4;
    for (Int i = vec; i < run; ++i) {
      const Int k = start + i;
      // the source element of C-order index k
      Int off = 0, rem = k;
      for (Int d = src.ndim() - 1; d >= 0; --d) {
        const Int side = shape[static_cast<std::size_t>(d)];
        off += (rem % side) * src.strides()[static_cast<std::size_t>(d)];
        rem /= side;
      }
      const F v = src.data()[off];
      o[k] = static_cast<std::uint32_t>(np::detail::cvtt64(static_cast<double>(v)));
    }
  }
  return Array(std::move(out), scalar);
}
}  // namespace

Array cast_array(const Array& a, ingot_dtype to) {
  if (a.dtype() == to) return a;
  return dispatch(a.dtype(), [&](auto from_tag) -> Array {
    using F = typename decltype(from_tag)::type;
    const NDArray<F> src = typed<F>(a);
    return dispatch(to, [&](auto to_tag) -> Array {
      using T = typename decltype(to_tag)::type;
      if constexpr ((std::is_same_v<F, float> || std::is_same_v<F, double>) && std::is_same_v<T, std::uint32_t>) {
        return float_to_uint32(src, a.is_scalar());
      } else {
        return Array(astype<T>(src), a.is_scalar());
      }
    });
  });
}

Array operand_as(const Operand& x, ingot_dtype to) {
  if (x.is_array()) return cast_array(x.array(), to);
  return dispatch(to, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return make_scalar_array<T>(python_as<T>(x), false);
  });
}

ingot_dtype float_loop_dtype(ingot_dtype d) {
  if (is_float(d)) return d;
  if (is_bool(d)) return INGOT_DTYPE_FLOAT16;
  return float_of(float_bytes_for_int(itemsize(d)));
}

}  // namespace dyn

using namespace dyn;

// -- dtypes -------------------------------------------------------------------------

DType::DType(ingot_dtype c) : code(c), name(dtype_name(c)), itemsize(dyn::itemsize(c)) {
  const char k[2] = {kind_of(c), 0};
  kind = Str(k);
}

void DType::repr_into(std::string& out, bool) const {
  out += "dtype('";
  out.append(name.view());
  out += "')";
}

DType dtype_from_name(const Str& name) {
  static const ingot_dtype all[] = {INGOT_DTYPE_BOOL,   INGOT_DTYPE_INT8,    INGOT_DTYPE_INT16,   INGOT_DTYPE_INT32,
                                    INGOT_DTYPE_INT64,  INGOT_DTYPE_UINT8,   INGOT_DTYPE_UINT16,  INGOT_DTYPE_UINT32,
                                    INGOT_DTYPE_UINT64, INGOT_DTYPE_FLOAT16, INGOT_DTYPE_FLOAT32, INGOT_DTYPE_FLOAT64};
  for (ingot_dtype d : all) {
    if (name.view() == dtype_name(d)) return DType(d);
  }
  if (name.view() == "float" || name.view() == "double" || name.view() == "f8") return DType(INGOT_DTYPE_FLOAT64);
  if (name.view() == "int" || name.view() == "i8") return DType(INGOT_DTYPE_INT64);
  if (name.view() == "f4") return DType(INGOT_DTYPE_FLOAT32);
  if (name.view() == "?" || name.view() == "bool_") return DType(INGOT_DTYPE_BOOL);
  raise(ExcType::TypeError, "data type '" + std::string(name.view()) + "' not understood");
}

ingot_dtype promote_types(ingot_dtype a, ingot_dtype b) {
  if (a == b) return a;
  const char ka = kind_of(a), kb = kind_of(b);
  if (ka == 'b') return b;
  if (kb == 'b') return a;
  const int sa = itemsize(a), sb = itemsize(b);
  if (ka == 'f' && kb == 'f') return sa >= sb ? a : b;
  if (ka == 'f' || kb == 'f') {
    const int fbytes = ka == 'f' ? sa : sb, ibytes = ka == 'f' ? sb : sa;
    return float_of(std::max(fbytes, float_bytes_for_int(ibytes)));
  }
  if (ka == kb) return sa >= sb ? a : b;
  const int sbytes = ka == 'i' ? sa : sb, ubytes = ka == 'u' ? sa : sb;
  if (sbytes > ubytes) return signed_of(sbytes);
  if (ubytes == 8) return INGOT_DTYPE_FLOAT64;
  return signed_of(std::max(sbytes, ubytes * 2));
}

namespace {
ingot_dtype result_type_of(const Operand* const* xs, int n) {
  bool have_strong = false;
  ingot_dtype strong = INGOT_DTYPE_BOOL;
  int weak_rank = -1;  // 0 bool, 1 int, 2 float
  for (int k = 0; k < n; ++k) {
    const Operand& x = *xs[k];
    if (x.is_array()) {
      strong = have_strong ? promote_types(strong, x.array().dtype()) : x.array().dtype();
      have_strong = true;
    } else {
      const int r = x.kind() == Operand::Kind::Bool ? 0 : (x.kind() == Operand::Kind::Int ? 1 : 2);
      weak_rank = std::max(weak_rank, r);
    }
  }
  if (!have_strong) return weak_rank == 0 ? INGOT_DTYPE_BOOL : (weak_rank == 1 ? INGOT_DTYPE_INT64 : INGOT_DTYPE_FLOAT64);
  const char k = kind_of(strong);
  if (weak_rank == 2 && k != 'f') return INGOT_DTYPE_FLOAT64;
  if (weak_rank == 1 && k == 'b') return INGOT_DTYPE_INT64;
  return strong;
}
}  // namespace

ingot_dtype result_type(const Operand& x, const Operand& y) {
  const Operand* xs[] = {&x, &y};
  return result_type_of(xs, 2);
}
ingot_dtype result_type(const Operand& x, const Operand& y, const Operand& z) {
  const Operand* xs[] = {&x, &y, &z};
  return result_type_of(xs, 3);
}

// -- Array ----------------------------------------------------------------------------

namespace {
/// The buffer of every default-constructed (empty) array: slots of the
/// generated code are declared up front, and must not allocate.
const std::shared_ptr<void>& empty_buffer() {
  static const std::shared_ptr<void> buffer = std::make_shared<double>(0.0);
  return buffer;
}
}  // namespace

Array::Array() : Array(INGOT_DTYPE_FLOAT64, empty_buffer(), Shape{0}, Shape{1}, false) {}

const char* Array::type_name() const noexcept {
  if (!scalar_) return "ndarray";
  return dtype_name(dtype_);
}

VarTuple<Int> shape(const Array& a) {
  typename VarTuple<Int>::storage_type items;
  items.reserve(a.shape().size());
  for (const Int d : a.shape()) items.push_back(d);
  return VarTuple<Int>(std::move(items));
}

DType dtype(const Array& a) { return DType(a.dtype()); }

Int len(const Array& a) {
  // A numpy scalar is not an array: Python's own len() message names its type.
  if (a.is_scalar())
    raise(ExcType::TypeError, std::string("object of type 'numpy.") + dtype_name(a.dtype()) + "' has no len()");
  if (a.ndim() == 0) raise_len_unsized();
  return a.shape()[0];
}

bool truthy(const Array& a) {
  if (a.size() != 1) raise_ambiguous_truth(a.size() == 0);
  return dispatch(a.dtype(), [&](auto tag) -> bool {
    using T = typename decltype(tag)::type;
    return static_cast<compute_t<T>>(*static_cast<const T*>(a.data())) != 0;
  });
}

namespace {
void check_0d(const Array& a) {
  if (a.ndim() != 0) raise(ExcType::TypeError, "only 0-dimensional arrays can be converted to Python scalars");
}
}  // namespace

Int to_int(const Array& a) {
  check_0d(a);
  return dispatch(a.dtype(), [&](auto tag) -> Int {
    using T = typename decltype(tag)::type;
    const T x = *static_cast<const T*>(a.data());
    if constexpr (std::is_same_v<T, bool>) {
      return x ? 1 : 0;
    } else if constexpr (std::is_integral_v<T>) {
      return to_py(x);
    } else {
      return float_to_py_int(static_cast<double>(static_cast<compute_t<T>>(x)));
    }
  });
}

Float to_float(const Array& a) {
  check_0d(a);
  return dispatch(a.dtype(), [&](auto tag) -> Float {
    using T = typename decltype(tag)::type;
    const T x = *static_cast<const T*>(a.data());
    if constexpr (std::is_same_v<T, bool>) return x ? 1.0 : 0.0;
    else return static_cast<Float>(static_cast<compute_t<T>>(x));
  });
}

}  // namespace ingot::rt::np
