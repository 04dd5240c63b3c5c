#include "internal/utf8.h"

#include <cstdio>

#include "ingot/rt/exceptions.h"

namespace ingot::rt::internal {

const char* utf8_error_reason(Utf8Error error) noexcept {
  switch (error) {
    case Utf8Error::None: return "";
    case Utf8Error::InvalidStart: return "invalid start byte";
    case Utf8Error::InvalidContinuation: return "invalid continuation byte";
    case Utf8Error::UnexpectedEnd: return "unexpected end of data";
  }
  return "";
}

Utf8Decoded decode_utf8(const unsigned char* p, const unsigned char* end) noexcept {
  const unsigned lead = p[0];
  if (lead < 0x80) return {lead, 1, Utf8Error::None};
  if (lead < 0xC2 || lead > 0xF4) return {0, 1, Utf8Error::InvalidStart};
  int need;
  unsigned lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  char32_t cp;
  if (lead < 0xE0) {
    need = 1;
    cp = lead & 0x1F;
  } else if (lead < 0xF0) {
    need = 2;
    cp = lead & 0x0F;
    if (lead == 0xE0) lo = 0xA0;  // no overlongs
    if (lead == 0xED) hi = 0x9F;  // no surrogates
  } else {
    need = 3;
    cp = lead & 0x07;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;  // <= U+10FFFF
  }
  const std::size_t available = static_cast<std::size_t>(end - p);
  for (int i = 1; i <= need; ++i) {
    if (static_cast<std::size_t>(i) >= available) {
      return {0, static_cast<std::uint8_t>(available), Utf8Error::UnexpectedEnd};
    }
    const unsigned b = p[i];
    const unsigned min = i == 1 ? lo : 0x80u, max = i == 1 ? hi : 0xBFu;
    if (b < min || b > max) return {0, static_cast<std::uint8_t>(i), Utf8Error::InvalidContinuation};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, static_cast<std::uint8_t>(need + 1), Utf8Error::None};
}

namespace {
/// Position of the first invalid sequence and its decode result, or npos.
std::size_t find_invalid(std::string_view bytes, Utf8Decoded& bad) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  std::size_t i = find_non_ascii(bytes);
  while (i < bytes.size()) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const Utf8Decoded d = decode_utf8(p + i, end);
    if (d.error != Utf8Error::None) {
      bad = d;
      return i;
    }
    i += d.length;
  }
  return std::string_view::npos;
}
}  // namespace

bool is_valid_utf8(std::string_view bytes) noexcept {
  Utf8Decoded bad;
  return find_invalid(bytes, bad) == std::string_view::npos;
}

void check_utf8_or_raise(std::string_view bytes) {
  Utf8Decoded bad;
  const std::size_t at = find_invalid(bytes, bad);
  if (at == std::string_view::npos) return;
  char message[160];
  if (bad.length <= 1) {
    std::snprintf(message, sizeof message, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                  static_cast<unsigned char>(bytes[at]), at, utf8_error_reason(bad.error));
  } else {
    std::snprintf(message, sizeof message, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", at,
                  at + bad.length - 1, utf8_error_reason(bad.error));
  }
  raise(ExcType::UnicodeDecodeError, message);
}

}  // namespace ingot::rt::internal
