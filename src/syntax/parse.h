// Entry point of the front end: Python 3.11 source bytes in, CPython-shaped
// AST (or a CPython-worded SyntaxError) out.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "syntax/ast_nodes.h"

namespace ingot::syntax {

/// A syntax error located as CPython's SyntaxError is: 1-based line, 1-based
/// column counted in characters (SyntaxError.offset), and the end of the
/// offending range when CPython reports one (0 when not).
struct SyntaxError {
  std::string type = "SyntaxError";  // or IndentationError, TabError
  std::string message;  // e.g. "'(' was never closed"
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string line;  // the source line, without its newline
};

/// A parsed file: the tree lives in `arena` and dies with this object.
struct ParsedModule {
  Arena arena;
  Module* module = nullptr;          // null when `error` is set
  std::optional<SyntaxError> error;  // set when the source is not valid Python
};

/// Parses a whole file (`ast.parse(source, mode="exec")`). `source` is the
/// file's raw bytes: a UTF-8 BOM and PEP 263 encoding declarations are
/// honoured. Never throws on bad input; never recurses without bound.
void parse_module(std::string_view source, ParsedModule& result);

/// Runs `body` on a thread whose stack is large enough for the deepest
/// nesting the parser accepts; parse_module calls made inside it parse
/// in place instead of starting a thread each. Returns body's result.
int with_parser_stack(const std::function<int()>& body);

/// Formats `error` the way `ingot parse` prints it:
///   FILE:LINE:COL: TYPE: MESSAGE       (TYPE: SyntaxError, IndentationError, TabError)
///       source line
///       ^
std::string format_syntax_error(const SyntaxError& error, std::string_view filename);

}  // namespace ingot::syntax
