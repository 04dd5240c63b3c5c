// join, strip, replace, expandtabs, partition, padding, prefixes.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <limits>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/str_methods/join.h"
#include "ingot/rt/str_methods/pad.h"
#include "ingot/rt/str_methods/partition.h"
#include "ingot/rt/str_methods/replace.h"
#include "ingot/rt/str_methods/strip.h"
#include "internal/ascii.h"
#include "internal/unicode.h"
#include "internal/utf8.h"

namespace ingot::rt::str_methods {

Str join_strs(const Str& sep, const Str* pieces, std::size_t count) {
  if (count == 0) return Str();
  if (count == 1) return pieces[0];
  const std::string_view d = sep.view();
  std::size_t bytes = d.size() * (count - 1), length = sep.length() * (count - 1);
  bool ascii = sep.is_ascii();
  for (std::size_t i = 0; i < count; ++i) {
    bytes += pieces[i].byte_size();
    length += pieces[i].length();
    ascii = ascii && pieces[i].is_ascii();
  }
  StrBuilder b(bytes);
  char* out = b.data();
  const std::string_view first = pieces[0].view();
  std::memcpy(out, first.data(), first.size());
  out += first.size();
  if (d.size() == 1) {
    const char c = d[0];
    for (std::size_t i = 1; i < count; ++i) {
      const std::string_view p = pieces[i].view();
      *out++ = c;
      std::memcpy(out, p.data(), p.size());
      out += p.size();
    }
  } else {
    for (std::size_t i = 1; i < count; ++i) {
      const std::string_view p = pieces[i].view();
      std::memcpy(out, d.data(), d.size());
      out += d.size();
      std::memcpy(out, p.data(), p.size());
      out += p.size();
    }
  }
  return b.finish(bytes, length, ascii);
}

Str join_strs(const Str& sep, const std::vector<Str>& pieces) { return join_strs(sep, pieces.data(), pieces.size()); }

namespace {

/// A set of ASCII bytes, as a 128-bit map.
struct AsciiSet {
  std::uint64_t bits[2] = {0, 0};
  constexpr void add(unsigned char c) noexcept { bits[c >> 6] |= std::uint64_t{1} << (c & 63); }
  bool has(unsigned char c) const noexcept { return c < 128 && ((bits[c >> 6] >> (c & 63)) & 1); }
};

/// str.isspace() for the ASCII range: \t \n \v \f \r, \x1c-\x1f and space.
constexpr AsciiSet ascii_whitespace() {
  AsciiSet set;
  for (unsigned char c : {9, 10, 11, 12, 13, 28, 29, 30, 31, 32}) set.add(c);
  return set;
}
constexpr AsciiSet kAsciiWhitespace = ascii_whitespace();

/// strip() with a set of ASCII code points, on any text: a byte >= 0x80
/// (a lead or a continuation byte) is never in the set, so it ends the strip.
Str strip_ascii_set(const Str& s, const AsciiSet& set, bool left, bool right) {
  const std::string_view t = s.view();
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  std::size_t begin = 0, end = t.size();
  if (left) {
    while (begin < end && set.has(p[begin])) ++begin;
  }
  if (right) {
    while (end > begin && set.has(p[end - 1])) --end;
  }
  if (begin == 0 && end == t.size()) return s;
  return s.substr_bytes(begin, end);
}

/// strip() by code points: `contains(cp)` says which are removed.
template <class Contains>
Str strip_code_points(const Str& s, Contains contains, bool left, bool right) {
  const std::string_view t = s.view();
  std::size_t begin = 0, end = t.size();
  if (left) {
    while (begin < end && contains(detail::utf8_decode_at(t.data() + begin))) {
      begin += detail::utf8_sequence_length(static_cast<unsigned char>(t[begin]));
    }
  }
  if (right) {
    while (end > begin) {
      std::size_t p = end - 1;
      while (p > begin && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
      if (!contains(detail::utf8_decode_at(t.data() + p))) break;
      end = p;
    }
  }
  if (begin == 0 && end == t.size()) return s;
  return s.substr_bytes(begin, end);
}

}  // namespace

/// The general strip(): long text, non-ASCII sets or spaces.
Str general::strip(const Str& s, const std::optional<Str>& chars, bool left, bool right) {
  if (!chars) {
    // Whitespace: U+0085, U+00A0, U+2000... count too, so only ASCII text
    // takes the byte path.
    if (s.is_ascii()) return strip_ascii_set(s, kAsciiWhitespace, left, right);
    return strip_code_points(s, internal::is_space, left, right);
  }
  if (chars->is_ascii()) {
    AsciiSet set;
    for (const char c : chars->view()) set.add(static_cast<unsigned char>(c));
    return strip_ascii_set(s, set, left, right);
  }
  std::vector<char32_t> set;
  for (char32_t c : chars->code_points()) set.push_back(c);
  return strip_code_points(
      s, [&](char32_t c) { return std::find(set.begin(), set.end(), c) != set.end(); }, left, right);
}

namespace {

[[noreturn]] void bad_fill() { raise_type_error("The fill character must be exactly one character long"); }

}  // namespace

Str removeprefix(const Str& s, const Str& prefix) {
  if (!prefix.empty() && s.view().substr(0, prefix.byte_size()) == prefix.view()) {
    return s.substr_bytes(prefix.byte_size(), s.byte_size());
  }
  return s;
}
Str removesuffix(const Str& s, const Str& suffix) {
  if (!suffix.empty() && s.byte_size() >= suffix.byte_size() &&
      s.view().substr(s.byte_size() - suffix.byte_size()) == suffix.view()) {
    return s.substr_bytes(0, s.byte_size() - suffix.byte_size());
  }
  return s;
}

Str general::replace(const Str& s, const Str& old_text, const Str& new_text, Int count) {
  const std::string_view t = s.view(), o = old_text.view(), n = new_text.view();
  if (count < 0) count = std::numeric_limits<Int>::max();
  if (count == 0) return s;
  std::string out;
  if (o.empty()) {
    // Insert before every code point and at the end, up to count times.
    std::size_t i = 0;
    while (i < t.size() && count > 0) {
      out.append(n);
      --count;
      const std::size_t len = detail::utf8_sequence_length(static_cast<unsigned char>(t[i]));
      out.append(t.substr(i, len));
      i += len;
    }
    if (count > 0) out.append(n);
    out.append(t.substr(i));
    return Str(std::string_view(out));
  }
  if (o.size() == 1 && n.size() == 1) {
    // One ASCII byte for another: same size, length and ASCII-ness.
    const char from = o[0], to = n[0];
    const void* first = std::memchr(t.data(), from, t.size());
    if (first == nullptr) return s;
    Str r;
    char* out = StrAccess::rep(s) ? StrAccess::prepare(r, t.size()) : StrAccess::inline_text(r = s);
    if (StrAccess::rep(s)) std::memcpy(out, t.data(), t.size());
    std::size_t i = static_cast<std::size_t>(static_cast<const char*>(first) - t.data());
    for (Int done = 0; i < t.size() && done < count; ++i) {
      if (out[i] == from) {
        out[i] = to;
        ++done;
      }
    }
    if (StrAccess::rep(s)) StrAccess::finish(r, t.size(), s.length(), s.is_ascii());
    return r;
  }
  // Count the matches first, then write the result once, at its final size.
  std::size_t matches = 0;
  const std::size_t limit = static_cast<std::size_t>(std::min<Int>(count, static_cast<Int>(t.size())));
  for (std::size_t at = t.find(o); at != std::string_view::npos && matches < limit; at = t.find(o, at + o.size())) {
    ++matches;
  }
  if (matches == 0) return s;
  const std::size_t bytes = t.size() - matches * o.size() + matches * n.size();
  StrBuilder b(bytes);
  char* w = b.data();
  std::size_t start = 0;
  for (std::size_t k = 0; k < matches; ++k) {
    const std::size_t at = t.find(o, start);
    std::memcpy(w, t.data() + start, at - start);
    w += at - start;
    std::memcpy(w, n.data(), n.size());
    w += n.size();
    start = at + o.size();
  }
  std::memcpy(w, t.data() + start, t.size() - start);
  if (s.is_ascii() && new_text.is_ascii()) return b.finish(bytes, bytes, true);
  if (!new_text.is_ascii()) {
    return b.finish(bytes, s.length() - matches * old_text.length() + matches * new_text.length(), false);
  }
  return b.finish_measure(bytes);  // the replaced text may have held all the non-ASCII characters
}

Str expandtabs(const Str& s, Int tabsize) {
  std::string out;
  Int column = 0;
  for (char32_t c : s.code_points()) {
    if (c == '\t') {
      if (tabsize > 0) {
        const Int spaces = tabsize - column % tabsize;
        out.append(static_cast<std::size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      internal::append_utf8(out, c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return Str(std::string_view(out));
}

std::tuple<Str, Str, Str> partition(const Str& s, const Str& sep) {
  if (sep.empty()) raise_value_error("empty separator");
  const std::size_t at = s.view().find(sep.view());
  if (at == std::string_view::npos) return {s, Str(), Str()};
  return {s.substr_bytes(0, at), sep, s.substr_bytes(at + sep.byte_size(), s.byte_size())};
}

std::tuple<Str, Str, Str> rpartition(const Str& s, const Str& sep) {
  if (sep.empty()) raise_value_error("empty separator");
  const std::size_t at = s.view().rfind(sep.view());
  if (at == std::string_view::npos) return {Str(), Str(), s};
  return {s.substr_bytes(0, at), sep, s.substr_bytes(at + sep.byte_size(), s.byte_size())};
}

namespace {
Str padded(const Str& s, Int left, Int right, const Str& fill) {
  std::string out;
  out.reserve(s.byte_size() + static_cast<std::size_t>(left + right) * fill.byte_size());
  for (Int i = 0; i < left; ++i) out.append(fill.view());
  out.append(s.view());
  for (Int i = 0; i < right; ++i) out.append(fill.view());
  return Str::from_measured(out, s.length() + static_cast<std::size_t>(left + right), s.is_ascii() && fill.is_ascii());
}
}  // namespace

Str zfill(const Str& s, Int width) {
  const Int len = static_cast<Int>(s.length());
  if (width <= len) return s;
  const Int fill = width - len;
  std::string out(static_cast<std::size_t>(fill), '0');
  out.append(s.view());
  if (!s.empty() && (s.data()[0] == '+' || s.data()[0] == '-')) {
    // The sign moves to the front: "-42" -> "-0042".
    out[0] = s.data()[0];
    out[static_cast<std::size_t>(fill)] = '0';
  }
  return Str::from_measured(out, static_cast<std::size_t>(width), s.is_ascii());
}

Str center(const Str& s, Int width, const Str& fillchar) {
  if (fillchar.length() != 1) bad_fill();
  const Int len = static_cast<Int>(s.length());
  if (width <= len) return s;
  const Int margin = width - len;
  // CPython's pad(): the odd space goes left when width is odd.
  const Int left = margin / 2 + (margin & width & 1);
  return padded(s, left, margin - left, fillchar);
}
Str ljust(const Str& s, Int width, const Str& fillchar) {
  if (fillchar.length() != 1) bad_fill();
  const Int len = static_cast<Int>(s.length());
  if (width <= len) return s;
  return padded(s, 0, width - len, fillchar);
}
Str rjust(const Str& s, Int width, const Str& fillchar) {
  if (fillchar.length() != 1) bad_fill();
  const Int len = static_cast<Int>(s.length());
  if (width <= len) return s;
  return padded(s, width - len, 0, fillchar);
}

}  // namespace ingot::rt::str_methods
