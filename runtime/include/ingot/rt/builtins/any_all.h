// any(iterable), all(iterable): short-circuit over rt::truthy.
#pragma once

#include "ingot/rt/truthy.h"
#include "ingot/rt/types.h"

namespace ingot::rt::builtins {

template <class Iterable>
Bool any(const Iterable& iterable) {
  for (auto&& x : iterable) {
    if (truthy(x)) return true;
  }
  return false;
}
template <class Iterable>
Bool all(const Iterable& iterable) {
  for (auto&& x : iterable) {
    if (!truthy(x)) return false;
  }
  return true;
}

}  // namespace ingot::rt::builtins
