// np::Array: the one run-time-typed numpy value of compiled predictors
// (docs/numpy.md). A dtype-erased NDArray<T> (dtype code, shape, strides in
// elements, shared buffer) plus a *scalar* flag: numpy scalars
// (np.float32(1.5), a[0] of a 1-d array, a.sum()) are 0-d arrays flagged
// scalar, so type(x) is np.float32 and repr(x) is np.float32(1.5).
//
//   Python                       C++ (namespace rt::np)
//   a.shape a.ndim a.size len(a) shape(a) -> VarTuple<Int>, ndim(a), size(a), len(a)
//   a.dtype                      dtype(a) -> DType (prints float32; == DType / ingot_dtype / "float32"; .name)
//   repr(a) str(a) print(a)      rt::repr(a), rt::to_str(a) (member hooks repr_into / str_into)
//   bool(a), if a:               np::truthy(a) (also rt::truthy(a))
//   np.result_type(x, y)         result_type(x, y) -> ingot_dtype (NEP 50: Python scalars are weak)
//
// Operands of the functions in dynamic_*.h are `Operand`: an Array or a
// Python scalar (rt::Int, rt::Float, rt::Bool, C++ literals), converted
// implicitly. An Operand only points at its Array: it must not outlive the
// full expression (the generated code never stores one).
//
// Everything that switches over dtypes lives in src/numpy/dynamic_*.cpp,
// compiled once into the runtime library; the only templates here are the
// cheap conversions from and to a statically typed NDArray<T>.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ingot.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/numpy/dtype.h"
#include "ingot/rt/numpy/ndarray.h"
#include "ingot/rt/numpy/scalar.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt {
template <class T>
class VarTuple;
}  // namespace ingot::rt

namespace ingot::rt::np {

[[noreturn]] void raise_dtype_mismatch(ingot_dtype have, ingot_dtype want);  // SystemError (a compiler bug)

class Array {
 public:
  /// type(a).__name__ of an array (a scalar's is its dtype name: see type_name()).
  static constexpr const char* python_type_name = "ndarray";

  /// An empty 1-d float64 array (what a default-constructed slot holds).
  Array();
  /// The view of a typed array (no copy). `scalar`: a numpy scalar (0-d only).
  template <Element T>
  Array(const NDArray<T>& a, bool scalar = false)  // NOLINT: implicit, NDArray<T> is an ndarray
      : dtype_(dtype_traits<T>::code),
        data_(a.shared_data(), static_cast<void*>(a.data())),
        shape_(a.shape()),
        strides_(a.strides()),
        scalar_(scalar && a.ndim() == 0) {}
  /// Takes over a typed array (no reference-count traffic: results of the
  /// kernels are moved in).
  template <Element T>
  Array(NDArray<T>&& a, bool scalar = false)  // NOLINT: implicit, as the copying form
      : dtype_(dtype_traits<T>::code),
        data_(std::static_pointer_cast<void>(std::move(a).release_data())),
        shape_(std::move(a).release_shape()),
        strides_(std::move(a).release_strides()),
        scalar_(scalar && shape_.empty()) {}
  /// A numpy scalar.
  template <Element T>
  Array(const Scalar<T>& x)  // NOLINT: implicit
      : Array(make_0d(x.value), true) {}
  /// The raw form (the dynamic kernels build arrays this way).
  Array(ingot_dtype dtype, std::shared_ptr<void> first, Shape shape, Shape strides, bool scalar)
      : dtype_(dtype), data_(std::move(first)), shape_(std::move(shape)), strides_(std::move(strides)),
        scalar_(scalar && shape_.empty()) {}

  ingot_dtype dtype() const noexcept { return dtype_; }
  const Shape& shape() const noexcept { return shape_; }
  const Shape& strides() const noexcept { return strides_; }
  Int ndim() const noexcept { return static_cast<Int>(shape_.size()); }
  Int size() const noexcept { return shape_size(shape_); }
  /// A numpy scalar (np.float32(1.5)) rather than an array.
  bool is_scalar() const noexcept { return scalar_; }
  /// Element 0 of the view.
  void* data() const noexcept { return data_.get(); }
  const std::shared_ptr<void>& shared_data() const noexcept { return data_; }
  bool is_c_contiguous() const noexcept { return size() <= 1 || has_c_strides(shape_, strides_); }

  /// The same data flagged as a numpy scalar (0-d only) or as an array.
  Array with_scalar_flag(bool scalar) const {
    Array out = *this;
    out.scalar_ = scalar && shape_.empty();
    return out;
  }

  /// The typed view (no copy). The dtype must be T's (SystemError otherwise:
  /// the compiler's static dtype disagrees with the run-time one).
  template <Element T>
  NDArray<T> as() const {
    if (dtype_ != dtype_traits<T>::code) raise_dtype_mismatch(dtype_, dtype_traits<T>::code);
    return NDArray<T>(std::shared_ptr<T>(data_, static_cast<T*>(data_.get())), shape_, strides_);
  }

  /// type(x).__name__: "ndarray", or the dtype name of a numpy scalar
  /// ("float32", "bool" for np.bool).
  const char* type_name() const noexcept;

  /// repr(a): array([1., 2.], dtype=float32) / np.float32(1.5) (rt::repr hook).
  void repr_into(std::string& out, bool ascii_only = false) const;
  /// str(a): [1. 2.] / 1.5 (rt::to_str hook).
  void str_into(std::string& out) const;

 private:
  template <Element T>
  static NDArray<T> make_0d(T v) {
    NDArray<T> a{Shape{}};
    *a.data() = v;
    return a;
  }

  ingot_dtype dtype_;
  std::shared_ptr<void> data_;
  Shape shape_;
  Shape strides_;
  bool scalar_ = false;
};

/// An operand of a numpy function: an Array, or a Python scalar (weak in
/// promotion: NEP 50).
class Operand {
 public:
  enum class Kind : unsigned char { Array, Int, Float, Bool };

  Operand(const Array& a) noexcept : kind_(Kind::Array), array_(&a) {}  // NOLINT: implicit
  template <class B>
    requires std::is_same_v<B, bool>
  Operand(B b) noexcept : kind_(Kind::Bool), b_(b) {}  // NOLINT (exactly bool: no enum or pointer conversions)
  template <class I>
    requires(std::is_integral_v<I> && !std::is_same_v<I, bool>)
  Operand(I i) noexcept : kind_(Kind::Int), i_(static_cast<Int>(i)) {}  // NOLINT
  template <class F>
    requires std::is_floating_point_v<F>
  Operand(F f) noexcept : kind_(Kind::Float), f_(static_cast<Float>(f)) {}  // NOLINT

  Kind kind() const noexcept { return kind_; }
  bool is_array() const noexcept { return kind_ == Kind::Array; }
  bool is_python() const noexcept { return kind_ != Kind::Array; }
  const Array& array() const noexcept { return *array_; }
  Int int_value() const noexcept { return i_; }
  Float float_value() const noexcept { return f_; }
  Bool bool_value() const noexcept { return b_; }

 private:
  Kind kind_;
  union {
    const Array* array_;
    Int i_;
    Float f_;
    Bool b_;
  };
};

/// A dtype as a value: a.dtype, np.dtype('float32'). Prints as float32
/// (repr: dtype('float32')); compares equal to DTypes, ingot_dtype codes and
/// dtype names.
struct DType {
  ingot_dtype code = INGOT_DTYPE_FLOAT64;
  /// .name ("float32"), .kind ("f", "i", "u", "b"), .itemsize (bytes)
  Str name;
  Str kind;
  Int itemsize = 8;

  DType() : DType(INGOT_DTYPE_FLOAT64) {}
  DType(ingot_dtype c);  // NOLINT: implicit, np.float32 stands for its dtype
  operator ingot_dtype() const noexcept { return code; }  // NOLINT: a.astype(b.dtype)
  static constexpr const char* python_type_name = "dtype";

  void repr_into(std::string& out, bool ascii_only = false) const;
  void str_into(std::string& out) const { out.append(name.view()); }

  friend bool operator==(const DType& a, const DType& b) noexcept { return a.code == b.code; }
  friend bool operator==(const DType& a, ingot_dtype b) noexcept { return a.code == b; }
  friend bool operator==(const DType& a, const Str& b) noexcept { return a.name == b; }
  /// Python's == (rt::eq): `a.dtype == np.float32`, `a.dtype == b.dtype`,
  /// `a.dtype == "float32"`.
  bool python_eq(const DType& o) const noexcept { return code == o.code; }
  bool python_eq(ingot_dtype o) const noexcept { return code == o; }
  bool python_eq(const Str& o) const noexcept { return name == o; }
};

/// The dtype's name ("float32").
const char* dtype_name(ingot_dtype code) noexcept;
/// np.dtype(name): ValueError / TypeError as numpy for unknown names.
DType dtype_from_name(const Str& name);

/// np.promote_types(a, b)
ingot_dtype promote_types(ingot_dtype a, ingot_dtype b);
/// np.result_type(x, y) with NEP 50's weak Python scalars. Two Python
/// scalars give numpy's default dtypes (int64, float64, bool).
ingot_dtype result_type(const Operand& x, const Operand& y);
ingot_dtype result_type(const Operand& x, const Operand& y, const Operand& z);

// -- attributes ------------------------------------------------------------------

inline Int ndim(const Array& a) noexcept { return a.ndim(); }
inline Int size(const Array& a) noexcept { return a.size(); }
VarTuple<Int> shape(const Array& a);
DType dtype(const Array& a);
/// len(a): the first extent; 0-d: TypeError("len() of unsized object").
Int len(const Array& a);

// -- conversions to Python values ------------------------------------------------

/// bool(a): size-1 arrays only ("The truth value of an array with more than
/// one element is ambiguous. Use a.any() or a.all()").
bool truthy(const Array& a);
inline bool not_(const Array& a) { return !truthy(a); }
/// int(x), float(x): 0-d arrays and scalars only (numpy 2.x: TypeError "only
/// 0-dimensional arrays can be converted to Python scalars").
Int to_int(const Array& a);
Float to_float(const Array& a);

}  // namespace ingot::rt::np

namespace ingot::rt {
/// rt::truthy(a) / `if a:` on an array: numpy's rule, not "non-empty" (the
/// same function as np::truthy, so that ADL and qualified calls agree).
using np::truthy;
}  // namespace ingot::rt
