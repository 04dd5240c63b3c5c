// ASCII on 64-bit words, 8 bytes at a time (SWAR), for the str fast paths:
// an inline Str is two such words (see str.h). Each function is exact for
// bytes < 0x80 unless it says otherwise; the padding and tag bytes of an
// inline ASCII string are < 0x80 and are neither letters nor digits.
#pragma once

#include <cstddef>
#include <cstdint>

namespace ingot::rt::detail::ascii {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHigh = 0x8080808080808080ull;

/// 0x80 in each byte of `w` (all bytes < 0x80) that lies in [lo, hi].
inline std::uint64_t bytes_in_range(std::uint64_t w, unsigned char lo, unsigned char hi) noexcept {
  const std::uint64_t ge_lo = w + kOnes * (0x80 - lo);
  const std::uint64_t gt_hi = w + kOnes * (0x80 - hi - 1);
  return ge_lo & ~gt_hi & kHigh;
}
/// ASCII lower/upper/swapped case of 8 bytes < 0x80.
inline std::uint64_t lower_word(std::uint64_t w) noexcept { return w | (bytes_in_range(w, 'A', 'Z') >> 2); }
inline std::uint64_t upper_word(std::uint64_t w) noexcept { return w & ~(bytes_in_range(w, 'a', 'z') >> 2); }
inline std::uint64_t swapcase_word(std::uint64_t w) noexcept {
  return w ^ ((bytes_in_range(w, 'A', 'Z') | bytes_in_range(w, 'a', 'z')) >> 2);
}
inline std::uint64_t digit_bytes(std::uint64_t w) noexcept { return bytes_in_range(w, '0', '9'); }
inline std::uint64_t alpha_bytes(std::uint64_t w) noexcept {
  return bytes_in_range(w, 'A', 'Z') | bytes_in_range(w, 'a', 'z');
}
inline std::uint64_t alnum_bytes(std::uint64_t w) noexcept { return alpha_bytes(w) | digit_bytes(w); }

/// 0x80 in each byte of `w` equal to `c` (any byte values, exact).
inline std::uint64_t bytes_equal(std::uint64_t w, unsigned char c) noexcept {
  const std::uint64_t t = w ^ (kOnes * c);
  const std::uint64_t low7 = ~kHigh;
  return ~(((t & low7) + low7) | t) & kHigh;
}
/// 0x80 in each of the first n (<= 8) bytes.
inline std::uint64_t first_bytes(std::size_t n) noexcept {
  return n >= 8 ? kHigh : kHigh & ((std::uint64_t{1} << (8 * n)) - 1);
}
/// The 0x80-per-byte mask `m` as 8 bits (bit i for byte i).
inline unsigned movemask(std::uint64_t m) noexcept {
  return static_cast<unsigned>(((m >> 7) * 0x0102040810204080ull) >> 56);
}
/// 0x80 in each byte < 0x80 of `w` that str.isspace() accepts: \t-\r,
/// \x1c-\x1f and space (any byte values: bytes >= 0x80 are never marked).
inline std::uint64_t space_bytes(std::uint64_t w) noexcept {
  return (bytes_in_range(w & ~kHigh, 9, 13) | bytes_in_range(w & ~kHigh, 28, 32)) & ~w;
}

}  // namespace ingot::rt::detail::ascii
