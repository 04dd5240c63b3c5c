// xs[a:b:c] = iterable and del xs[a:b:c] on lists (the only mutable
// sequence here). The compiler refuses them on str, bytes and tuples with
// CPython's "does not support item assignment".
#pragma once

#include <optional>

#include "ingot/rt/list.h"
#include "ingot/rt/slice.h"

namespace ingot::rt {

/// xs[start:stop:step] = values: a plain slice may change the list's
/// length; an extended one (step != 1) must match it (ValueError
/// "attempt to assign sequence of size 2 to extended slice of size 3").
template <class T, class Iterable>
void setslice(const List<T>& xs, std::optional<Int> start, std::optional<Int> stop, std::optional<Int> step,
              const Iterable& values) {
  xs.set_slice(Slice{start, stop, step}, values);
}

/// del xs[start:stop:step]
template <class T>
void delslice(const List<T>& xs, std::optional<Int> start, std::optional<Int> stop, std::optional<Int> step) {
  xs.del_slice(Slice{start, stop, step});
}

}  // namespace ingot::rt
