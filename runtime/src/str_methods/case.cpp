// lower, upper, casefold, title, capitalize, swapcase: CPython's algorithms
// over ICU's full case mappings. ASCII strings never reach ICU.
#include <string>
#include <vector>

#include "ingot/rt/str_methods/case.h"
#include "ingot/rt/str_methods/predicates.h"
#include "internal/ascii.h"
#include "internal/unicode.h"
#include "internal/utf8.h"

namespace ingot::rt::str_methods {

namespace {

std::vector<char32_t> decode(const Str& s) {
  std::vector<char32_t> cps;
  cps.reserve(s.length());
  for (char32_t c : s.code_points()) cps.push_back(c);
  return cps;
}

/// Lower-casing U+03A3 GREEK CAPITAL LETTER SIGMA: final form (U+03C2) when
/// preceded by a cased letter and not followed by one, ignoring
/// case-ignorable characters in between (Unicode's Final_Sigma).
char32_t lower_sigma(const std::vector<char32_t>& cps, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && internal::is_case_ignorable(cps[j - 1])) --j;
  bool final_sigma = j > 0 && internal::is_cased(cps[j - 1]);
  if (final_sigma) {
    std::size_t k = i + 1;
    while (k < cps.size() && internal::is_case_ignorable(cps[k])) ++k;
    final_sigma = k == cps.size() || !internal::is_cased(cps[k]);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

/// Python's lower_ucs4: full lowercase with the final sigma rule.
void append_lower_at(std::string& out, const std::vector<char32_t>& cps, std::size_t i) {
  if (cps[i] == 0x3A3) internal::append_utf8(out, lower_sigma(cps, i));
  else internal::append_lower(out, cps[i]);
}

template <class F>
Str ascii_map(const Str& s, F f) {
  const std::string_view t = s.view();
  StrBuilder b(t.size());
  char* out = b.data();
  for (std::size_t i = 0; i < t.size(); ++i) out[i] = f(t[i]);
  return b.finish(t.size(), t.size(), true);
}

/// An ASCII string mapped 8 bytes at a time (`fn` keeps the size and
/// ASCII-ness). (Short ones are mapped in their two words by the inline
/// functions of case.h before they get here.)
template <class WordFn>
Str ascii_map_words(const Str& s, WordFn fn) {
  const std::string_view t = s.view();
  StrBuilder b(t.size());
  internal::map_ascii(b.data(), t.data(), t.size(), fn);
  return b.finish(t.size(), t.size(), true);
}

using internal::ascii_lower;
using internal::ascii_upper;
inline bool ascii_is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_is_cased(char c) { return ascii_is_lower(c) || ascii_is_upper(c); }

}  // namespace

Str general::lower(const Str& s) {
  if (s.is_ascii()) return ascii_map_words(s, [](std::uint64_t w) { return internal::lower_word(w); });
  const std::vector<char32_t> cps = decode(s);
  std::string out;
  out.reserve(s.byte_size());
  for (std::size_t i = 0; i < cps.size(); ++i) append_lower_at(out, cps, i);
  return Str(std::string_view(out));
}

Str general::upper(const Str& s) {
  if (s.is_ascii()) return ascii_map_words(s, [](std::uint64_t w) { return internal::upper_word(w); });
  std::string out;
  out.reserve(s.byte_size());
  for (char32_t c : s.code_points()) internal::append_upper(out, c);
  return Str(std::string_view(out));
}

Str casefold(const Str& s) {
  if (s.is_ascii()) return ascii_map_words(s, [](std::uint64_t w) { return internal::lower_word(w); });
  std::string out;
  out.reserve(s.byte_size());
  for (char32_t c : s.code_points()) internal::append_fold(out, c);
  return Str(std::string_view(out));
}

Str title(const Str& s) {
  if (s.is_ascii()) {
    bool previous_is_cased = false;
    return ascii_map(s, [&](char c) {
      const char mapped = previous_is_cased ? ascii_lower(c) : ascii_upper(c);
      previous_is_cased = ascii_is_cased(c);
      return mapped;
    });
  }
  // Not Unicode word breaking: a cased character that follows an uncased one
  // starts a word ("they're" -> "They'Re"), as CPython.
  const std::vector<char32_t> cps = decode(s);
  std::string out;
  out.reserve(s.byte_size());
  bool previous_is_cased = false;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (previous_is_cased) append_lower_at(out, cps, i);
    else internal::append_title(out, cps[i]);
    previous_is_cased = internal::is_cased(cps[i]);
  }
  return Str(std::string_view(out));
}

Str general::capitalize(const Str& s) {
  if (s.is_ascii()) {
    if (s.empty()) return s;
    Str r = ascii_map_words(s, [](std::uint64_t w) { return internal::lower_word(w); });
    char* first = const_cast<char*>(r.data());  // r is new: unshared, and not const
    *first = ascii_upper(*first);
    return r;
  }
  const std::vector<char32_t> cps = decode(s);
  std::string out;
  out.reserve(s.byte_size());
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) internal::append_title(out, cps[i]);
    else append_lower_at(out, cps, i);
  }
  return Str(std::string_view(out));
}

Str swapcase(const Str& s) {
  if (s.is_ascii()) return ascii_map_words(s, [](std::uint64_t w) { return internal::swapcase_word(w); });
  const std::vector<char32_t> cps = decode(s);
  std::string out;
  out.reserve(s.byte_size());
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (internal::is_upper(cps[i])) append_lower_at(out, cps, i);
    else if (internal::is_lower(cps[i])) internal::append_upper(out, cps[i]);
    else internal::append_utf8(out, cps[i]);
  }
  return Str(std::string_view(out));
}

// -- predicates -------------------------------------------------------------

namespace {
template <class Pred>
Bool all_of(const Str& s, Pred pred) {
  if (s.empty()) return false;
  for (char32_t c : s.code_points()) {
    if (!pred(c)) return false;
  }
  return true;
}
/// all_of for ASCII text, byte by byte.
template <class Pred>
Bool all_bytes(const Str& s, Pred pred) {
  const std::string_view t = s.view();
  if (t.empty()) return false;
  for (const char c : t) {
    if (!pred(c)) return false;
  }
  return true;
}
inline bool ascii_is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool ascii_is_alpha(char c) { return ascii_is_cased(c); }
}  // namespace

Bool general::isdecimal(const Str& s) {
  if (s.is_ascii()) return all_bytes(s, ascii_is_digit);
  return all_of(s, internal::is_decimal);
}
Bool general::isdigit(const Str& s) {
  if (s.is_ascii()) return all_bytes(s, ascii_is_digit);
  return all_of(s, internal::is_digit);
}
Bool general::isnumeric(const Str& s) {
  if (s.is_ascii()) return all_bytes(s, ascii_is_digit);
  return all_of(s, internal::is_numeric);
}
Bool general::isalpha(const Str& s) {
  if (s.is_ascii()) return all_bytes(s, ascii_is_alpha);
  return all_of(s, internal::is_alpha);
}
Bool general::isalnum(const Str& s) {
  if (s.is_ascii()) {
    return all_bytes(s, [](char c) { return ascii_is_alpha(c) || ascii_is_digit(c); });
  }
  return all_of(s, [](char32_t c) { return internal::is_alpha(c) || internal::is_numeric(c); });
}
Bool general::isspace(const Str& s) {
  if (s.is_ascii()) return all_bytes(s, [](char c) { return internal::is_space(static_cast<unsigned char>(c)); });
  return all_of(s, internal::is_space);
}

Bool isupper(const Str& s) {
  bool cased = false;
  if (s.is_ascii()) {
    for (const char c : s.view()) {
      if (ascii_is_lower(c)) return false;
      cased = cased || ascii_is_upper(c);
    }
    return cased;
  }
  for (char32_t c : s.code_points()) {
    if (internal::is_lower(c) || internal::is_titlecase(c)) return false;
    if (internal::is_upper(c)) cased = true;
  }
  return cased;
}

Bool islower(const Str& s) {
  bool cased = false;
  if (s.is_ascii()) {
    for (const char c : s.view()) {
      if (ascii_is_upper(c)) return false;
      cased = cased || ascii_is_lower(c);
    }
    return cased;
  }
  for (char32_t c : s.code_points()) {
    if (internal::is_upper(c) || internal::is_titlecase(c)) return false;
    if (internal::is_lower(c)) cased = true;
  }
  return cased;
}

Bool istitle(const Str& s) {
  bool cased = false, previous_is_cased = false;
  for (char32_t c : s.code_points()) {
    if (internal::is_upper(c) || internal::is_titlecase(c)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (internal::is_lower(c)) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

Bool isidentifier(const Str& s) {
  bool first = true;
  for (char32_t c : s.code_points()) {
    if (first ? !(c == '_' || internal::is_xid_start(c)) : !internal::is_xid_continue(c)) return false;
    first = false;
  }
  return !first;
}

Bool isprintable(const Str& s) {
  for (char32_t c : s.code_points()) {
    if (!internal::is_printable(c)) return false;
  }
  return true;
}

Bool isascii(const Str& s) { return s.is_ascii(); }

}  // namespace ingot::rt::str_methods
