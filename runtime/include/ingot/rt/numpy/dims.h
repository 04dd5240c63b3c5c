// np::Dims: the shape and strides of an ndarray, a vector of Int that holds
// up to six extents inline (numpy arrays rarely have more) and moves to the
// heap beyond. Every numpy operation copies and builds a few shapes; with
// std::vector each was a malloc, which dominated small arrays.
//
// The interface is the subset of std::vector<Int> the numpy code uses
// (and what GoogleTest needs to print it as a container).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <type_traits>

#include "ingot/rt/types.h"

namespace ingot::rt::np {

class Dims {
 public:
  using value_type = Int;
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  using reference = Int&;
  using const_reference = const Int&;
  using pointer = Int*;
  using const_pointer = const Int*;
  using iterator = Int*;
  using const_iterator = const Int*;
  using reverse_iterator = std::reverse_iterator<iterator>;
  using const_reverse_iterator = std::reverse_iterator<const_iterator>;
  static constexpr size_type kInline = 6;

  Dims() noexcept {}  // NOLINT: the inline slots stay uninitialised
  explicit Dims(size_type n) { assign(n, Int{0}); }
  Dims(size_type n, Int value) { assign(n, value); }
  Dims(std::initializer_list<Int> values) { assign(values.begin(), values.end()); }
  template <class It>
    requires(!std::is_integral_v<It>)
  Dims(It first, It last) {
    assign(first, last);
  }
  Dims(const Dims& o) { copy_from(o); }
  Dims(Dims&& o) noexcept { steal(o); }
  Dims& operator=(const Dims& o) {
    if (this != &o) copy_from(o);
    return *this;
  }
  Dims& operator=(Dims&& o) noexcept {
    if (this != &o) {
      release();
      steal(o);
    }
    return *this;
  }
  Dims& operator=(std::initializer_list<Int> values) {
    assign(values.begin(), values.end());
    return *this;
  }
  ~Dims() { release(); }

  size_type size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  size_type capacity() const noexcept { return cap_; }
  Int* data() noexcept { return p_; }
  const Int* data() const noexcept { return p_; }
  Int& operator[](size_type k) noexcept { return p_[k]; }
  const Int& operator[](size_type k) const noexcept { return p_[k]; }
  Int& front() noexcept { return p_[0]; }
  const Int& front() const noexcept { return p_[0]; }
  Int& back() noexcept { return p_[size_ - 1]; }
  const Int& back() const noexcept { return p_[size_ - 1]; }

  iterator begin() noexcept { return p_; }
  iterator end() noexcept { return p_ + size_; }
  const_iterator begin() const noexcept { return p_; }
  const_iterator end() const noexcept { return p_ + size_; }
  const_iterator cbegin() const noexcept { return p_; }
  const_iterator cend() const noexcept { return p_ + size_; }
  reverse_iterator rbegin() noexcept { return reverse_iterator(end()); }
  reverse_iterator rend() noexcept { return reverse_iterator(begin()); }
  const_reverse_iterator rbegin() const noexcept { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const noexcept { return const_reverse_iterator(begin()); }

  void reserve(size_type n) {
    if (n <= cap_) return;
    Int* q = new Int[n];
    if (size_) std::memcpy(q, p_, size_ * sizeof(Int));
    release();
    p_ = q;
    cap_ = n;
  }
  void clear() noexcept { size_ = 0; }
  void resize(size_type n, Int value = 0) {
    reserve(n);
    for (size_type k = size_; k < n; ++k) p_[k] = value;
    size_ = n;
  }
  void assign(size_type n, Int value) {
    size_ = 0;
    resize(n, value);
  }
  template <class It>
    requires(!std::is_integral_v<It>)
  void assign(It first, It last) {
    const auto n = static_cast<size_type>(std::distance(first, last));
    size_ = 0;
    reserve(n);
    std::copy(first, last, p_);
    size_ = n;
  }
  void push_back(Int v) {
    if (size_ == cap_) reserve(cap_ * 2);
    p_[size_++] = v;
  }
  void emplace_back(Int v) { push_back(v); }
  void pop_back() noexcept { --size_; }
  iterator insert(const_iterator pos, Int v) { return insert(pos, size_type{1}, v); }
  iterator insert(const_iterator pos, size_type n, Int v) {
    const size_type at = static_cast<size_type>(pos - p_);
    if (size_ + n > cap_) reserve(std::max(size_ + n, cap_ * 2));
    std::memmove(p_ + at + n, p_ + at, (size_ - at) * sizeof(Int));
    for (size_type k = 0; k < n; ++k) p_[at + k] = v;
    size_ += n;
    return p_ + at;
  }
  template <class It>
    requires(!std::is_integral_v<It>)
  iterator insert(const_iterator pos, It first, It last) {
    const size_type at = static_cast<size_type>(pos - p_);
    const Dims items(first, last);  // may alias *this
    const size_type n = items.size();
    if (size_ + n > cap_) reserve(std::max(size_ + n, cap_ * 2));
    std::memmove(p_ + at + n, p_ + at, (size_ - at) * sizeof(Int));
    std::copy(items.begin(), items.end(), p_ + at);
    size_ += n;
    return p_ + at;
  }
  iterator erase(const_iterator pos) { return erase(pos, pos + 1); }
  iterator erase(const_iterator first, const_iterator last) {
    const size_type at = static_cast<size_type>(first - p_), n = static_cast<size_type>(last - first);
    std::memmove(p_ + at, p_ + at + n, (size_ - at - n) * sizeof(Int));
    size_ -= n;
    return p_ + at;
  }

  friend bool operator==(const Dims& a, const Dims& b) noexcept {
    return a.size_ == b.size_ && (a.size_ == 0 || std::memcmp(a.p_, b.p_, a.size_ * sizeof(Int)) == 0);
  }
  friend bool operator<(const Dims& a, const Dims& b) noexcept {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  bool on_heap() const noexcept { return p_ != inline_; }
  void release() noexcept {
    if (on_heap()) delete[] p_;
    p_ = inline_;
    cap_ = kInline;
  }
  void steal(Dims& o) noexcept {
    if (o.on_heap()) {
      p_ = o.p_;
      cap_ = o.cap_;
      o.p_ = o.inline_;
      o.cap_ = kInline;
    } else {
      p_ = inline_;
      cap_ = kInline;
      copy_inline(o.inline_);
    }
    size_ = o.size_;
    o.size_ = 0;
  }
  void copy_from(const Dims& o) {
    if (o.size_ > kInline) {
      assign(o.begin(), o.end());
      return;
    }
    release();
    copy_inline(o.p_);  // (a heap buffer holds more than kInline)
    size_ = o.size_;
  }
  // All kInline slots, whatever the size: a fixed-size copy is a few
  // register moves, where a copy of `size_` items is a call to memmove, and
  // shapes are copied by every numpy operation.
  // The slots past size_ may be uninitialised (copying them as bytes is
  // harmless: they are never read as values), which GCC warns about.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
  void copy_inline(const Int* from) noexcept { std::memcpy(inline_, from, sizeof inline_); }
#pragma GCC diagnostic pop

  Int* p_ = inline_;
  size_type size_ = 0;
  size_type cap_ = kInline;
  Int inline_[kInline];  // uninitialised until used: arrays of shapes are declared in bulk
};

}  // namespace ingot::rt::np
