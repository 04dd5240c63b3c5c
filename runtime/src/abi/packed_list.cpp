// Packed lists: a LIST whose items are all FLOAT64, INT64, BOOL or STRING,
// held as one array (abi::PackedItems) instead of one ingot_value per item.
// Creating or reading one is a single ABI call and a copy, where the
// item-by-item form costs an allocation and several calls per item.
//
// A packed list still answers every LIST accessor: ingot_value_get_length
// counts its items and ingot_value_get_item hands out item values, made on
// the first call (items_of) and owned by the list. Appending to it first
// turns it into an ordinary item-by-item list (unpack).
#include <cstring>

#include "abi/support.h"
#include "internal/utf8.h"

namespace ingot::rt::abi {

PackedItems::Ptr PackedItems::allocate(ingot_value_kind kind, std::size_t count, std::size_t text_bytes) {
  const std::size_t item_bytes = kind == INGOT_VALUE_BOOL ? 1 : 8;  // double, int64 or size_t offset
  const std::size_t items = count + (kind == INGOT_VALUE_STRING ? 1 : 0);
  std::size_t bytes;
  if (__builtin_mul_overflow(items, item_bytes, &bytes) || __builtin_add_overflow(bytes, text_bytes, &bytes) ||
      __builtin_add_overflow(bytes, sizeof(PackedItems), &bytes)) {
    throw std::bad_alloc();
  }
  void* block = detail::RecyclingAllocator<unsigned char>().allocate(bytes);
  Ptr p(new (block) PackedItems(kind, count, bytes));
  if (kind == INGOT_VALUE_STRING) p->offsets()[0] = 0;
  return p;
}

void PackedItems::Deleter::operator()(PackedItems* p) const noexcept {
  const std::size_t bytes = p->bytes_;
  p->~PackedItems();
  detail::RecyclingAllocator<unsigned char>().deallocate(reinterpret_cast<unsigned char*>(p), bytes);
}

namespace {

/// A new scalar value for item `i` of `p`.
ingot_value* packed_item_value(const PackedItems& p, std::size_t i) {
  ingot_value* v = new_value(p.item_kind());
  switch (p.item_kind()) {
    case INGOT_VALUE_FLOAT64: v->float_value = p.floats()[i]; break;
    case INGOT_VALUE_INT64: v->int_value = p.ints()[i]; break;
    case INGOT_VALUE_BOOL: v->bool_value = p.bools()[i]; break;
    default: {
      const std::string_view s = p.string_at(i);
      try {
        v->text.assign(s);
      } catch (...) {
        delete v;
        throw;
      }
    }
  }
  return v;
}

}  // namespace

ingot_value* new_packed_list(PackedItems::Ptr items) {
  ingot_value* v = new_value(INGOT_VALUE_LIST);
  v->height = items->size() ? 1 : 0;  // scalars below, as an item-by-item list
  v->packed = std::move(items);
  return v;
}

const std::vector<ingot_value*>& items_of(const ingot_value* v) {
  const PackedItems* p = v->packed.get();
  if (!p || v->items.size() == p->size()) return v->items;
  // Every ingot_value is created non-const (new_value); the const is the
  // caller's read-only view, and filling in the item values does not change
  // the list as the caller sees it.
  ingot_value* list = const_cast<ingot_value*>(v);
  const std::size_t n = p->size();
  list->items.reserve(n);
  for (std::size_t i = list->items.size(); i < n; ++i) {
    ingot_value* item = packed_item_value(*p, i);
    list->items.push_back(item);  // cannot throw: reserved
    item->parent = list;
    item->owned = true;
  }
  return list->items;
}

void unpack(ingot_value* v) {
  if (!v->packed) return;
  items_of(v);
  v->packed.reset();
}

}  // namespace ingot::rt::abi

using namespace ingot::rt;
using namespace ingot::rt::abi;

namespace {

/// Runs `body`, which returns a new packed list or nullptr after recording
/// an error, behind the ABI's exception barrier.
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

ingot_value* invalid_null(const char* message) {
  fail(INGOT_STATUS_INVALID_ARGUMENT, message);
  return nullptr;
}

/// A packed list of `count` items copied from `data`.
template <class T>
ingot_value* packed_copy(ingot_value_kind kind, const T* data, std::size_t count) {
  if (!data && count) return invalid_null("data is NULL");
  PackedItems::Ptr p = PackedItems::allocate(kind, count);
  if (count) std::memcpy(p->array(), data, count * sizeof(T));
  return new_packed_list(std::move(p));
}

/// The checks every array reader shares: arguments, kind, packed kind.
ingot_status check_packed(const ingot_value* value, const void* out1, const void* out2, ingot_value_kind kind,
                          const char* kind_name) {
  if (!value || !out1 || !out2) return fail(INGOT_STATUS_INVALID_ARGUMENT, "NULL argument");
  if (value->kind != INGOT_VALUE_LIST || !value->packed || value->packed->item_kind() != kind) {
    return fail(INGOT_STATUS_INVALID_ARGUMENT,
                std::string("expected a LIST packed as ") + kind_name + " (see ingot_value_get_packed_kind)");
  }
  return INGOT_STATUS_OK;
}

/// Validates the UTF-8 of every item of a string list; returns an error
/// message naming the first bad item, or "".
std::string check_string_items(const char* data, const size_t* offsets, std::size_t count) {
  const std::size_t base = offsets[0];
  for (std::size_t i = 0; i < count; ++i) {
    if (offsets[i + 1] < offsets[i]) return "offsets must not decrease (item " + std::to_string(i) + ")";
  }
  const std::string_view all(data ? data + base : "", offsets[count] - base);
  // All ASCII (the common case): every slice is valid, whatever the offsets.
  if (internal::find_non_ascii(all) == all.size()) return {};
  for (std::size_t i = 0; i < count; ++i) {
    const std::string_view item(data + offsets[i], offsets[i + 1] - offsets[i]);
    if (internal::is_valid_utf8(item)) continue;
    try {
      internal::check_utf8_or_raise(item);
    } catch (const PyException& e) {
      return "invalid UTF-8 in item " + std::to_string(i) + ": " + e.what();
    }
  }
  return {};
}

}  // namespace

extern "C" {

INGOT_API ingot_value* ingot_value_create_float64_list(const double* data, size_t count) {
  return construct([&] { return packed_copy(INGOT_VALUE_FLOAT64, data, count); });
}

INGOT_API ingot_value* ingot_value_create_int64_list(const int64_t* data, size_t count) {
  return construct([&] { return packed_copy(INGOT_VALUE_INT64, data, count); });
}

INGOT_API ingot_value* ingot_value_create_bool_list(const bool* data, size_t count) {
  return construct([&]() -> ingot_value* {
    if (!data && count) return invalid_null("data is NULL");
    PackedItems::Ptr p = PackedItems::allocate(INGOT_VALUE_BOOL, count);
    // Read as bytes: a C caller may pass any nonzero byte for true, which
    // is not a valid C++ bool.
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < count; ++i) p->bools()[i] = bytes[i] != 0;
    return new_packed_list(std::move(p));
  });
}

INGOT_API ingot_value* ingot_value_create_string_list(const char* data, const size_t* offsets, size_t count) {
  return construct([&]() -> ingot_value* {
    if (!offsets) return invalid_null("offsets is NULL");
    if (!data && offsets[count] != offsets[0]) return invalid_null("data is NULL");
    const std::string problem = check_string_items(data, offsets, count);
    if (!problem.empty()) return invalid_null(problem.c_str());
    const std::size_t base = offsets[0];
    const std::size_t text_bytes = offsets[count] - base;
    PackedItems::Ptr p = PackedItems::allocate(INGOT_VALUE_STRING, count, text_bytes);
    if (text_bytes) std::memcpy(p->text(), data + base, text_bytes);
    for (std::size_t i = 0; i <= count; ++i) p->offsets()[i] = offsets[i] - base;
    return new_packed_list(std::move(p));
  });
}

INGOT_API ingot_status ingot_value_get_packed_kind(const ingot_value* value, ingot_value_kind* out) {
  begin_call();
  if (!value || !out) return fail(INGOT_STATUS_INVALID_ARGUMENT, "NULL argument");
  *out = value->kind == INGOT_VALUE_LIST && value->packed ? value->packed->item_kind() : INGOT_VALUE_NONE;
  return INGOT_STATUS_OK;
}

INGOT_API ingot_status ingot_value_get_float64_array(const ingot_value* value, const double** data, size_t* count) {
  begin_call();
  if (ingot_status s = check_packed(value, data, count, INGOT_VALUE_FLOAT64, "FLOAT64")) return s;
  *data = value->packed->floats();  // (inside the block: never NULL)
  *count = value->packed->size();
  return INGOT_STATUS_OK;
}

INGOT_API ingot_status ingot_value_get_int64_array(const ingot_value* value, const int64_t** data, size_t* count) {
  begin_call();
  if (ingot_status s = check_packed(value, data, count, INGOT_VALUE_INT64, "INT64")) return s;
  *data = value->packed->ints();
  *count = value->packed->size();
  return INGOT_STATUS_OK;
}

INGOT_API ingot_status ingot_value_get_bool_array(const ingot_value* value, const bool** data, size_t* count) {
  begin_call();
  if (ingot_status s = check_packed(value, data, count, INGOT_VALUE_BOOL, "BOOL")) return s;
  *data = value->packed->bools();
  *count = value->packed->size();
  return INGOT_STATUS_OK;
}

INGOT_API ingot_status ingot_value_get_string_array(const ingot_value* value, const char** data,
                                                    const size_t** offsets, size_t* count) {
  begin_call();
  if (ingot_status s = check_packed(value, data, offsets, INGOT_VALUE_STRING, "STRING")) return s;
  if (!count) return fail(INGOT_STATUS_INVALID_ARGUMENT, "NULL argument");
  const PackedItems& p = *value->packed;
  *data = p.text();
  *offsets = p.offsets();
  *count = p.size();
  return INGOT_STATUS_OK;
}

}  // extern "C"
