// rt::Str storage: allocation of the shared blocks, measuring, indexing
// (with the checkpoint table for non-ASCII text), slicing and concatenation.
#include "ingot/rt/str.h"

#include <algorithm>
#include <cstddef>
#include <new>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/ops/mul.h"
#include "ingot/rt/ops/subscript.h"
#include "internal/utf8.h"

namespace ingot::rt {

namespace detail {

namespace {

constexpr std::size_t kCheckpointStride = 64;
/// Strings shorter than this are scanned instead of indexed.
constexpr std::size_t kCheckpointMinLength = 96;

}  // namespace

static_assert(sizeof(StrRep) % alignof(StrRep) == 0);
static_assert(sizeof(Str) == 16);

StrRep* str_rep_allocate(std::size_t capacity) {
  if (capacity > (std::size_t{1} << 48)) throw std::bad_alloc();
  void* memory = ::operator new(sizeof(StrRep) + capacity + 1 + kStrSlack);
  auto* rep = static_cast<StrRep*>(memory);
  new (&rep->refs) std::atomic<std::size_t>(1);
  rep->nbytes = 0;
  rep->capacity = capacity;
  rep->length = 0;
  new (&rep->hash) std::atomic<std::size_t>(0);
  rep->ascii = true;
  new (&rep->checkpoints) std::atomic<const std::size_t*>(nullptr);
  rep->data()[0] = '\0';
  return rep;
}

void str_rep_destroy(StrRep* rep) noexcept {
  delete[] rep->checkpoints.load(std::memory_order_acquire);
  ::operator delete(rep);
}

void str_rep_measure(StrRep* rep) noexcept {
  const std::string_view text(rep->data(), rep->nbytes);
  const std::size_t first = internal::find_non_ascii(text);
  rep->ascii = first == text.size();
  rep->length = rep->ascii ? text.size() : first + internal::count_code_points(text.substr(first));
}

std::size_t str_rep_hash(const StrRep* rep) noexcept {
  std::size_t h = std::hash<std::string_view>{}(std::string_view(rep->data(), rep->nbytes));
  if (h == 0 || h == std::size_t(-1)) h = std::size_t(-2);  // 0 means "not computed"; -1 is not a hash
  const_cast<StrRep*>(rep)->hash.store(h, std::memory_order_relaxed);
  return h;
}

std::size_t str_rep_byte_offset_slow(const StrRep* rep, std::size_t index) {
  const char* data = rep->data();
  std::size_t offset = 0, at = 0;
  if (rep->length >= kCheckpointMinLength) {
    const std::size_t* table = rep->checkpoints.load(std::memory_order_acquire);
    if (table == nullptr) {
      // Build the table once; if another thread wins the race, use its table.
      const std::size_t n = rep->length / kCheckpointStride + 1;
      auto* built = new std::size_t[n];
      std::size_t pos = 0;
      for (std::size_t k = 0; k < n; ++k) {
        built[k] = pos;
        for (std::size_t j = 0; j < kCheckpointStride && pos < rep->nbytes; ++j) {
          pos += utf8_sequence_length(static_cast<unsigned char>(data[pos]));
        }
      }
      const std::size_t* expected = nullptr;
      auto& slot = const_cast<std::atomic<const std::size_t*>&>(rep->checkpoints);
      if (slot.compare_exchange_strong(expected, built, std::memory_order_acq_rel)) {
        table = built;
      } else {
        delete[] built;
        table = expected;
      }
    }
    offset = table[index / kCheckpointStride];
    at = index - index % kCheckpointStride;
  }
  for (; at < index; ++at) offset += utf8_sequence_length(static_cast<unsigned char>(data[offset]));
  return offset;
}

std::size_t utf8_encode(char32_t cp, char* out) noexcept { return internal::encode_utf8(cp, out); }

void utf8_append(std::string& out, char32_t cp) {
  char buf[4];
  out.append(buf, internal::encode_utf8(cp, buf));
}

}  // namespace detail

void StrAccess::finish_heap(Str& s, std::size_t nbytes, std::size_t length, bool ascii) noexcept {
  detail::StrRep* rep = s.heap_rep();
  if (nbytes <= Str::kInlineCapacity) {
    // Canonical form: short text is inline even when it was built in a block.
    Str small(Str::Small{}, rep->data(), nbytes);
    s.swap(small);
    return;
  }
  rep->data()[nbytes] = '\0';
  rep->nbytes = nbytes;
  rep->length = length;
  rep->ascii = ascii;
}

void StrAccess::finish_heap_measure(Str& s, std::size_t nbytes) noexcept {
  if (nbytes <= Str::kInlineCapacity) {
    finish_heap(s, nbytes, 0, false);  // inline: measures come from the bytes
    return;
  }
  detail::StrRep* rep = s.heap_rep();
  rep->data()[nbytes] = '\0';
  rep->nbytes = nbytes;
  detail::str_rep_measure(rep);
}

namespace {

/// A new string of `text`, whose measures are known.
Str make_str(std::string_view text, std::size_t length, bool ascii) {
  if (text.size() <= Str::kInlineCapacity) return Str(text);  // measured from the bytes
  StrBuilder b(text.size());
  std::memcpy(b.data(), text.data(), text.size());
  return b.finish(text.size(), length, ascii);
}

}  // namespace

void Str::init_heap(const char* p, std::size_t n) {
  detail::StrRep* rep = detail::str_rep_allocate(n);
  std::memcpy(rep->data(), p, n);
  rep->data()[n] = '\0';
  rep->nbytes = n;
  detail::str_rep_measure(rep);
  set_heap(rep);
}

Str Str::from_utf8(std::string_view bytes) {
  internal::check_utf8_or_raise(bytes);
  return Str(bytes);
}

Str Str::from_code_point(char32_t cp) {
  char buf[4];
  const std::size_t n = internal::encode_utf8(cp, buf);
  return Str(Small{}, buf, n);
}

Str Str::from_measured(std::string_view utf8, std::size_t length, bool ascii) { return make_str(utf8, length, ascii); }

Str Str::substr(std::size_t begin, std::size_t end) const {
  if (begin == 0 && end == length()) return *this;
  if (is_ascii()) return make_str(std::string_view(data() + begin, end - begin), end - begin, true);
  const std::size_t b = byte_offset(begin);
  const std::size_t e = byte_offset(end);
  const std::string_view text(data() + b, e - b);
  return make_str(text, end - begin, internal::find_non_ascii(text) == text.size());
}

Str Str::substr_bytes(std::size_t begin, std::size_t end) const {
  const std::size_t n = end - begin;
  if (n <= kInlineCapacity) {
    // Without branching on the size: 16 bytes from the block (it has the
    // slack) or the inline words, shifted, then masked to n bytes.
    if (is_heap()) return from_u128(load16(heap_rep()->data() + begin), n);
    return from_u128(words128() >> (8 * begin), n);
  }
  const detail::StrRep* rep = heap_rep();  // longer than the slice: a block
  if (begin == 0 && end == rep->nbytes) return *this;
  const std::string_view text(rep->data() + begin, n);
  if (rep->ascii) return make_str(text, n, true);
  return Str(text);
}

void Str::append_in_place(std::string_view tail) { append_in_place(Str(tail)); }

void Str::append_in_place(const Str& tail) {
  if (tail.empty()) return;
  // `tail` may be *this (s += s): read everything about it before changing b_.
  const std::string_view tail_text = tail.view();
  const std::size_t tail_bytes = tail_text.size(), tail_length = tail.length();
  const bool tail_ascii = tail.is_ascii();
  const std::size_t old_bytes = byte_size(), old_length = length();
  const bool old_ascii = is_ascii();
  const std::size_t total = old_bytes + tail_bytes;
  if (!is_heap()) {
    if (total <= kInlineCapacity) {
      char buf[kInlineCapacity];
      std::memcpy(buf, tail_text.data(), tail_bytes);  // tail may overlap b_
      std::memcpy(b_ + old_bytes, buf, tail_bytes);
      seal_inline(total);
      return;
    }
    // Leaving the inline form: room to grow, as a loop of += will.
    detail::StrRep* grown = detail::str_rep_allocate(std::max<std::size_t>(total, 2 * kInlineCapacity + 4));
    std::memcpy(grown->data(), b_, old_bytes);
    std::memcpy(grown->data() + old_bytes, tail_text.data(), tail_bytes);
    grown->data()[total] = '\0';
    grown->nbytes = total;
    grown->length = old_length + tail_length;
    grown->ascii = old_ascii && tail_ascii;
    set_heap(grown);
    return;
  }
  detail::StrRep* rep = heap_rep();
  const bool unshared = rep->refs.load(std::memory_order_acquire) == 1 && tail_text.data() != rep->data();
  if (unshared && total <= rep->capacity) {
    std::memcpy(rep->data() + old_bytes, tail_text.data(), tail_bytes);
    rep->data()[total] = '\0';
  } else {
    // Grow geometrically when this is the only reference (a loop of +=),
    // else build an exact-size copy. Both sources stay alive until the swap.
    const std::size_t capacity = unshared ? std::max(total, rep->capacity * 2) : total;
    detail::StrRep* grown = detail::str_rep_allocate(capacity);
    std::memcpy(grown->data(), rep->data(), old_bytes);
    std::memcpy(grown->data() + old_bytes, tail_text.data(), tail_bytes);
    grown->data()[total] = '\0';
    Str replacement;
    replacement.set_heap(grown);
    swap(replacement);
    rep = grown;
  }
  // rep now has a single reference (this one): no other thread can read it.
  rep->nbytes = total;
  rep->length = old_length + tail_length;
  rep->ascii = old_ascii && tail_ascii;
  rep->hash.store(0, std::memory_order_relaxed);
  delete[] rep->checkpoints.exchange(nullptr, std::memory_order_acq_rel);
}

Str concat(const Str& a, const Str& b) {
  if (b.empty()) return a;
  if (a.empty()) return b;
  const std::size_t total = a.byte_size() + b.byte_size();
  StrBuilder out(total);
  std::memcpy(out.data(), a.data(), a.byte_size());
  std::memcpy(out.data() + a.byte_size(), b.data(), b.byte_size());
  return out.finish(total, a.length() + b.length(), a.is_ascii() && b.is_ascii());
}

Str concat(std::initializer_list<Str> parts) {
  if (parts.size() == 1) return *parts.begin();
  std::size_t bytes = 0, length = 0;
  bool ascii = true;
  for (const Str& p : parts) {
    bytes += p.byte_size();
    length += p.length();
    ascii = ascii && p.is_ascii();
  }
  StrBuilder out(bytes);
  std::size_t at = 0;
  for (const Str& p : parts) {
    std::memcpy(out.data() + at, p.data(), p.byte_size());
    at += p.byte_size();
  }
  return out.finish(bytes, length, ascii);
}

Str repeat(const Str& s, Int n) {
  const std::size_t count = detail::repeat_count(s.byte_size(), n);
  if (count == 0 || s.empty()) return Str();
  if (count == s.byte_size()) return s;
  StrBuilder b(count);
  char* out = b.data();
  // Doubling copies: log2(n) memcpy calls.
  std::memcpy(out, s.data(), s.byte_size());
  std::size_t done = s.byte_size();
  while (done < count) {
    const std::size_t chunk = std::min(done, count - done);
    std::memcpy(out + done, out, chunk);
    done += chunk;
  }
  return b.finish(count, s.length() * (count / s.byte_size()), s.is_ascii());
}

Str str_getitem(const Str& s, Int index) {
  std::size_t i;
  if (!normalize_index(index, s.length(), i)) raise_index_error("string index out of range");
  return s.char_at(i);
}

Str str_getslice(const Str& s, const Slice& slice) {
  const SliceRange r = adjust_slice(slice, s.length());
  if (r.count == 0) return Str();
  if (r.step == 1) return s.substr(static_cast<std::size_t>(r.start), static_cast<std::size_t>(r.start) + r.count);
  if (s.is_ascii()) {
    StrBuilder b(r.count);
    for (std::size_t k = 0; k < r.count; ++k) b.data()[k] = s.data()[r.start + r.step * static_cast<std::ptrdiff_t>(k)];
    return b.finish(r.count, r.count, true);
  }
  std::string out;
  bool ascii = true;
  for (std::size_t k = 0; k < r.count; ++k) {
    const std::size_t at = s.byte_offset(static_cast<std::size_t>(r.start + r.step * static_cast<std::ptrdiff_t>(k)));
    const std::size_t n = detail::utf8_sequence_length(static_cast<unsigned char>(s.data()[at]));
    ascii = ascii && n == 1;
    out.append(s.data() + at, n);
  }
  return Str::from_measured(out, r.count, ascii);
}

}  // namespace ingot::rt
