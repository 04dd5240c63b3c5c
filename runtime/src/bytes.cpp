// bytes operations that are not templates.
#include "ingot/rt/bytes.h"

#include <string>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/ops/add.h"
#include "ingot/rt/ops/contains.h"
#include "ingot/rt/ops/mul.h"
#include "ingot/rt/ops/subscript.h"
#include "ingot/rt/builtins/ord_chr.h"
#include "ingot/rt/bytes_methods.h"

namespace ingot::rt {

Bytes add(const Bytes& a, const Bytes& b) {
  if (b.empty()) return a;
  if (a.empty()) return b;
  std::string joined;
  joined.reserve(a.size() + b.size());
  joined.append(a.view());
  joined.append(b.view());
  return Bytes(std::move(joined));
}

Bytes repeat(const Bytes& b, Int n) {
  const std::size_t count = detail::repeat_count(b.size(), n);
  std::string out;
  out.reserve(count);
  while (out.size() < count) out.append(b.view());
  return Bytes(std::move(out));
}

Int bytes_getitem(const Bytes& b, Int index) {
  std::size_t i;
  if (!normalize_index(index, b.size(), i)) raise_index_error("index out of range");
  return b.byte_at(i);
}

Bytes bytes_getslice(const Bytes& b, const Slice& slice) {
  const SliceRange r = adjust_slice(slice, b.size());
  std::string out;
  out.reserve(r.count);
  for (std::size_t k = 0; k < r.count; ++k) out.push_back(b.data()[r.start + r.step * static_cast<std::ptrdiff_t>(k)]);
  return Bytes(std::move(out));
}

namespace builtins {
Int ord(const Bytes& c) {
  if (c.size() != 1) {
    raise(ExcType::TypeError, "ord() expected a character, but string of length " + std::to_string(c.size()) + " found");
  }
  return c.byte_at(0);
}
}  // namespace builtins

namespace bytes_methods {
Str hex(const Bytes& b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(b.size() * 2);
  for (const char ch : b.view()) {
    const auto c = static_cast<unsigned char>(ch);
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return Str::from_measured(out, out.size(), true);
}
}  // namespace bytes_methods

namespace detail {
bool bytes_contains_byte(const Bytes& haystack, Int byte) {
  if (byte < 0 || byte > 255) raise_value_error("byte must be in range(0, 256)");
  return haystack.view().find(static_cast<char>(byte)) != std::string_view::npos;
}
}  // namespace detail

}  // namespace ingot::rt
