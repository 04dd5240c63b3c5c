// Hand-written bundles for testing the bindings and `ingot predict` without
// the compiler. One file, one behaviour per build, chosen with
// -DINGOT_TEST_BUNDLE_<NAME>; see testing/bundles.py, which builds them and
// writes their manifests.
//
// Built against the test double (fake_runtime.cpp, -DINGOT_FAKE_RUNTIME) or
// the real runtime (build/runtime/libingot_runtime.a). Only the ABI of
// include/ingot.h is used to make values, so the same code serves both;
// raising and printing use each runtime's own API (the real runtime raises
// builtin exception classes only).
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingot.h"

#if defined(INGOT_FAKE_RUNTIME)
#include "fake_runtime.h"
#define INGOT_TEST_CAN_RAISE 1
namespace {
[[noreturn]] void raise_named(const std::string& type, const std::string& message) {
  throw ingot::bundle::PythonError{type, message};
}
}  // namespace
#elif __has_include(<ingot/rt/bundle.h>)
// The real runtime: its hook (bundle.h), exceptions and print() log.
#include <ingot/rt/bundle.h>
#include <ingot/rt/exceptions.h>
#include <ingot/rt/logs.h>
#define INGOT_TEST_CAN_RAISE 1
namespace ingot::bundle {
void print(std::string_view text) { ingot::rt::append_log(text); }
}  // namespace ingot::bundle
namespace {
/// Raises the exception class named `type` (the runtime knows CPython's
/// builtin classes and numpy's AxisError: others become SystemError).
[[noreturn]] void raise_named(const std::string& type, const std::string& message) {
  using ingot::rt::ExcType;
  for (int k = 0; k <= static_cast<int>(ExcType::AxisError); ++k) {
    if (type == ingot::rt::exc_name(static_cast<ExcType>(k))) ingot::rt::raise(static_cast<ExcType>(k), message);
  }
  ingot::rt::raise(ExcType::SystemError, "test bundle: no builtin exception class " + type);
}
}  // namespace
#else
namespace ingot::bundle {
ingot_value* predict(const ingot_value_map* inputs);
}
#endif

namespace {

ingot_value* copy(const ingot_value* v) {
  switch (ingot_value_get_kind(v)) {
    case INGOT_VALUE_NONE:
      return ingot_value_create_none();
    case INGOT_VALUE_BOOL: {
      bool b = false;
      ingot_value_get_bool(v, &b);
      return ingot_value_create_bool(b);
    }
    case INGOT_VALUE_INT64: {
      int64_t i = 0;
      ingot_value_get_int64(v, &i);
      return ingot_value_create_int64(i);
    }
    case INGOT_VALUE_FLOAT64: {
      double f = 0;
      ingot_value_get_float64(v, &f);
      return ingot_value_create_float64(f);
    }
    case INGOT_VALUE_STRING:
    case INGOT_VALUE_BYTES: {
      const char* data = nullptr;
      size_t size = 0;
      ingot_value_get_data(v, &data, &size);
      return ingot_value_get_kind(v) == INGOT_VALUE_STRING ? ingot_value_create_string(data, size)
                                                           : ingot_value_create_bytes(data, size);
    }
    case INGOT_VALUE_LIST:
    case INGOT_VALUE_TUPLE:
    case INGOT_VALUE_SET: {
      ingot_value* out = ingot_value_create_container(ingot_value_get_kind(v));
      size_t n = 0;
      ingot_value_get_length(v, &n);
      for (size_t k = 0; k < n; ++k) {
        const ingot_value* item = nullptr;
        ingot_value_get_item(v, k, &item);
        ingot_value_append(out, copy(item));
      }
      return out;
    }
    case INGOT_VALUE_DICT: {
      ingot_value* out = ingot_value_create_container(INGOT_VALUE_DICT);
      size_t n = 0;
      ingot_value_get_length(v, &n);
      for (size_t k = 0; k < n; ++k) {
        const ingot_value* key = nullptr;
        const ingot_value* item = nullptr;
        ingot_value_get_pair(v, k, &key, &item);
        ingot_value_dict_set(out, copy(key), copy(item));
      }
      return out;
    }
    case INGOT_VALUE_TENSOR: {
      ingot_dtype dtype;
      const int64_t* shape = nullptr;
      int32_t ndim = 0;
      const void* data = nullptr;
      ingot_value_get_tensor(v, &dtype, &shape, &ndim, &data);
      return ingot_value_create_tensor(dtype, shape, ndim, const_cast<void*>(data), nullptr, nullptr);
    }
  }
  return ingot_value_create_none();
}

/// A value's kinds and contents, e.g. "tuple[int 1, str 'a']" (DESCRIBE).
[[maybe_unused]] std::string describe(const ingot_value* v) {
  switch (ingot_value_get_kind(v)) {
    case INGOT_VALUE_NONE:
      return "None";
    case INGOT_VALUE_BOOL: {
      bool b = false;
      ingot_value_get_bool(v, &b);
      return b ? "bool True" : "bool False";
    }
    case INGOT_VALUE_INT64: {
      int64_t i = 0;
      ingot_value_get_int64(v, &i);
      return "int " + std::to_string(i);
    }
    case INGOT_VALUE_FLOAT64: {
      double f = 0;
      ingot_value_get_float64(v, &f);
      char buf[64];
      std::snprintf(buf, sizeof buf, "float %.17g", f);
      return buf;
    }
    case INGOT_VALUE_STRING:
    case INGOT_VALUE_BYTES: {
      const char* data = nullptr;
      size_t size = 0;
      ingot_value_get_data(v, &data, &size);
      std::string text(data, size);
      if (ingot_value_get_kind(v) == INGOT_VALUE_STRING) return "str '" + text + "'";
      std::string out = "bytes";
      for (unsigned char c : text) out += " " + std::to_string(c);
      return out;
    }
    case INGOT_VALUE_LIST:
    case INGOT_VALUE_TUPLE:
    case INGOT_VALUE_SET: {
      ingot_value_kind kind = ingot_value_get_kind(v);
      std::string out = kind == INGOT_VALUE_LIST ? "list[" : kind == INGOT_VALUE_TUPLE ? "tuple[" : "set[";
      size_t n = 0;
      ingot_value_get_length(v, &n);
      for (size_t k = 0; k < n; ++k) {
        const ingot_value* item = nullptr;
        ingot_value_get_item(v, k, &item);
        out += (k ? ", " : "") + describe(item);
      }
      return out + "]";
    }
    case INGOT_VALUE_DICT: {
      std::string out = "dict{";
      size_t n = 0;
      ingot_value_get_length(v, &n);
      for (size_t k = 0; k < n; ++k) {
        const ingot_value* key = nullptr;
        const ingot_value* item = nullptr;
        ingot_value_get_pair(v, k, &key, &item);
        out += (k ? ", " : "") + describe(key) + ": " + describe(item);
      }
      return out + "}";
    }
    case INGOT_VALUE_TENSOR:
      return "tensor";
  }
  return "?";
}

[[maybe_unused]] int64_t get_int(const ingot_value_map* inputs, const char* name, int64_t fallback) {
  int64_t i = fallback;
  ingot_value_get_int64(ingot_value_map_get(inputs, name), &i);
  return i;
}

[[maybe_unused]] std::string get_str(const ingot_value_map* inputs, const char* name) {
  const char* data = nullptr;
  size_t size = 0;
  if (ingot_value_get_data(ingot_value_map_get(inputs, name), &data, &size) != INGOT_STATUS_OK) return {};
  return std::string(data, size);
}

#if defined(INGOT_TEST_BUNDLE_TENSORS)
std::atomic<int64_t> g_live{0};  // buffers made by make_tensor and not released yet

size_t dtype_size(ingot_dtype dtype) {
  switch (dtype) {
    case INGOT_DTYPE_BOOL: case INGOT_DTYPE_INT8: case INGOT_DTYPE_UINT8: return 1;
    case INGOT_DTYPE_INT16: case INGOT_DTYPE_UINT16: case INGOT_DTYPE_FLOAT16: return 2;
    case INGOT_DTYPE_INT32: case INGOT_DTYPE_UINT32: case INGOT_DTYPE_FLOAT32: return 4;
    default: return 8;
  }
}

/// IEEE half-precision bits of the integer n (exact for |n| <= 2048).
uint16_t half_of(int64_t n) {
  if (n == 0) return 0;
  uint16_t sign = n < 0 ? 0x8000 : 0;
  uint64_t m = static_cast<uint64_t>(n < 0 ? -n : n);
  int e = 63 - __builtin_clzll(m);  // m = 1.f * 2^e
  if (e > 15) return sign | 0x7C00;  // inf
  uint64_t frac = e >= 10 ? (m >> (e - 10)) : (m << (10 - e));
  return static_cast<uint16_t>(sign | ((e + 15) << 10) | (frac & 0x3FF));
}

/// Element k of a buffer of `dtype` set to n (numpy's astype: ints wrap, bool is n != 0).
void set_element(ingot_dtype dtype, void* data, size_t k, int64_t n) {
  switch (dtype) {
    case INGOT_DTYPE_BOOL: static_cast<bool*>(data)[k] = n != 0; break;
    case INGOT_DTYPE_INT8: static_cast<int8_t*>(data)[k] = static_cast<int8_t>(n); break;
    case INGOT_DTYPE_INT16: static_cast<int16_t*>(data)[k] = static_cast<int16_t>(n); break;
    case INGOT_DTYPE_INT32: static_cast<int32_t*>(data)[k] = static_cast<int32_t>(n); break;
    case INGOT_DTYPE_INT64: static_cast<int64_t*>(data)[k] = n; break;
    case INGOT_DTYPE_UINT8: static_cast<uint8_t*>(data)[k] = static_cast<uint8_t>(n); break;
    case INGOT_DTYPE_UINT16: static_cast<uint16_t*>(data)[k] = static_cast<uint16_t>(n); break;
    case INGOT_DTYPE_UINT32: static_cast<uint32_t*>(data)[k] = static_cast<uint32_t>(n); break;
    case INGOT_DTYPE_UINT64: static_cast<uint64_t*>(data)[k] = static_cast<uint64_t>(n); break;
    case INGOT_DTYPE_FLOAT16: static_cast<uint16_t*>(data)[k] = half_of(n); break;
    case INGOT_DTYPE_FLOAT32: static_cast<float*>(data)[k] = static_cast<float>(n); break;
    case INGOT_DTYPE_FLOAT64: static_cast<double*>(data)[k] = static_cast<double>(n); break;
  }
}

void release_buffer(void* data) {
  std::free(data);
  g_live.fetch_sub(1);
}

/// A tensor whose element k is k, on a malloc()ed buffer handed over without
/// copying (released through release_buffer), and that buffer's address.
std::pair<ingot_value*, void*> make_tensor(ingot_dtype dtype, const std::vector<int64_t>& shape, bool fill = true) {
  size_t count = 1;
  for (int64_t d : shape) count *= static_cast<size_t>(d);
  void* data = std::calloc(count * dtype_size(dtype) + 1, 1);
  if (fill) {
    for (size_t k = 0; k < count; ++k) set_element(dtype, data, k, static_cast<int64_t>(k));
  }
  g_live.fetch_add(1);
  ingot_value* v = ingot_value_create_tensor(dtype, shape.data(), static_cast<int32_t>(shape.size()), data,
                                             &release_buffer, data);
  return {v, data};
}

ingot_value* make_tensor_and_address(ingot_dtype dtype, const std::vector<int64_t>& shape, bool fill) {
  auto [tensor, data] = make_tensor(dtype, shape, fill);
  ingot_value* out = ingot_value_create_container(INGOT_VALUE_TUPLE);
  ingot_value_append(out, tensor);
  ingot_value_append(out, ingot_value_create_int64(static_cast<int64_t>(reinterpret_cast<uintptr_t>(data))));
  return out;
}

std::vector<int64_t> get_shape(const ingot_value_map* inputs) {
  std::vector<int64_t> shape;
  const ingot_value* list = ingot_value_map_get(inputs, "shape");
  size_t n = 0;
  if (list == nullptr || ingot_value_get_length(list, &n) != INGOT_STATUS_OK) return shape;
  for (size_t k = 0; k < n; ++k) {
    const ingot_value* item = nullptr;
    int64_t d = 0;
    ingot_value_get_item(list, k, &item);
    ingot_value_get_int64(item, &d);
    shape.push_back(d);
  }
  return shape;
}
#endif

}  // namespace

namespace ingot::bundle {

ingot_value* predict(const ingot_value_map* inputs) {
#if defined(INGOT_TEST_BUNDLE_ECHO)
  // echo(x) -> x
  const ingot_value* x = ingot_value_map_get(inputs, "x");
  return x == nullptr ? ingot_value_create_none() : copy(x);
#elif defined(INGOT_TEST_BUNDLE_INPUTS)
  // inputs(a, b=..., c=...) -> {name: value} for the inputs given, in map order
  ingot_value* out = ingot_value_create_container(INGOT_VALUE_DICT);
  for (size_t k = 0; k < ingot_value_map_get_size(inputs); ++k) {
    const char* name = ingot_value_map_get_name(inputs, k);
    ingot_value_dict_set(out, ingot_value_create_string(name, std::strlen(name)),
                         copy(ingot_value_map_get(inputs, name)));
  }
  return out;
#elif defined(INGOT_TEST_BUNDLE_DESCRIBE)
  // describe(...) -> str: "name=<kinds and values>; ..." for the inputs given
  std::string out;
  for (size_t k = 0; k < ingot_value_map_get_size(inputs); ++k) {
    const char* name = ingot_value_map_get_name(inputs, k);
    out += (k ? "; " : "") + std::string(name) + "=" + describe(ingot_value_map_get(inputs, name));
  }
  return ingot_value_create_string(out.data(), out.size());
#elif defined(INGOT_TEST_BUNDLE_ADD)
  // add(a: int, b: int) -> int
  return ingot_value_create_int64(get_int(inputs, "a", 0) + get_int(inputs, "b", 0));
#elif defined(INGOT_TEST_BUNDLE_NOOP)
  // noop() -> None
  (void)inputs;
  return ingot_value_create_none();
#elif defined(INGOT_TEST_BUNDLE_FLOATS)
  // floats(n: int) -> list[float]: [0.0, 0.5, 1.0, ...], packed (as the
  // runtime returns a list[float]); n < 0: -n items, appended one by one.
  int64_t n = get_int(inputs, "n", 0);
  if (n < 0) {
    ingot_value* out = ingot_value_create_container(INGOT_VALUE_LIST);
    for (int64_t k = 0; k < -n; ++k) ingot_value_append(out, ingot_value_create_float64(0.5 * double(k)));
    return out;
  }
  std::vector<double> xs(static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) xs[static_cast<size_t>(k)] = 0.5 * double(k);
  return ingot_value_create_float64_list(xs.data(), xs.size());
#elif defined(INGOT_TEST_BUNDLE_TENSOR)
  // tensor() -> a 2x3 float32 tensor [[0, 0.5, 1], [1.5, 2, 2.5]]
  (void)inputs;
  float data[6] = {0.0f, 0.5f, 1.0f, 1.5f, 2.0f, 2.5f};
  int64_t shape[2] = {2, 3};
  return ingot_value_create_tensor(INGOT_DTYPE_FLOAT32, shape, 2, data, nullptr, nullptr);
#elif defined(INGOT_TEST_BUNDLE_TENSORS)
  // tensors(op: str, x=None, dtype: int = 10, shape: list[int] = []) -> Any
  //   "make":    (a tensor of `dtype` and `shape` whose element k is k, on a
  //              buffer of this library's, released through the callback; its
  //              data address as an int)
  //   "zeros":   like "make", but the buffer is calloc()ed and not written (so
  //              making it costs next to nothing: for timing the binding)
  //   "nested":  {"a": [make(float32, [2, 2]), (make(int64, [3]),)], "s": 0-d
  //              float64 2.5, "n": 1}
  //   "live":    how many buffers made here are not released yet
  //   "address": (data address, dtype, shape) of the input tensor x
  //   "fill":    sets element 0 of the input tensor x to 42 (in place), returns None
  const std::string op = get_str(inputs, "op");
  const ingot_value* x = ingot_value_map_get(inputs, "x");
  if (op == "make" || op == "zeros") {
    const auto dtype = static_cast<ingot_dtype>(get_int(inputs, "dtype", INGOT_DTYPE_FLOAT32));
    return make_tensor_and_address(dtype, get_shape(inputs), op == "make");
  }
  if (op == "nested") {
    ingot_value* out = ingot_value_create_container(INGOT_VALUE_DICT);
    ingot_value* list = ingot_value_create_container(INGOT_VALUE_LIST);
    ingot_value_append(list, make_tensor(INGOT_DTYPE_FLOAT32, {2, 2}).first);
    ingot_value* tuple = ingot_value_create_container(INGOT_VALUE_TUPLE);
    ingot_value_append(tuple, make_tensor(INGOT_DTYPE_INT64, {3}).first);
    ingot_value_append(list, tuple);
    ingot_value_dict_set(out, ingot_value_create_string("a", 1), list);
    double s = 2.5;
    ingot_value_dict_set(out, ingot_value_create_string("s", 1),
                         ingot_value_create_tensor(INGOT_DTYPE_FLOAT64, nullptr, 0, &s, nullptr, nullptr));
    ingot_value_dict_set(out, ingot_value_create_string("n", 1), ingot_value_create_int64(1));
    return out;
  }
  if (op == "live") return ingot_value_create_int64(g_live.load());
  ingot_dtype dtype = INGOT_DTYPE_BOOL;
  const int64_t* shape = nullptr;
  int32_t ndim = 0;
  const void* data = nullptr;
  if (ingot_value_get_tensor(x, &dtype, &shape, &ndim, &data) != INGOT_STATUS_OK) {
    raise_named("TypeError", "x: expected a tensor");
  }
  if (op == "address") {
    ingot_value* out = ingot_value_create_container(INGOT_VALUE_TUPLE);
    ingot_value_append(out, ingot_value_create_int64(static_cast<int64_t>(reinterpret_cast<uintptr_t>(data))));
    ingot_value_append(out, ingot_value_create_int64(dtype));
    ingot_value* dims = ingot_value_create_container(INGOT_VALUE_TUPLE);
    for (int32_t k = 0; k < ndim; ++k) ingot_value_append(dims, ingot_value_create_int64(shape[k]));
    ingot_value_append(out, dims);
    return out;
  }
  if (op == "fill") {
    size_t count = 1;
    for (int32_t k = 0; k < ndim; ++k) count *= static_cast<size_t>(shape[k]);
    if (count != 0) set_element(dtype, const_cast<void*>(data), 0, 42);
    return ingot_value_create_none();
  }
  raise_named("ValueError", "unknown op " + op);
#elif defined(INGOT_TEST_BUNDLE_SUM)
  // total(xs: list[float]) -> float (the array of a packed list, else item by item)
  const ingot_value* xs = ingot_value_map_get(inputs, "xs");
  size_t n = 0;
  double total = 0;
  const double* packed = nullptr;
  if (ingot_value_get_float64_array(xs, &packed, &n) == INGOT_STATUS_OK) {
    for (size_t k = 0; k < n; ++k) total += packed[k];
    return ingot_value_create_float64(total);
  }
  ingot_value_get_length(xs, &n);
  for (size_t k = 0; k < n; ++k) {
    const ingot_value* item = nullptr;
    double f = 0;
    ingot_value_get_item(xs, k, &item);
    ingot_value_get_float64(item, &f);
    total += f;
  }
  return ingot_value_create_float64(total);
#elif defined(INGOT_TEST_BUNDLE_STRINGS)
  // strings(n: int) -> list[str]: short words "w0", "w1", ..., "w4999", "w0", ...
  // packed (as the runtime returns a list[str])
  int64_t n = get_int(inputs, "n", 0);
  std::string text;
  std::vector<size_t> offsets{0};
  for (int64_t k = 0; k < n; ++k) {
    char word[32];
    const int size = std::snprintf(word, sizeof word, "w%lld", static_cast<long long>(k % 5000));
    text.append(word, static_cast<size_t>(size));
    offsets.push_back(text.size());
  }
  return ingot_value_create_string_list(text.data(), offsets.data(), offsets.size() - 1);
#elif defined(INGOT_TEST_BUNDLE_LENGTHS)
  // lengths(xs: list[str]) -> int: the total UTF-8 length of the strings
  const ingot_value* xs = ingot_value_map_get(inputs, "xs");
  size_t n = 0;
  const char* text = nullptr;
  const size_t* offsets = nullptr;
  if (ingot_value_get_string_array(xs, &text, &offsets, &n) == INGOT_STATUS_OK) {
    return ingot_value_create_int64(static_cast<int64_t>(offsets[n] - offsets[0]));
  }
  ingot_value_get_length(xs, &n);
  int64_t total = 0;
  for (size_t k = 0; k < n; ++k) {
    const ingot_value* item = nullptr;
    const char* data = nullptr;
    size_t size = 0;
    ingot_value_get_item(xs, k, &item);
    ingot_value_get_data(item, &data, &size);
    total += static_cast<int64_t>(size);
  }
  return ingot_value_create_int64(total);
#elif defined(INGOT_TEST_BUNDLE_RAISE) && defined(INGOT_TEST_CAN_RAISE)
  // fail(type: str, message: str, text: str = "") -> NoReturn: prints `text`,
  // then raises `type`(message); type "" returns None instead.
  print(get_str(inputs, "text"));
  std::string type = get_str(inputs, "type");
  if (type.empty()) return ingot_value_create_none();
  raise_named(type, get_str(inputs, "message"));
#elif defined(INGOT_TEST_BUNDLE_NULL_RESULT)
  // a broken bundle: no result and no exception
  (void)inputs;
  return nullptr;
#else
#error "define one INGOT_TEST_BUNDLE_<NAME>"
#endif
}

}  // namespace ingot::bundle
