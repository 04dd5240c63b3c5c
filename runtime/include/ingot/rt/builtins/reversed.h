// reversed(seq): lists (an index walked down and re-checked against the
// current length at each step, as CPython's list_reverseiterator), tuples,
// str (code points, last first), range (another range), dict (keys, last
// inserted first).
#pragma once

#include <cstddef>
#include <iterator>

#include "ingot/rt/builtins/range.h"
#include "ingot/rt/list.h"
#include "ingot/rt/var_tuple.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

/// reversed() of an indexable sequence (List, VarTuple).
template <class Seq>
class ReversedSequence {
 public:
  explicit ReversedSequence(Seq seq) : seq_(std::move(seq)) {}
  class iterator {
   public:
    using value_type = typename Seq::value_type;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(const Seq& seq) : seq_(seq), next_(seq.size()) {}
    value_type operator*() const { return seq_.item(next_ - 1); }
    iterator& operator++() noexcept {
      --next_;
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      --next_;
      return old;
    }
    bool operator==(std::default_sentinel_t) const noexcept { return next_ == 0 || next_ > seq_.size(); }

   private:
    Seq seq_;
    std::size_t next_ = 0;  // one past the item to yield
  };
  iterator begin() const { return iterator(seq_); }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  Seq seq_;
};

/// reversed(str): one-character strings, last first.
class ReversedStr {
 public:
  explicit ReversedStr(Str s) : s_(std::move(s)) {}
  class iterator {
   public:
    using value_type = Str;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(const Str& s) : s_(s), end_(s.byte_size()) { step_back(); }
    Str operator*() const { return s_.substr_bytes(start_, end_); }
    iterator& operator++() noexcept {
      end_ = start_;
      step_back();
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(std::default_sentinel_t) const noexcept { return end_ == 0; }

   private:
    void step_back() noexcept {
      start_ = end_;
      while (start_ > 0) {
        --start_;
        if ((static_cast<unsigned char>(s_.data()[start_]) & 0xC0) != 0x80) break;
      }
    }
    Str s_;
    std::size_t start_ = 0, end_ = 0;
  };
  iterator begin() const { return iterator(s_); }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  Str s_;
};

namespace builtins {

template <class T>
ReversedSequence<List<T>> reversed(const List<T>& xs) {
  return ReversedSequence<List<T>>(xs);
}
template <class T>
ReversedSequence<VarTuple<T>> reversed(const VarTuple<T>& xs) {
  return ReversedSequence<VarTuple<T>>(xs);
}
inline ReversedStr reversed(const Str& s) { return ReversedStr(s); }
inline Range reversed(const Range& r) { return r.reversed(); }
/// reversed(dict): the keys, last inserted first (a snapshot).
template <class K, class V>
ReversedSequence<List<K>> reversed(const Dict<K, V>& d) {
  List<K> keys = List<K>::from_iterable(d);
  return ReversedSequence<List<K>>(keys);
}

}  // namespace builtins
}  // namespace ingot::rt
