// UTF-8 helpers for the runtime's own sources (not installed with the
// public headers): strict decoding with CPython's error reasons, encoding,
// counting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace ingot::rt::internal {

/// Why a sequence failed to decode (CPython's UnicodeDecodeError reasons).
enum class Utf8Error : std::uint8_t { None, InvalidStart, InvalidContinuation, UnexpectedEnd };
const char* utf8_error_reason(Utf8Error error) noexcept;

struct Utf8Decoded {
  char32_t cp = 0;
  std::uint8_t length = 0;  // bytes consumed, or on error the bytes the error spans
  Utf8Error error = Utf8Error::None;
};

/// Strict UTF-8 (no overlongs, no surrogates, <= U+10FFFF); p < end.
Utf8Decoded decode_utf8(const unsigned char* p, const unsigned char* end) noexcept;

/// Validates `bytes`; on failure raises UnicodeDecodeError with CPython's
/// message ("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte").
void check_utf8_or_raise(std::string_view bytes);
/// Whether `bytes` is valid strict UTF-8 (no exception).
bool is_valid_utf8(std::string_view bytes) noexcept;

inline std::size_t encode_utf8(char32_t cp, char* out) noexcept {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline void append_utf8(std::string& out, char32_t cp) {
  char buf[4];
  out.append(buf, encode_utf8(cp, buf));
}

/// Index of the first byte >= 0x80, or text.size().
inline std::size_t find_non_ascii(std::string_view text) noexcept {
  const char* p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  for (; i < n; ++i) {
    if (static_cast<unsigned char>(p[i]) >= 0x80) return i;
  }
  return n;
}

/// Code points in well-formed text: the bytes that are not continuation bytes.
inline std::size_t count_code_points(std::string_view text) noexcept {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

/// Whether the code point is a surrogate (U+D800..U+DFFF).
inline bool is_surrogate(char32_t cp) noexcept { return cp >= 0xD800 && cp <= 0xDFFF; }

}  // namespace ingot::rt::internal
