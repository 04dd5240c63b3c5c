// rt::Bytes: Python's bytes. Immutable, shared storage; indexing yields Int.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "ingot/rt/types.h"

namespace ingot::rt {

class Bytes {
 public:
  Bytes() noexcept = default;
  explicit Bytes(std::string_view data)
      : data_(data.empty() ? nullptr : std::make_shared<const std::string>(data)) {}
  explicit Bytes(const char* data) : Bytes(std::string_view(data)) {}
  /// A literal with its byte count: rt::Bytes("\x00\xff", 2).
  Bytes(const char* data, std::size_t size) : Bytes(std::string_view(data, size)) {}
  explicit Bytes(std::string&& data)
      : data_(data.empty() ? nullptr : std::make_shared<const std::string>(std::move(data))) {}

  std::string_view view() const noexcept { return data_ ? std::string_view(*data_) : std::string_view(); }
  const char* data() const noexcept { return data_ ? data_->data() : ""; }
  std::size_t size() const noexcept { return data_ ? data_->size() : 0; }
  bool empty() const noexcept { return size() == 0; }
  /// Byte `i` as an int, unchecked.
  Int byte_at(std::size_t i) const noexcept { return static_cast<unsigned char>((*data_)[i]); }

  /// Iteration yields ints 0..255, as `for b in data`.
  class iterator {
   public:
    using value_type = Int;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(std::shared_ptr<const std::string> keep, const unsigned char* p) : keep_(std::move(keep)), p_(p) {}
    Int operator*() const noexcept { return *p_; }
    iterator& operator++() noexcept {
      ++p_;
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++p_;
      return old;
    }
    bool operator==(const iterator& other) const noexcept { return p_ == other.p_; }

   private:
    std::shared_ptr<const std::string> keep_;  // the loop may rebind the variable it iterates
    const unsigned char* p_ = nullptr;
  };
  iterator begin() const { return iterator(data_, reinterpret_cast<const unsigned char*>(data())); }
  iterator end() const noexcept { return iterator(nullptr, reinterpret_cast<const unsigned char*>(data()) + size()); }

  friend bool operator==(const Bytes& a, const Bytes& b) noexcept { return a.view() == b.view(); }
  friend auto operator<=>(const Bytes& a, const Bytes& b) noexcept { return a.view() <=> b.view(); }

 private:
  std::shared_ptr<const std::string> data_;
};

}  // namespace ingot::rt

template <>
struct std::hash<ingot::rt::Bytes> {
  std::size_t operator()(const ingot::rt::Bytes& b) const noexcept {
    return std::hash<std::string_view>{}(b.view());
  }
};
