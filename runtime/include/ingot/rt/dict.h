// rt::Dict<K, V>: Python's dict. A shared reference (copying aliases), ordered
// by insertion; deleting a key keeps the order of the others, and re-inserting
// it puts it last. Keys are hashed with rt::hash and compared with rt::eq, so
// 1, 1.0 and True are the same key, as in Python. Every method is `const`
// (see list.h: the handle is a reference).
//
// Generated code:
//   {"a": 1}             rt::Dict<rt::Str, rt::Int>{{"a", 1}}
//   d[k], d[k] = v       rt::getitem(d, k), rt::setitem(d, k, v)  (or d.getitem / d.setitem)
//   del d[k]             rt::delitem(d, k)
//   k in d               rt::contains(k, d)
//   d.get(k)             d.get(k) -> std::optional<V>;  d.get(k, default) -> V
//   for k in d           for (auto k : d)
//   for k, v in d.items() for (auto [k, v] : d.items())
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "ingot/rt/detail/ordered_table.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/hash.h"
#include "ingot/rt/repr.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

namespace detail {
inline constexpr char kDictionaryName[] = "dictionary";
}  // namespace detail

template <class K, class V>
class Dict {
 public:
  using key_type = K;
  using mapped_type = V;
  struct Entry {
    K key;
    V value;
    std::size_t hash;
  };
  using Table = detail::OrderedTable<Entry>;

  Dict() : t_(std::make_shared<Table>()) {}
  Dict(std::initializer_list<std::pair<K, V>> items) : Dict() {
    for (const auto& [k, v] : items) setitem(k, v);
  }

  /// dict(iterable of pairs).
  template <class Iterable>
  static Dict from_pairs(const Iterable& pairs) {
    Dict d;
    for (auto&& pair : pairs) {
      auto&& [k, v] = pair;
      d.setitem(static_cast<K>(k), static_cast<V>(v));
    }
    return d;
  }
  /// dict.fromkeys(iterable, value).
  template <class Iterable>
  static Dict fromkeys(const Iterable& keys, const V& value) {
    Dict d;
    for (auto&& k : keys) d.setitem(static_cast<K>(k), value);
    return d;
  }

  std::size_t size() const noexcept { return t_->size(); }
  Int len() const noexcept { return static_cast<Int>(t_->size()); }
  bool same_object(const Dict& other) const noexcept { return t_ == other.t_; }

  /// Pointer to the value of `key`, or nullptr (valid until the next change).
  template <class Key>
  V* find(const Key& key) const {
    const std::ptrdiff_t at = t_->find(key, rt::hash(key));
    return at < 0 ? nullptr : &t_->entries[static_cast<std::size_t>(at)]->value;
  }
  template <class Key>
  bool contains(const Key& key) const {
    return t_->find(key, rt::hash(key)) >= 0;
  }

  /// d[key]
  template <class Key>
  V getitem(const Key& key) const {
    if (const V* v = find(key)) return *v;
    raise_key_error(key);
  }
  /// d[key] = value
  void setitem(K key, V value) const {
    const std::size_t h = rt::hash(key);
    const std::ptrdiff_t at = t_->find(key, h);
    if (at >= 0) {
      t_->entries[static_cast<std::size_t>(at)]->value = std::move(value);
    } else {
      t_->push(Entry{std::move(key), std::move(value), h});
    }
  }
  /// del d[key]
  template <class Key>
  void delitem(const Key& key) const {
    const std::ptrdiff_t at = t_->find(key, rt::hash(key));
    if (at < 0) raise_key_error(key);
    t_->erase(static_cast<std::size_t>(at));
  }

  // -- methods ---------------------------------------------------------------
  /// d.get(key): the value or None.
  template <class Key>
  std::optional<V> get(const Key& key) const {
    if (const V* v = find(key)) return *v;
    return std::nullopt;
  }
  /// d.get(key, default)
  template <class Key>
  V get(const Key& key, const V& default_value) const {
    if (const V* v = find(key)) return *v;
    return default_value;
  }
  V setdefault(const K& key, V default_value) const {
    const std::size_t h = rt::hash(key);
    const std::ptrdiff_t at = t_->find(key, h);
    if (at >= 0) return t_->entries[static_cast<std::size_t>(at)]->value;
    t_->push(Entry{key, default_value, h});
    return default_value;
  }
  template <class Key>
  V pop(const Key& key) const {
    const std::ptrdiff_t at = t_->find(key, rt::hash(key));
    if (at < 0) raise_key_error(key);
    V value = std::move(t_->entries[static_cast<std::size_t>(at)]->value);
    t_->erase(static_cast<std::size_t>(at));
    return value;
  }
  template <class Key>
  V pop(const Key& key, V default_value) const {
    const std::ptrdiff_t at = t_->find(key, rt::hash(key));
    if (at < 0) return default_value;
    V value = std::move(t_->entries[static_cast<std::size_t>(at)]->value);
    t_->erase(static_cast<std::size_t>(at));
    return value;
  }
  /// Removes and returns the last inserted pair.
  std::tuple<K, V> popitem() const {
    if (t_->size() == 0) raise(ExcType::KeyError, "'popitem(): dictionary is empty'");
    const std::size_t last = t_->entries.size() - 1;  // trailing holes are never kept
    std::tuple<K, V> item(std::move(t_->entries[last]->key), std::move(t_->entries[last]->value));
    t_->erase(last);
    return item;
  }
  /// d.update(other) (a dict) / d |= other.
  template <class K2, class V2>
  void update(const Dict<K2, V2>& other) const {
    if (other.same_object(*this)) return;
    for (const auto& e : other.table().entries) {
      if (e) setitem(static_cast<K>(e->key), static_cast<V>(e->value));
    }
  }
  /// d.update(iterable of pairs).
  template <class Iterable>
  void update_pairs(const Iterable& pairs) const {
    for (auto&& pair : pairs) {
      auto&& [k, v] = pair;
      setitem(static_cast<K>(k), static_cast<V>(v));
    }
  }
  Dict copy() const {
    Dict d;
    *d.t_ = *t_;
    return d;
  }
  void clear() const { t_->clear(); }

  const Table& table() const noexcept { return *t_; }

  // -- iteration and views ---------------------------------------------------
  /// Walks the live entries; raises RuntimeError when the dict changes size
  /// during the loop, as CPython does.
  template <class Project>
  using basic_iterator = detail::LiveIterator<Table, Project, detail::kDictionaryName>;
  struct ProjectKey {
    K operator()(const Entry& e) const { return e.key; }
  };
  struct ProjectValue {
    V operator()(const Entry& e) const { return e.value; }
  };
  struct ProjectItem {
    std::tuple<K, V> operator()(const Entry& e) const { return {e.key, e.value}; }
  };
  using iterator = basic_iterator<ProjectKey>;
  iterator begin() const { return iterator(t_); }
  std::default_sentinel_t end() const noexcept { return {}; }

  /// d.keys() / d.values() / d.items(): live views over the dict.
  template <class Project, const char* Name>
  class View {
   public:
    explicit View(const Dict& d) : d_(d) {}
    basic_iterator<Project> begin() const { return basic_iterator<Project>(d_.t_); }
    std::default_sentinel_t end() const noexcept { return {}; }
    std::size_t size() const noexcept { return d_.size(); }
    Int len() const noexcept { return d_.len(); }
    template <class X>
    bool contains(const X& x) const {
      if constexpr (std::is_same_v<Project, ProjectKey>) {
        return d_.contains(x);
      } else if constexpr (std::is_same_v<Project, ProjectItem>) {
        const auto& [k, v] = x;
        const V* found = d_.find(k);
        return found && rt::eq(*found, v);
      } else {
        for (const auto& e : d_.t_->entries) {
          if (e && rt::eq(e->value, x)) return true;
        }
        return false;
      }
    }
    void repr_into(std::string& out, bool ascii_only) const {
      out += Name;
      out += "([";
      bool first = true;
      for (const auto& e : d_.t_->entries) {
        if (!e) continue;
        if (!first) out += ", ";
        first = false;
        rt::repr_into(out, Project{}(*e), ascii_only);
      }
      out += "])";
    }

   private:
    Dict d_;
  };
  static constexpr char kKeysName[] = "dict_keys";
  static constexpr char kValuesName[] = "dict_values";
  static constexpr char kItemsName[] = "dict_items";
  using KeysView = View<ProjectKey, kKeysName>;
  using ValuesView = View<ProjectValue, kValuesName>;
  using ItemsView = View<ProjectItem, kItemsName>;
  KeysView keys() const { return KeysView(*this); }
  ValuesView values() const { return ValuesView(*this); }
  ItemsView items() const { return ItemsView(*this); }

 private:
  std::shared_ptr<Table> t_;
};

}  // namespace ingot::rt
