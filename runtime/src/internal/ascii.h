// ASCII fast paths on 64-bit words for the runtime's sources: the word
// functions of ingot/rt/detail/ascii_words.h, and loops over longer text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "ingot/rt/detail/ascii_words.h"

namespace ingot::rt::internal {

using rt::detail::ascii::alpha_bytes;
using rt::detail::ascii::alnum_bytes;
using rt::detail::ascii::bytes_equal;
using rt::detail::ascii::bytes_in_range;
using rt::detail::ascii::digit_bytes;
using rt::detail::ascii::first_bytes;
using rt::detail::ascii::kHigh;
using rt::detail::ascii::kOnes;
using rt::detail::ascii::lower_word;
using rt::detail::ascii::movemask;
using rt::detail::ascii::swapcase_word;
using rt::detail::ascii::upper_word;
inline std::uint64_t ascii_space_bytes(std::uint64_t w) noexcept { return rt::detail::ascii::space_bytes(w); }

/// Applies a word function to n ASCII bytes: 8 at a time, then the tail.
template <class WordFn>
inline void map_ascii(char* out, const char* in, std::size_t n, WordFn fn) noexcept {
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, in + i, 8);
    w = fn(w);
    std::memcpy(out + i, &w, 8);
  }
  if (i < n) {
    std::uint64_t w = 0;
    std::memcpy(&w, in + i, n - i);
    w = fn(w);
    std::memcpy(out + i, &w, n - i);
  }
}

inline char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline char ascii_upper(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

}  // namespace ingot::rt::internal
