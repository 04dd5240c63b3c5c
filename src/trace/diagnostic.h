// Compile errors reported at the user's Python line:
//   file.py:LINE:COL: error: MESSAGE
//       source line
//       ^
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "syntax/ast_base.h"

namespace ingot::trace {

/// Thrown by the tracer when the program cannot be compiled.
struct CompileError : std::runtime_error {
  CompileError(std::string message, syntax::Span span) : std::runtime_error(message), span(span) {}
  syntax::Span span;  // where in the Python source (columns in UTF-8 bytes)
};

[[noreturn]] inline void refuse(const syntax::Span& span, std::string message) {
  throw CompileError(std::move(message), span);
}

/// Formats `error` against the decoded source `text` (1-based character
/// column, the line, and carets under the span on that line).
std::string format_compile_error(const CompileError& error, std::string_view filename, std::string_view text);

}  // namespace ingot::trace
