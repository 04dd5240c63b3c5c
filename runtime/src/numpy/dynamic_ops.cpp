// numpy's operators on np::Array (dynamic_ops.h): the loop dtype from
// np.result_type (NEP 50), the operands converted to it, the typed elementwise
// kernels of elementwise.h run through map.h.
#include "ingot/rt/numpy/dynamic_ops.h"

#include <string>
#include <utility>

#include "dynamic_ufunc_impl.h"
#include "ingot/rt/numpy/dynamic_ufuncs.h"
#include "ingot/rt/numpy/elementwise.h"
#include "ingot/rt/numpy/index.h"
#include "ingot/rt/numpy/linalg.h"

namespace ingot::rt::np {

namespace dyn {

void raise_no_loop(const char* ufunc, ingot_dtype d) {
  std::string name = dtype_name(d);
  std::string cls = name == "bool" ? "BoolDType" : std::string(1, static_cast<char>(name[0] - 32)) + name.substr(1) + "DType";
  raise(ExcType::TypeError, std::string("ufunc '") + ufunc +
                                "' did not contain a loop with signature matching types <class 'numpy.dtypes." + cls +
                                "'> -> None");
}

void raise_not_supported(const char* ufunc) {
  raise(ExcType::TypeError, std::string("ufunc '") + ufunc +
                                "' not supported for the input types, and the inputs could not be safely coerced to "
                                "any supported types according to the casting rule ''safe''");
}

}  // namespace dyn

using namespace dyn;

namespace {

enum class BinOp { Add, Sub, Mul, TrueDiv, FloorDiv, Rem, Pow, And, Or, Xor, LShift, RShift, MatMul };

const char* ufunc_name(BinOp op) {
  switch (op) {
    case BinOp::Add: return "add";
    case BinOp::Sub: return "subtract";
    case BinOp::Mul: return "multiply";
    case BinOp::TrueDiv: return "divide";
    case BinOp::FloorDiv: return "floor_divide";
    case BinOp::Rem: return "remainder";
    case BinOp::Pow: return "power";
    case BinOp::And: return "bitwise_and";
    case BinOp::Or: return "bitwise_or";
    case BinOp::Xor: return "bitwise_xor";
    case BinOp::LShift: return "left_shift";
    case BinOp::RShift: return "right_shift";
    case BinOp::MatMul: return "matmul";
  }
  return "?";
}

[[noreturn]] void raise_bool_subtract() {
  raise(ExcType::TypeError,
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the "
        "logical_xor function instead.");
}

/// The dtype the loop runs in (and its result's, but for true_divide of
/// floats: the same); raises numpy's TypeErrors for refused dtypes.
ingot_dtype loop_dtype(BinOp op, const Operand& x, const Operand& y) {
  const ingot_dtype r = result_type(x, y);
  switch (op) {
    case BinOp::Sub:
      if (is_bool(r)) raise_bool_subtract();
      return r;
    case BinOp::TrueDiv: return is_float(r) ? r : INGOT_DTYPE_FLOAT64;
    case BinOp::FloorDiv:
    case BinOp::Rem:
    case BinOp::Pow:
    case BinOp::LShift:
    case BinOp::RShift:
      if (is_float(r) && (op == BinOp::LShift || op == BinOp::RShift)) raise_not_supported(ufunc_name(op));
      return is_bool(r) ? INGOT_DTYPE_INT8 : r;
    case BinOp::And:
    case BinOp::Or:
    case BinOp::Xor:
      if (is_float(r)) raise_not_supported(ufunc_name(op));
      return r;
    default: return r;
  }
}

Array run_matmul(const Operand& x, const Operand& y, ingot_dtype L, bool dot_form) {
  const Array a = operand_as(x, L), b = operand_as(y, L);
  return dispatch(L, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    const NDArray<T> r = dot_form ? np::dot(typed<T>(a), typed<T>(b)) : np::matmul(typed<T>(a), typed<T>(b));
    return Array(r, r.ndim() == 0);
  });
}

/// numpy's float32/float64 power loop computes x ** 0.5 as sqrt(x) when the
/// exponent's stride is 0 (one value for the whole loop: a Python scalar, a
/// 0-d array, or a one-element array broadcast over more than one element):
/// (-inf) ** 0.5 is nan, (-0.0) ** 0.5 is -0.0. A numpy scalar ** a scalar
/// goes through numpy's scalar math instead (pow: inf, 0.0).
///
/// The `**` operator itself (number.c's fast_scalar_power) calls np.sqrt for
/// an ndarray of any float dtype ** the Python float 0.5 (float16 too);
/// np.power (operator_form false) does not: float16's loop is powf.
template <class T>
bool pow_is_sqrt(const Operand& x, const Operand& y, bool operator_form) {
  if (operator_form && x.is_array() && !x.array().is_scalar() && is_float(x.array().dtype()) &&
      y.kind() == Operand::Kind::Float && y.float_value() == 0.5) {
    return true;
  }
  if constexpr (!std::is_same_v<T, float> && !std::is_same_v<T, double>) return false;
  const bool x_scalar = x.is_python() || x.array().is_scalar();
  const bool y_scalar = y.is_python() || y.array().is_scalar();
  if (x_scalar && y_scalar) return false;
  if (y.is_array() && y.array().ndim() != 0) {
    if (y.array().size() != 1 || !x.is_array() || x.array().size() <= 1) return false;
  }
  const Array e = y.is_array() ? cast_array(y.array(), dtype_traits<T>::code) : Array();
  const T v = y.is_array() ? *static_cast<const T*>(e.data()) : make_arg<T>(y).value;
  return static_cast<double>(v) == 0.5;
}

/// `a ** 2` of a bool ndarray: numpy's operator calls np.square (number.c's
/// fast_scalar_power), whose bool loop is int8 (np.power's would be int64).
bool pow_is_bool_square(const Operand& x, const Operand& y) {
  return x.is_array() && !x.array().is_scalar() && is_bool(x.array().dtype()) && y.kind() == Operand::Kind::Int &&
         y.int_value() == 2;
}

/// operator_form: `x ** y` (numpy's operator shortcuts) rather than np.power(x, y).
Array binary(BinOp op, const Operand& x, const Operand& y, bool operator_form = true) {
  if (op == BinOp::Pow && operator_form && pow_is_bool_square(x, y)) return np::square(x);
  const ingot_dtype L = loop_dtype(op, x, y);
  if (op == BinOp::MatMul) return run_matmul(x, y, L, false);
  return dispatch(L, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    constexpr bool B = std::is_same_v<T, bool>;
    constexpr bool F = is_float_elem_v<T>;
    switch (op) {
      case BinOp::Add: return apply2<T, T>(x, y, [](T a, T b) { return elem::add<T>(a, b); });
      case BinOp::Sub:
        if constexpr (!B) return apply2<T, T>(x, y, [](T a, T b) { return elem::subtract<T>(a, b); });
        break;
      case BinOp::Mul: return apply2<T, T>(x, y, [](T a, T b) { return elem::multiply<T>(a, b); });
      case BinOp::TrueDiv:
        if constexpr (F) return apply2<T, T>(x, y, [](T a, T b) { return elem::true_divide<T>(a, b); });
        break;
      case BinOp::FloorDiv:
        if constexpr (!B) return apply2<T, T>(x, y, [](T a, T b) { return elem::floor_divide<T>(a, b); });
        break;
      case BinOp::Rem:
        if constexpr (!B) return apply2<T, T>(x, y, [](T a, T b) { return elem::remainder<T>(a, b); });
        break;
      case BinOp::Pow:
        if constexpr (F) {
          if (pow_is_sqrt<T>(x, y, operator_form)) return apply1<T, T>(x, [](T a) { return elem::sqrt<T>(a); });
        }
        if constexpr (!B) return apply2<T, T>(x, y, [](T a, T b) { return elem::power<T>(a, b); });
        break;
      case BinOp::And:
        if constexpr (!F) return apply2<T, T>(x, y, [](T a, T b) { return elem::bitwise_and<T>(a, b); });
        break;
      case BinOp::Or:
        if constexpr (!F) return apply2<T, T>(x, y, [](T a, T b) { return elem::bitwise_or<T>(a, b); });
        break;
      case BinOp::Xor:
        if constexpr (!F) return apply2<T, T>(x, y, [](T a, T b) { return elem::bitwise_xor<T>(a, b); });
        break;
      case BinOp::LShift:
        if constexpr (!F && !B) return apply2<T, T>(x, y, [](T a, T b) { return elem::left_shift<T>(a, b); });
        break;
      case BinOp::RShift:
        if constexpr (!F && !B) return apply2<T, T>(x, y, [](T a, T b) { return elem::right_shift<T>(a, b); });
        break;
      case BinOp::MatMul: break;
    }
    raise(ExcType::SystemError, std::string("no loop for ufunc ") + ufunc_name(op));
  });
}

/// numpy's 'same_kind' rule between dtypes: b < u < i < f by kind (any size).
bool same_kind(ingot_dtype from, ingot_dtype to) {
  auto rank = [](ingot_dtype d) {
    const char k = kind_of(d);
    return k == 'b' ? 0 : (k == 'u' ? 1 : (k == 'i' ? 2 : 3));
  };
  return rank(from) <= rank(to);
}

/// Copies src (already of dst's shape) into dst, cast to dst's dtype.
void assign_cast(const Array& dst, const Array& src) {
  const Array s = cast_array(src, dst.dtype());
  dispatch(dst.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    np::assign(typed<T>(dst), typed<T>(s));
  });
}

void inplace(BinOp op, Array& a, const Operand& y) {
  if (a.is_scalar()) {
    a = binary(op, a, y);
    return;
  }
  if (op == BinOp::Pow && pow_is_bool_square(a, y)) {
    raise_output_casting_error("square", dtype_name(INGOT_DTYPE_INT8), dtype_name(a.dtype()));
  }
  const ingot_dtype out = loop_dtype(op, a, y);
  if (!same_kind(out, a.dtype())) raise_output_casting_error(ufunc_name(op), dtype_name(out), dtype_name(a.dtype()));
  if (op != BinOp::MatMul) {
    static const Shape none;
    const Shape& ys = y.is_array() ? y.array().shape() : none;
    const Shape b = broadcast_shapes({&a.shape(), &ys, &a.shape()});
    if (b != a.shape()) raise_output_shape_error(a.shape(), b);
  }
  const Array r = binary(op, a, y);
  if (r.shape() != a.shape()) raise_output_shape_error(a.shape(), r.shape());
  assign_cast(a, r);
}

// -- comparisons -----------------------------------------------------------------------

enum class Cmp { Eq, Ne, Lt, Le, Gt, Ge };

template <class A, class B>
bool compare(Cmp c, A a, B b) {
  switch (c) {
    case Cmp::Eq: return elem::equal(a, b);
    case Cmp::Ne: return elem::not_equal(a, b);
    case Cmp::Lt: return elem::less(a, b);
    case Cmp::Le: return elem::less_equal(a, b);
    case Cmp::Gt: return elem::greater(a, b);
    case Cmp::Ge: return elem::greater_equal(a, b);
  }
  return false;
}

bool fits(Int v, ingot_dtype d) {
  return dispatch(d, [&](auto tag) -> bool {
    using T = typename decltype(tag)::type;
    if constexpr (is_int_elem_v<T>) return std::in_range<T>(v);
    else return true;
  });
}

Array comparison(Cmp c, const Operand& x, const Operand& y) {
  const ingot_dtype L = result_type(x, y);
  // A Python int beyond the integer loop dtype compares exactly (numpy 2).
  const bool x_out = x.kind() == Operand::Kind::Int && is_integer(L) && !fits(x.int_value(), L);
  const bool y_out = y.kind() == Operand::Kind::Int && is_integer(L) && !fits(y.int_value(), L);
  if (x_out || y_out) {
    const Operand& other = x_out ? y : x;
    const Int v = x_out ? x.int_value() : y.int_value();
    return dispatch(L, [&](auto tag) -> Array {
      using T = typename decltype(tag)::type;
      Arg<Int> pv;
      pv.value = v;
      const Arg<T> o = make_arg<T>(other);
      if (x_out) return apply2<bool>(pv, o, [c](Int a, T b) { return compare(c, a, b); });
      return apply2<bool>(o, pv, [c](T a, Int b) { return compare(c, a, b); });
    });
  }
  return dispatch(L, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    switch (c) {
      case Cmp::Eq: return apply2<bool, T>(x, y, [](T a, T b) { return elem::equal(a, b); });
      case Cmp::Ne: return apply2<bool, T>(x, y, [](T a, T b) { return elem::not_equal(a, b); });
      case Cmp::Lt: return apply2<bool, T>(x, y, [](T a, T b) { return elem::less(a, b); });
      case Cmp::Le: return apply2<bool, T>(x, y, [](T a, T b) { return elem::less_equal(a, b); });
      case Cmp::Gt: return apply2<bool, T>(x, y, [](T a, T b) { return elem::greater(a, b); });
      default: return apply2<bool, T>(x, y, [](T a, T b) { return elem::greater_equal(a, b); });
    }
  });
}

}  // namespace

Array add(const Operand& x, const Operand& y) { return binary(BinOp::Add, x, y); }
Array subtract(const Operand& x, const Operand& y) { return binary(BinOp::Sub, x, y); }
Array multiply(const Operand& x, const Operand& y) { return binary(BinOp::Mul, x, y); }
Array true_divide(const Operand& x, const Operand& y) { return binary(BinOp::TrueDiv, x, y); }
Array floor_divide(const Operand& x, const Operand& y) { return binary(BinOp::FloorDiv, x, y); }
Array remainder(const Operand& x, const Operand& y) { return binary(BinOp::Rem, x, y); }
Array power(const Operand& x, const Operand& y) { return binary(BinOp::Pow, x, y); }
Array power_ufunc(const Operand& x, const Operand& y) { return binary(BinOp::Pow, x, y, false); }
Array matmul(const Operand& x, const Operand& y) { return binary(BinOp::MatMul, x, y); }
Array dot(const Operand& x, const Operand& y) { return run_matmul(x, y, result_type(x, y), true); }
Array bitwise_and(const Operand& x, const Operand& y) { return binary(BinOp::And, x, y); }
Array bitwise_or(const Operand& x, const Operand& y) { return binary(BinOp::Or, x, y); }
Array bitwise_xor(const Operand& x, const Operand& y) { return binary(BinOp::Xor, x, y); }
Array left_shift(const Operand& x, const Operand& y) { return binary(BinOp::LShift, x, y); }
Array right_shift(const Operand& x, const Operand& y) { return binary(BinOp::RShift, x, y); }

Array equal(const Operand& x, const Operand& y) { return comparison(Cmp::Eq, x, y); }
Array not_equal(const Operand& x, const Operand& y) { return comparison(Cmp::Ne, x, y); }
Array less(const Operand& x, const Operand& y) { return comparison(Cmp::Lt, x, y); }
Array less_equal(const Operand& x, const Operand& y) { return comparison(Cmp::Le, x, y); }
Array greater(const Operand& x, const Operand& y) { return comparison(Cmp::Gt, x, y); }
Array greater_equal(const Operand& x, const Operand& y) { return comparison(Cmp::Ge, x, y); }

void iadd(Array& a, const Operand& y) { inplace(BinOp::Add, a, y); }
void isub(Array& a, const Operand& y) { inplace(BinOp::Sub, a, y); }
void imul(Array& a, const Operand& y) { inplace(BinOp::Mul, a, y); }
void itruediv(Array& a, const Operand& y) { inplace(BinOp::TrueDiv, a, y); }
void ifloordiv(Array& a, const Operand& y) { inplace(BinOp::FloorDiv, a, y); }
void imod(Array& a, const Operand& y) { inplace(BinOp::Rem, a, y); }
void ipow(Array& a, const Operand& y) { inplace(BinOp::Pow, a, y); }
void imatmul(Array& a, const Operand& y) { inplace(BinOp::MatMul, a, y); }
void iand(Array& a, const Operand& y) { inplace(BinOp::And, a, y); }
void ior(Array& a, const Operand& y) { inplace(BinOp::Or, a, y); }
void ixor(Array& a, const Operand& y) { inplace(BinOp::Xor, a, y); }
void ilshift(Array& a, const Operand& y) { inplace(BinOp::LShift, a, y); }
void irshift(Array& a, const Operand& y) { inplace(BinOp::RShift, a, y); }

// -- unary operators ----------------------------------------------------------------------

Array invert(const Operand& x) {
  const ingot_dtype d = own_dtype(x);
  if (is_float(d)) raise_not_supported("invert");
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    if constexpr (!is_float_elem_v<T>) return apply1<T, T>(x, [](T a) { return elem::invert<T>(a); });
    raise_not_supported("invert");
  });
}

Array negative(const Operand& x) {
  const ingot_dtype d = own_dtype(x);
  if (is_bool(d)) {
    raise(ExcType::TypeError,
          "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not "
          "function instead.");
  }
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    if constexpr (!std::is_same_v<T, bool>) return apply1<T, T>(x, [](T a) { return elem::negative<T>(a); });
    raise_no_loop("negative", d);
  });
}

Array positive(const Operand& x) {
  const ingot_dtype d = own_dtype(x);
  if (is_bool(d)) raise_no_loop("positive", d);
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return apply1<T, T>(x, [](T a) { return a; });
  });
}

Array absolute(const Operand& x) {
  return dispatch(own_dtype(x), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return apply1<T, T>(x, [](T a) { return elem::absolute<T>(a); });
  });
}

}  // namespace ingot::rt::np
