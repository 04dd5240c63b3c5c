// lower, upper, casefold, title, capitalize, swapcase: CPython's algorithms
// over ICU's full case mappings. ASCII strings never reach ICU.
#include <string>
#include <vector>

#include "ingot/rt/str_methods/case.h"
#include "ingot/rt/str_methods/predicates.h"
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

Str ascii_map(const Str& s, char (*f)(char)) {
  std::string out(s.view());
  for (char& c : out) c = f(c);
  return Str::from_measured(out, s.length(), true);
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_swap(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : ascii_lower(c); }

}  // namespace

Str lower(const Str& s) {
  if (s.is_ascii()) return ascii_map(s, ascii_lower);
  const std::vector<char32_t> cps = decode(s);
  std::string out;
  out.reserve(s.byte_size());
  for (std::size_t i = 0; i < cps.size(); ++i) append_lower_at(out, cps, i);
  return Str(std::string_view(out));
}

Str upper(const Str& s) {
  if (s.is_ascii()) return ascii_map(s, ascii_upper);
  std::string out;
  out.reserve(s.byte_size());
  for (char32_t c : s.code_points()) internal::append_upper(out, c);
  return Str(std::string_view(out));
}

Str casefold(const Str& s) {
  if (s.is_ascii()) return ascii_map(s, ascii_lower);
  std::string out;
  out.reserve(s.byte_size());
  for (char32_t c : s.code_points()) internal::append_fold(out, c);
  return Str(std::string_view(out));
}

Str title(const Str& s) {
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

Str capitalize(const Str& s) {
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
  if (s.is_ascii()) return ascii_map(s, ascii_swap);
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
}  // namespace

Bool isdecimal(const Str& s) { return all_of(s, internal::is_decimal); }
Bool isdigit(const Str& s) { return all_of(s, internal::is_digit); }
Bool isnumeric(const Str& s) { return all_of(s, internal::is_numeric); }
Bool isalpha(const Str& s) { return all_of(s, internal::is_alpha); }
Bool isalnum(const Str& s) {
  return all_of(s, [](char32_t c) { return internal::is_alpha(c) || internal::is_numeric(c); });
}
Bool isspace(const Str& s) { return all_of(s, internal::is_space); }

Bool isupper(const Str& s) {
  bool cased = false;
  for (char32_t c : s.code_points()) {
    if (internal::is_lower(c) || internal::is_titlecase(c)) return false;
    if (internal::is_upper(c)) cased = true;
  }
  return cased;
}

Bool islower(const Str& s) {
  bool cased = false;
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
