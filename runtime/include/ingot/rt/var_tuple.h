// rt::VarTuple<T>: Python's tuple[T, ...] (a tuple whose length is not part
// of its type). Immutable; copies share one vector.
// Fixed-shape tuples (tuple[int, str]) are plain std::tuple<Int, Str>.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <tuple>
#include <vector>

#include "ingot/rt/exceptions.h"
#include "ingot/rt/ops/compare.h"
#include "ingot/rt/repr.h"
#include "ingot/rt/slice.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <class T>
class VarTuple {
 public:
  using value_type = T;
  using cell_type = detail::cell_t<T>;
  using storage_type = std::vector<cell_type>;
  using item_ref = std::conditional_t<std::is_same_v<T, bool>, bool, const T&>;

  VarTuple() = default;
  VarTuple(std::initializer_list<T> items)
      : v_(items.size() ? std::make_shared<const storage_type>(items.begin(), items.end()) : nullptr) {}
  /// A fixed-shape tuple whose items all convert to T (tuple[T, ...](t)).
  template <class... Ts>
  explicit VarTuple(const std::tuple<Ts...>& t) : VarTuple(from_tuple(t)) {}
  explicit VarTuple(storage_type items)
      : v_(items.empty() ? nullptr : std::make_shared<const storage_type>(std::move(items))) {}

  /// tuple(iterable).
  template <class Iterable>
  static VarTuple from_iterable(const Iterable& iterable) {
    storage_type items;
    for (auto&& x : iterable) items.push_back(static_cast<T>(x));
    return VarTuple(std::move(items));
  }
  /// A fixed-shape tuple whose items all convert to T.
  template <class... Ts>
  static VarTuple from_tuple(const std::tuple<Ts...>& t) {
    storage_type items;
    items.reserve(sizeof...(Ts));
    std::apply([&](const auto&... x) { (items.push_back(static_cast<T>(x)), ...); }, t);
    return VarTuple(std::move(items));
  }

  std::size_t size() const noexcept { return v_ ? v_->size() : 0; }
  Int len() const noexcept { return static_cast<Int>(size()); }
  item_ref item(std::size_t i) const { return (*v_)[i]; }
  const storage_type& storage() const noexcept {
    static const storage_type kEmpty;
    return v_ ? *v_ : kEmpty;
  }
  bool same_object(const VarTuple& other) const noexcept { return v_ == other.v_; }

  T get(Int index) const {
    std::size_t i;
    if (!normalize_index(index, size(), i)) raise_index_error("tuple index out of range");
    return (*v_)[i];
  }
  VarTuple get_slice(const Slice& slice) const {
    const SliceRange r = adjust_slice(slice, size());
    if (r.step == 1 && r.count == size()) return *this;
    storage_type items;
    items.reserve(r.count);
    for (std::size_t k = 0; k < r.count; ++k) items.push_back((*v_)[static_cast<std::size_t>(r.start + r.step * static_cast<std::ptrdiff_t>(k))]);
    return VarTuple(std::move(items));
  }
  template <class U>
  Int index(const U& x, Int start = 0, Int stop = std::numeric_limits<Int>::max()) const {
    const std::size_t end = clamp_index(stop, size());
    for (std::size_t i = clamp_index(start, size()); i < end; ++i) {
      if (rt::eq(item(i), x)) return static_cast<Int>(i);
    }
    raise_value_error("tuple.index(x): x not in tuple");
  }
  template <class U>
  Int count(const U& x) const {
    Int n = 0;
    for (std::size_t i = 0; i < size(); ++i) n += rt::eq(item(i), x);
    return n;
  }

  class iterator {
   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(std::shared_ptr<const storage_type> v) : v_(std::move(v)) {}
    item_ref operator*() const { return (*v_)[i_]; }  // immutable: no copy needed
    iterator& operator++() noexcept {
      ++i_;
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(std::default_sentinel_t) const noexcept { return !v_ || i_ >= v_->size(); }

   private:
    std::shared_ptr<const storage_type> v_;
    std::size_t i_ = 0;
  };
  iterator begin() const { return iterator(v_); }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  std::shared_ptr<const storage_type> v_;  // null for ()
};

namespace tuple_methods {

/// t.count(x) / t.index(x[, start[, stop]]) on tuple[T, ...].
template <class T, class X>
Int count(const VarTuple<T>& t, const X& x) {
  return t.count(x);
}
template <class T, class X>
Int index(const VarTuple<T>& t, const X& x, Int start = 0, Int stop = std::numeric_limits<Int>::max()) {
  return t.index(x, start, stop);
}

/// The same on fixed-shape tuples: items of another type compare unequal.
template <class... Ts, class X>
Int count(const std::tuple<Ts...>& t, const X& x) {
  Int n = 0;
  std::apply([&](const auto&... item) {
    ((n += [&] {
       if constexpr (requires { rt::eq(item, x); }) return rt::eq(item, x) ? 1 : 0;
       else return 0;
     }()), ...);
  }, t);
  return n;
}
template <class... Ts, class X>
Int index(const std::tuple<Ts...>& t, const X& x, Int start = 0, Int stop = std::numeric_limits<Int>::max()) {
  const std::size_t begin = clamp_index(start, sizeof...(Ts));
  const std::size_t end = clamp_index(stop, sizeof...(Ts));
  Int found = -1;
  std::size_t i = 0;
  std::apply([&](const auto&... item) {
    ((found < 0 && i >= begin && i < end && [&] {
       if constexpr (requires { rt::eq(item, x); }) return static_cast<bool>(rt::eq(item, x));
       else return false;
     }() ? (found = static_cast<Int>(i)) : 0, ++i), ...);
  }, t);
  if (found < 0) raise_value_error("tuple.index(x): x not in tuple");
  return found;
}

}  // namespace tuple_methods

}  // namespace ingot::rt
