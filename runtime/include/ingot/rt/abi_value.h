// The definition of the C ABI's opaque ingot_value and ingot_value_map (the
// C header only declares them). Generated code never touches these fields:
// it goes through rt::from_value / rt::to_value (boundary.h), whose templates
// need the layout.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingot.h"
#include "ingot/rt/detail/recycling_allocator.h"
#include "ingot/rt/types.h"

namespace ingot::rt::abi {

/// A tensor's element storage: copied, or borrowed with a release callback.
struct TensorData {
  ingot_dtype dtype = INGOT_DTYPE_FLOAT64;
  std::vector<std::int64_t> shape;
  const void* data = nullptr;
  std::vector<unsigned char> owned;  // when copied
  void (*release)(void*) = nullptr;
  void* release_context = nullptr;

  TensorData() = default;
  TensorData(const TensorData&) = delete;
  TensorData& operator=(const TensorData&) = delete;
  ~TensorData() {
    if (release) release(release_context);
  }
};

/// Hash index over a DICT's keys or a SET's items, built on demand when a
/// container grows past a few entries (see value.cpp).
struct ValueIndex;
void destroy_value_index(ValueIndex* index) noexcept;
struct ValueIndexDeleter {
  void operator()(ValueIndex* index) const noexcept { destroy_value_index(index); }
};

/// The items of a packed LIST, in one block: this header, then the array
/// (count doubles, int64s or one-byte bools; for strings count + 1 offsets,
/// then the UTF-8 of every item back to back, item i being the bytes
/// [offsets[i], offsets[i + 1]) of the text). One allocation per list: the
/// lists of a list[list[float]] are many and small. Big blocks come from the
/// runtime's block cache (a 1M-float input is 8 MB, on every call).
/// Made by ingot_value_create_*_list and by rt::to_value.
class PackedItems {
 public:
  struct Deleter {
    void operator()(PackedItems* p) const noexcept;
  };
  using Ptr = std::unique_ptr<PackedItems, Deleter>;

  /// A block for `count` items of `kind` (BOOL, INT64, FLOAT64 or STRING;
  /// strings with room for `text_bytes` bytes of text). The items are
  /// uninitialised, except offsets()[0] == 0 for strings.
  static Ptr allocate(ingot_value_kind kind, std::size_t count, std::size_t text_bytes = 0);

  ingot_value_kind item_kind() const noexcept { return kind_; }
  std::size_t size() const noexcept { return count_; }

  /// The array, whatever the kind (it starts right after the header).
  void* array() noexcept { return payload(); }
  double* floats() noexcept { return reinterpret_cast<double*>(payload()); }
  const double* floats() const noexcept { return reinterpret_cast<const double*>(payload()); }
  std::int64_t* ints() noexcept { return reinterpret_cast<std::int64_t*>(payload()); }
  const std::int64_t* ints() const noexcept { return reinterpret_cast<const std::int64_t*>(payload()); }
  bool* bools() noexcept { return reinterpret_cast<bool*>(payload()); }
  const bool* bools() const noexcept { return reinterpret_cast<const bool*>(payload()); }
  std::size_t* offsets() noexcept { return reinterpret_cast<std::size_t*>(payload()); }
  const std::size_t* offsets() const noexcept { return reinterpret_cast<const std::size_t*>(payload()); }
  char* text() noexcept { return reinterpret_cast<char*>(offsets() + count_ + 1); }
  const char* text() const noexcept { return reinterpret_cast<const char*>(offsets() + count_ + 1); }
  std::string_view string_at(std::size_t i) const noexcept {
    return {text() + offsets()[i], offsets()[i + 1] - offsets()[i]};
  }

  PackedItems(const PackedItems&) = delete;
  PackedItems& operator=(const PackedItems&) = delete;

 private:
  PackedItems(ingot_value_kind kind, std::size_t count, std::size_t bytes) noexcept
      : kind_(kind), count_(count), bytes_(bytes) {}
  unsigned char* payload() noexcept { return reinterpret_cast<unsigned char*>(this + 1); }
  const unsigned char* payload() const noexcept { return reinterpret_cast<const unsigned char*>(this + 1); }

  ingot_value_kind kind_;
  std::size_t count_;
  std::size_t bytes_;  // of the whole block, to give it back
};
static_assert(sizeof(PackedItems) % alignof(std::int64_t) == 0 && sizeof(bool) == 1);

/// Deepest nesting the ABI accepts (the recursive algorithms stay far from
/// the stack limit).
inline constexpr std::uint32_t kMaxValueDepth = 1000;

}  // namespace ingot::rt::abi

struct ingot_value {
  ingot_value_kind kind = INGOT_VALUE_NONE;
  bool bool_value = false;
  std::int64_t int_value = 0;
  double float_value = 0.0;
  /// STRING (UTF-8) or BYTES.
  std::string text;
  /// LIST, TUPLE, SET: the items; DICT: the keys. Owned.
  std::vector<ingot_value*> items;
  /// DICT: the values, parallel to `items`. Owned.
  std::vector<ingot_value*> values;
  std::unique_ptr<ingot::rt::abi::TensorData> tensor;
  /// A packed LIST: its items as one array. `items` is then filled only on
  /// demand (ingot_value_get_item, generic conversions: see items_of), with
  /// scalar values owned by this list; both describe the same items.
  ingot::rt::abi::PackedItems::Ptr packed;
  std::unique_ptr<ingot::rt::abi::ValueIndex, ingot::rt::abi::ValueIndexDeleter> index;
  /// The container that owns this value (null for top-level values).
  ingot_value* parent = nullptr;
  /// Owned by a value map, a prediction or a container: the caller must not free it.
  bool owned = false;
  /// Levels of nesting below this value (0 for scalars and empty containers).
  std::uint32_t height = 0;

  ingot_value() = default;
  explicit ingot_value(ingot_value_kind k) : kind(k) {}
  ingot_value(const ingot_value&) = delete;
  ingot_value& operator=(const ingot_value&) = delete;
  /// Frees the children without recursion (see value.cpp).
  ~ingot_value();
};

struct ingot_value_map {
  std::vector<std::pair<std::string, ingot_value*>> entries;  // insertion order; values owned
  ~ingot_value_map();
};

namespace ingot::rt::abi {

/// Internal constructors for to_value: no validation, never NULL (throw
/// std::bad_alloc).
ingot_value* new_value(ingot_value_kind kind);
/// Appends `child` to a LIST/TUPLE/SET (or, with `value`, a DICT pair)
/// without checks: the runtime only builds well-formed values.
void adopt_item(ingot_value* parent, ingot_value* child);
void adopt_pair(ingot_value* dict, ingot_value* key, ingot_value* value);

/// A new LIST value holding `items` packed (height and kind set).
ingot_value* new_packed_list(PackedItems::Ptr items);
/// The number of items of a LIST, TUPLE or SET (packed or not), or of pairs of a DICT.
inline std::size_t item_count(const ingot_value* v) noexcept {
  return v->packed ? v->packed->size() : v->items.size();
}
/// The items of a LIST, TUPLE or SET as values. A packed list makes its
/// item values on the first call (O(n) once; they live as long as the list),
/// which is why `v->items` must not be read directly on a LIST.
const std::vector<ingot_value*>& items_of(const ingot_value* v);
/// Turns a packed list into an item-by-item one (before it is modified).
void unpack(ingot_value* v);

/// Owning pointer for values under construction.
struct ValueDeleter {
  void operator()(ingot_value* v) const noexcept { ingot_value_free(v); }
};
using ValuePtr = std::unique_ptr<ingot_value, ValueDeleter>;

}  // namespace ingot::rt::abi
