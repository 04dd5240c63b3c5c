// str.split, rsplit, splitlines.
#include "ingot/rt/str_methods/split.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>

#include "ingot/rt/exceptions.h"
#include "internal/ascii.h"
#include "internal/unicode.h"
#include "internal/utf8.h"

namespace ingot::rt::str_methods {

namespace {

using Items = List<Str>::storage_type;

/// A piece of `s` between byte offsets, as a Str (ASCII-ness inherited).
Str piece(const Str& s, std::size_t begin, std::size_t end) { return s.substr_bytes(begin, end); }

/// Byte offset just past the whitespace code points starting at `at`
/// (forward) / of the start of the whitespace run ending at `at` (backward).
std::size_t skip_space_forward(std::string_view t, std::size_t at) {
  while (at < t.size()) {
    const std::size_t n = detail::utf8_sequence_length(static_cast<unsigned char>(t[at]));
    if (!internal::is_space(detail::utf8_decode_at(t.data() + at))) break;
    at += n;
  }
  return at;
}
std::size_t skip_nonspace_forward(std::string_view t, std::size_t at) {
  while (at < t.size()) {
    if (internal::is_space(detail::utf8_decode_at(t.data() + at))) break;
    at += detail::utf8_sequence_length(static_cast<unsigned char>(t[at]));
  }
  return at;
}
/// Start of the code point that ends at byte `at` (at > 0).
std::size_t previous_start(std::string_view t, std::size_t at) {
  do {
    --at;
  } while (at > 0 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80);
  return at;
}
std::size_t skip_space_backward(std::string_view t, std::size_t at) {
  while (at > 0) {
    const std::size_t p = previous_start(t, at);
    if (!internal::is_space(detail::utf8_decode_at(t.data() + p))) break;
    at = p;
  }
  return at;
}
std::size_t skip_nonspace_backward(std::string_view t, std::size_t at) {
  while (at > 0) {
    const std::size_t p = previous_start(t, at);
    if (internal::is_space(detail::utf8_decode_at(t.data() + p))) break;
    at = p;
  }
  return at;
}

/// 64 bits: which of the 64 bytes at p (ASCII) are str.isspace() whitespace.
/// `count` < 64 reads only that many bytes and marks the rest as spaces.
std::uint64_t space_mask(const char* p, std::size_t count) {
  std::uint64_t mask = 0;
  if (count == 64) {
    for (unsigned k = 0; k < 8; ++k) {
      std::uint64_t w;
      std::memcpy(&w, p + 8 * k, 8);
      mask |= std::uint64_t{internal::movemask(internal::ascii_space_bytes(w))} << (8 * k);
    }
    return mask;
  }
  char block[64];
  std::memset(block, ' ', sizeof block);
  std::memcpy(block, p, count);
  return space_mask(block, 64);
}

/// split() of ASCII text on runs of whitespace, without maxsplit. Whitespace
/// is found 8 bytes at a time into 64-bit masks; words are the runs of
/// clear bits, cut out without a loop over their bytes. The words are counted
/// first, so the list is allocated once.
void split_ascii_whitespace(const Str& s, Items& out) {
  const std::string_view t = s.view();
  const char* p = t.data();
  const std::size_t n = t.size();
  const bool block = StrAccess::rep(s) != nullptr;  // 16-byte loads are safe in a block
  std::size_t words = 0;
  std::uint64_t carry = 0;  // whether the byte before the block is a word byte
  for (std::size_t base = 0; base < n; base += 64) {
    const std::uint64_t word_bytes = ~space_mask(p + base, std::min<std::size_t>(64, n - base));
    words += static_cast<std::size_t>(detail::popcount64(word_bytes & ~((word_bytes << 1) | carry)));
    carry = word_bytes >> 63;
  }
  out.reserve(words);
  carry = 0;
  bool open = false;
  std::size_t start = 0;
  auto emit = [&](std::size_t begin, std::size_t end) {
    if (block && end - begin <= Str::kInlineCapacity) out.push_back(StrAccess::from_u128(StrAccess::load16(p + begin), end - begin));
    else out.push_back(s.substr_bytes(begin, end));
  };
  for (std::size_t base = 0; base < n; base += 64) {
    const std::uint64_t word_bytes = ~space_mask(p + base, std::min<std::size_t>(64, n - base));
    const std::uint64_t before = (word_bytes << 1) | carry;
    std::uint64_t starts = word_bytes & ~before;
    std::uint64_t ends = ~word_bytes & before;
    carry = word_bytes >> 63;
    while (true) {
      if (!open) {
        if (starts == 0) break;
        start = base + static_cast<std::size_t>(__builtin_ctzll(starts));
        starts &= starts - 1;
        open = true;
      } else {
        if (ends == 0) break;
        emit(start, base + static_cast<std::size_t>(__builtin_ctzll(ends)));
        ends &= ends - 1;
        open = false;
      }
    }
  }
  if (open) emit(start, n);  // a word that ends the text (its length is a multiple of 64)
}

}  // namespace

List<Str> split(const Str& s, const std::optional<Str>& sep, Int maxsplit) {
  const std::string_view t = s.view();
  Items out;
  if (maxsplit < 0) maxsplit = std::numeric_limits<Int>::max();
  if (!sep) {
    if (s.is_ascii() && maxsplit == std::numeric_limits<Int>::max()) {
      split_ascii_whitespace(s, out);
      return List<Str>(std::move(out));
    }
    std::size_t i = skip_space_forward(t, 0);
    while (i < t.size()) {
      if (maxsplit == 0) {
        out.push_back(piece(s, i, t.size()));  // the rest, trailing whitespace kept
        break;
      }
      const std::size_t end = skip_nonspace_forward(t, i);
      out.push_back(piece(s, i, end));
      --maxsplit;
      i = skip_space_forward(t, end);
    }
    return List<Str>(std::move(out));
  }
  const std::string_view d = sep->view();
  if (d.empty()) raise_value_error("empty separator");
  if (d.size() == 1 && maxsplit == std::numeric_limits<Int>::max()) {
    out.reserve(static_cast<std::size_t>(std::count(t.begin(), t.end(), d[0])) + 1);
  }
  std::size_t start = 0;
  while (maxsplit > 0) {
    const std::size_t at = t.find(d, start);
    if (at == std::string_view::npos) break;
    out.push_back(piece(s, start, at));
    start = at + d.size();
    --maxsplit;
  }
  out.push_back(piece(s, start, t.size()));
  return List<Str>(std::move(out));
}

List<Str> rsplit(const Str& s, const std::optional<Str>& sep, Int maxsplit) {
  const std::string_view t = s.view();
  Items out;
  if (maxsplit < 0) maxsplit = std::numeric_limits<Int>::max();
  if (!sep) {
    std::size_t i = skip_space_backward(t, t.size());
    while (i > 0) {
      if (maxsplit == 0) {
        out.push_back(piece(s, 0, i));
        break;
      }
      const std::size_t begin = skip_nonspace_backward(t, i);
      out.push_back(piece(s, begin, i));
      --maxsplit;
      i = skip_space_backward(t, begin);
    }
  } else {
    const std::string_view d = sep->view();
    if (d.empty()) raise_value_error("empty separator");
    std::size_t end = t.size();
    while (maxsplit > 0 && end >= d.size()) {
      const std::size_t at = t.rfind(d, end - d.size());
      if (at == std::string_view::npos) break;
      out.push_back(piece(s, at + d.size(), end));
      end = at;
      --maxsplit;
    }
    out.push_back(piece(s, 0, end));
  }
  std::reverse(out.begin(), out.end());
  return List<Str>(std::move(out));
}

List<Str> splitlines(const Str& s, Bool keepends) {
  const std::string_view t = s.view();
  Items out;
  std::size_t line_start = 0, i = 0;
  while (i < t.size()) {
    const std::size_t n = detail::utf8_sequence_length(static_cast<unsigned char>(t[i]));
    const char32_t c = detail::utf8_decode_at(t.data() + i);
    if (!internal::is_linebreak(c)) {
      i += n;
      continue;
    }
    std::size_t eol = i + n;
    if (c == '\r' && eol < t.size() && t[eol] == '\n') ++eol;  // \r\n is one boundary
    out.push_back(piece(s, line_start, keepends ? eol : i));
    line_start = i = eol;
  }
  if (line_start < t.size()) out.push_back(piece(s, line_start, t.size()));
  return List<Str>(std::move(out));
}

}  // namespace ingot::rt::str_methods
