// Recursion depth: CPython raises RecursionError("maximum recursion depth
// exceeded") past sys.getrecursionlimit() (1000) frames; compiled code
// would instead overflow the C stack and crash the host process. Generated
// code puts a guard at the top of every function that can recurse:
//   rt::RecursionGuard guard;
#pragma once

namespace ingot::rt {

inline constexpr int kRecursionLimit = 1000;

namespace detail {
int& recursion_depth() noexcept;
[[noreturn]] void raise_recursion_error();
}  // namespace detail

class RecursionGuard {
 public:
  RecursionGuard() {
    int& depth = detail::recursion_depth();
    if (depth >= kRecursionLimit) detail::raise_recursion_error();
    ++depth;
  }
  ~RecursionGuard() { --detail::recursion_depth(); }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
};

}  // namespace ingot::rt
