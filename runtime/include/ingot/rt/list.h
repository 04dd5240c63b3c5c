// rt::List<T>: Python's list. A List is a reference to a shared vector:
// copying a List aliases it (b = a; b.append(1) changes a), as in Python.
// Because the handle is a reference, every method is `const`: constness of
// the handle never made a Python list immutable.
//
// Generated code:
//   [1, 2, 3]          rt::List<rt::Int>{1, 2, 3}
//   []                 rt::List<T>()
//   xs.append(x) ...   member functions, named as in Python
//   xs[i], xs[a:b]     rt::getitem(xs, i), rt::getitem(xs, rt::Slice{a, b})
//   for x in xs        for (auto x : xs)  (yields copies: the loop may mutate xs)
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include "ingot/rt/detail/radix_sort.h"
#include "ingot/rt/detail/recycling_allocator.h"
#include "ingot/rt/detail/timsort.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/ops/compare.h"
#include "ingot/rt/repr.h"
#include "ingot/rt/slice.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {

/// Whether `<` between two T never raises (numbers, str, bytes and tuples
/// of them): list.sort() then sorts in place instead of sorting a copy.
template <class T>
struct nothrow_order : std::bool_constant<Integer<T> || std::is_same_v<T, bool> || Real<T> || is_str_v<T> ||
                                          is_bytes_v<T>> {};
template <class... Ts>
struct nothrow_order<std::tuple<Ts...>> : std::bool_constant<(nothrow_order<Ts>::value && ...)> {};
template <class T>
inline constexpr bool nothrow_order_v = nothrow_order<T>::value;

/// Whether `<` between two T is a strict weak order (ints, bools, str,
/// bytes and tuples of them): then every stable sort gives CPython's
/// result. Floats are not (nan), nor is anything holding one.
template <class T>
struct total_order : std::bool_constant<Integer<T> || std::is_same_v<T, bool> || is_str_v<T> || is_bytes_v<T>> {};
template <class... Ts>
struct total_order<std::tuple<Ts...>> : std::bool_constant<(total_order<Ts>::value && ...)> {};
template <class T>
inline constexpr bool total_order_v = total_order<T>::value;

/// Stable sort of `items` by `less` (rt::lt or a key comparison), with
/// CPython's `reverse=True`: reverse, stable ascending sort, reverse again,
/// which sorts descending while keeping equal items in their original order.
/// `Compared` is the type `less` compares: when its `<` may not be a total
/// order, CPython's own algorithm (detail/timsort.h) gives CPython's result.
/// `ordered`: the values compared are known to be totally ordered (floats
/// without a nan), so the faster std::stable_sort gives the same result.
template <class Compared, class Cell, class Alloc, class Less>
void python_sort(std::vector<Cell, Alloc>& items, bool reverse, Less less, bool ordered = total_order_v<Compared>) {
  if (reverse) std::reverse(items.begin(), items.end());
  if (total_order_v<Compared> || ordered) std::stable_sort(items.begin(), items.end(), less);
  else timsort(items.data(), static_cast<std::ptrdiff_t>(items.size()), less);
  if (reverse) std::reverse(items.begin(), items.end());
}

/// Whether the values of a sort are totally ordered: always for
/// total_order_v types, for floats when no nan is among them.
/// Types whose values can be checked for a nan: floats, totally ordered
/// types, and tuples of those (scores like (0.93, 7)).
template <class T>
struct nan_checkable : std::bool_constant<total_order_v<T> || std::is_same_v<T, double>> {};
template <class... Ts>
struct nan_checkable<std::tuple<Ts...>> : std::bool_constant<(nan_checkable<Ts>::value && ...)> {};

template <class T>
bool holds_no_nan(const T& v) {
  if constexpr (std::is_same_v<T, double>) {
    return v == v;
  } else if constexpr (requires { std::tuple_size<T>::value; }) {
    return std::apply([](const auto&... m) { return (holds_no_nan(m) && ...); }, v);
  } else {
    return true;
  }
}

template <class Compared, class Range, class Project>
bool totally_ordered(const Range& values, Project project) {
  if constexpr (total_order_v<Compared>) {
    return true;
  } else if constexpr (nan_checkable<Compared>::value) {
    for (const auto& v : values)
      if (!holds_no_nan(static_cast<const Compared&>(project(v)))) return false;
    return true;
  } else {
    return false;
  }
}

/// Sorts `items` by key(item), computing each key once (as CPython does).
template <class Cell, class Alloc, class Key>
void python_sort_by_key(std::vector<Cell, Alloc>& items, Key& key, bool reverse) {
  using KeyValue = std::remove_cvref_t<decltype(key(std::declval<const Cell&>()))>;
  std::vector<KeyValue> keys;
  keys.reserve(items.size());
  for (const Cell& item : items) keys.push_back(key(item));
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  const bool ordered = totally_ordered<KeyValue>(keys, [](const KeyValue& k) -> const KeyValue& { return k; });
  python_sort<KeyValue>(order, reverse, [&](std::size_t a, std::size_t b) { return rt::lt(keys[a], keys[b]); },
                        ordered);
  std::vector<Cell, Alloc> sorted;
  sorted.reserve(items.size());
  for (std::size_t i : order) sorted.push_back(std::move(items[i]));
  items.swap(sorted);
}

[[noreturn]] void raise_extended_slice_size(std::size_t given, std::size_t expected);
[[noreturn]] void raise_not_in_list(const std::string& item_repr);

}  // namespace detail

template <class T>
class List {
 public:
  using value_type = T;
  using cell_type = detail::cell_t<T>;
  using storage_type = std::vector<cell_type, detail::RecyclingAllocator<cell_type>>;
  /// item(i): a const reference, or a bool by value for List<bool>.
  using item_ref = std::conditional_t<std::is_same_v<T, bool>, bool, const T&>;

  List() : v_(std::make_shared<storage_type>()) {}
  List(std::initializer_list<T> items) : v_(std::make_shared<storage_type>(items.begin(), items.end())) {}
  explicit List(storage_type items) : v_(std::make_shared<storage_type>(std::move(items))) {}

  /// list(iterable).
  template <class Iterable>
  static List from_iterable(const Iterable& iterable) {
    storage_type items;
    if constexpr (requires { iterable.size(); }) items.reserve(iterable.size());
    for (auto&& x : iterable) items.push_back(static_cast<T>(x));
    return List(std::move(items));
  }

  // -- size and raw access ---------------------------------------------------
  std::size_t size() const noexcept { return v_->size(); }
  Int len() const noexcept { return static_cast<Int>(v_->size()); }
  /// Item i, unchecked (0 <= i < size()).
  item_ref item(std::size_t i) const { return (*v_)[i]; }
  /// The shared vector itself (runtime code and fast paths).
  storage_type& storage() const noexcept { return *v_; }
  bool same_object(const List& other) const noexcept { return v_ == other.v_; }

  // -- Python indexing -------------------------------------------------------
  /// xs[i]
  T get(Int index) const {
    std::size_t i;
    if (!normalize_index(index, v_->size(), i)) raise_index_error("list index out of range");
    return (*v_)[i];
  }
  /// xs[i] = value
  void set(Int index, T value) const {
    std::size_t i;
    if (!normalize_index(index, v_->size(), i)) raise_index_error("list assignment index out of range");
    (*v_)[i] = std::move(value);
  }
  /// del xs[i]
  void del(Int index) const {
    std::size_t i;
    if (!normalize_index(index, v_->size(), i)) raise_index_error("list assignment index out of range");
    v_->erase(v_->begin() + static_cast<std::ptrdiff_t>(i));
  }
  /// xs[a:b:c]
  List get_slice(const Slice& slice) const {
    const SliceRange r = adjust_slice(slice, v_->size());
    storage_type items;
    items.reserve(r.count);
    for (std::size_t k = 0; k < r.count; ++k) items.push_back((*v_)[static_cast<std::size_t>(r.start + r.step * static_cast<std::ptrdiff_t>(k))]);
    return List(std::move(items));
  }
  /// xs[a:b:c] = iterable
  template <class Iterable>
  void set_slice(const Slice& slice, const Iterable& values) const {
    storage_type incoming = collect(values);  // a copy first: values may be xs itself
    const SliceRange r = adjust_slice(slice, v_->size());
    if (r.step == 1) {
      const auto first = v_->begin() + r.start;
      const auto last = v_->begin() + std::max(r.start, r.stop);
      const auto at = v_->erase(first, last);
      v_->insert(at, std::make_move_iterator(incoming.begin()), std::make_move_iterator(incoming.end()));
      return;
    }
    if (incoming.size() != r.count) detail::raise_extended_slice_size(incoming.size(), r.count);
    for (std::size_t k = 0; k < r.count; ++k) {
      (*v_)[static_cast<std::size_t>(r.start + r.step * static_cast<std::ptrdiff_t>(k))] = std::move(incoming[k]);
    }
  }
  /// del xs[a:b:c]
  void del_slice(const Slice& slice) const {
    const SliceRange r = adjust_slice(slice, v_->size());
    if (r.count == 0) return;
    if (r.step == 1) {
      v_->erase(v_->begin() + r.start, v_->begin() + r.start + static_cast<std::ptrdiff_t>(r.count));
      return;
    }
    std::vector<bool> doomed(v_->size(), false);
    for (std::size_t k = 0; k < r.count; ++k) doomed[static_cast<std::size_t>(r.start + r.step * static_cast<std::ptrdiff_t>(k))] = true;
    std::size_t out = 0;
    for (std::size_t i = 0; i < v_->size(); ++i) {
      if (!doomed[i]) (*v_)[out++] = std::move((*v_)[i]);
    }
    v_->resize(out);
  }

  // -- methods ---------------------------------------------------------------
  void append(T x) const { v_->push_back(std::move(x)); }
  template <class Iterable>
  void extend(const Iterable& values) const {
    storage_type incoming = collect(values);
    v_->insert(v_->end(), std::make_move_iterator(incoming.begin()), std::make_move_iterator(incoming.end()));
  }
  void insert(Int index, T x) const {
    v_->insert(v_->begin() + static_cast<std::ptrdiff_t>(clamp_index(index, v_->size())), std::move(x));
  }
  T pop() const {
    if (v_->empty()) raise_index_error("pop from empty list");
    T last = std::move(v_->back());
    v_->pop_back();
    return last;
  }
  T pop(Int index) const {
    if (v_->empty()) raise_index_error("pop from empty list");
    std::size_t i;
    if (!normalize_index(index, v_->size(), i)) raise_index_error("pop index out of range");
    T item = std::move((*v_)[i]);
    v_->erase(v_->begin() + static_cast<std::ptrdiff_t>(i));
    return item;
  }
  template <class U>
  void remove(const U& x) const {
    for (std::size_t i = 0; i < v_->size(); ++i) {
      if (rt::eq(item(i), x)) {
        v_->erase(v_->begin() + static_cast<std::ptrdiff_t>(i));
        return;
      }
    }
    raise_value_error("list.remove(x): x not in list");
  }
  template <class U>
  Int index(const U& x, Int start = 0, Int stop = std::numeric_limits<Int>::max()) const {
    const std::size_t begin = clamp_index(start, v_->size());
    for (std::size_t i = begin; i < clamp_index(stop, v_->size()) && i < v_->size(); ++i) {
      if (rt::eq(item(i), x)) return static_cast<Int>(i);
    }
    detail::raise_not_in_list(repr_string(x));
  }
  template <class U>
  Int count(const U& x) const {
    Int n = 0;
    for (std::size_t i = 0; i < v_->size(); ++i) n += rt::eq(item(i), x);
    return n;
  }
  /// xs.sort(reverse=...). On an exception (unorderable items) the list is
  /// left unchanged.
  void sort(bool reverse = false) const {
    auto less = [](const cell_type& a, const cell_type& b) {
      return rt::lt(static_cast<const T&>(a), static_cast<const T&>(b));
    };
    if constexpr (detail::radix_sortable_v<T>) {
      if (v_->size() >= 64 && v_->size() < (std::size_t{1} << 32)) {
        detail::radix_sort(*v_, reverse);
        return;
      }
    }
    if constexpr (detail::nothrow_order_v<T>) {
      // comparisons cannot raise: in place
      detail::python_sort<T>(*v_, reverse, less,
                             detail::totally_ordered<T>(*v_, [](const cell_type& c) -> const T& { return c; }));
    } else {
      storage_type items = *v_;
      detail::python_sort<T>(items, reverse, less);
      v_->swap(items);
    }
  }
  /// xs.sort(key=key, reverse=...): key is any callable T -> comparable.
  template <class Key>
    requires std::invocable<Key&, const T&>
  void sort(Key key, bool reverse = false) const {
    storage_type items = *v_;
    auto key_of_cell = [&](const cell_type& c) { return key(static_cast<const T&>(c)); };
    detail::python_sort_by_key(items, key_of_cell, reverse);
    v_->swap(items);
  }
  void reverse() const { std::reverse(v_->begin(), v_->end()); }
  void clear() const { v_->clear(); }
  List copy() const { return List(storage_type(*v_)); }

  // -- iteration -------------------------------------------------------------
  /// Python's list iterator: an index checked against the current length at
  /// every step, holding its own reference to the list.
  class iterator {
   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(std::shared_ptr<storage_type> v) : v_(std::move(v)) {}
    /// The item itself, not a copy: a `for` loop copies it into the loop
    /// variable before its body runs (so appending in the body is safe),
    /// and walking a list of long strings or of lists then costs no
    /// reference-count traffic per item.
    item_ref operator*() const { return (*v_)[i_]; }
    iterator& operator++() noexcept {
      ++i_;
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(std::default_sentinel_t) const noexcept { return i_ >= v_->size(); }

   private:
    std::shared_ptr<storage_type> v_;
    std::size_t i_ = 0;
  };
  iterator begin() const { return iterator(v_); }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  template <class Iterable>
  static storage_type collect(const Iterable& values) {
    storage_type items;
    if constexpr (requires { values.size(); }) items.reserve(values.size());
    for (auto&& x : values) items.push_back(static_cast<T>(x));
    return items;
  }

  std::shared_ptr<storage_type> v_;
};

}  // namespace ingot::rt
