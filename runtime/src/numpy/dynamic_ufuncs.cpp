// numpy's functions on np::Array (dynamic_ufuncs.h).
#include "ingot/rt/numpy/dynamic_ufuncs.h"

#include <limits>
#include <string>

#include "dynamic_ufunc_impl.h"
#include "ingot/rt/numpy/elementwise.h"
#include "ingot/rt/numpy/vmath.h"

namespace ingot::rt::np {

using namespace dyn;

namespace {

enum class FloatFn { Exp, Exp2, Expm1, Log, Log2, Log10, Log1p, Sqrt, Cbrt, Sin, Cos, Tan, Arcsin, Arccos, Arctan, Sinh, Cosh, Tanh, Rint };

Array float_fn(FloatFn fn, const Operand& x) {
  const ingot_dtype L = float_loop_dtype(own_dtype(x));
  return dispatch(L, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    if constexpr (is_float_elem_v<T>) {
      switch (fn) {
        case FloatFn::Exp:
          if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
            return apply1_block<T>(x, vmath::exp, [](T a) { return elem::exp<T>(a); });
          } else {
            return apply1<T, T>(x, [](T a) { return elem::exp<T>(a); });
          }
        case FloatFn::Exp2: return apply1<T, T>(x, [](T a) { return elem::exp2<T>(a); });
        case FloatFn::Expm1: return apply1<T, T>(x, [](T a) { return elem::expm1<T>(a); });
        case FloatFn::Log:
          if constexpr (std::is_same_v<T, float>) return apply1_block<T>(x, vmath::log, [](T a) { return elem::log<T>(a); });
          else return apply1<T, T>(x, [](T a) { return elem::log<T>(a); });
        case FloatFn::Log2: return apply1<T, T>(x, [](T a) { return elem::log2<T>(a); });
        case FloatFn::Log10: return apply1<T, T>(x, [](T a) { return elem::log10<T>(a); });
        case FloatFn::Log1p: return apply1<T, T>(x, [](T a) { return elem::log1p<T>(a); });
        case FloatFn::Sqrt: return apply1<T, T>(x, [](T a) { return elem::sqrt<T>(a); });
        case FloatFn::Cbrt: return apply1<T, T>(x, [](T a) { return elem::cbrt<T>(a); });
        case FloatFn::Sin: return apply1<T, T>(x, [](T a) { return elem::sin<T>(a); });
        case FloatFn::Cos: return apply1<T, T>(x, [](T a) { return elem::cos<T>(a); });
        case FloatFn::Tan: return apply1<T, T>(x, [](T a) { return elem::tan<T>(a); });
        case FloatFn::Arcsin: return apply1<T, T>(x, [](T a) { return elem::arcsin<T>(a); });
        case FloatFn::Arccos: return apply1<T, T>(x, [](T a) { return elem::arccos<T>(a); });
        case FloatFn::Arctan: return apply1<T, T>(x, [](T a) { return elem::arctan<T>(a); });
        case FloatFn::Sinh: return apply1<T, T>(x, [](T a) { return elem::sinh<T>(a); });
        case FloatFn::Cosh: return apply1<T, T>(x, [](T a) { return elem::cosh<T>(a); });
        case FloatFn::Tanh:
          if constexpr (std::is_same_v<T, float>) return apply1_block<T>(x, vmath::tanh, [](T a) { return elem::tanh<T>(a); });
          else return apply1<T, T>(x, [](T a) { return elem::tanh<T>(a); });
        case FloatFn::Rint: return apply1<T, T>(x, [](T a) { return elem::rint<T>(a); });
      }
    }
    raise(ExcType::SystemError, "float ufunc on a non-float loop");
  });
}

enum class KeepFn { Floor, Ceil, Trunc };

Array keep_fn(KeepFn fn, const Operand& x) {
  return dispatch(own_dtype(x), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    switch (fn) {
      case KeepFn::Floor: return apply1<T, T>(x, [](T a) { return elem::floor<T>(a); });
      case KeepFn::Ceil: return apply1<T, T>(x, [](T a) { return elem::ceil<T>(a); });
      default: return apply1<T, T>(x, [](T a) { return elem::trunc<T>(a); });
    }
  });
}

enum class Pred { IsNan, IsInf, IsFinite, SignBit, Not };

Array predicate(Pred p, const Operand& x) {
  return dispatch(own_dtype(x), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    switch (p) {
      case Pred::IsNan: return apply1<bool, T>(x, [](T a) { return elem::isnan<T>(a); });
      case Pred::IsInf: return apply1<bool, T>(x, [](T a) { return elem::isinf<T>(a); });
      case Pred::IsFinite: return apply1<bool, T>(x, [](T a) { return elem::isfinite<T>(a); });
      case Pred::SignBit:
        if constexpr (std::is_same_v<T, bool>) raise_no_loop("signbit", own_dtype(x));
        else return apply1<bool, T>(x, [](T a) { return elem::signbit<T>(a); });
      default: return apply1<bool, T>(x, [](T a) { return elem::logical_not(a); });
    }
  });
}

enum class Bin2 { Max, Min, FMax, FMin, FMod, Arctan2, Hypot, And, Or, Xor };

Array binary2(Bin2 op, const Operand& x, const Operand& y) {
  // numpy's logical ufuncs compute in bool (its logical promoter): each
  // operand's truth value, without promoting (int8 array and 1000 is fine).
  if (op == Bin2::And || op == Bin2::Or || op == Bin2::Xor) {
    switch (op) {
      case Bin2::And: return apply2<bool, bool>(x, y, [](bool a, bool b) { return a && b; });
      case Bin2::Or: return apply2<bool, bool>(x, y, [](bool a, bool b) { return a || b; });
      default: return apply2<bool, bool>(x, y, [](bool a, bool b) { return a != b; });
    }
  }
  ingot_dtype L = result_type(x, y);
  if (op == Bin2::Arctan2 || op == Bin2::Hypot) L = float_loop_dtype(L);
  if (op == Bin2::FMod && is_bool(L)) L = INGOT_DTYPE_INT8;
  return dispatch(L, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    switch (op) {
      case Bin2::Max: return apply2<T, T>(x, y, [](T a, T b) { return elem::maximum<T>(a, b); });
      case Bin2::Min: return apply2<T, T>(x, y, [](T a, T b) { return elem::minimum<T>(a, b); });
      case Bin2::FMax: return apply2<T, T>(x, y, [](T a, T b) { return elem::fmax<T>(a, b); });
      case Bin2::FMin: return apply2<T, T>(x, y, [](T a, T b) { return elem::fmin<T>(a, b); });
      case Bin2::FMod:
        if constexpr (!std::is_same_v<T, bool>) return apply2<T, T>(x, y, [](T a, T b) { return elem::fmod<T>(a, b); });
        break;
      case Bin2::Arctan2:
        if constexpr (is_float_elem_v<T>) return apply2<T, T>(x, y, [](T a, T b) { return elem::arctan2<T>(a, b); });
        break;
      case Bin2::Hypot:
        if constexpr (is_float_elem_v<T>) return apply2<T, T>(x, y, [](T a, T b) { return elem::hypot<T>(a, b); });
        break;
      case Bin2::And: return apply2<bool, T>(x, y, [](T a, T b) { return elem::logical_and(a, b); });
      case Bin2::Or: return apply2<bool, T>(x, y, [](T a, T b) { return elem::logical_or(a, b); });
      case Bin2::Xor: return apply2<bool, T>(x, y, [](T a, T b) { return elem::logical_xor(a, b); });
    }
    raise(ExcType::SystemError, "no loop");
  });
}

}  // namespace

Array exp(const Operand& x) { return float_fn(FloatFn::Exp, x); }
Array exp2(const Operand& x) { return float_fn(FloatFn::Exp2, x); }
Array expm1(const Operand& x) { return float_fn(FloatFn::Expm1, x); }
Array log(const Operand& x) { return float_fn(FloatFn::Log, x); }
Array log2(const Operand& x) { return float_fn(FloatFn::Log2, x); }
Array log10(const Operand& x) { return float_fn(FloatFn::Log10, x); }
Array log1p(const Operand& x) { return float_fn(FloatFn::Log1p, x); }
Array sqrt(const Operand& x) { return float_fn(FloatFn::Sqrt, x); }
Array cbrt(const Operand& x) { return float_fn(FloatFn::Cbrt, x); }
Array sin(const Operand& x) { return float_fn(FloatFn::Sin, x); }
Array cos(const Operand& x) { return float_fn(FloatFn::Cos, x); }
Array tan(const Operand& x) { return float_fn(FloatFn::Tan, x); }
Array arcsin(const Operand& x) { return float_fn(FloatFn::Arcsin, x); }
Array arccos(const Operand& x) { return float_fn(FloatFn::Arccos, x); }
Array arctan(const Operand& x) { return float_fn(FloatFn::Arctan, x); }
Array sinh(const Operand& x) { return float_fn(FloatFn::Sinh, x); }
Array cosh(const Operand& x) { return float_fn(FloatFn::Cosh, x); }
Array tanh(const Operand& x) { return float_fn(FloatFn::Tanh, x); }
Array rint(const Operand& x) { return float_fn(FloatFn::Rint, x); }

Array floor(const Operand& x) { return keep_fn(KeepFn::Floor, x); }
Array ceil(const Operand& x) { return keep_fn(KeepFn::Ceil, x); }
Array trunc(const Operand& x) { return keep_fn(KeepFn::Trunc, x); }

Array sign(const Operand& x) {
  const ingot_dtype d = own_dtype(x);
  if (is_bool(d)) raise_no_loop("sign", d);
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    if constexpr (!std::is_same_v<T, bool>) return apply1<T, T>(x, [](T a) { return elem::sign<T>(a); });
    raise_no_loop("sign", d);
  });
}

Array square(const Operand& x) {
  ingot_dtype d = own_dtype(x);
  if (is_bool(d)) d = INGOT_DTYPE_INT8;
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return apply1<T, T>(x, [](T a) { return elem::square<T>(a); });
  });
}

Array reciprocal(const Operand& x) {
  ingot_dtype d = own_dtype(x);
  if (is_bool(d)) d = INGOT_DTYPE_INT8;
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    if constexpr (is_float_elem_v<T>) {
      return apply1<T, T>(x, [](T a) { return elem::reciprocal<T>(a); });
    } else {
      // numpy divides 1 by x in the integer dtype (1 / 0 is not defined there: 0 here).
      return apply1<T, T>(x, [](T a) { return a == 0 ? T(0) : static_cast<T>(1 / a); });
    }
  });
}

Array isnan(const Operand& x) { return predicate(Pred::IsNan, x); }
Array isinf(const Operand& x) { return predicate(Pred::IsInf, x); }
Array isfinite(const Operand& x) { return predicate(Pred::IsFinite, x); }
Array signbit(const Operand& x) { return predicate(Pred::SignBit, x); }
Array logical_not(const Operand& x) { return predicate(Pred::Not, x); }
Array logical_and(const Operand& x, const Operand& y) { return binary2(Bin2::And, x, y); }
Array logical_or(const Operand& x, const Operand& y) { return binary2(Bin2::Or, x, y); }
Array logical_xor(const Operand& x, const Operand& y) { return binary2(Bin2::Xor, x, y); }
Array maximum(const Operand& x, const Operand& y) { return binary2(Bin2::Max, x, y); }
Array minimum(const Operand& x, const Operand& y) { return binary2(Bin2::Min, x, y); }
Array fmax(const Operand& x, const Operand& y) { return binary2(Bin2::FMax, x, y); }
Array fmin(const Operand& x, const Operand& y) { return binary2(Bin2::FMin, x, y); }
Array fmod(const Operand& x, const Operand& y) { return binary2(Bin2::FMod, x, y); }
Array arctan2(const Operand& x, const Operand& y) { return binary2(Bin2::Arctan2, x, y); }
Array hypot(const Operand& x, const Operand& y) { return binary2(Bin2::Hypot, x, y); }

Array round(const Operand& x, Int decimals) {
  ingot_dtype d = own_dtype(x);
  if (is_bool(d)) d = INGOT_DTYPE_FLOAT16;  // numpy rounds bools in float16
  return dispatch(d, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    return apply1<T, T>(x, [decimals](T a) { return elem::round<T>(a, decimals); });
  });
}

namespace {
/// A Python int bound of np.clip on an integer dtype: one beyond the dtype's
/// range on the side it bounds cannot clip anything (numpy drops it).
bool clip_bound_is_noop(const Operand& b, ingot_dtype L, bool lower) {
  if (b.kind() != Operand::Kind::Int || !is_integer(L)) return false;
  const Int v = b.int_value();
  return dispatch(L, [&](auto tag) -> bool {
    using T = typename decltype(tag)::type;
    if constexpr (is_int_elem_v<T>) {
      if (lower) return std::cmp_less(v, std::numeric_limits<T>::min());
      return std::cmp_greater(v, std::numeric_limits<T>::max());
    } else {
      return false;
    }
  });
}
}  // namespace

Array clip(const Operand& x, const std::optional<Operand>& lo, const std::optional<Operand>& hi) {
  ingot_dtype L = own_dtype(x);
  if (lo && hi) L = result_type(x, *lo, *hi);
  else if (lo || hi) L = result_type(x, lo ? *lo : *hi);
  const bool lo_noop = lo && clip_bound_is_noop(*lo, L, true);
  const bool hi_noop = hi && clip_bound_is_noop(*hi, L, false);
  return dispatch(L, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    const Arg<T> a = make_arg<T>(x);
    if (lo && hi && !lo_noop && !hi_noop) {
      return apply3<T>(a, make_arg<T>(*lo), make_arg<T>(*hi), [](T v, T l, T h) { return elem::clip<T>(v, l, h); });
    }
    Arg<T> out = a;
    if (lo && !lo_noop) {
      const Array r = apply2<T>(out, make_arg<T>(*lo), [](T v, T l) { return elem::maximum<T>(v, l); });
      out = make_arg<T>(r);
    }
    if (hi && !hi_noop) {
      const Array r = apply2<T>(out, make_arg<T>(*hi), [](T v, T h) { return elem::minimum<T>(v, h); });
      out = make_arg<T>(r);
    }
    if (out.is_value) return make_scalar_array<T>(out.value, true);
    return Array(out.arr->copy());
  });
}

Array where(const Operand& cond, const Operand& x, const Operand& y) {
  const ingot_dtype L = result_type(x, y);
  const Array c = operand_as(cond, INGOT_DTYPE_BOOL);
  return dispatch(L, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    // numpy converts Python scalars to the result dtype without a range check here.
    auto conv = [&](const Operand& o) {
      if (o.kind() == Operand::Kind::Int) {
        Arg<T> r;
        r.value = cast<T>(o.int_value());
        return r;
      }
      return make_arg<T>(o);
    };
    // np.where of 0-d operands gives a 0-d array, not a scalar.
    return apply3<T>(make_arg<bool>(Operand(c)), conv(x), conv(y), [](bool b, T p, T q) { return b ? p : q; })
        .with_scalar_flag(false);
  });
}

}  // namespace ingot::rt::np
