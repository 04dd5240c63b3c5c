// Code generation: typed IR → readable C++ against the runtime
// (runtime/include/ingot/rt). One C++ function per traced Python function,
// Python names kept, each statement preceded by its Python line.
#pragma once

#include <string>
#include <string_view>

#include "ir/ir.h"
#include "trace/tracer.h"

namespace ingot::codegen {

struct EmitOptions {
  std::string source_path;  // for comments
  std::string_view source_text;
};

/// The complete translation unit of a bundle: the functions, the module
/// constants and `ingot::bundle::predict`, which converts the ABI inputs,
/// calls the entry function and converts its result.
std::string emit_cpp(const ir::Module& module, const trace::EntrySpec& entry, const EmitOptions& options);

}  // namespace ingot::codegen
