#include "trace/diagnostic.h"

#include <algorithm>

#include "syntax/source_text.h"

namespace ingot::trace {
namespace {

int utf8_chars(std::string_view s) {
  int n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

std::string format_compile_error(const CompileError& error, std::string_view filename, std::string_view text) {
  const syntax::Span& s = error.span;
  std::string_view line = syntax::line_at(text, s.lineno);
  size_t col = std::min<size_t>(static_cast<size_t>(std::max(0, s.col_offset)), line.size());
  int column = utf8_chars(line.substr(0, col)) + 1;
  std::string out;
  out.append(filename);
  out += ":" + std::to_string(s.lineno) + ":" + std::to_string(column) + ": error: " + error.what() + "\n";
  if (!line.empty()) {
    size_t indent = line.find_first_not_of(" \t");
    if (indent == std::string_view::npos) indent = 0;
    int width = 1;
    if (s.end_lineno == s.lineno && s.end_col_offset > s.col_offset) {
      size_t end = std::min<size_t>(static_cast<size_t>(s.end_col_offset), line.size());
      width = std::max(1, utf8_chars(line.substr(col, end - col)));
    }
    out += "    ";
    out.append(line.substr(indent));
    out += "\n    ";
    out.append(static_cast<size_t>(std::max(0, column - 1 - utf8_chars(line.substr(0, indent)))), ' ');
    out.append(static_cast<size_t>(width), '^');
    out += "\n";
  }
  return out;
}

}  // namespace ingot::trace
