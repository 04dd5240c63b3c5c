// find, rfind, index, rindex, count, startswith, endswith: start/end are
// code point positions with slice semantics (CPython's ADJUST_INDICES).
#include "ingot/rt/exceptions.h"
#include "ingot/rt/str_methods/find.h"
#include "ingot/rt/str_methods/startswith.h"
#include "internal/utf8.h"

namespace ingot::rt::str_methods {

namespace {

/// The searched window of `s`, in code points and bytes. `empty` when
/// start > end after adjustment (or start > len).
struct Window {
  Int start = 0, end = 0;   // code points, after adjustment (start may exceed len)
  std::size_t byte_start = 0, byte_end = 0;
  bool valid = true;
};

Window window(const Str& s, std::optional<Int> start_arg, std::optional<Int> end_arg) {
  const Int len = static_cast<Int>(s.length());
  Int start = start_arg.value_or(0), end = end_arg.value_or(len);
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  Window w;
  w.start = start;
  w.end = end;
  if (start > len || start > end) {
    w.valid = false;
    return w;
  }
  w.byte_start = s.byte_offset(static_cast<std::size_t>(start));
  w.byte_end = s.byte_offset(static_cast<std::size_t>(end));
  return w;
}

/// Code point index of byte offset `at` (within a window starting at w).
Int to_index(const Str& s, const Window& w, std::size_t at) {
  if (s.is_ascii()) return static_cast<Int>(at);
  return w.start + static_cast<Int>(internal::count_code_points(s.view().substr(w.byte_start, at - w.byte_start)));
}

}  // namespace

Int find(const Str& s, const Str& sub, std::optional<Int> start, std::optional<Int> end) {
  const Window w = window(s, start, end);
  if (!w.valid) return -1;
  const std::string_view hay = s.view().substr(w.byte_start, w.byte_end - w.byte_start);
  const std::size_t at = hay.find(sub.view());
  return at == std::string_view::npos ? -1 : to_index(s, w, w.byte_start + at);
}

Int rfind(const Str& s, const Str& sub, std::optional<Int> start, std::optional<Int> end) {
  const Window w = window(s, start, end);
  if (!w.valid) return -1;
  const std::string_view hay = s.view().substr(w.byte_start, w.byte_end - w.byte_start);
  const std::size_t at = hay.rfind(sub.view());
  return at == std::string_view::npos ? -1 : to_index(s, w, w.byte_start + at);
}

Int index(const Str& s, const Str& sub, std::optional<Int> start, std::optional<Int> end) {
  const Int at = find(s, sub, start, end);
  if (at < 0) raise_value_error("substring not found");
  return at;
}

Int rindex(const Str& s, const Str& sub, std::optional<Int> start, std::optional<Int> end) {
  const Int at = rfind(s, sub, start, end);
  if (at < 0) raise_value_error("substring not found");
  return at;
}

Int count(const Str& s, const Str& sub, std::optional<Int> start, std::optional<Int> end) {
  const Window w = window(s, start, end);
  if (!w.valid) return 0;
  if (sub.empty()) return w.end - w.start + 1;
  const std::string_view hay = s.view().substr(w.byte_start, w.byte_end - w.byte_start);
  Int n = 0;
  for (std::size_t at = hay.find(sub.view()); at != std::string_view::npos; at = hay.find(sub.view(), at + sub.byte_size())) {
    ++n;
  }
  return n;
}

Bool startswith(const Str& s, const Str& prefix, std::optional<Int> start, std::optional<Int> end) {
  const Window w = window(s, start, end);
  if (!w.valid) return false;
  const std::string_view hay = s.view().substr(w.byte_start, w.byte_end - w.byte_start);
  return hay.substr(0, prefix.byte_size()) == prefix.view();
}

Bool endswith(const Str& s, const Str& suffix, std::optional<Int> start, std::optional<Int> end) {
  const Window w = window(s, start, end);
  if (!w.valid) return false;
  const std::string_view hay = s.view().substr(w.byte_start, w.byte_end - w.byte_start);
  return hay.size() >= suffix.byte_size() && hay.substr(hay.size() - suffix.byte_size()) == suffix.view();
}

}  // namespace ingot::rt::str_methods
