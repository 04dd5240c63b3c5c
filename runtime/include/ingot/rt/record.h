// d["field"] on a record-shaped dict: a dict[str, Union[...]] whose keys the
// compiler knows with each value's own type (create_embedding's result, see
// types::record_dict_of). The value is the variant's alternative T.
#pragma once

#include <variant>

#include "ingot/rt/dict.h"
#include "ingot/rt/exceptions.h"
#include "ingot/rt/str.h"
#include "ingot/rt/types.h"

namespace ingot::rt {

template <class T, class D>
T record_get(const D& d, const Str& key) {
  auto value = d.getitem(key);  // KeyError if code deleted the key
  if constexpr (is_variant_v<decltype(value)>) {
    if (T* p = std::get_if<T>(&value)) return *p;
    // Code stored a value of another type under this key: its static type
    // no longer holds, and a wrong answer is not an option.
    raise(ExcType::TypeError, "the value of '" + key.to_std_string() +
                                  "' in this dict was replaced by one of another type, which compiled code cannot follow");
  } else {
    return value;
  }
}

}  // namespace ingot::rt
