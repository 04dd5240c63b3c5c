// llama_cpp.Llama's methods for the signature tables (signatures_llama.cpp):
// resolve_method() calls this when the receiver is a model resource.
#pragma once

#include <optional>
#include <string>

#include "types/signature.h"

namespace ingot::types {

/// model.NAME(...) on a llama_cpp.Llama. `embed` with return_count=True
/// is resolved under the name "embed(return_count=True)" (the tracer
/// reads that constant keyword: it changes the result's type).
std::optional<Resolved> resolve_llama_method(const std::string& name, const CallTypes& args, SignatureError& error);

}  // namespace ingot::types
