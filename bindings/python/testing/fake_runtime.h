// A stand-in for Ingot's runtime, for testing the bindings only.
//
// fake_runtime.cpp implements every function of include/ingot.h in the
// simplest way that honours the header's contract (ownership, borrowed
// pointers, status codes, insertion-ordered sets and dicts, serialised
// predictions). A test bundle links it together with a file that defines
// ingot::bundle::predict(); that function may throw PythonError to make the
// prediction carry a Python exception and call print() to write to the logs.
//
// It exists so that bindings/python and `ingot predict` can be tested before
// (and independently of) the real runtime; tests run against the real one too
// when build/runtime/libingot_runtime.a exists.
#pragma once

#include <string>
#include <string_view>

#include "ingot.h"

namespace ingot::bundle {

/// The compiled function: defined by the bundle.
ingot_value* predict(const ingot_value_map* inputs);

/// Thrown by predict() to raise a Python exception of class `type`.
struct PythonError {
  std::string type;
  std::string message;
};

/// Appends `text` to the logs of the prediction being made (print()).
void print(std::string_view text);

}  // namespace ingot::bundle
