// Building blocks shared by every AST node: source spans, arena-owned
// sequences and strings, and Python constant values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ingot::syntax {

/// A node's source range as CPython reports it: 1-based lines, 0-based
/// columns counted in UTF-8 bytes, end exclusive.
struct Span {
  int32_t lineno = 0;
  int32_t col_offset = 0;
  int32_t end_lineno = 0;
  int32_t end_col_offset = 0;
};

/// Arena-owned string; a null data() stands for Python's None (e.g. an
/// absent `asname`).
using Identifier = std::string_view;

/// An arena-owned, immutable array of nodes or scalars.
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;
  T* begin() const { return items; }
  T* end() const { return items + count; }
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](size_t i) const { return items[i]; }
};

/// The value of an `ast.Constant` (or `MatchSingleton`).
struct ConstantValue {
  enum class Tag : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Tag tag = Tag::None;
  /// Int: decimal digits; Str: UTF-8 (lone surrogates encoded as 3-byte
  /// sequences, as WTF-8 does); Bytes: raw bytes.
  std::string_view text;
  /// Float: the value; Complex: the imaginary part (the real part is 0).
  double number = 0.0;
};

enum class NodeKind : uint8_t;  // generated in ast_nodes.h

/// Base of every node; `kind` says which generated struct it is.
struct Node {
  NodeKind kind{};
};

/// Bump allocator that owns every node, sequence and string of one parse.
/// Nodes are trivially destructible, so freeing the arena frees the tree.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    size_t offset = (used_ + align - 1) & ~(align - 1);
    if (offset + size > capacity_) {
      grow(size + align);
      offset = (used_ + align - 1) & ~(align - 1);
    }
    used_ = offset + size;
    return current_ + offset;
  }

  /// A new, value-initialised node of type T with its kind set.
  template <class T>
  T* make() {
    T* node = new (allocate(sizeof(T), alignof(T))) T{};
    node->kind = T::kKind;
    return node;
  }

  template <class T>
  Seq<T> copy(const T* data, size_t count) {
    if (count == 0) return {};
    T* items = static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
    for (size_t i = 0; i < count; ++i) new (items + i) T(data[i]);
    return {items, static_cast<uint32_t>(count)};
  }

  std::string_view copy(std::string_view text) {
    char* data = static_cast<char*>(allocate(text.size() + 1, 1));
    if (!text.empty()) std::memcpy(data, text.data(), text.size());
    data[text.size()] = '\0';
    return {data, text.size()};
  }

 private:
  void grow(size_t at_least) {
    size_t size = std::max<size_t>(at_least, blocks_.empty() ? 64 * 1024 : capacity_ * 2);
    blocks_.push_back(std::make_unique<std::byte[]>(size));
    current_ = blocks_.back().get();
    capacity_ = size;
    used_ = 0;
  }

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* current_ = nullptr;
  size_t capacity_ = 0;
  size_t used_ = 0;
};

}  // namespace ingot::syntax
