// The block cache behind detail::RecyclingAllocator: blocks are rounded up to
// a power of two, and up to kSlotsPerClass blocks of each class are kept, at
// most kMaxCachedBytes in all (beyond that, blocks go back to ::operator
// delete). One mutex: only blocks of 128 KiB and more come here, whose
// allocation and filling cost far more than the lock.
#include "ingot/rt/detail/recycling_allocator.h"

#include <bit>
#include <cstddef>
#include <mutex>
#include <new>

namespace ingot::rt::detail {

namespace {

constexpr unsigned kMinClass = 17;  // 128 KiB
constexpr unsigned kMaxClass = 25;  // 32 MiB: bigger blocks are never kept
constexpr unsigned kSlotsPerClass = 2;
constexpr std::size_t kMaxCachedBytes = std::size_t{64} << 20;

struct Cache {
  std::mutex mutex;
  void* slots[kMaxClass - kMinClass + 1][kSlotsPerClass] = {};
  std::size_t cached_bytes = 0;
};

Cache& cache() {
  static Cache* instance = new Cache();  // never destroyed: blocks may be freed during exit
  return *instance;
}

unsigned size_class(std::size_t bytes) noexcept { return static_cast<unsigned>(std::bit_width(bytes - 1)); }

}  // namespace

void* recycled_allocate(std::size_t bytes) {
  const unsigned c = size_class(bytes);
  if (c <= kMaxClass) {
    Cache& k = cache();
    std::lock_guard<std::mutex> lock(k.mutex);
    for (void*& slot : k.slots[c - kMinClass]) {
      if (slot != nullptr) {
        void* p = slot;
        slot = nullptr;
        k.cached_bytes -= std::size_t{1} << c;
        return p;
      }
    }
  }
  return ::operator new(c <= kMaxClass ? std::size_t{1} << c : bytes);
}

void recycled_deallocate(void* p, std::size_t bytes) noexcept {
  const unsigned c = size_class(bytes);
  if (c <= kMaxClass) {
    Cache& k = cache();
    std::lock_guard<std::mutex> lock(k.mutex);
    if (k.cached_bytes + (std::size_t{1} << c) <= kMaxCachedBytes) {
      for (void*& slot : k.slots[c - kMinClass]) {
        if (slot == nullptr) {
          slot = p;
          k.cached_bytes += std::size_t{1} << c;
          return;
        }
      }
    }
  }
  ::operator delete(p);
}

}  // namespace ingot::rt::detail
