// rt::Str: Python's str. Immutable UTF-8 text, 16 bytes by value:
//
//  * up to 14 bytes of text live inside the Str itself (no allocation, no
//    reference count: copying one is copying 16 bytes), zero-padded and
//    NUL-terminated, with a tag byte holding the byte count and an ASCII flag;
//  * longer text lives in a shared, reference-counted block (copying a Str is
//    then one atomic increment, as assigning a str in Python shares the object).
//
// The form is canonical (text of <= 14 bytes is always inline), so two inline
// strings are equal exactly when their 16 bytes are, and an inline string
// never equals a shared one.
//
// Encoding: each code point is encoded on its own, as UTF-8; lone surrogates
// (chr(0xD800), which Python allows) take their 3-byte form. Byte order is
// then code point order, so comparisons are plain byte comparisons.
//
// Indexing is by code point. The code point count and an is_ascii flag are
// known at construction: ASCII strings index in O(1); other long strings
// build, on their first random access, a table of the byte offset of every
// 64th code point, making indexing O(1) amortised there too.
#pragma once

#include <atomic>
#include <bit>
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

/// The shared block behind a long Str: this header, then the bytes and a NUL.
struct StrRep {
  std::atomic<std::size_t> refs;
  std::size_t nbytes;     // bytes of text (without the NUL)
  std::size_t capacity;   // bytes available after the header (without the NUL)
  std::size_t length;     // code points
  /// The string's hash once computed (0: not yet). Racing writers store the
  /// same value.
  std::atomic<std::size_t> hash;
  bool ascii;
  /// Byte offsets of code points 0, 64, 128, ... (non-ASCII only), built on
  /// the first random access and published atomically.
  std::atomic<const std::size_t*> checkpoints;

  char* data() noexcept { return reinterpret_cast<char*>(this + 1); }
  const char* data() const noexcept { return reinterpret_cast<const char*>(this + 1); }
};

/// A new rep with refs == 1, room for `capacity` bytes, nbytes = 0. The
/// block extends kStrSlack bytes past the text's NUL, so that 16 bytes may be
/// loaded from any position inside the text.
StrRep* str_rep_allocate(std::size_t capacity);
inline constexpr std::size_t kStrSlack = 15;
void str_rep_destroy(StrRep* rep) noexcept;
/// Computes `length` and `ascii` from the bytes.
void str_rep_measure(StrRep* rep) noexcept;
std::size_t str_rep_byte_offset_slow(const StrRep* rep, std::size_t index);
std::size_t str_rep_hash(const StrRep* rep) noexcept;

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

inline constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
/// 16 bytes as one number (GCC and Clang).
__extension__ typedef unsigned __int128 u128;

/// Bits set in `x` (SWAR: without -mpopcnt, __builtin_popcountll is a call
/// into libgcc).
inline unsigned popcount64(std::uint64_t x) noexcept {
  x -= (x >> 1) & 0x5555555555555555ull;
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<unsigned>((x * 0x0101010101010101ull) >> 56);
}

/// Continuation bytes (10xxxxxx) in the 8 bytes of `w`: one bit per byte,
/// so a multiply adds them up.
inline unsigned continuation_bytes(std::uint64_t w) noexcept {
  return static_cast<unsigned>((((w & ~(w << 1) & kHighBits) >> 7) * 0x0101010101010101ull) >> 56);
}

}  // namespace detail

static_assert(std::endian::native == std::endian::little, "Str's inline form assumes little-endian words");

class Str {
 public:
  /// Text of at most this many bytes is stored inline.
  static constexpr std::size_t kInlineCapacity = 14;

  Str() noexcept = default;
  /// From UTF-8 that is known to be valid (literals, runtime results).
  Str(const char* utf8) { init(utf8, std::strlen(utf8)); }  // NOLINT: implicit like a literal
  Str(std::string_view utf8) { init(utf8.data(), utf8.size()); }  // NOLINT
  Str(const std::string& utf8) { init(utf8.data(), utf8.size()); }  // NOLINT
  /// A literal with its byte count (literals may hold NUL bytes):
  /// rt::Str("a\0b", 3).
  Str(const char* utf8, std::size_t size) { init(utf8, size); }

  // Copies move the 16 bytes as two 8-byte words; no code reads a Str with
  // one 16-byte load (after two 8-byte stores, that would stall
  // store-to-load forwarding, and a loop body copies each Str twice).
  Str(const Str& other) noexcept {
    copy_words(other);
    if (is_heap()) retain();
  }
  Str(Str&& other) noexcept {
    copy_words(other);
    other.set_empty();
  }
  Str& operator=(const Str& other) noexcept {
    if (other.is_heap()) other.retain();
    if (is_heap()) release();
    copy_words(other);
    return *this;
  }
  Str& operator=(Str&& other) noexcept {
    if (this != &other) {
      if (is_heap()) release();
      copy_words(other);
      other.set_empty();
    }
    return *this;
  }
  ~Str() {
    if (is_heap()) release();
  }
  void swap(Str& other) noexcept {
    Str mine(std::move(*this));
    copy_words(other);
    other.copy_words(mine);
    mine.set_empty();
  }

  /// Validates strict UTF-8 (no surrogates) and raises UnicodeDecodeError
  /// with CPython's message otherwise.
  static Str from_utf8(std::string_view bytes);
  /// chr(cp); no range check (see builtins::chr for the checked version).
  static Str from_code_point(char32_t cp);
  /// Bytes whose code point count and ASCII-ness the caller already knows.
  static Str from_measured(std::string_view utf8, std::size_t length, bool ascii);
  /// Takes the text of a std::string (one copy).
  static Str from_std_string(const std::string& s) { return Str(std::string_view(s)); }

  std::string_view view() const noexcept {
    if (is_heap()) {
      const detail::StrRep* r = heap_rep();
      return {r->data(), r->nbytes};
    }
    return {inline_data(), inline_size()};
  }
  const char* c_str() const noexcept { return data(); }
  const char* data() const noexcept { return is_heap() ? heap_rep()->data() : inline_data(); }
  std::size_t byte_size() const noexcept { return is_heap() ? heap_rep()->nbytes : inline_size(); }
  /// len(s): code points.
  std::size_t length() const noexcept {
    if (is_heap()) return heap_rep()->length;
    if (!(tag() & kNonAsciiTag)) return inline_size();
    return inline_size() - detail::continuation_bytes(word(0)) - detail::continuation_bytes(word(1));
  }
  bool empty() const noexcept { return tag() == 0; }
  bool is_ascii() const noexcept { return is_heap() ? heap_rep()->ascii : !(tag() & kNonAsciiTag); }
  /// Whether the text is stored inline (runtime code and tests).
  bool is_inline() const noexcept { return !is_heap(); }
  /// Inline and ASCII: the case the str fast paths handle in two words.
  bool is_inline_ascii() const noexcept { return (tag() & (kHeapTag | kNonAsciiTag)) == 0; }
  std::string to_std_string() const { return std::string(view()); }
  /// Python's `is`, as far as it is observable: long strings are the same
  /// object when they share one block; short ones when their text is equal
  /// (CPython shares many short strings too).
  bool same_object(const Str& other) const noexcept { return std::memcmp(b_, other.b_, sizeof b_) == 0; }

  /// Byte offset of code point `index` (index <= length()).
  std::size_t byte_offset(std::size_t index) const {
    if (is_heap()) {
      const detail::StrRep* r = heap_rep();
      return r->ascii ? index : detail::str_rep_byte_offset_slow(r, index);
    }
    if (!(tag() & kNonAsciiTag)) return index;
    std::size_t offset = 0;
    for (; index > 0; --index) offset += detail::utf8_sequence_length(b_[offset]);
    return offset;
  }
  /// Code point at `index` (< length()), unchecked.
  char32_t code_point_at(std::size_t index) const { return detail::utf8_decode_at(data() + byte_offset(index)); }
  /// s[index] for 0 <= index < length(), unchecked.
  Str char_at(std::size_t index) const {
    const char* p = data() + byte_offset(index);
    return Str(Small{}, p, detail::utf8_sequence_length(static_cast<unsigned char>(*p)));
  }
  /// s[begin:end] for 0 <= begin <= end <= length(), by code points.
  Str substr(std::size_t begin, std::size_t end) const;
  /// The text between two byte offsets at code point boundaries.
  Str substr_bytes(std::size_t begin, std::size_t end) const;

  /// hash(s), cached for long strings. Never -1 (as Python's hash).
  std::size_t hash() const noexcept {
    if (is_heap()) {
      const std::size_t h = heap_rep()->hash.load(std::memory_order_relaxed);
      return h != 0 ? h : detail::str_rep_hash(heap_rep());
    }
    // A multiply-fold of the two words. The tag byte has bit 7 clear, so
    // word(1) ^ k1 is never 0 (k1's top byte has it set).
    constexpr std::uint64_t k0 = 0x9E3779B97F4A7C15ull, k1 = 0xD6E8FEB86659FD93ull;
    const detail::u128 m = static_cast<detail::u128>(word(0) ^ k0) * (word(1) ^ k1);
    std::uint64_t h = static_cast<std::uint64_t>(m) ^ static_cast<std::uint64_t>(m >> 64);
    h ^= h >> 29;
    return h == ~std::uint64_t{0} ? std::size_t(-2) : static_cast<std::size_t>(h);
  }

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
  /// The view is into this Str: keep it alive (and unmoved) while iterating.
  CodePoints code_points() const { return CodePoints(view()); }

  friend bool operator==(const Str& a, const Str& b) noexcept {
    if (!((a.tag() | b.tag()) & kHeapTag)) return a.word(0) == b.word(0) && a.word(1) == b.word(1);
    if (!(a.tag() & b.tag() & kHeapTag)) return false;  // canonical form: sizes differ
    const detail::StrRep* x = a.heap_rep();
    const detail::StrRep* y = b.heap_rep();
    return x == y || (x->nbytes == y->nbytes && std::memcmp(x->data(), y->data(), x->nbytes) == 0);
  }
  /// <0, 0 or >0 as a < b, a == b, a > b (byte order, which is code point order).
  int compare(const Str& other) const noexcept {
    if (!((tag() | other.tag()) & kHeapTag)) {
      // Inline: big-endian words compare as the bytes do; after 14 equal
      // bytes (zero-padded), the tag bytes order by size.
      std::uint64_t x = __builtin_bswap64(word(0)), y = __builtin_bswap64(other.word(0));
      if (x == y) {
        x = __builtin_bswap64(word(1));
        y = __builtin_bswap64(other.word(1));
      }
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    const int c = view().compare(other.view());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  friend std::strong_ordering operator<=>(const Str& a, const Str& b) noexcept { return a.compare(b) <=> 0; }
  friend bool operator==(const Str& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(const Str& a, const char* b) noexcept { return a.view() == std::string_view(b); }

 private:
  static constexpr unsigned char kHeapTag = 0x80;
  static constexpr unsigned char kNonAsciiTag = 0x40;
  static constexpr unsigned char kSizeMask = 0x0F;
  struct Small {};

  /// Text known to fit inline (n <= kInlineCapacity).
  Str(Small, const char* p, std::size_t n) noexcept { init_inline(p, n); }

  unsigned char tag() const noexcept { return b_[15]; }
  bool is_heap() const noexcept { return (b_[15] & kHeapTag) != 0; }
  std::size_t inline_size() const noexcept { return b_[15] & kSizeMask; }
  const char* inline_data() const noexcept { return reinterpret_cast<const char*>(b_); }
  std::uint64_t word(int i) const noexcept {
    std::uint64_t w;
    std::memcpy(&w, b_ + 8 * i, 8);
    return w;
  }
  detail::StrRep* heap_rep() const noexcept {
    detail::StrRep* r;
    std::memcpy(&r, b_, sizeof r);
    return r;
  }
  void set_heap(detail::StrRep* r) noexcept {
    set_words(reinterpret_cast<std::uintptr_t>(r), std::uint64_t{kHeapTag} << 56);
  }
  void copy_words(const Str& other) noexcept {
    std::uint64_t w0 = other.word(0), w1 = other.word(1);
    __asm__("" : "+r"(w0), "+r"(w1));  // two general registers: no 16-byte load
    std::memcpy(b_, &w0, 8);
    std::memcpy(b_ + 8, &w1, 8);
  }
  typedef std::uint64_t Vec __attribute__((vector_size(16)));
  void set_vec(Vec v) noexcept { std::memcpy(b_, &v, 16); }
  void set_empty() noexcept { set_vec(Vec{0, 0}); }
  using U128 = detail::u128;
  U128 words128() const noexcept { return word(0) | (U128{word(1)} << 64); }
  /// The inline string of the low n (<= 14) bytes of `v` (the rest is ignored).
  static Str from_u128(U128 v, std::size_t n) noexcept {
    v &= (U128{1} << (8 * n)) - 1;
    const auto w0 = static_cast<std::uint64_t>(v), w1 = static_cast<std::uint64_t>(v >> 64);
    const std::uint64_t tag = n | (((w0 | w1) & detail::kHighBits) ? kNonAsciiTag : 0);
    Str r;
    r.set_words(w0, w1 | (tag << 56));
    return r;
  }
  /// 16 bytes from p (a block's text, which has the slack to allow it).
  static U128 load16(const char* p) noexcept {
    U128 v;
    std::memcpy(&v, p, 16);
    return v;
  }
  /// Sets the tag of inline text of n bytes whose padding is zero.
  void seal_inline(std::size_t n) noexcept {
    b_[15] = 0;
    b_[15] = static_cast<unsigned char>(n | (((word(0) | word(1)) & detail::kHighBits) ? kNonAsciiTag : 0));
  }
  /// Text of n <= 14 bytes, gathered into the two words in registers (a few
  /// overlapping loads, no call to memcpy, no byte stores read back as words).
  void init_inline(const char* p, std::size_t n) noexcept {
    std::uint64_t w0 = 0, w1 = 0;
    if (n >= 8) {
      std::memcpy(&w0, p, 8);
      if (n > 8) {
        std::memcpy(&w1, p + n - 8, 8);
        w1 >>= 8 * (16 - n);
      }
    } else if (n >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      w0 = lo | (std::uint64_t{hi} << (8 * (n - 4)));
    } else if (n > 0) {
      const auto* u = reinterpret_cast<const unsigned char*>(p);
      w0 = u[0] | (std::uint64_t{u[n / 2]} << (8 * (n / 2))) | (std::uint64_t{u[n - 1]} << (8 * (n - 1)));
    }
    const std::uint64_t tag = n | (((w0 | w1) & detail::kHighBits) ? kNonAsciiTag : 0);
    set_words(w0, w1 | (tag << 56));
  }
  /// One 16-byte store (later 8-byte loads of either half forward from it).
  void set_words(std::uint64_t w0, std::uint64_t w1) noexcept { set_vec(Vec{w0, w1}); }
  void init(const char* p, std::size_t n) {
    if (n <= kInlineCapacity) init_inline(p, n);
    else init_heap(p, n);
  }
  void init_heap(const char* p, std::size_t n);
  void retain() const noexcept { heap_rep()->refs.fetch_add(1, std::memory_order_relaxed); }
  void release() noexcept {
    detail::StrRep* r = heap_rep();
    if (r->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) detail::str_rep_destroy(r);
  }
  friend struct StrAccess;

  alignas(8) unsigned char b_[16] = {};
};

class Str::iterator {
 public:
  using value_type = Str;
  using difference_type = std::ptrdiff_t;
  iterator() = default;
  iterator(const Str& s, std::size_t pos) : s_(s), pos_(pos) {}
  Str operator*() const {
    const char* p = s_.data() + pos_;
    return Str(Small{}, p, detail::utf8_sequence_length(static_cast<unsigned char>(*p)));
  }
  iterator& operator++() {
    pos_ += detail::utf8_sequence_length(static_cast<unsigned char>(s_.data()[pos_]));
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
inline Str::iterator Str::end() const { return iterator(Str(), byte_size()); }

/// Runtime-internal access (building strings without a copy).
struct StrAccess {
  /// Makes `s` a new, unshared string with room for `capacity` bytes and
  /// returns where to write them; finish() then seals it. The pointer is into
  /// `s` itself for short text: do not move `s` in between.
  static char* prepare(Str& s, std::size_t capacity) {
    if (s.is_heap()) s.release();
    s.set_empty();
    if (capacity <= Str::kInlineCapacity) return reinterpret_cast<char*>(s.b_);
    s.set_heap(detail::str_rep_allocate(capacity));
    return s.heap_rep()->data();
  }
  /// Seals a string prepare()d for at least `nbytes` bytes, of which the
  /// writer wrote exactly the first `nbytes`. `length` and `ascii` must be
  /// exact (the inline form is canonical).
  static void finish(Str& s, std::size_t nbytes, std::size_t length, bool ascii) noexcept {
    if (s.is_heap()) finish_heap(s, nbytes, length, ascii);
    else s.b_[15] = static_cast<unsigned char>(nbytes | (ascii ? 0 : Str::kNonAsciiTag));
  }
  /// Same, measuring the text.
  static void finish_measure(Str& s, std::size_t nbytes) noexcept {
    if (s.is_heap()) finish_heap_measure(s, nbytes);
    else s.seal_inline(nbytes);
  }
  /// The block of a long string, or nullptr for an inline one.
  static const detail::StrRep* rep(const Str& s) noexcept { return s.is_heap() ? s.heap_rep() : nullptr; }
  /// The two words of an inline string (text, zero padding, tag in the top
  /// byte of the second), and setting them (the caller keeps them canonical).
  static std::uint64_t word(const Str& s, int i) noexcept { return s.word(i); }
  static void set_words(Str& s, std::uint64_t w0, std::uint64_t w1) noexcept { s.set_words(w0, w1); }
  /// The 16 bytes of an inline string as one number (byte i in bits 8i..8i+7).
  static detail::u128 words128(const Str& s) noexcept { return s.words128(); }
  /// The inline string of the low n <= 14 bytes of `v`.
  static Str from_u128(detail::u128 v, std::size_t n) noexcept { return Str::from_u128(v, n); }
  /// 16 bytes from inside a block's text (any position before its end).
  static detail::u128 load16(const char* p) noexcept { return Str::load16(p); }
  /// The text bytes of an inline string, to change in place without changing
  /// its size or ASCII-ness.
  static char* inline_text(Str& s) noexcept { return reinterpret_cast<char*>(s.b_); }

 private:
  static void finish_heap(Str& s, std::size_t nbytes, std::size_t length, bool ascii) noexcept;
  static void finish_heap_measure(Str& s, std::size_t nbytes) noexcept;
};

/// Builds one new string: `StrBuilder b(n); write to b.data(); return b.finish(...)`.
class StrBuilder {
 public:
  explicit StrBuilder(std::size_t capacity) : p_(StrAccess::prepare(s_, capacity)) {}
  StrBuilder(const StrBuilder&) = delete;
  StrBuilder& operator=(const StrBuilder&) = delete;
  char* data() noexcept { return p_; }
  Str finish(std::size_t nbytes, std::size_t length, bool ascii) noexcept {
    StrAccess::finish(s_, nbytes, length, ascii);
    return std::move(s_);
  }
  Str finish_measure(std::size_t nbytes) noexcept {
    StrAccess::finish_measure(s_, nbytes);
    return std::move(s_);
  }

 private:
  Str s_;
  char* p_;
};

/// Concatenation (a + b), without rescanning either side.
Str concat(const Str& a, const Str& b);
/// The pieces of an f-string, joined: rt::concat({a, b, c}).
Str concat(std::initializer_list<Str> parts);

}  // namespace ingot::rt

template <>
struct std::hash<ingot::rt::Str> {
  std::size_t operator()(const ingot::rt::Str& s) const noexcept { return s.hash(); }
};
