// The hash table behind Dict and Set: CPython's compact-dict layout. Entries
// live in a vector in insertion order (deleted ones become empty holes, so
// deletion keeps the order of the rest); a separate open-addressing index of
// int32 entry positions finds them by hash. Tables of up to 8 entries skip
// the index and scan, which is faster for the small dicts predictors use.
// The position found last is tried first (a verified hint): counting with
// `d[k] = d.get(k, 0) + 1` probes the table once per key, not twice.
//
// Entry must have members `key` and `hash` (the cached rt::hash of the key).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "ingot/rt/detail/recycling_allocator.h"
#include "ingot/rt/ops/compare.h"

namespace ingot::rt::detail {

template <class Entry>
class OrderedTable {
 public:
  static constexpr std::int32_t kEmpty = -1;
  static constexpr std::int32_t kDeleted = -2;
  static constexpr std::size_t kScanLimit = 8;

  /// Insertion-ordered entries; std::nullopt marks a deleted one.
  using Entries = std::vector<std::optional<Entry>, RecyclingAllocator<std::optional<Entry>>>;
  Entries entries;

  std::size_t size() const noexcept { return used_; }

  OrderedTable() = default;
  OrderedTable(const OrderedTable& other)
      : entries(other.entries), index_(other.index_), used_(other.used_), deleted_slots_(other.deleted_slots_) {}
  OrderedTable(OrderedTable&& other) noexcept
      : entries(std::move(other.entries)), index_(std::move(other.index_)), used_(other.used_),
        deleted_slots_(other.deleted_slots_) {
    other.clear();
  }
  OrderedTable& operator=(const OrderedTable& other) {
    if (this != &other) {
      entries = other.entries;
      index_ = other.index_;
      used_ = other.used_;
      deleted_slots_ = other.deleted_slots_;
      last_.store(kNoPosition, std::memory_order_relaxed);
    }
    return *this;
  }
  OrderedTable& operator=(OrderedTable&& other) noexcept {
    if (this != &other) {
      entries = std::move(other.entries);
      index_ = std::move(other.index_);
      used_ = other.used_;
      deleted_slots_ = other.deleted_slots_;
      last_.store(kNoPosition, std::memory_order_relaxed);
      other.clear();
    }
    return *this;
  }

  /// Position of the entry whose key equals `key`, or -1.
  template <class Key>
  [[gnu::always_inline]] std::ptrdiff_t find(const Key& key, std::size_t hash) const {
    // The entry found last is checked first: `d[k] = d.get(k, 0) + 1` and
    // `if x not in s: s.add(x)` look the same key up twice in a row. (Only
    // a hint: the entry is verified like any other.) This check is inlined
    // into the caller and the probe loop is not: the second lookup of such
    // a pair then costs no call (4% off a str-counting loop, measured).
    const std::size_t last = last_.load(std::memory_order_relaxed);
    if (last < entries.size()) {
      const auto& e = entries[last];
      if (e && e->hash == hash && rt::eq(e->key, key)) return static_cast<std::ptrdiff_t>(last);
    }
    const std::ptrdiff_t at = find_slow(key, hash);
    if (at >= 0) last_.store(static_cast<std::size_t>(at), std::memory_order_relaxed);
    return at;
  }

  template <class Key>
  [[gnu::noinline]] std::ptrdiff_t find_slow(const Key& key, std::size_t hash) const {
    if (index_.empty()) {
      for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        if (e && e->hash == hash && rt::eq(e->key, key)) return static_cast<std::ptrdiff_t>(i);
      }
      return -1;
    }
    const std::size_t mask = index_.size() - 1;
    std::size_t perturb = hash;
    std::size_t slot = hash & mask;
    while (true) {
      const std::int32_t at = index_[slot];
      if (at == kEmpty) return -1;
      if (at >= 0) {
        const auto& e = entries[static_cast<std::size_t>(at)];
        if (e->hash == hash && rt::eq(e->key, key)) return at;
      }
      perturb >>= 5;
      slot = (slot * 5 + perturb + 1) & mask;
    }
  }

  /// Appends an entry whose key is known to be absent.
  void push(Entry&& entry) {
    const std::size_t hash = entry.hash;
    entries.emplace_back(std::move(entry));
    ++used_;
    const std::size_t position = entries.size() - 1;
    last_.store(position, std::memory_order_relaxed);
    if (index_.empty()) {
      if (entries.size() > kScanLimit) rebuild_index();
      return;
    }
    if ((entries.size() + deleted_slots_) * 3 >= index_.size() * 2) {
      rebuild_index();
      return;
    }
    place(hash, static_cast<std::int32_t>(position));
  }

  /// Deletes the entry at `position` (which is live).
  void erase(std::size_t position) {
    if (!index_.empty()) {
      const std::size_t mask = index_.size() - 1;
      std::size_t perturb = entries[position]->hash;
      std::size_t slot = perturb & mask;
      while (index_[slot] != static_cast<std::int32_t>(position)) {
        perturb >>= 5;
        slot = (slot * 5 + perturb + 1) & mask;
      }
      index_[slot] = kDeleted;
      ++deleted_slots_;
    }
    entries[position].reset();
    --used_;
    // Drop trailing holes (popitem) and compact when holes dominate.
    while (!entries.empty() && !entries.back()) entries.pop_back();
    if (entries.size() > 16 && used_ * 2 < entries.size()) compact();
    else if (used_ == 0) clear();
  }

  void clear() noexcept {
    entries.clear();
    index_.clear();
    used_ = 0;
    deleted_slots_ = 0;
  }

  /// Position of the first live entry at or after `position`.
  std::size_t next_live(std::size_t position) const noexcept {
    while (position < entries.size() && !entries[position]) ++position;
    return position;
  }

 private:
  void place(std::size_t hash, std::int32_t position) {
    const std::size_t mask = index_.size() - 1;
    std::size_t perturb = hash;
    std::size_t slot = hash & mask;
    while (index_[slot] >= 0) {
      perturb >>= 5;
      slot = (slot * 5 + perturb + 1) & mask;
    }
    if (index_[slot] == kDeleted) --deleted_slots_;
    index_[slot] = position;
  }

  void compact() {
    Entries live;
    live.reserve(used_);
    for (auto& e : entries) {
      if (e) live.emplace_back(std::move(e));
    }
    entries.swap(live);
    if (entries.size() <= kScanLimit) {
      index_.clear();
      deleted_slots_ = 0;
    } else {
      rebuild_index();
    }
  }

  void rebuild_index() {
    std::size_t capacity = 16;
    while (capacity * 2 < entries.size() * 3 + 3) capacity *= 2;
    index_.assign(capacity, kEmpty);
    deleted_slots_ = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (entries[i]) place(entries[i]->hash, static_cast<std::int32_t>(i));
    }
  }

  static constexpr std::size_t kNoPosition = ~std::size_t{0};

  std::vector<std::int32_t, RecyclingAllocator<std::int32_t>> index_;
  std::size_t used_ = 0;
  std::size_t deleted_slots_ = 0;
  /// Position of the entry found or added last (a hint; relaxed, as two
  /// threads may read one dict).
  mutable std::atomic<std::size_t> last_{kNoPosition};
};

[[noreturn]] void raise_changed_size(const char* what);

/// Iterator over the live entries of a shared table (a dict or a set),
/// yielding Project(entry). Raises RuntimeError "<What> changed size during
/// iteration" when the table grows or shrinks during the loop, as CPython.
template <class Table, class Project, const char* What>
class LiveIterator {
 public:
  using Entry = std::remove_cvref_t<decltype(*std::declval<const Table&>().entries[0])>;
  using value_type = std::remove_cvref_t<decltype(Project{}(std::declval<const Entry&>()))>;
  using difference_type = std::ptrdiff_t;
  LiveIterator() = default;
  explicit LiveIterator(std::shared_ptr<Table> t) : t_(std::move(t)), expected_(t_->size()) {
    pos_ = t_->next_live(0);
  }
  value_type operator*() const { return Project{}(*t_->entries[pos_]); }
  LiveIterator& operator++() {
    check();
    pos_ = t_->next_live(pos_ + 1);
    return *this;
  }
  LiveIterator operator++(int) {
    LiveIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(std::default_sentinel_t) const {
    check();
    return pos_ >= t_->entries.size();
  }

 private:
  void check() const {
    if (t_->size() != expected_) raise_changed_size(What);
  }
  std::shared_ptr<Table> t_;
  std::size_t pos_ = 0;
  std::size_t expected_ = 0;
};

}  // namespace ingot::rt::detail
