// LSD radix sort for lists of ints and of tuples of ints (list.sort() and
// sorted() without a key): stable, O(n) per 11-bit digit of the range of
// each field, with no comparisons. Tuples sort lexicographically by their
// fields, as Python compares them. Each field is sorted relative to its
// minimum, so only the digits of (max - min) cost a pass.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ingot/rt/types.h"

namespace ingot::rt::detail {

template <class T>
struct radix_fields {
  static constexpr bool ok = Integer<T>;
  static constexpr std::size_t count = 1;
};
template <class... Ts>
struct radix_fields<std::tuple<Ts...>> {
  static constexpr bool ok = sizeof...(Ts) > 0 && (Integer<Ts> && ...);
  static constexpr std::size_t count = sizeof...(Ts);
};
/// Whether list.sort() of T may use radix_sort: ints or tuples of ints,
/// whose equal values are indistinguishable (so stability and reverse=True
/// need no care beyond reversing the ascending result).
template <class T>
inline constexpr bool radix_sortable_v = radix_fields<T>::ok;

/// Field F of an item, as an unsigned number ordered as the signed value.
template <std::size_t F, class T>
inline std::uint64_t radix_field(const T& item) noexcept {
  if constexpr (is_tuple_v<T>) return static_cast<std::uint64_t>(static_cast<Int>(std::get<F>(item)));
  else return static_cast<std::uint64_t>(static_cast<Int>(item));
}

inline constexpr unsigned kRadixBits = 11;
inline constexpr std::size_t kRadixBuckets = std::size_t{1} << kRadixBits;

/// Sorts field F (and then the fields before it): one counting pass per
/// digit of the field's range, LSD first, ping-ponging between a and b.
template <class T, std::size_t F, class Vector>
void radix_sort_field(Vector*& a, Vector*& b, std::vector<std::uint32_t>& counts) {
  const std::size_t n = a->size();
  {
    Int mn = static_cast<Int>(radix_field<F>((*a)[0])), mx = mn;
    for (std::size_t i = 1; i < n; ++i) {
      const Int v = static_cast<Int>(radix_field<F>((*a)[i]));
      mn = v < mn ? v : mn;
      mx = v > mx ? v : mx;
    }
    const std::uint64_t lo = static_cast<std::uint64_t>(mn);
    const std::uint64_t range = static_cast<std::uint64_t>(mx) - lo;
    unsigned digits = 0;
    for (std::uint64_t r = range; r != 0; r >>= kRadixBits) ++digits;
    if (digits > 0) {
      // All the digits' histograms in one read of the data.
      counts.assign(digits * kRadixBuckets, 0);
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t key = radix_field<F>((*a)[i]) - lo;
        for (unsigned d = 0; d < digits; ++d) ++counts[d * kRadixBuckets + ((key >> (d * kRadixBits)) & (kRadixBuckets - 1))];
      }
      for (unsigned d = 0; d < digits; ++d) {
        std::uint32_t* c = counts.data() + d * kRadixBuckets;
        std::uint32_t sum = 0;
        for (std::size_t k = 0; k < kRadixBuckets; ++k) {
          const std::uint32_t here = c[k];
          c[k] = sum;
          sum += here;
        }
        const unsigned shift = d * kRadixBits;
        Vector& from = *a;
        Vector& to = *b;
        for (std::size_t i = 0; i < n; ++i) {
          const std::uint64_t key = radix_field<F>(from[i]) - lo;
          to[c[(key >> shift) & (kRadixBuckets - 1)]++] = std::move(from[i]);
        }
        std::swap(a, b);
      }
    }
  }
  if constexpr (F > 0) radix_sort_field<T, F - 1, Vector>(a, b, counts);
}

/// Sorts `items` ascending (then reversed for reverse=True).
template <class T, class Alloc>
void radix_sort(std::vector<T, Alloc>& items, bool reverse) {
  using Vector = std::vector<T, Alloc>;
  if (items.size() < 2) return;
  // (Counts are 32-bit: lists of 2**32 items and more sort by comparison.)
  {
    Vector buffer(items.size());
    std::vector<std::uint32_t> counts;
    Vector* a = &items;
    Vector* b = &buffer;
    radix_sort_field<T, radix_fields<T>::count - 1, Vector>(a, b, counts);
    if (a != &items) items.swap(buffer);
  }
  if (reverse) std::reverse(items.begin(), items.end());
}

}  // namespace ingot::rt::detail
