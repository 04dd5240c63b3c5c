// join, strip, replace, expandtabs, partition, padding, prefixes.
#include <algorithm>
#include <string>
#include <limits>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/str_methods/join.h"
#include "ingot/rt/str_methods/pad.h"
#include "ingot/rt/str_methods/partition.h"
#include "ingot/rt/str_methods/replace.h"
#include "ingot/rt/str_methods/strip.h"
#include "internal/unicode.h"
#include "internal/utf8.h"

namespace ingot::rt::str_methods {

Str join_strs(const Str& sep, const std::vector<Str>& pieces) {
  if (pieces.empty()) return Str();
  if (pieces.size() == 1) return pieces[0];
  std::size_t bytes = sep.byte_size() * (pieces.size() - 1), length = sep.length() * (pieces.size() - 1);
  bool ascii = sep.is_ascii();
  for (const Str& p : pieces) {
    bytes += p.byte_size();
    length += p.length();
    ascii = ascii && p.is_ascii();
  }
  std::string out;
  out.reserve(bytes);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i) out.append(sep.view());
    out.append(pieces[i].view());
  }
  return Str::from_measured(out, length, ascii);
}

namespace {

/// Which code points strip() removes.
class StripSet {
 public:
  explicit StripSet(const std::optional<Str>& chars) : whitespace_(!chars) {
    if (chars) {
      for (char32_t c : chars->code_points()) {
        if (c < 128) ascii_[c] = true;
        else others_.push_back(c);
      }
    }
  }
  bool contains(char32_t c) const {
    if (whitespace_) return internal::is_space(c);
    if (c < 128) return ascii_[c];
    return std::find(others_.begin(), others_.end(), c) != others_.end();
  }

 private:
  bool whitespace_;
  bool ascii_[128] = {};
  std::vector<char32_t> others_;
};

Str do_strip(const Str& s, const std::optional<Str>& chars, bool left, bool right) {
  const StripSet set(chars);
  const std::string_view t = s.view();
  std::size_t begin = 0, end = t.size();
  if (left) {
    while (begin < end && set.contains(detail::utf8_decode_at(t.data() + begin))) {
      begin += detail::utf8_sequence_length(static_cast<unsigned char>(t[begin]));
    }
  }
  if (right) {
    while (end > begin) {
      std::size_t p = end - 1;
      while (p > begin && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
      if (!set.contains(detail::utf8_decode_at(t.data() + p))) break;
      end = p;
    }
  }
  return s.substr_bytes(begin, end);
}

[[noreturn]] void bad_fill() { raise_type_error("The fill character must be exactly one character long"); }

}  // namespace

Str strip(const Str& s, const std::optional<Str>& chars) { return do_strip(s, chars, true, true); }
Str lstrip(const Str& s, const std::optional<Str>& chars) { return do_strip(s, chars, true, false); }
Str rstrip(const Str& s, const std::optional<Str>& chars) { return do_strip(s, chars, false, true); }

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

Str replace(const Str& s, const Str& old_text, const Str& new_text, Int count) {
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
  std::size_t start = 0;
  bool replaced = false;
  while (count > 0) {
    const std::size_t at = t.find(o, start);
    if (at == std::string_view::npos) break;
    out.append(t.substr(start, at - start));
    out.append(n);
    start = at + o.size();
    --count;
    replaced = true;
  }
  if (!replaced) return s;
  out.append(t.substr(start));
  return Str(std::string_view(out));
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
