// numpy values at the C ABI (numpy/boundary.h).
#include "ingot/rt/numpy/boundary.h"

#include <string>

namespace ingot::rt::np {

const char* dtype_name(ingot_dtype code) noexcept {
  switch (code) {
    case INGOT_DTYPE_BOOL: return "bool";
    case INGOT_DTYPE_INT8: return "int8";
    case INGOT_DTYPE_INT16: return "int16";
    case INGOT_DTYPE_INT32: return "int32";
    case INGOT_DTYPE_INT64: return "int64";
    case INGOT_DTYPE_UINT8: return "uint8";
    case INGOT_DTYPE_UINT16: return "uint16";
    case INGOT_DTYPE_UINT32: return "uint32";
    case INGOT_DTYPE_UINT64: return "uint64";
    case INGOT_DTYPE_FLOAT16: return "float16";
    case INGOT_DTYPE_FLOAT32: return "float32";
    case INGOT_DTYPE_FLOAT64: return "float64";
  }
  return "unknown";
}

ingot_value* make_tensor_value(ingot_dtype dtype, const Shape& shape, void* data, void (*release)(void*),
                               void* context) {
  ingot_value* v = ingot_value_create_tensor(dtype, shape.data(), static_cast<int32_t>(shape.size()), data, release,
                                             context);  // calls release itself when it fails
  if (v == nullptr) {
    const char* message = ingot_last_error_message();
    raise(ExcType::SystemError, std::string("cannot make a tensor result: ") + (message ? message : ""));
  }
  return v;
}

void raise_tensor_dtype(const rt::detail::BoundaryPath& path, const char* expected, const ingot_value* got) {
  try {
    rt::detail::raise_boundary_error(path, expected, got);
  } catch (PyException& e) {
    // "...: expected numpy.ndarray[float32], got numpy.ndarray" + " of dtype float64"
    std::string message(e.message.view());
    message += " of dtype ";
    message += dtype_name(got->tensor->dtype);
    raise(ExcType::TypeError, message);
  }
}

}  // namespace ingot::rt::np
