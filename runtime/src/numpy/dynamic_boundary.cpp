// np::Array at the C ABI (numpy/boundary.h): any TENSOR in, viewed without
// copying; an Array out as a TENSOR (0-d for numpy scalars).
#include <string>

#include "dynamic_dispatch.h"
#include "ingot/rt/numpy/boundary.h"

namespace ingot::rt::np {

using namespace dyn;

ingot_value* to_value(const Array& a) {
  return dispatch(a.dtype(), [&](auto tag) -> ingot_value* {
    using T = typename decltype(tag)::type;
    return np::to_value(typed<T>(a));
  });
}

Array array_from_tensor(const ingot_value* v, const rt::detail::BoundaryPath& path) {
  if (v->kind != INGOT_VALUE_TENSOR || !v->tensor) rt::detail::raise_boundary_error(path, "numpy.ndarray", v);
  return dispatch(v->tensor->dtype, [&](auto tag) -> Array {
    using T = typename decltype(tag)::type;
    // An np.ndarray parameter holds an ndarray: a 0-d TENSOR is a 0-d array
    // (len() raises "len() of unsized object", `+=` writes into it), not a
    // numpy scalar (the ABI's TENSOR has no scalar flag).
    return Array(rt::detail::Boundary<NDArray<T>>::convert(v, path), false);
  });
}

}  // namespace ingot::rt::np
