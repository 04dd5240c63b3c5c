// ingot_value: construction, access, containers and their ownership rules.
//
// Ownership is tracked so that misuse is refused instead of corrupting
// memory: a value records its parent container (or that a map, prediction
// or container owns it); appending a value that already has an owner,
// appending a container into itself or one of its own items, and freeing an
// owned value are all refused with INGOT_STATUS_INVALID_ARGUMENT. Nesting is
// limited to kMaxValueDepth levels, so every recursive walk stays shallow;
// freeing is iterative.
#include <cstring>
#include <limits>
#include <unordered_map>

#include "abi/support.h"
#include "ingot/rt/hash.h"
#include "ingot/rt/ops/compare.h"
#include "ingot/rt/repr.h"
#include "internal/utf8.h"

namespace ingot::rt::abi {

struct ValueIndex {
  std::unordered_multimap<std::size_t, std::size_t> positions;  // hash -> item position
};
void destroy_value_index(ValueIndex* index) noexcept { delete index; }

namespace {

constexpr std::size_t kIndexThreshold = 8;

bool is_container_kind(int k) noexcept {
  return k == INGOT_VALUE_LIST || k == INGOT_VALUE_TUPLE || k == INGOT_VALUE_SET || k == INGOT_VALUE_DICT;
}

bool is_number(const ingot_value* v) noexcept {
  return v->kind == INGOT_VALUE_BOOL || v->kind == INGOT_VALUE_INT64 || v->kind == INGOT_VALUE_FLOAT64;
}

/// Position of an item equal to `key` among `container->items`, or -1.
std::ptrdiff_t find_item(ingot_value* container, const ingot_value* key, std::size_t hash) {
  auto& items = container->items;
  if (!container->index && items.size() > kIndexThreshold) {
    auto index = std::unique_ptr<ValueIndex, ValueIndexDeleter>(new ValueIndex);
    for (std::size_t i = 0; i < items.size(); ++i) index->positions.emplace(value_hash(items[i]), i);
    container->index = std::move(index);
  }
  if (container->index) {
    const auto range = container->index->positions.equal_range(hash);
    for (auto it = range.first; it != range.second; ++it) {
      if (values_equal(items[it->second], key)) return static_cast<std::ptrdiff_t>(it->second);
    }
    return -1;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (values_equal(items[i], key)) return static_cast<std::ptrdiff_t>(i);
  }
  return -1;
}

/// Levels of ancestors above `v`.
std::uint32_t depth_of(const ingot_value* v) noexcept {
  std::uint32_t depth = 0;
  for (const ingot_value* p = v->parent; p; p = p->parent) ++depth;
  return depth;
}

/// Checks that `item` may become a child of `container`; returns a message
/// or nullptr.
const char* check_adoption(const ingot_value* container, const ingot_value* item) noexcept {
  if (item->owned || item->parent) return "the item already belongs to a container, map or prediction";
  for (const ingot_value* p = container; p; p = p->parent) {
    if (p == item) return "a value cannot contain itself";
  }
  if (static_cast<std::uint64_t>(depth_of(container)) + 1 + item->height > kMaxValueDepth) {
    return "values nest too deeply (more than 1000 levels)";
  }
  return nullptr;
}

/// Links `item` under `container` and updates the heights above it.
void link(ingot_value* container, ingot_value* item) noexcept {
  item->parent = container;
  item->owned = true;
  std::uint32_t height = item->height + 1;
  for (ingot_value* p = container; p && p->height < height; p = p->parent, ++height) p->height = height;
}

}  // namespace

// -- equality and hashing of keys --------------------------------------------

const char* unhashable_type(const ingot_value* v) noexcept {
  switch (v->kind) {
    case INGOT_VALUE_LIST: return "list";
    case INGOT_VALUE_SET: return "set";
    case INGOT_VALUE_DICT: return "dict";
    case INGOT_VALUE_TENSOR: return "numpy.ndarray";
    case INGOT_VALUE_TUPLE:
      for (const ingot_value* item : v->items) {
        if (const char* t = unhashable_type(item)) return t;
      }
      return nullptr;
    default: return nullptr;
  }
}

bool values_equal(const ingot_value* a, const ingot_value* b) {
  if (is_number(a) && is_number(b)) {
    auto as_int = [](const ingot_value* v) { return v->kind == INGOT_VALUE_BOOL ? Int{v->bool_value} : v->int_value; };
    if (a->kind == INGOT_VALUE_FLOAT64 && b->kind == INGOT_VALUE_FLOAT64) return a->float_value == b->float_value;
    if (a->kind == INGOT_VALUE_FLOAT64) return detail::compare_int_float(as_int(b), a->float_value) == 0;
    if (b->kind == INGOT_VALUE_FLOAT64) return detail::compare_int_float(as_int(a), b->float_value) == 0;
    return as_int(a) == as_int(b);
  }
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case INGOT_VALUE_NONE: return true;
    case INGOT_VALUE_STRING:
    case INGOT_VALUE_BYTES: return a->text == b->text;
    case INGOT_VALUE_TUPLE:
    case INGOT_VALUE_LIST: {
      if (item_count(a) != item_count(b)) return false;
      const auto& x = items_of(a);
      const auto& y = items_of(b);
      for (std::size_t i = 0; i < x.size(); ++i) {
        if (!values_equal(x[i], y[i])) return false;
      }
      return true;
    }
    default: return a == b;
  }
}

std::size_t value_hash(const ingot_value* v) {
  switch (v->kind) {
    case INGOT_VALUE_BOOL: return detail::hash_int(v->bool_value);
    case INGOT_VALUE_INT64: return detail::hash_int(v->int_value);
    case INGOT_VALUE_FLOAT64: return detail::hash_float(v->float_value);
    case INGOT_VALUE_STRING:
    case INGOT_VALUE_BYTES: return std::hash<std::string_view>{}(v->text);
    case INGOT_VALUE_TUPLE: {
      detail::TupleHasher h;
      for (const ingot_value* item : v->items) h.add(value_hash(item));
      return h.finish(v->items.size());
    }
    default: return 0;
  }
}

const char* value_type_name(const ingot_value* v) noexcept {
  if (!v) return "nothing";
  switch (v->kind) {
    case INGOT_VALUE_NONE: return "NoneType";
    case INGOT_VALUE_BOOL: return "bool";
    case INGOT_VALUE_INT64: return "int";
    case INGOT_VALUE_FLOAT64: return "float";
    case INGOT_VALUE_STRING: return "str";
    case INGOT_VALUE_BYTES: return "bytes";
    case INGOT_VALUE_LIST: return "list";
    case INGOT_VALUE_TUPLE: return "tuple";
    case INGOT_VALUE_SET: return "set";
    case INGOT_VALUE_DICT: return "dict";
    case INGOT_VALUE_TENSOR: return "numpy.ndarray";
  }
  return "object";
}

std::string value_repr(const ingot_value* v, std::size_t limit) {
  std::string out;
  switch (v->kind) {
    case INGOT_VALUE_NONE: out = "None"; break;
    case INGOT_VALUE_BOOL: out = v->bool_value ? "True" : "False"; break;
    case INGOT_VALUE_INT64: repr_int(v->int_value, out); break;
    case INGOT_VALUE_FLOAT64: repr_float(v->float_value, out); break;
    case INGOT_VALUE_STRING: repr_str(v->text, out); break;
    case INGOT_VALUE_BYTES: repr_bytes(v->text, out); break;
    case INGOT_VALUE_TUPLE:
      out = "(";
      for (std::size_t i = 0; i < v->items.size() && out.size() < limit; ++i) {
        if (i) out += ", ";
        out += value_repr(v->items[i], limit);
      }
      out += v->items.size() == 1 ? ",)" : ")";
      break;
    default: out = std::string("<") + value_type_name(v) + ">"; break;
  }
  if (out.size() > limit) out = out.substr(0, limit) + "...";
  return out;
}

// -- internal constructors (rt::to_value) -------------------------------------

ingot_value* new_value(ingot_value_kind kind) { return new ingot_value(kind); }

void adopt_item(ingot_value* parent, ingot_value* child) {
  try {
    parent->items.push_back(child);
  } catch (...) {
    ingot_value_free(child);
    throw;
  }
  parent->index.reset();
  link(parent, child);
}

void adopt_pair(ingot_value* dict, ingot_value* key, ingot_value* value) {
  try {
    dict->items.reserve(dict->items.size() + 1);
    dict->values.reserve(dict->values.size() + 1);
  } catch (...) {
    ingot_value_free(key);
    ingot_value_free(value);
    throw;
  }
  dict->items.push_back(key);
  dict->values.push_back(value);
  dict->index.reset();
  link(dict, key);
  link(dict, value);
}

}  // namespace ingot::rt::abi

ingot_value::~ingot_value() {
  // Iterative: a deeply nested value must not exhaust the stack.
  std::vector<ingot_value*> pending;
  try {
    pending.reserve(items.size() + values.size());
    auto take_children = [&](ingot_value* v) {
      pending.insert(pending.end(), v->items.begin(), v->items.end());
      pending.insert(pending.end(), v->values.begin(), v->values.end());
      v->items.clear();
      v->values.clear();
    };
    take_children(this);
    while (!pending.empty()) {
      ingot_value* v = pending.back();
      pending.pop_back();
      take_children(v);
      delete v;  // childless now: no recursion
    }
  } catch (...) {
    // Out of memory for the work list: fall back to recursion (depth is
    // bounded by kMaxValueDepth).
    for (ingot_value* v : pending) delete v;
    for (ingot_value* v : items) delete v;
    for (ingot_value* v : values) delete v;
    items.clear();
    values.clear();
  }
}

using namespace ingot::rt;
using namespace ingot::rt::abi;

namespace {

/// Runs `body` (which returns a status) with the ABI's exception barrier.
template <class F>
ingot_status guarded(F&& body) noexcept {
  begin_call();
  try {
    return body();
  } catch (...) {
    return fail_from_current_exception();
  }
}

/// Like guarded() for constructors: NULL on failure.
template <class F>
ingot_value* construct(F&& body) noexcept {
  begin_call();
  try {
    return body();
  } catch (...) {
    fail_from_current_exception();
    return nullptr;
  }
}

ingot_status invalid(std::string_view message) { return fail(INGOT_STATUS_INVALID_ARGUMENT, message); }

const char* kind_name(ingot_value_kind kind) {
  switch (kind) {
    case INGOT_VALUE_NONE: return "NONE";
    case INGOT_VALUE_BOOL: return "BOOL";
    case INGOT_VALUE_INT64: return "INT64";
    case INGOT_VALUE_FLOAT64: return "FLOAT64";
    case INGOT_VALUE_STRING: return "STRING";
    case INGOT_VALUE_BYTES: return "BYTES";
    case INGOT_VALUE_LIST: return "LIST";
    case INGOT_VALUE_TUPLE: return "TUPLE";
    case INGOT_VALUE_SET: return "SET";
    case INGOT_VALUE_DICT: return "DICT";
    case INGOT_VALUE_TENSOR: return "TENSOR";
  }
  return "an unknown kind";
}

ingot_status wrong_kind(const ingot_value* v, const char* expected) {
  return invalid(std::string("expected a value of kind ") + expected + ", got " + kind_name(v->kind));
}

}  // namespace

extern "C" {

INGOT_API ingot_value* ingot_value_create_none(void) {
  return construct([] { return new_value(INGOT_VALUE_NONE); });
}

INGOT_API ingot_value* ingot_value_create_bool(bool value) {
  return construct([&] {
    ingot_value* v = new_value(INGOT_VALUE_BOOL);
    v->bool_value = value;
    return v;
  });
}

INGOT_API ingot_value* ingot_value_create_int64(int64_t value) {
  return construct([&] {
    ingot_value* v = new_value(INGOT_VALUE_INT64);
    v->int_value = value;
    return v;
  });
}

INGOT_API ingot_value* ingot_value_create_float64(double value) {
  return construct([&] {
    ingot_value* v = new_value(INGOT_VALUE_FLOAT64);
    v->float_value = value;
    return v;
  });
}

INGOT_API ingot_value* ingot_value_create_string(const char* data, size_t size) {
  return construct([&]() -> ingot_value* {
    if (data == nullptr && size != 0) {
      invalid("data is NULL");
      return nullptr;
    }
    const std::string_view text(data ? data : "", size);
    if (!internal::is_valid_utf8(text)) {
      try {
        internal::check_utf8_or_raise(text);
      } catch (const PyException& e) {
        invalid(std::string("invalid UTF-8: ") + e.what());
      }
      return nullptr;
    }
    auto v = std::unique_ptr<ingot_value>(new_value(INGOT_VALUE_STRING));
    v->text.assign(text);
    return v.release();
  });
}

INGOT_API ingot_value* ingot_value_create_bytes(const void* data, size_t size) {
  return construct([&]() -> ingot_value* {
    if (data == nullptr && size != 0) {
      invalid("data is NULL");
      return nullptr;
    }
    auto v = std::unique_ptr<ingot_value>(new_value(INGOT_VALUE_BYTES));
    if (size) v->text.assign(static_cast<const char*>(data), size);
    return v.release();
  });
}

INGOT_API ingot_value* ingot_value_create_container(ingot_value_kind kind) {
  return construct([&]() -> ingot_value* {
    if (!is_container_kind(raw_enum(kind))) {
      invalid("ingot_value_create_container needs INGOT_VALUE_LIST, _TUPLE, _SET or _DICT");
      return nullptr;
    }
    return new_value(kind);
  });
}

INGOT_API ingot_value* ingot_value_create_tensor(ingot_dtype dtype, const int64_t* shape, int32_t ndim, void* data,
                                                 void (*release)(void*), void* release_context) {
  ingot_value* result = construct([&]() -> ingot_value* {
    // (a C caller may pass any int: read it as one before trusting the enum)
    const int code = raw_enum(dtype);
    const std::size_t element = code >= 0 && code <= INGOT_DTYPE_FLOAT64 ? ingot_dtype_size(dtype) : 0;
    if (element == 0) {
      invalid("unknown dtype");
      return nullptr;
    }
    if (ndim < 0 || ndim > 64) {
      invalid("ndim must be between 0 and 64");
      return nullptr;
    }
    if (ndim > 0 && shape == nullptr) {
      invalid("shape is NULL");
      return nullptr;
    }
    std::size_t count = 1;
    for (int32_t i = 0; i < ndim; ++i) {
      if (shape[i] < 0) {
        invalid("negative dimension in shape");
        return nullptr;
      }
      if (__builtin_mul_overflow(count, static_cast<std::size_t>(shape[i]), &count)) {
        invalid("tensor too large");
        return nullptr;
      }
    }
    std::size_t bytes;
    if (__builtin_mul_overflow(count, element, &bytes)) {
      invalid("tensor too large");
      return nullptr;
    }
    if (data == nullptr && bytes != 0) {
      invalid("data is NULL");
      return nullptr;
    }
    auto v = std::unique_ptr<ingot_value>(new_value(INGOT_VALUE_TENSOR));
    auto t = std::make_unique<TensorData>();
    t->dtype = dtype;
    t->shape.assign(shape, shape + ndim);
    if (release) {
      t->data = data;
      t->release = release;
      t->release_context = release_context;
    } else {
      t->owned.assign(static_cast<const unsigned char*>(data), static_cast<const unsigned char*>(data) + bytes);
      t->data = t->owned.data();
    }
    v->tensor = std::move(t);
    return v.release();
  });
  // The promise is "release is called exactly once": also when creation failed.
  if (!result && release) release(release_context);
  return result;
}

INGOT_API void ingot_value_free(ingot_value* value) {
  begin_call();
  if (!value) return;
  if (value->owned) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "ingot_value_free: the value is owned by a container, map or prediction");
    return;
  }
  delete value;
}

INGOT_API ingot_value_kind ingot_value_get_kind(const ingot_value* value) {
  begin_call();
  if (!value) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "value is NULL");
    return INGOT_VALUE_NONE;
  }
  return value->kind;
}

INGOT_API ingot_status ingot_value_get_bool(const ingot_value* value, bool* out) {
  return guarded([&] {
    if (!value || !out) return invalid("NULL argument");
    if (value->kind != INGOT_VALUE_BOOL) return wrong_kind(value, "BOOL");
    *out = value->bool_value;
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_get_int64(const ingot_value* value, int64_t* out) {
  return guarded([&] {
    if (!value || !out) return invalid("NULL argument");
    if (value->kind != INGOT_VALUE_INT64) return wrong_kind(value, "INT64");
    *out = value->int_value;
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_get_float64(const ingot_value* value, double* out) {
  return guarded([&] {
    if (!value || !out) return invalid("NULL argument");
    if (value->kind != INGOT_VALUE_FLOAT64) return wrong_kind(value, "FLOAT64");
    *out = value->float_value;
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_get_data(const ingot_value* value, const char** data, size_t* size) {
  return guarded([&] {
    if (!value || !data || !size) return invalid("NULL argument");
    if (value->kind != INGOT_VALUE_STRING && value->kind != INGOT_VALUE_BYTES) return wrong_kind(value, "STRING or BYTES");
    *data = value->text.c_str();
    *size = value->text.size();
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_get_length(const ingot_value* value, size_t* out) {
  return guarded([&] {
    if (!value || !out) return invalid("NULL argument");
    if (!is_container_kind(value->kind)) return wrong_kind(value, "LIST, TUPLE, SET or DICT");
    *out = item_count(value);
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_get_item(const ingot_value* value, size_t index, const ingot_value** out) {
  return guarded([&] {
    if (!value || !out) return invalid("NULL argument");
    if (value->kind != INGOT_VALUE_LIST && value->kind != INGOT_VALUE_TUPLE && value->kind != INGOT_VALUE_SET) {
      return wrong_kind(value, "LIST, TUPLE or SET");
    }
    const std::size_t n = item_count(value);
    if (index >= n) return invalid("index " + std::to_string(index) + " out of range for " + std::to_string(n) + " items");
    *out = items_of(value)[index];  // a packed list makes its item values on the first call
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_get_pair(const ingot_value* value, size_t index, const ingot_value** key,
                                            const ingot_value** item) {
  return guarded([&] {
    if (!value || !key || !item) return invalid("NULL argument");
    if (value->kind != INGOT_VALUE_DICT) return wrong_kind(value, "DICT");
    if (index >= value->items.size()) {
      return invalid("index " + std::to_string(index) + " out of range for " + std::to_string(value->items.size()) + " pairs");
    }
    *key = value->items[index];
    *item = value->values[index];
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_append(ingot_value* container, ingot_value* item) {
  return guarded([&] {
    if (!container || !item) return invalid("NULL argument");
    if (container->kind != INGOT_VALUE_LIST && container->kind != INGOT_VALUE_TUPLE && container->kind != INGOT_VALUE_SET) {
      return wrong_kind(container, "LIST, TUPLE or SET");
    }
    if (const char* problem = check_adoption(container, item)) return invalid(problem);
    unpack(container);  // a packed list becomes item by item before it changes
    if (container->kind == INGOT_VALUE_SET) {
      if (const char* type = unhashable_type(item)) return invalid(std::string("unhashable type: '") + type + "'");
      const std::size_t h = value_hash(item);
      if (find_item(container, item, h) >= 0) {
        delete item;  // an equal item is already there: the set keeps it
        return INGOT_STATUS_OK;
      }
      container->items.push_back(item);
      if (container->index) container->index->positions.emplace(h, container->items.size() - 1);
    } else {
      container->items.push_back(item);
    }
    link(container, item);
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_dict_set(ingot_value* dict, ingot_value* key, ingot_value* item) {
  return guarded([&] {
    if (!dict || !key || !item) return invalid("NULL argument");
    if (dict->kind != INGOT_VALUE_DICT) return wrong_kind(dict, "DICT");
    if (key == item) return invalid("the key and the value must be distinct values");
    if (const char* problem = check_adoption(dict, key)) return invalid(problem);
    if (const char* problem = check_adoption(dict, item)) return invalid(problem);
    if (const char* type = unhashable_type(key)) return invalid(std::string("unhashable type: '") + type + "'");
    const std::size_t h = value_hash(key);
    const std::ptrdiff_t at = find_item(dict, key, h);
    if (at >= 0) {
      // Python keeps the original key object and replaces the value in place.
      ingot_value*& slot = dict->values[static_cast<std::size_t>(at)];
      ingot_value* old = slot;
      slot = item;
      old->owned = false;
      old->parent = nullptr;
      delete old;
      link(dict, item);
      delete key;
      return INGOT_STATUS_OK;
    }
    dict->items.reserve(dict->items.size() + 1);
    dict->values.reserve(dict->values.size() + 1);
    if (dict->index) dict->index->positions.reserve(dict->items.size() + 1);
    dict->items.push_back(key);
    dict->values.push_back(item);
    if (dict->index) dict->index->positions.emplace(h, dict->items.size() - 1);
    link(dict, key);
    link(dict, item);
    return INGOT_STATUS_OK;
  });
}

INGOT_API ingot_status ingot_value_get_tensor(const ingot_value* value, ingot_dtype* dtype, const int64_t** shape,
                                              int32_t* ndim, const void** data) {
  return guarded([&] {
    if (!value || !dtype || !shape || !ndim || !data) return invalid("NULL argument");
    if (value->kind != INGOT_VALUE_TENSOR || !value->tensor) return wrong_kind(value, "TENSOR");
    *dtype = value->tensor->dtype;
    *shape = value->tensor->shape.data();
    *ndim = static_cast<int32_t>(value->tensor->shape.size());
    *data = value->tensor->data;
    return INGOT_STATUS_OK;
  });
}

}  // extern "C"
