// The allocator of list storage (and of the other big runtime buffers):
// blocks of 128 KiB and more are recycled through a small process-wide cache
// instead of going back to malloc. glibc serves such blocks with mmap or at
// the top of the heap and returns them to the kernel on free, so a predictor
// that builds a big list on every call would otherwise take a page fault for
// every 4 KiB it touches, on every call (that was a third of the time of a
// split/append/join loop). Smaller blocks use ::operator new as usual.
#pragma once

#include <cstddef>
#include <new>

namespace ingot::rt::detail {

inline constexpr std::size_t kRecycledBlockMin = std::size_t{128} * 1024;

/// A block of at least `bytes` (>= kRecycledBlockMin) bytes, from the cache
/// when it holds one of that size class.
void* recycled_allocate(std::size_t bytes);
/// Gives back a block from recycled_allocate(bytes) (the same `bytes`).
void recycled_deallocate(void* p, std::size_t bytes) noexcept;

template <class T>
struct RecyclingAllocator {
  using value_type = T;
  RecyclingAllocator() noexcept = default;
  template <class U>
  RecyclingAllocator(const RecyclingAllocator<U>&) noexcept {}  // NOLINT: rebinding

  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    const std::size_t bytes = n * sizeof(T);
    if (bytes >= kRecycledBlockMin) return static_cast<T*>(recycled_allocate(bytes));
    return static_cast<T*>(::operator new(bytes));
  }
  void deallocate(T* p, std::size_t n) noexcept {
    const std::size_t bytes = n * sizeof(T);
    if (bytes >= kRecycledBlockMin) recycled_deallocate(p, bytes);
    else ::operator delete(p);
  }
  friend bool operator==(const RecyclingAllocator&, const RecyclingAllocator&) noexcept { return true; }
};

}  // namespace ingot::rt::detail
