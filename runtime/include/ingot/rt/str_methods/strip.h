// str.strip / lstrip / rstrip: whitespace (str.isspace) by default, else
// any code point of `chars`. A short string stripped of short ASCII `chars`
// (or a short ASCII string of whitespace) is cut inline, in its two words,
// without a loop; the rest is in the library (general::*).
#pragma once

#include <bit>
#include <cstdint>
#include <optional>

#include "ingot/rt/detail/ascii_words.h"
#include "ingot/rt/str.h"

namespace ingot::rt::str_methods {

namespace general {
Str strip(const Str& s, const std::optional<Str>& chars, bool left, bool right);
}  // namespace general

namespace detail_inline {
/// strip() of an inline string; `s` is inline, and `chars` (if any) inline
/// and ASCII, else returns false.
inline bool strip_words(const Str& s, const std::optional<Str>& chars, bool left, bool right, Str& out) {
  namespace ascii = rt::detail::ascii;
  if (!s.is_inline()) return false;
  const std::uint64_t w0 = StrAccess::word(s, 0), w1 = StrAccess::word(s, 1);
  const std::size_t n = s.byte_size();
  std::uint64_t m0 = 0, m1 = 0;  // 0x80 in the bytes to strip
  if (!chars) {
    // Bytes >= 0x80 are never marked, but U+0085, U+00A0... are spaces.
    if (!s.is_ascii()) return false;
    m0 = ascii::space_bytes(w0);
    m1 = ascii::space_bytes(w1);
  } else {
    // A byte >= 0x80 (lead or continuation) is never in an ASCII set.
    if (!chars->is_inline_ascii()) return false;
    const std::uint64_t c0 = StrAccess::word(*chars, 0), c1 = StrAccess::word(*chars, 1);
    const std::size_t count = chars->byte_size();
    for (std::size_t i = 0; i < count; ++i) {
      const auto c = static_cast<unsigned char>((i < 8 ? c0 >> (8 * i) : c1 >> (8 * (i - 8))) & 0xFF);
      m0 |= ascii::bytes_equal(w0, c);
      if (n > 8) m1 |= ascii::bytes_equal(w1, c);
    }
  }
  // Branch-free: nothing kept gives begin 15 / end 0, hence "".
  const unsigned keep = ~(ascii::movemask(m0) | (ascii::movemask(m1) << 8)) & ((1u << n) - 1);
  const std::size_t begin = left ? static_cast<std::size_t>(std::countr_zero(keep | 0x8000u)) : 0;
  const std::size_t end = right ? static_cast<std::size_t>(std::bit_width(keep)) : n;
  out = StrAccess::from_u128(StrAccess::words128(s) >> (8 * begin), end > begin ? end - begin : 0);
  return true;
}
}  // namespace detail_inline

inline Str strip(const Str& s, const std::optional<Str>& chars = std::nullopt) {
  Str out;
  if (detail_inline::strip_words(s, chars, true, true, out)) return out;
  return general::strip(s, chars, true, true);
}
inline Str lstrip(const Str& s, const std::optional<Str>& chars = std::nullopt) {
  Str out;
  if (detail_inline::strip_words(s, chars, true, false, out)) return out;
  return general::strip(s, chars, true, false);
}
inline Str rstrip(const Str& s, const std::optional<Str>& chars = std::nullopt) {
  Str out;
  if (detail_inline::strip_words(s, chars, false, true, out)) return out;
  return general::strip(s, chars, false, true);
}
Str removeprefix(const Str& s, const Str& prefix);
Str removesuffix(const Str& s, const Str& suffix);

}  // namespace ingot::rt::str_methods
