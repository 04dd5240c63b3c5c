// Turning a file's bytes into the text the tokenizer reads, as CPython's
// tokenizer does for `ast.parse(bytes)`: UTF-8 BOM, PEP 263 coding
// declarations, universal newlines, and a final newline.
#pragma once

#include <string>
#include <string_view>

namespace ingot::syntax {

struct SourceError {
  std::string message;
  int lineno = 0;
  int col_offset = 0;  // 0-based, bytes
};

/// Decodes `bytes` into UTF-8 text with "\n" line ends, ending in "\n".
/// Returns false and fills `error` for an unknown or unusable encoding,
/// bytes that do not decode, or a NUL byte.
bool decode_source(std::string_view bytes, std::string& text, SourceError& error);

/// Line `lineno` (1-based) of decoded `text`, without its newline; empty
/// past the end. Diagnostics quote it.
std::string_view line_at(std::string_view text, int lineno);

}  // namespace ingot::syntax
