// rt::Set<T>: Python's set. A shared reference (copying aliases); iterates in
// insertion order (CPython's order is arbitrary, so any order is faithful).
// Every method is `const` (see list.h). `union` is a C++ keyword, hence
// union_; the operators | & - ^ are rt::bit_or, bit_and, sub, bit_xor.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>

#include "ingot/rt/detail/ordered_table.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/hash.h"
#include "ingot/rt/repr.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {
inline constexpr char kSetName[] = "Set";
}  // namespace detail

template <class T>
class Set {
 public:
  using value_type = T;
  using key_type = T;
  struct Entry {
    T key;
    std::size_t hash;
  };
  using Table = detail::OrderedTable<Entry>;

  Set() : t_(std::make_shared<Table>()) {}
  Set(std::initializer_list<T> items) : Set() {
    for (const T& x : items) add(x);
  }
  /// set(iterable).
  template <class Iterable>
  static Set from_iterable(const Iterable& iterable) {
    Set s;
    for (auto&& x : iterable) s.add(static_cast<T>(x));
    return s;
  }

  std::size_t size() const noexcept { return t_->size(); }
  Int len() const noexcept { return static_cast<Int>(t_->size()); }
  bool same_object(const Set& other) const noexcept { return t_ == other.t_; }
  const Table& table() const noexcept { return *t_; }

  template <class X>
  bool contains(const X& x) const {
    return t_->find(x, rt::hash(x)) >= 0;
  }
  void add(T x) const {
    const std::size_t h = rt::hash(x);
    if (t_->find(x, h) < 0) t_->push(Entry{std::move(x), h});
  }
  template <class X>
  void discard(const X& x) const {
    const std::ptrdiff_t at = t_->find(x, rt::hash(x));
    if (at >= 0) t_->erase(static_cast<std::size_t>(at));
  }
  template <class X>
  void remove(const X& x) const {
    const std::ptrdiff_t at = t_->find(x, rt::hash(x));
    if (at < 0) raise_key_error(x);
    t_->erase(static_cast<std::size_t>(at));
  }
  /// Removes and returns an element (the oldest one here).
  T pop() const {
    if (t_->size() == 0) raise(ExcType::KeyError, "'pop from an empty set'");
    const std::size_t first = t_->next_live(0);
    T x = std::move(t_->entries[first]->key);
    t_->erase(first);
    return x;
  }
  void clear() const { t_->clear(); }
  Set copy() const {
    Set s;
    *s.t_ = *t_;
    return s;
  }

  // -- set algebra (any iterable argument, as Python's methods accept) -------
  template <class Iterable>
  Set union_(const Iterable& other) const {
    Set s = copy();
    s.update(other);
    return s;
  }
  template <class Iterable>
  Set intersection(const Iterable& other) const {
    Set s;
    if constexpr (is_set_v<Iterable>) {
      for (const auto& x : *this) {
        if (other.contains(x)) s.add(x);
      }
    } else {
      for (auto&& x : other) {
        if (contains(x)) s.add(static_cast<T>(x));
      }
    }
    return s;
  }
  template <class Iterable>
  Set difference(const Iterable& other) const {
    const auto other_set = as_set(other);
    Set s;
    for (const auto& x : *this) {
      if (!other_set.contains(x)) s.add(x);
    }
    return s;
  }
  template <class Iterable>
  Set symmetric_difference(const Iterable& other) const {
    const auto other_set = as_set(other);
    Set s;
    for (const auto& x : *this) {
      if (!other_set.contains(x)) s.add(x);
    }
    for (const auto& x : other_set) {
      if (!contains(x)) s.add(static_cast<T>(x));
    }
    return s;
  }
  template <class Iterable>
  void update(const Iterable& other) const {
    if constexpr (is_set_v<Iterable>) {
      if (other.same_object(*this)) return;
    }
    for (auto&& x : other) add(static_cast<T>(x));
  }
  template <class Iterable>
  void intersection_update(const Iterable& other) const {
    Set s = intersection(other);
    *t_ = *s.t_;
  }
  template <class Iterable>
  void difference_update(const Iterable& other) const {
    Set s = difference(other);
    *t_ = *s.t_;
  }
  template <class Iterable>
  void symmetric_difference_update(const Iterable& other) const {
    Set s = symmetric_difference(other);
    *t_ = *s.t_;
  }
  template <class Iterable>
  bool issubset(const Iterable& other) const {
    const auto other_set = as_set(other);
    for (const auto& x : *this) {
      if (!other_set.contains(x)) return false;
    }
    return true;
  }
  template <class Iterable>
  bool issuperset(const Iterable& other) const {
    for (auto&& x : other) {
      if (!contains(x)) return false;
    }
    return true;
  }
  template <class Iterable>
  bool isdisjoint(const Iterable& other) const {
    for (auto&& x : other) {
      if (contains(x)) return false;
    }
    return true;
  }

  // -- iteration -------------------------------------------------------------
  struct ProjectKey {
    template <class Entry>
    T operator()(const Entry& e) const { return e.key; }
  };
  using iterator = detail::LiveIterator<Table, ProjectKey, detail::kSetName>;
  iterator begin() const { return iterator(t_); }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  template <class Iterable>
  static auto as_set(const Iterable& other) {
    if constexpr (is_set_v<Iterable>) {
      return other;
    } else {
      return Set<element_t<Iterable>>::from_iterable(other);
    }
  }

  std::shared_ptr<Table> t_;
};

}  // namespace ingot::rt
