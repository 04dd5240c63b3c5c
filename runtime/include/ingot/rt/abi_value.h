// The definition of the C ABI's opaque ingot_value and ingot_value_map (the
// C header only declares them). Generated code never touches these fields:
// it goes through rt::from_value / rt::to_value (boundary.h), whose templates
// need the layout.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingot.h"

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

/// Owning pointer for values under construction.
struct ValueDeleter {
  void operator()(ingot_value* v) const noexcept { ingot_value_free(v); }
};
using ValuePtr = std::unique_ptr<ingot_value, ValueDeleter>;

}  // namespace ingot::rt::abi
