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
/// Immortal blocks start with this count; no program holds 2**62 references.
constexpr std::size_t kImmortalRefs = std::size_t{1} << 62;

/// The static blocks: "" and the 128 ASCII characters.
struct StaticRep {
  StrRep rep;
  char text[8];
};

StaticRep* make_static_reps() {
  static StaticRep reps[129];
  for (int i = 0; i < 129; ++i) {
    StrRep& r = reps[i].rep;
    r.refs.store(kImmortalRefs, std::memory_order_relaxed);
    r.capacity = 0;
    r.checkpoints.store(nullptr, std::memory_order_relaxed);
    r.ascii = true;
    if (i == 128) {
      r.nbytes = 0;
      r.length = 0;
      reps[i].text[0] = '\0';
    } else {
      r.nbytes = 1;
      r.length = 1;
      reps[i].text[0] = static_cast<char>(i);
      reps[i].text[1] = '\0';
    }
  }
  return reps;
}

StaticRep* static_reps() {
  static StaticRep* reps = make_static_reps();
  return reps;
}

}  // namespace

static_assert(sizeof(StrRep) % alignof(StrRep) == 0);
static_assert(offsetof(StaticRep, text) == sizeof(StrRep), "the text must follow the header");

StrRep* str_rep_allocate(std::size_t capacity) {
  if (capacity > (std::size_t{1} << 48)) throw std::bad_alloc();
  void* memory = ::operator new(sizeof(StrRep) + capacity + 1);
  auto* rep = static_cast<StrRep*>(memory);
  new (&rep->refs) std::atomic<std::size_t>(1);
  rep->nbytes = 0;
  rep->capacity = capacity;
  rep->length = 0;
  rep->ascii = true;
  new (&rep->checkpoints) std::atomic<const std::size_t*>(nullptr);
  rep->data()[0] = '\0';
  return rep;
}

void str_rep_destroy(StrRep* rep) noexcept {
  delete[] rep->checkpoints.load(std::memory_order_acquire);
  ::operator delete(rep);
}

StrRep* str_rep_empty() noexcept { return &static_reps()[128].rep; }
StrRep* str_rep_ascii_char(unsigned char c) noexcept { return &static_reps()[c].rep; }

void str_rep_measure(StrRep* rep) noexcept {
  const std::string_view text(rep->data(), rep->nbytes);
  const std::size_t first = internal::find_non_ascii(text);
  rep->ascii = first == text.size();
  rep->length = rep->ascii ? text.size() : first + internal::count_code_points(text.substr(first));
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

namespace {

/// A new string of `text`, whose measures are known.
Str make_str(std::string_view text, std::size_t length, bool ascii) {
  if (text.empty()) return Str();
  if (text.size() == 1 && ascii) {
    return StrAccess::adopt(detail::str_rep_ascii_char(static_cast<unsigned char>(text[0])));
  }
  detail::StrRep* rep = detail::str_rep_allocate(text.size());
  std::memcpy(rep->data(), text.data(), text.size());
  rep->data()[text.size()] = '\0';
  rep->nbytes = text.size();
  rep->length = length;
  rep->ascii = ascii;
  return StrAccess::adopt(rep);
}

}  // namespace

Str::Str(std::string_view utf8) {
  if (utf8.size() <= 1 && (utf8.empty() || static_cast<unsigned char>(utf8[0]) < 0x80)) {
    rep_ = utf8.empty() ? detail::str_rep_empty() : detail::str_rep_ascii_char(static_cast<unsigned char>(utf8[0]));
    retain();
    return;
  }
  detail::StrRep* rep = detail::str_rep_allocate(utf8.size());
  std::memcpy(rep->data(), utf8.data(), utf8.size());
  rep->data()[utf8.size()] = '\0';
  rep->nbytes = utf8.size();
  detail::str_rep_measure(rep);
  rep_ = rep;
}

Str Str::from_utf8(std::string_view bytes) {
  internal::check_utf8_or_raise(bytes);
  return Str(bytes);
}

Str Str::from_code_point(char32_t cp) {
  if (cp < 0x80) return StrAccess::adopt(detail::str_rep_ascii_char(static_cast<unsigned char>(cp)));
  char buf[4];
  const std::size_t n = internal::encode_utf8(cp, buf);
  return make_str(std::string_view(buf, n), 1, false);
}

Str Str::from_measured(std::string_view utf8, std::size_t length, bool ascii) { return make_str(utf8, length, ascii); }

Str Str::char_at(std::size_t index) const {
  if (rep_->ascii) {
    return StrAccess::adopt(detail::str_rep_ascii_char(static_cast<unsigned char>(rep_->data()[index])));
  }
  const std::size_t at = byte_offset(index);
  const std::size_t n = detail::utf8_sequence_length(static_cast<unsigned char>(rep_->data()[at]));
  return make_str(std::string_view(rep_->data() + at, n), 1, n == 1);
}

Str Str::substr(std::size_t begin, std::size_t end) const {
  if (begin == 0 && end == rep_->length) return *this;
  if (rep_->ascii) return make_str(std::string_view(rep_->data() + begin, end - begin), end - begin, true);
  const std::size_t b = byte_offset(begin);
  const std::size_t e = byte_offset(end);
  const std::string_view text(rep_->data() + b, e - b);
  return make_str(text, end - begin, internal::find_non_ascii(text) == text.size());
}

Str Str::substr_bytes(std::size_t begin, std::size_t end) const {
  if (begin == 0 && end == rep_->nbytes) return *this;
  const std::string_view text(rep_->data() + begin, end - begin);
  if (rep_->ascii) return make_str(text, text.size(), true);
  return Str(text);
}

void Str::append_in_place(std::string_view tail) { append_in_place(Str(tail)); }

void Str::append_in_place(const Str& tail) {
  if (tail.empty()) return;
  // `tail` may be *this (s += s): read everything about it before changing rep_.
  const std::size_t tail_bytes = tail.rep_->nbytes, tail_length = tail.rep_->length;
  const bool tail_ascii = tail.rep_->ascii;
  const std::size_t old_bytes = rep_->nbytes, old_length = rep_->length;
  const bool old_ascii = rep_->ascii;
  const std::size_t total = old_bytes + tail_bytes;
  const bool unshared = rep_->refs.load(std::memory_order_acquire) == 1 && rep_ != tail.rep_;
  if (unshared && total <= rep_->capacity) {
    std::memcpy(rep_->data() + old_bytes, tail.data(), tail_bytes);
    rep_->data()[total] = '\0';
  } else {
    // Grow geometrically when this is the only reference (a loop of +=),
    // else build an exact-size copy. Both sources stay alive until the swap.
    const std::size_t capacity = unshared ? std::max(total, rep_->capacity * 2) : total;
    detail::StrRep* grown = detail::str_rep_allocate(capacity);
    std::memcpy(grown->data(), rep_->data(), old_bytes);
    std::memcpy(grown->data() + old_bytes, tail.data(), tail_bytes);
    grown->data()[total] = '\0';
    Str replacement = StrAccess::adopt(grown);
    swap(replacement);
  }
  // rep_ now has a single reference (this one): no other thread can read it.
  rep_->nbytes = total;
  rep_->length = old_length + tail_length;
  rep_->ascii = old_ascii && tail_ascii;
  delete[] rep_->checkpoints.exchange(nullptr, std::memory_order_acq_rel);
}

Str Str::iterator::operator*() const {
  const auto* p = reinterpret_cast<const unsigned char*>(s_.rep_->data() + pos_);
  if (*p < 0x80) return StrAccess::adopt(detail::str_rep_ascii_char(*p));
  const std::size_t n = detail::utf8_sequence_length(*p);
  return make_str(std::string_view(reinterpret_cast<const char*>(p), n), 1, false);
}

Str concat(const Str& a, const Str& b) {
  if (b.empty()) return a;
  if (a.empty()) return b;
  const std::size_t total = a.byte_size() + b.byte_size();
  detail::StrRep* rep = detail::str_rep_allocate(total);
  std::memcpy(rep->data(), a.data(), a.byte_size());
  std::memcpy(rep->data() + a.byte_size(), b.data(), b.byte_size());
  rep->data()[total] = '\0';
  rep->nbytes = total;
  rep->length = a.length() + b.length();
  rep->ascii = a.is_ascii() && b.is_ascii();
  return StrAccess::adopt(rep);
}

Str concat(std::initializer_list<Str> parts) {
  std::size_t bytes = 0, length = 0;
  bool ascii = true;
  for (const Str& p : parts) {
    bytes += p.byte_size();
    length += p.length();
    ascii = ascii && p.is_ascii();
  }
  if (parts.size() == 1) return *parts.begin();
  detail::StrRep* rep = detail::str_rep_allocate(bytes);
  std::size_t at = 0;
  for (const Str& p : parts) {
    std::memcpy(rep->data() + at, p.data(), p.byte_size());
    at += p.byte_size();
  }
  rep->data()[bytes] = '\0';
  rep->nbytes = bytes;
  rep->length = length;
  rep->ascii = ascii;
  if (bytes == 0) {
    detail::str_rep_destroy(rep);
    return Str();
  }
  return StrAccess::adopt(rep);
}

Str repeat(const Str& s, Int n) {
  const std::size_t count = detail::repeat_count(s.byte_size(), n);
  if (count == 0 || s.empty()) return Str();
  if (count == s.byte_size()) return s;
  detail::StrRep* rep = detail::str_rep_allocate(count);
  char* out = rep->data();
  // Doubling copies: log2(n) memcpy calls.
  std::memcpy(out, s.data(), s.byte_size());
  std::size_t done = s.byte_size();
  while (done < count) {
    const std::size_t chunk = std::min(done, count - done);
    std::memcpy(out + done, out, chunk);
    done += chunk;
  }
  out[count] = '\0';
  rep->nbytes = count;
  rep->length = s.length() * (count / s.byte_size());
  rep->ascii = s.is_ascii();
  return StrAccess::adopt(rep);
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
  std::string out;
  if (s.is_ascii()) {
    out.reserve(r.count);
    for (std::size_t k = 0; k < r.count; ++k) out.push_back(s.data()[r.start + r.step * static_cast<std::ptrdiff_t>(k)]);
    return Str::from_measured(out, r.count, true);
  }
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
