// A stand-in implementation of include/ingot.h for testing the bindings (see
// fake_runtime.h). Straightforward rather than fast: values are trees of
// heap nodes, sets and dicts find equal keys by linear search.
#include "fake_runtime.h"

#include <dlfcn.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <new>
#include <sstream>
#include <string>
#include <vector>

struct ingot_value {
  ingot_value_kind kind = INGOT_VALUE_NONE;
  bool b = false;
  int64_t i = 0;
  double f = 0.0;
  std::string data;                  // STRING, BYTES, TENSOR (copied data), packed LIST (its array)
  std::vector<ingot_value*> items;   // LIST, TUPLE, SET; DICT keys
  std::vector<ingot_value*> values;  // DICT values
  ingot_dtype dtype = INGOT_DTYPE_FLOAT64;
  std::vector<int64_t> shape;
  const void* borrowed = nullptr;  // TENSOR data when not copied
  void (*release)(void*) = nullptr;
  void* release_context = nullptr;
  // A packed LIST: the kind of its items (NONE: held item by item), their
  // count and, for strings, count + 1 offsets into `data`. `items` is made
  // from the array on first use (materialize).
  ingot_value_kind packed = INGOT_VALUE_NONE;
  size_t packed_count = 0;
  std::vector<size_t> offsets;

  ~ingot_value() {
    for (ingot_value* v : items) delete v;
    for (ingot_value* v : values) delete v;
    if (release != nullptr) release(release_context);
  }
};

struct ingot_value_map {
  std::vector<std::pair<std::string, ingot_value*>> entries;
  ~ingot_value_map() {
    for (auto& e : entries) delete e.second;
  }
};

struct ingot_predictor {
  std::string dir;
  std::string manifest;
  std::mutex mutex;
};

struct ingot_prediction {
  ingot_value* result = nullptr;
  bool raised = false;
  std::string error_type;
  std::string error_message;
  std::string logs;
  double latency_ms = 0.0;
  ~ingot_prediction() { delete result; }
};

namespace {

thread_local std::string last_error;
thread_local std::string* current_logs = nullptr;

ingot_status fail(ingot_status status, std::string message) {
  last_error = std::move(message);
  return status;
}

ingot_status ok() {
  last_error.clear();
  return INGOT_STATUS_OK;
}

bool valid_utf8(const unsigned char* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    size_t len;
    uint32_t cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

size_t item_count(const ingot_value* v) {
  return v->packed != INGOT_VALUE_NONE ? v->packed_count : v->items.size();
}

/// Makes the item values of a packed list (once).
void materialize(const ingot_value* list) {
  auto* v = const_cast<ingot_value*>(list);  // values are never created const
  if (v->packed == INGOT_VALUE_NONE || v->items.size() == v->packed_count) return;
  v->items.reserve(v->packed_count);
  for (size_t k = v->items.size(); k < v->packed_count; ++k) {
    auto* item = new ingot_value;
    item->kind = v->packed;
    switch (v->packed) {
      case INGOT_VALUE_FLOAT64:
        std::memcpy(&item->f, v->data.data() + k * 8, 8);
        break;
      case INGOT_VALUE_INT64:
        std::memcpy(&item->i, v->data.data() + k * 8, 8);
        break;
      case INGOT_VALUE_BOOL:
        item->b = v->data[k] != 0;
        break;
      default:
        item->data = v->data.substr(v->offsets[k], v->offsets[k + 1] - v->offsets[k]);
    }
    v->items.push_back(item);
  }
}

bool is_number(const ingot_value* v) {
  return v->kind == INGOT_VALUE_BOOL || v->kind == INGOT_VALUE_INT64 || v->kind == INGOT_VALUE_FLOAT64;
}

double number(const ingot_value* v) {
  if (v->kind == INGOT_VALUE_BOOL) return v->b ? 1.0 : 0.0;
  if (v->kind == INGOT_VALUE_INT64) return static_cast<double>(v->i);
  return v->f;
}

/// Python's == for the hashable kinds (1 == 1.0 == True).
bool py_equal(const ingot_value* a, const ingot_value* b) {
  if (is_number(a) && is_number(b)) {
    if (a->kind != INGOT_VALUE_FLOAT64 && b->kind != INGOT_VALUE_FLOAT64) {
      int64_t x = a->kind == INGOT_VALUE_BOOL ? a->b : a->i;
      int64_t y = b->kind == INGOT_VALUE_BOOL ? b->b : b->i;
      return x == y;
    }
    return number(a) == number(b);
  }
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case INGOT_VALUE_NONE:
      return true;
    case INGOT_VALUE_STRING:
    case INGOT_VALUE_BYTES:
      return a->data == b->data;
    case INGOT_VALUE_TUPLE:
    case INGOT_VALUE_LIST:
      materialize(a);
      materialize(b);
      if (a->items.size() != b->items.size()) return false;
      for (size_t k = 0; k < a->items.size(); ++k)
        if (!py_equal(a->items[k], b->items[k])) return false;
      return true;
    default:
      return a == b;
  }
}

bool is_container(const ingot_value* v) {
  return v->kind == INGOT_VALUE_LIST || v->kind == INGOT_VALUE_TUPLE || v->kind == INGOT_VALUE_SET ||
         v->kind == INGOT_VALUE_DICT;
}

size_t dtype_size(ingot_dtype d) {
  switch (d) {
    case INGOT_DTYPE_BOOL:
    case INGOT_DTYPE_INT8:
    case INGOT_DTYPE_UINT8:
      return 1;
    case INGOT_DTYPE_INT16:
    case INGOT_DTYPE_UINT16:
    case INGOT_DTYPE_FLOAT16:
      return 2;
    case INGOT_DTYPE_INT32:
    case INGOT_DTYPE_UINT32:
    case INGOT_DTYPE_FLOAT32:
      return 4;
    default:
      return 8;
  }
}

template <class F>
ingot_value* make(F&& fill) {
  try {
    auto* v = new ingot_value;
    fill(*v);
    last_error.clear();
    return v;
  } catch (const std::bad_alloc&) {
    last_error = "out of memory";
    return nullptr;
  }
}

template <class T>
ingot_value* make_packed(ingot_value_kind kind, const T* data, size_t count) {
  if (data == nullptr && count != 0) {
    last_error = "packed list: NULL data";
    return nullptr;
  }
  return make([&](ingot_value& v) {
    v.kind = INGOT_VALUE_LIST;
    v.packed = kind;
    v.packed_count = count;
    if (count != 0) v.data.assign(reinterpret_cast<const char*>(data), count * sizeof(T));
    if (kind == INGOT_VALUE_BOOL) {
      for (char& c : v.data) c = c != 0;
    }
  });
}

ingot_status packed_array(const ingot_value* v, ingot_value_kind kind, const void* out1, const void* out2) {
  if (v == nullptr || out1 == nullptr || out2 == nullptr || v->kind != INGOT_VALUE_LIST || v->packed != kind)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "not a LIST packed as the requested kind");
  return ok();
}

std::string folder_of_this_library() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&ingot_abi_version), &info) == 0 || info.dli_fname == nullptr)
    return ".";
  std::string path = info.dli_fname;
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

namespace ingot::bundle {
void print(std::string_view text) {
  if (current_logs != nullptr) current_logs->append(text);
}
}  // namespace ingot::bundle

extern "C" {

uint32_t ingot_abi_version(void) { return INGOT_ABI_VERSION; }

const char* ingot_status_string(ingot_status status) {
  switch (status) {
    case INGOT_STATUS_OK:
      return "ok";
    case INGOT_STATUS_INVALID_ARGUMENT:
      return "invalid argument";
    case INGOT_STATUS_BUNDLE_ERROR:
      return "bundle error";
    case INGOT_STATUS_OUT_OF_MEMORY:
      return "out of memory";
    case INGOT_STATUS_INTERNAL_ERROR:
      return "internal error";
  }
  return "unknown status";
}

const char* ingot_last_error_message(void) { return last_error.c_str(); }

ingot_value* ingot_value_create_none(void) {
  return make([](ingot_value&) {});
}
ingot_value* ingot_value_create_bool(bool value) {
  return make([&](ingot_value& v) {
    v.kind = INGOT_VALUE_BOOL;
    v.b = value;
  });
}
ingot_value* ingot_value_create_int64(int64_t value) {
  return make([&](ingot_value& v) {
    v.kind = INGOT_VALUE_INT64;
    v.i = value;
  });
}
ingot_value* ingot_value_create_float64(double value) {
  return make([&](ingot_value& v) {
    v.kind = INGOT_VALUE_FLOAT64;
    v.f = value;
  });
}
ingot_value* ingot_value_create_string(const char* data, size_t size) {
  if (data == nullptr && size != 0) {
    last_error = "ingot_value_create_string: NULL data";
    return nullptr;
  }
  if (!valid_utf8(reinterpret_cast<const unsigned char*>(data), size)) {
    last_error = "ingot_value_create_string: invalid UTF-8";
    return nullptr;
  }
  return make([&](ingot_value& v) {
    v.kind = INGOT_VALUE_STRING;
    if (size != 0) v.data.assign(data, size);
  });
}
ingot_value* ingot_value_create_bytes(const void* data, size_t size) {
  if (data == nullptr && size != 0) {
    last_error = "ingot_value_create_bytes: NULL data";
    return nullptr;
  }
  return make([&](ingot_value& v) {
    v.kind = INGOT_VALUE_BYTES;
    if (size != 0) v.data.assign(static_cast<const char*>(data), size);
  });
}
ingot_value* ingot_value_create_container(ingot_value_kind kind) {
  if (kind != INGOT_VALUE_LIST && kind != INGOT_VALUE_TUPLE && kind != INGOT_VALUE_SET &&
      kind != INGOT_VALUE_DICT) {
    last_error = "ingot_value_create_container: not a container kind";
    return nullptr;
  }
  return make([&](ingot_value& v) { v.kind = kind; });
}
namespace {
ingot_value* create_tensor(ingot_dtype dtype, const int64_t* shape, int32_t ndim, void* data,
                           void (*release)(void*), void* release_context) {
  if (ndim < 0 || (ndim > 0 && shape == nullptr) || static_cast<int>(dtype) < 0 ||
      static_cast<int>(dtype) > INGOT_DTYPE_FLOAT64) {
    last_error = "ingot_value_create_tensor: bad dtype or shape";
    return nullptr;
  }
  size_t count = 1;
  for (int32_t k = 0; k < ndim; ++k) {
    if (shape[k] < 0) {
      last_error = "ingot_value_create_tensor: negative dimension";
      return nullptr;
    }
    count *= static_cast<size_t>(shape[k]);
  }
  size_t bytes = count * dtype_size(dtype);
  if (data == nullptr && bytes != 0) {
    last_error = "ingot_value_create_tensor: NULL data";
    return nullptr;
  }
  return make([&](ingot_value& v) {
    v.kind = INGOT_VALUE_TENSOR;
    v.dtype = dtype;
    v.shape.assign(shape, shape + ndim);
    if (release == nullptr) {
      if (bytes != 0) v.data.assign(static_cast<const char*>(data), bytes);
    } else {
      v.borrowed = data;
      v.release = release;
      v.release_context = release_context;
    }
  });
}
}  // namespace

ingot_value* ingot_value_create_tensor(ingot_dtype dtype, const int64_t* shape, int32_t ndim, void* data,
                                       void (*release)(void*), void* release_context) {
  ingot_value* v = create_tensor(dtype, shape, ndim, data, release, release_context);
  // The header's promise: release is called exactly once, at once when the call fails.
  if (v == nullptr && release != nullptr) release(release_context);
  return v;
}

void ingot_value_free(ingot_value* value) { delete value; }

ingot_value_kind ingot_value_get_kind(const ingot_value* value) {
  return value == nullptr ? INGOT_VALUE_NONE : value->kind;
}

ingot_status ingot_value_get_bool(const ingot_value* value, bool* out) {
  if (value == nullptr || out == nullptr || value->kind != INGOT_VALUE_BOOL)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_bool: not a BOOL");
  *out = value->b;
  return ok();
}
ingot_status ingot_value_get_int64(const ingot_value* value, int64_t* out) {
  if (value == nullptr || out == nullptr || value->kind != INGOT_VALUE_INT64)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_int64: not an INT64");
  *out = value->i;
  return ok();
}
ingot_status ingot_value_get_float64(const ingot_value* value, double* out) {
  if (value == nullptr || out == nullptr || value->kind != INGOT_VALUE_FLOAT64)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_float64: not a FLOAT64");
  *out = value->f;
  return ok();
}
ingot_status ingot_value_get_data(const ingot_value* value, const char** data, size_t* size) {
  if (value == nullptr || data == nullptr || size == nullptr ||
      (value->kind != INGOT_VALUE_STRING && value->kind != INGOT_VALUE_BYTES))
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_data: not a STRING or BYTES");
  *data = value->data.c_str();
  *size = value->data.size();
  return ok();
}
ingot_status ingot_value_get_length(const ingot_value* value, size_t* out) {
  if (value == nullptr || out == nullptr || !is_container(value))
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_length: not a container");
  *out = item_count(value);
  return ok();
}
ingot_status ingot_value_get_item(const ingot_value* value, size_t index, const ingot_value** out) {
  if (value == nullptr || out == nullptr || !is_container(value) || value->kind == INGOT_VALUE_DICT)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_item: not a LIST, TUPLE or SET");
  if (index >= item_count(value))
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_item: index out of range");
  try {
    materialize(value);
  } catch (const std::bad_alloc&) {
    return fail(INGOT_STATUS_OUT_OF_MEMORY, "out of memory");
  }
  *out = value->items[index];
  return ok();
}
ingot_status ingot_value_get_pair(const ingot_value* value, size_t index, const ingot_value** key,
                                  const ingot_value** item) {
  if (value == nullptr || key == nullptr || item == nullptr || value->kind != INGOT_VALUE_DICT)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_pair: not a DICT");
  if (index >= value->items.size())
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_pair: index out of range");
  *key = value->items[index];
  *item = value->values[index];
  return ok();
}
ingot_status ingot_value_append(ingot_value* container, ingot_value* item) {
  if (container == nullptr || item == nullptr || item == container ||
      (container->kind != INGOT_VALUE_LIST && container->kind != INGOT_VALUE_TUPLE &&
       container->kind != INGOT_VALUE_SET))
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_append: not a LIST, TUPLE or SET");
  try {
    materialize(container);  // appending turns a packed list into an item-by-item one
    container->packed = INGOT_VALUE_NONE;
    if (container->kind == INGOT_VALUE_SET) {
      for (ingot_value* existing : container->items) {
        if (py_equal(existing, item)) {
          delete item;  // set.add of an equal element keeps the first one
          return ok();
        }
      }
    }
    container->items.push_back(item);
  } catch (const std::bad_alloc&) {
    return fail(INGOT_STATUS_OUT_OF_MEMORY, "out of memory");
  }
  return ok();
}
ingot_status ingot_value_dict_set(ingot_value* dict, ingot_value* key, ingot_value* item) {
  if (dict == nullptr || key == nullptr || item == nullptr || dict->kind != INGOT_VALUE_DICT)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_dict_set: not a DICT");
  for (size_t k = 0; k < dict->items.size(); ++k) {
    if (py_equal(dict->items[k], key)) {
      delete key;
      delete dict->values[k];
      dict->values[k] = item;
      return ok();
    }
  }
  try {
    dict->items.reserve(dict->items.size() + 1);
    dict->values.reserve(dict->values.size() + 1);
  } catch (const std::bad_alloc&) {
    return fail(INGOT_STATUS_OUT_OF_MEMORY, "out of memory");
  }
  dict->items.push_back(key);
  dict->values.push_back(item);
  return ok();
}
ingot_status ingot_value_get_tensor(const ingot_value* value, ingot_dtype* dtype, const int64_t** shape,
                                    int32_t* ndim, const void** data) {
  if (value == nullptr || dtype == nullptr || shape == nullptr || ndim == nullptr || data == nullptr ||
      value->kind != INGOT_VALUE_TENSOR)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_get_tensor: not a TENSOR");
  *dtype = value->dtype;
  *shape = value->shape.data();
  *ndim = static_cast<int32_t>(value->shape.size());
  *data = value->release != nullptr ? value->borrowed : value->data.data();
  return ok();
}

ingot_value* ingot_value_create_float64_list(const double* data, size_t count) {
  return make_packed(INGOT_VALUE_FLOAT64, data, count);
}
ingot_value* ingot_value_create_int64_list(const int64_t* data, size_t count) {
  return make_packed(INGOT_VALUE_INT64, data, count);
}
ingot_value* ingot_value_create_bool_list(const bool* data, size_t count) {
  return make_packed(INGOT_VALUE_BOOL, reinterpret_cast<const unsigned char*>(data), count);
}
ingot_value* ingot_value_create_string_list(const char* data, const size_t* offsets, size_t count) {
  if (offsets == nullptr || (data == nullptr && offsets[count] != offsets[0])) {
    last_error = "ingot_value_create_string_list: NULL argument";
    return nullptr;
  }
  for (size_t k = 0; k < count; ++k) {
    if (offsets[k + 1] < offsets[k] ||
        !valid_utf8(reinterpret_cast<const unsigned char*>(data) + offsets[k], offsets[k + 1] - offsets[k])) {
      last_error = "ingot_value_create_string_list: bad offsets or invalid UTF-8 in item " + std::to_string(k);
      return nullptr;
    }
  }
  return make([&](ingot_value& v) {
    v.kind = INGOT_VALUE_LIST;
    v.packed = INGOT_VALUE_STRING;
    v.packed_count = count;
    if (offsets[count] != offsets[0]) v.data.assign(data + offsets[0], offsets[count] - offsets[0]);
    for (size_t k = 0; k <= count; ++k) v.offsets.push_back(offsets[k] - offsets[0]);
  });
}
ingot_status ingot_value_get_packed_kind(const ingot_value* value, ingot_value_kind* out) {
  if (value == nullptr || out == nullptr) return fail(INGOT_STATUS_INVALID_ARGUMENT, "NULL argument");
  *out = value->kind == INGOT_VALUE_LIST ? value->packed : INGOT_VALUE_NONE;
  return ok();
}
ingot_status ingot_value_get_float64_array(const ingot_value* list, const double** data, size_t* count) {
  if (ingot_status s = packed_array(list, INGOT_VALUE_FLOAT64, data, count)) return s;
  *data = reinterpret_cast<const double*>(list->data.data());  // (std::string storage is suitably aligned)
  *count = list->packed_count;
  return ok();
}
ingot_status ingot_value_get_int64_array(const ingot_value* list, const int64_t** data, size_t* count) {
  if (ingot_status s = packed_array(list, INGOT_VALUE_INT64, data, count)) return s;
  *data = reinterpret_cast<const int64_t*>(list->data.data());
  *count = list->packed_count;
  return ok();
}
ingot_status ingot_value_get_bool_array(const ingot_value* list, const bool** data, size_t* count) {
  if (ingot_status s = packed_array(list, INGOT_VALUE_BOOL, data, count)) return s;
  *data = reinterpret_cast<const bool*>(list->data.data());
  *count = list->packed_count;
  return ok();
}
ingot_status ingot_value_get_string_array(const ingot_value* list, const char** data, const size_t** offsets,
                                          size_t* count) {
  if (ingot_status s = packed_array(list, INGOT_VALUE_STRING, data, offsets)) return s;
  if (count == nullptr) return fail(INGOT_STATUS_INVALID_ARGUMENT, "NULL argument");
  *data = list->data.data();
  *offsets = list->offsets.data();
  *count = list->packed_count;
  return ok();
}

ingot_value_map* ingot_value_map_create(void) {
  try {
    last_error.clear();
    return new ingot_value_map;
  } catch (const std::bad_alloc&) {
    last_error = "out of memory";
    return nullptr;
  }
}
void ingot_value_map_free(ingot_value_map* map) { delete map; }
ingot_status ingot_value_map_set(ingot_value_map* map, const char* name, ingot_value* value) {
  if (map == nullptr || name == nullptr || value == nullptr)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_map_set: NULL argument");
  if (!valid_utf8(reinterpret_cast<const unsigned char*>(name), std::strlen(name)))
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_map_set: name is not UTF-8");
  for (auto& e : map->entries) {
    if (e.first == name) {
      delete e.second;
      e.second = value;
      return ok();
    }
  }
  map->entries.emplace_back(name, value);
  return ok();
}
const ingot_value* ingot_value_map_get(const ingot_value_map* map, const char* name) {
  if (map == nullptr || name == nullptr) return nullptr;
  for (auto& e : map->entries)
    if (e.first == name) return e.second;
  return nullptr;
}
size_t ingot_value_map_get_size(const ingot_value_map* map) { return map == nullptr ? 0 : map->entries.size(); }
const char* ingot_value_map_get_name(const ingot_value_map* map, size_t index) {
  if (map == nullptr || index >= map->entries.size()) return nullptr;
  return map->entries[index].first.c_str();
}

ingot_status ingot_predictor_create(const char* bundle_dir, ingot_predictor** out) {
  if (out == nullptr) return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_predictor_create: NULL out");
  std::string dir = bundle_dir != nullptr ? bundle_dir : folder_of_this_library();
  std::ifstream in(dir + "/manifest.json", std::ios::binary);
  if (!in) return fail(INGOT_STATUS_BUNDLE_ERROR, "cannot read " + dir + "/manifest.json");
  std::ostringstream text;
  text << in.rdbuf();
  auto* p = new ingot_predictor;
  p->dir = dir;
  p->manifest = text.str();
  *out = p;
  return ok();
}
void ingot_predictor_free(ingot_predictor* predictor) { delete predictor; }
const char* ingot_predictor_get_manifest(const ingot_predictor* predictor) {
  return predictor == nullptr ? "" : predictor->manifest.c_str();
}

ingot_status ingot_predictor_predict(ingot_predictor* predictor, const ingot_value_map* inputs,
                                     ingot_prediction** out) {
  if (predictor == nullptr || inputs == nullptr || out == nullptr)
    return fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_predictor_predict: NULL argument");
  std::lock_guard<std::mutex> lock(predictor->mutex);
  auto prediction = std::make_unique<ingot_prediction>();
  current_logs = &prediction->logs;
  auto start = std::chrono::steady_clock::now();
  try {
    prediction->result = ingot::bundle::predict(inputs);
  } catch (const ingot::bundle::PythonError& e) {
    prediction->raised = true;
    prediction->error_type = e.type;
    prediction->error_message = e.message;
  } catch (const std::bad_alloc&) {
    prediction->raised = true;
    prediction->error_type = "MemoryError";
  } catch (const std::exception& e) {
    current_logs = nullptr;
    return fail(INGOT_STATUS_INTERNAL_ERROR, e.what());
  }
  auto end = std::chrono::steady_clock::now();
  current_logs = nullptr;
  prediction->latency_ms = std::chrono::duration<double, std::milli>(end - start).count();
  *out = prediction.release();
  return ok();
}

void ingot_prediction_free(ingot_prediction* prediction) { delete prediction; }
const ingot_value* ingot_prediction_get_result(const ingot_prediction* prediction) {
  return prediction == nullptr ? nullptr : prediction->result;
}
ingot_value* ingot_prediction_take_result(ingot_prediction* prediction) {
  if (prediction == nullptr) return nullptr;
  ingot_value* v = prediction->result;
  prediction->result = nullptr;
  return v;
}
const char* ingot_prediction_get_error_type(const ingot_prediction* prediction) {
  return prediction == nullptr || !prediction->raised ? nullptr : prediction->error_type.c_str();
}
const char* ingot_prediction_get_error_message(const ingot_prediction* prediction) {
  return prediction == nullptr || !prediction->raised ? nullptr : prediction->error_message.c_str();
}
const char* ingot_prediction_get_logs(const ingot_prediction* prediction) {
  return prediction == nullptr ? "" : prediction->logs.c_str();
}
double ingot_prediction_get_latency_ms(const ingot_prediction* prediction) {
  return prediction == nullptr ? 0.0 : prediction->latency_ms;
}

}  // extern "C"
