// numpy reductions on np::Array (dynamic_reduce.h), over the typed kernels
// of reduce.h.
#include "ingot/rt/numpy/dynamic_reduce.h"

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/reduce.h"

namespace ingot::rt::np {

using namespace dyn;

namespace {

enum class Red { Sum, Prod, Mean, Max, Min, ArgMax, ArgMin, Any, All, Var, Std };

/// A reduction's result: a numpy scalar when 0-d (unless keepdims).
template <class R>
Array result(const NDArray<R>& r, bool keepdims) {
  return Array(r, r.ndim() == 0 && !keepdims);
}

Array reduce(Red op, const Array& a, std::optional<Int> axis, bool keepdims, Int ddof = 0) {
  // numpy's mean, var and std take no axis on a 0-d array (sum, prod, max,
  // min, argmax, any and all accept 0 and -1).
  if (axis && a.ndim() == 0 && (op == Red::Mean || op == Red::Var || op == Red::Std)) raise_axis_error(*axis, 0);
  return dispatch(a.dtype(), [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    const NDArray<T> x = typed<T>(a);
    switch (op) {
      case Red::Sum: return result(axis ? np::sum(x, *axis, keepdims) : np::sum(x, none, keepdims), keepdims);
      case Red::Prod: return result(axis ? np::prod(x, *axis, keepdims) : np::prod(x, none, keepdims), keepdims);
      case Red::Mean: return result(axis ? np::mean(x, *axis, keepdims) : np::mean(x, none, keepdims), keepdims);
      case Red::Max: return result(axis ? np::max(x, *axis, keepdims) : np::max(x, none, keepdims), keepdims);
      case Red::Min: return result(axis ? np::min(x, *axis, keepdims) : np::min(x, none, keepdims), keepdims);
      case Red::ArgMax: return result(axis ? np::argmax(x, *axis, keepdims) : np::argmax(x, none, keepdims), keepdims);
      case Red::ArgMin: return result(axis ? np::argmin(x, *axis, keepdims) : np::argmin(x, none, keepdims), keepdims);
      case Red::Any: return result(axis ? np::any(x, *axis, keepdims) : np::any(x, none, keepdims), keepdims);
      case Red::All: return result(axis ? np::all(x, *axis, keepdims) : np::all(x, none, keepdims), keepdims);
      case Red::Var:
        return result(axis ? np::var(x, *axis, ddof, keepdims) : np::var(x, none, ddof, keepdims), keepdims);
      case Red::Std:
        return result(axis ? np::std_(x, *axis, ddof, keepdims) : np::std_(x, none, ddof, keepdims), keepdims);
    }
    raise(ExcType::SystemError, "unknown reduction");
  });
}

}  // namespace

Array sum(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::Sum, a, axis, keepdims); }
Array prod(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::Prod, a, axis, keepdims); }
Array mean(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::Mean, a, axis, keepdims); }
Array max(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::Max, a, axis, keepdims); }
Array min(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::Min, a, axis, keepdims); }
Array argmax(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::ArgMax, a, axis, keepdims); }
Array argmin(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::ArgMin, a, axis, keepdims); }
Array any(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::Any, a, axis, keepdims); }
Array all(const Array& a, std::optional<Int> axis, bool keepdims) { return reduce(Red::All, a, axis, keepdims); }
Array var(const Array& a, std::optional<Int> axis, Int ddof, bool keepdims) {
  return reduce(Red::Var, a, axis, keepdims, ddof);
}
Array std_(const Array& a, std::optional<Int> axis, Int ddof, bool keepdims) {
  return reduce(Red::Std, a, axis, keepdims, ddof);
}

}  // namespace ingot::rt::np
