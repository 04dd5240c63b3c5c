// rt::Str: Python's str. Immutable UTF-8 text with shared, reference-counted
// storage (copying a Str is one atomic increment, as assigning a str in
// Python shares the object).
//
// Encoding: each code point is encoded on its own, as UTF-8; lone surrogates
// (chr(0xD800), which Python allows) take their 3-byte form. Byte order is
// then code point order, so comparisons are plain byte comparisons.
//
// Indexing is by code point. The code point count and an is_ascii flag are
// computed once, at construction: ASCII strings index in O(1); other strings
// build, on their first random access, a table of the byte offset of every
// 64th code point, making indexing O(1) amortised there too.
#pragma once

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {

/// The shared block behind a Str: this header, then the bytes and a NUL.
struct StrRep {
  std::atomic<std::size_t> refs;
  std::size_t nbytes;     // bytes of text (without the NUL)
  std::size_t capacity;   // bytes available after the header (without the NUL)
  std::size_t length;     // code points
  bool ascii;
  /// Byte offsets of code points 0, 64, 128, ... (non-ASCII only), built on
  /// the first random access and published atomically.
  std::atomic<const std::size_t*> checkpoints;

  char* data() noexcept { return reinterpret_cast<char*>(this + 1); }
  const char* data() const noexcept { return reinterpret_cast<const char*>(this + 1); }
};

/// A new rep with refs == 1, room for `capacity` bytes, nbytes = 0.
StrRep* str_rep_allocate(std::size_t capacity);
void str_rep_destroy(StrRep* rep) noexcept;
/// Immortal reps for "" and the 128 one-character ASCII strings (never freed:
/// their count starts so high it never reaches zero).
StrRep* str_rep_empty() noexcept;
StrRep* str_rep_ascii_char(unsigned char c) noexcept;
/// Computes `length` and `ascii` from the bytes.
void str_rep_measure(StrRep* rep) noexcept;
std::size_t str_rep_byte_offset_slow(const StrRep* rep, std::size_t index);

/// Length in bytes of the UTF-8 sequence that starts with `lead`.
inline std::size_t utf8_sequence_length(unsigned char lead) noexcept {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

/// Decodes the code point at p (valid UTF-8 of this runtime's form).
inline char32_t utf8_decode_at(const char* p) noexcept {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  if (u[0] < 0x80) return u[0];
  if (u[0] < 0xE0) return (char32_t(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
  if (u[0] < 0xF0) return (char32_t(u[0] & 0x0F) << 12) | (char32_t(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
  return (char32_t(u[0] & 0x07) << 18) | (char32_t(u[1] & 0x3F) << 12) | (char32_t(u[2] & 0x3F) << 6) |
         (u[3] & 0x3F);
}

/// Appends the encoding of `cp` (< 0x110000; surrogates in their 3-byte form).
void utf8_append(std::string& out, char32_t cp);
/// Writes the encoding of `cp` to out[0..4) and returns its length.
std::size_t utf8_encode(char32_t cp, char* out) noexcept;

}  // namespace detail

class Str {
 public:
  Str() noexcept : rep_(detail::str_rep_empty()) {}
  /// From UTF-8 that is known to be valid (literals, runtime results).
  Str(const char* utf8) : Str(std::string_view(utf8)) {}  // NOLINT: implicit like a literal
  Str(std::string_view utf8);                              // NOLINT
  Str(const std::string& utf8) : Str(std::string_view(utf8)) {}  // NOLINT
  /// A literal with its byte count (literals may hold NUL bytes):
  /// rt::Str("a\0b", 3).
  Str(const char* utf8, std::size_t size) : Str(std::string_view(utf8, size)) {}

  Str(const Str& other) noexcept : rep_(other.rep_) { retain(); }
  Str(Str&& other) noexcept : rep_(other.rep_) { other.rep_ = detail::str_rep_empty(); }
  Str& operator=(const Str& other) noexcept {
    Str copy(other);
    swap(copy);
    return *this;
  }
  Str& operator=(Str&& other) noexcept {
    Str moved(std::move(other));
    swap(moved);
    return *this;
  }
  ~Str() { release(); }
  void swap(Str& other) noexcept { std::swap(rep_, other.rep_); }

  /// Validates strict UTF-8 (no surrogates) and raises UnicodeDecodeError
  /// with CPython's message otherwise.
  static Str from_utf8(std::string_view bytes);
  /// chr(cp); no range check (see builtins::chr for the checked version).
  static Str from_code_point(char32_t cp);
  /// Bytes whose code point count and ASCII-ness the caller already knows.
  static Str from_measured(std::string_view utf8, std::size_t length, bool ascii);
  /// Takes the text of a std::string (one copy into the shared block).
  static Str from_std_string(const std::string& s) { return Str(std::string_view(s)); }

  std::string_view view() const noexcept { return {rep_->data(), rep_->nbytes}; }
  const char* c_str() const noexcept { return rep_->data(); }
  const char* data() const noexcept { return rep_->data(); }
  std::size_t byte_size() const noexcept { return rep_->nbytes; }
  /// len(s): code points.
  std::size_t length() const noexcept { return rep_->length; }
  bool empty() const noexcept { return rep_->nbytes == 0; }
  bool is_ascii() const noexcept { return rep_->ascii; }
  std::string to_std_string() const { return std::string(view()); }
  /// Whether both share one block (Python's `is`, as far as it is observable).
  bool same_object(const Str& other) const noexcept { return rep_ == other.rep_; }

  /// Byte offset of code point `index` (index <= length()).
  std::size_t byte_offset(std::size_t index) const {
    if (rep_->ascii) return index;
    return detail::str_rep_byte_offset_slow(rep_, index);
  }
  /// Code point at `index` (< length()), unchecked.
  char32_t code_point_at(std::size_t index) const {
    return detail::utf8_decode_at(rep_->data() + byte_offset(index));
  }
  /// s[index] for 0 <= index < length(), unchecked.
  Str char_at(std::size_t index) const;
  /// s[begin:end] for 0 <= begin <= end <= length(), by code points.
  Str substr(std::size_t begin, std::size_t end) const;
  /// The text between two byte offsets at code point boundaries.
  Str substr_bytes(std::size_t begin, std::size_t end) const;

  /// Appends in place when this is the only reference to the block (as
  /// CPython does for `s += t`), else builds a new string. Amortised O(1)
  /// per appended byte in loops.
  void append_in_place(const Str& tail);
  void append_in_place(std::string_view utf8_tail);

  /// Iteration yields one-character strings, as `for c in s`. The iterator
  /// holds its own reference, so rebinding the variable inside the loop is safe.
  class iterator;
  iterator begin() const;
  iterator end() const;

  /// Code points of the text, for runtime code: `for (char32_t c : s.code_points())`.
  class CodePoints {
   public:
    explicit CodePoints(std::string_view text) : text_(text) {}
    class iterator {
     public:
      using value_type = char32_t;
      using difference_type = std::ptrdiff_t;
      iterator() = default;
      explicit iterator(const char* p) : p_(p) {}
      char32_t operator*() const noexcept { return detail::utf8_decode_at(p_); }
      iterator& operator++() noexcept {
        p_ += detail::utf8_sequence_length(static_cast<unsigned char>(*p_));
        return *this;
      }
      iterator operator++(int) noexcept {
        iterator old = *this;
        ++*this;
        return old;
      }
      bool operator==(const iterator& other) const noexcept { return p_ == other.p_; }
      const char* ptr() const noexcept { return p_; }

     private:
      const char* p_ = nullptr;
    };
    iterator begin() const { return iterator(text_.data()); }
    iterator end() const { return iterator(text_.data() + text_.size()); }

   private:
    std::string_view text_;
  };
  CodePoints code_points() const { return CodePoints(view()); }

  friend bool operator==(const Str& a, const Str& b) noexcept {
    return a.rep_ == b.rep_ || a.view() == b.view();
  }
  friend std::strong_ordering operator<=>(const Str& a, const Str& b) noexcept {
    return a.view() <=> b.view();
  }
  friend bool operator==(const Str& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(const Str& a, const char* b) noexcept { return a.view() == std::string_view(b); }

 private:
  explicit Str(detail::StrRep* adopted) noexcept : rep_(adopted) {}
  void retain() const noexcept { rep_->refs.fetch_add(1, std::memory_order_relaxed); }
  void release() noexcept {
    if (rep_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) detail::str_rep_destroy(rep_);
  }
  friend struct StrAccess;

  detail::StrRep* rep_;
};

class Str::iterator {
 public:
  using value_type = Str;
  using difference_type = std::ptrdiff_t;
  iterator() = default;
  iterator(const Str& s, std::size_t pos) : s_(s), pos_(pos) {}
  Str operator*() const;
  iterator& operator++() {
    pos_ += detail::utf8_sequence_length(static_cast<unsigned char>(s_.rep_->data()[pos_]));
    return *this;
  }
  iterator operator++(int) {
    iterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const iterator& other) const noexcept { return pos_ == other.pos_; }
  std::size_t byte_position() const noexcept { return pos_; }

 private:
  Str s_;
  std::size_t pos_ = 0;
};
inline Str::iterator Str::begin() const { return iterator(*this, 0); }
inline Str::iterator Str::end() const { return iterator(Str(), rep_->nbytes); }

/// Runtime-internal access to the block (building strings without a copy).
struct StrAccess {
  static Str adopt(detail::StrRep* rep) noexcept { return Str(rep); }
  static const detail::StrRep* rep(const Str& s) noexcept { return s.rep_; }
};

/// Concatenation (a + b), without rescanning either side.
Str concat(const Str& a, const Str& b);
/// The pieces of an f-string, joined: rt::concat({a, b, c}).
Str concat(std::initializer_list<Str> parts);

}  // namespace ingot::rt

template <>
struct std::hash<ingot::rt::Str> {
  std::size_t operator()(const ingot::rt::Str& s) const noexcept {
    return std::hash<std::string_view>{}(s.view());
  }
};
