// str.replace(old, new[, count]); count < 0 means all. An empty `old`
// inserts `new` before every character and at the end, as Python. One
// character for another in a short string is replaced inline, in its two
// words; the rest is in the library (general::replace).
#pragma once

#include <cstdint>

#include "ingot/rt/detail/ascii_words.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt::str_methods {

namespace general {
Str replace(const Str& s, const Str& old_text, const Str& new_text, Int count);
}  // namespace general

inline Str replace(const Str& s, const Str& old_text, const Str& new_text, Int count = -1) {
  if (s.is_inline() && count < 0 && old_text.byte_size() == 1 && new_text.byte_size() == 1) {
    // One ASCII byte for another (a 1-byte str is ASCII) everywhere: xor the
    // matching bytes (no test for "no match": the words stay as they are).
    namespace ascii = rt::detail::ascii;
    const auto from = static_cast<unsigned char>(StrAccess::word(old_text, 0));
    const std::uint64_t delta = from ^ static_cast<unsigned char>(StrAccess::word(new_text, 0));
    const std::size_t size = s.byte_size();
    const std::uint64_t w0 = StrAccess::word(s, 0), w1 = StrAccess::word(s, 1);
    const std::uint64_t m0 = ascii::bytes_equal(w0, from) & ascii::first_bytes(size);
    const std::uint64_t m1 = ascii::bytes_equal(w1, from) & ascii::first_bytes(size > 8 ? size - 8 : 0);
    Str r;
    StrAccess::set_words(r, w0 ^ ((m0 >> 7) * delta), w1 ^ ((m1 >> 7) * delta));
    return r;
  }
  return general::replace(s, old_text, new_text, count);
}
/// str.expandtabs(tabsize=8)
Str expandtabs(const Str& s, Int tabsize = 8);

}  // namespace ingot::rt::str_methods
