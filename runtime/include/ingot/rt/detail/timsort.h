// CPython 3.11's list sort (Objects/listobject.c: timsort with powersort's
// merge policy), step for step: the same runs, binary insertion, merges and
// galloping, so the same comparisons in the same order. With a consistent
// `<` any stable sort gives the same result; this one also gives CPython's
// result when `<` is not a total order (floats with nan: sorted([3.0, nan,
// 1.0]) is [3.0, nan, 1.0] in CPython, not [1.0, 3.0, nan]).
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace ingot::rt::detail {

template <class T, class Less>
class TimSort {
 public:
  TimSort(T* base, std::ptrdiff_t n, Less& lt) : base_(base), n_(n), lt_(lt) {}

  void run() {
    if (n_ < 2) return;
    const std::ptrdiff_t minrun = compute_minrun(n_);
    T* lo = base_;
    std::ptrdiff_t remaining = n_;
    do {
      bool descending = false;
      std::ptrdiff_t n = count_run(lo, lo + remaining, descending);
      if (descending) std::reverse(lo, lo + n);
      if (n < minrun) {
        const std::ptrdiff_t force = remaining <= minrun ? remaining : minrun;
        binarysort(lo, lo + force, lo + n);
        n = force;
      }
      found_new_run(n);
      pending_.push_back(Run{lo, n, 0});
      lo += n;
      remaining -= n;
    } while (remaining);
    force_collapse();
  }

 private:
  static constexpr std::ptrdiff_t kMinGallop = 7;
  struct Run {
    T* base;
    std::ptrdiff_t len;
    int power;
  };

  static std::ptrdiff_t compute_minrun(std::ptrdiff_t n) {
    std::ptrdiff_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  /// [lo, start) is sorted; binary insertion of [start, hi).
  void binarysort(T* lo, T* hi, T* start) {
    if (lo == start) ++start;
    for (; start < hi; ++start) {
      T* l = lo;
      T* r = start;
      T pivot = std::move(*r);
      do {
        T* p = l + ((r - l) >> 1);
        if (lt_(pivot, *p)) r = p;
        else l = p + 1;
      } while (l < r);
      for (T* p = start; p > l; --p) *p = std::move(*(p - 1));
      *l = std::move(pivot);
    }
  }

  /// Length of the run at lo: non-descending, or strictly descending.
  std::ptrdiff_t count_run(T* lo, T* hi, bool& descending) {
    descending = false;
    ++lo;
    if (lo == hi) return 1;
    std::ptrdiff_t n = 2;
    if (lt_(*lo, *(lo - 1))) {
      descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n)
        if (!lt_(*lo, *(lo - 1))) break;
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n)
        if (lt_(*lo, *(lo - 1))) break;
    }
    return n;
  }

  /// k such that a[k-1] < key <= a[k].
  std::ptrdiff_t gallop_left(const T& key, T* a, std::ptrdiff_t n, std::ptrdiff_t hint) {
    a += hint;
    std::ptrdiff_t lastofs = 0, ofs = 1;
    if (lt_(*a, key)) {
      const std::ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt_(a[ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const std::ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt_(*(a - ofs), key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const std::ptrdiff_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      const std::ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt_(a[m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /// k such that a[k-1] <= key < a[k].
  std::ptrdiff_t gallop_right(const T& key, T* a, std::ptrdiff_t n, std::ptrdiff_t hint) {
    a += hint;
    std::ptrdiff_t lastofs = 0, ofs = 1;
    if (lt_(key, *a)) {
      const std::ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt_(key, *(a - ofs))) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      const std::ptrdiff_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const std::ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt_(key, a[ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
      const std::ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt_(key, a[m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /// Merges [pa, pa+na) and [pb, pb+nb) (adjacent), na <= nb, through a copy of A.
  void merge_lo(T* pa, std::ptrdiff_t na, T* pb, std::ptrdiff_t nb) {
    tmp_.clear();
    tmp_.insert(tmp_.end(), std::make_move_iterator(pa), std::make_move_iterator(pa + na));
    T* a = tmp_.data();
    T* b = pb;
    T* dest = pa;
    std::ptrdiff_t min_gallop;
    *dest++ = std::move(*b++);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    min_gallop = min_gallop_;
    for (;;) {
      std::ptrdiff_t acount = 0, bcount = 0;
      for (;;) {
        if (lt_(*b, *a)) {
          *dest++ = std::move(*b++);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 0) goto succeed;
          if (bcount >= min_gallop) break;
        } else {
          *dest++ = std::move(*a++);
          ++acount;
          bcount = 0;
          --na;
          if (na == 1) goto copy_b;
          if (acount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        std::ptrdiff_t k = gallop_right(*b, a, na, 0);
        acount = k;
        if (k) {
          dest = std::move(a, a + k, dest);
          a += k;
          na -= k;
          if (na == 1) goto copy_b;
          if (na == 0) goto succeed;
        }
        *dest++ = std::move(*b++);
        --nb;
        if (nb == 0) goto succeed;
        k = gallop_left(*a, b, nb, 0);
        bcount = k;
        if (k) {
          dest = std::move(b, b + k, dest);
          b += k;
          nb -= k;
          if (nb == 0) goto succeed;
        }
        *dest++ = std::move(*a++);
        --na;
        if (na == 1) goto copy_b;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  succeed:
    if (na) std::move(a, a + na, dest);
    return;
  copy_b:
    dest = std::move(b, b + nb, dest);
    *dest = std::move(*a);
  }

  /// Merges [pa, pa+na) and [pb, pb+nb) (adjacent), na >= nb, through a copy of B.
  void merge_hi(T* pa, std::ptrdiff_t na, T* pb, std::ptrdiff_t nb) {
    tmp_.clear();
    tmp_.insert(tmp_.end(), std::make_move_iterator(pb), std::make_move_iterator(pb + nb));
    T* dest = pb + nb - 1;
    T* basea = pa;
    T* baseb = tmp_.data();
    T* b = baseb + nb - 1;
    T* a = pa + na - 1;
    std::ptrdiff_t min_gallop;
    *dest-- = std::move(*a--);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    min_gallop = min_gallop_;
    for (;;) {
      std::ptrdiff_t acount = 0, bcount = 0;
      for (;;) {
        if (lt_(*b, *a)) {
          *dest-- = std::move(*a--);
          ++acount;
          bcount = 0;
          --na;
          if (na == 0) goto succeed;
          if (acount >= min_gallop) break;
        } else {
          *dest-- = std::move(*b--);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 1) goto copy_a;
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        std::ptrdiff_t k = na - gallop_right(*b, basea, na, na - 1);
        acount = k;
        if (k) {
          dest -= k;
          a -= k;
          std::move_backward(a + 1, a + 1 + k, dest + 1 + k);
          na -= k;
          if (na == 0) goto succeed;
        }
        *dest-- = std::move(*b--);
        --nb;
        if (nb == 1) goto copy_a;
        k = nb - gallop_left(*a, baseb, nb, nb - 1);
        bcount = k;
        if (k) {
          dest -= k;
          b -= k;
          std::move(b + 1, b + 1 + k, dest + 1);
          nb -= k;
          if (nb == 1) goto copy_a;
          if (nb == 0) goto succeed;
        }
        *dest-- = std::move(*a--);
        --na;
        if (na == 0) goto succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  succeed:
    if (nb) std::move(baseb, baseb + nb, dest - (nb - 1));
    return;
  copy_a:
    std::move_backward(a + 1 - na, a + 1, dest + 1);
    dest -= na;
    *dest = std::move(*b);
  }

  void merge_at(std::size_t i) {
    T* pa = pending_[i].base;
    std::ptrdiff_t na = pending_[i].len;
    T* pb = pending_[i + 1].base;
    std::ptrdiff_t nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i + 3 == pending_.size()) pending_[i + 1] = pending_[i + 2];
    pending_.pop_back();
    const std::ptrdiff_t k = gallop_right(*pb, pa, na, 0);
    pa += k;
    na -= k;
    if (na == 0) return;
    nb = gallop_left(pa[na - 1], pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) merge_lo(pa, na, pb, nb);
    else merge_hi(pa, na, pb, nb);
  }

  static int powerloop(std::ptrdiff_t s1, std::ptrdiff_t n1, std::ptrdiff_t n2, std::ptrdiff_t n) {
    int result = 0;
    std::ptrdiff_t a = 2 * s1 + n1;
    std::ptrdiff_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  void found_new_run(std::ptrdiff_t n2) {
    if (pending_.empty()) return;
    const std::ptrdiff_t s1 = pending_.back().base - base_;
    const std::ptrdiff_t n1 = pending_.back().len;
    const int power = powerloop(s1, n1, n2, n_);
    while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) merge_at(pending_.size() - 2);
    pending_.back().power = power;
  }

  void force_collapse() {
    while (pending_.size() > 1) {
      std::size_t n = pending_.size() - 2;
      if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
      merge_at(n);
    }
  }

  T* base_;
  std::ptrdiff_t n_;
  Less& lt_;
  std::ptrdiff_t min_gallop_ = kMinGallop;
  std::vector<Run> pending_;
  std::vector<T> tmp_;
};

/// Sorts [first, first + n) exactly as CPython's list.sort() (without reverse).
template <class T, class Less>
void timsort(T* first, std::ptrdiff_t n, Less& lt) {
  TimSort<T, Less>(first, n, lt).run();
}

}  // namespace ingot::rt::detail
