// The hook between the ABI and the generated code. A bundle's generated
// C++ defines exactly this function; ingot_predictor_predict() (runtime/src/
// abi/predictor.cpp) calls it with the caller's inputs, under the
// predictor's lock, with the print() log cleared and a clock running.
//
//   namespace ingot::bundle {
//   ingot_value* predict(const ingot_value_map* inputs) {
//     const auto x = rt::from_value<rt::Int>(rt::require_input(inputs, "x", "f"), "x");
//     ... the compiled function ...
//     return rt::to_value(result);   // a new value, owned by the caller
//   }
//   }
//
// Contract:
//   - Python exceptions are thrown as rt::PyException (the prediction then
//     carries their type and message); never return NULL.
//   - std::bad_alloc becomes MemoryError; any other std::exception becomes a
//     "SystemError" carrying what(); anything else, SystemError too.
//   - `inputs` is never NULL (an empty map when the caller passed NULL).
// The runtime has a weak default that raises SystemError("this library has
// no compiled function"), so a runtime-only link still loads.
#pragma once

#include "ingot.h"

namespace ingot::rt::abi {
/// Defined next to the ABI functions (src/abi/predictor.cpp), which in turn
/// reference every ABI object file.
extern const char kExportAnchor;
}  // namespace ingot::rt::abi

namespace ingot::bundle {

ingot_value* predict(const ingot_value_map* inputs);

/// A static archive only contributes the object files something refers to.
/// This reference, in the generated code, pulls the whole C ABI into the
/// bundle's shared library, so no --whole-archive is needed.
[[gnu::used]] static const char* const export_anchor = &ingot::rt::abi::kExportAnchor;

}  // namespace ingot::bundle
