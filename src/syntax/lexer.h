// The tokenizer: UTF-8 text in, the token stream CPython's tokenizer would
// produce out (NEWLINE/INDENT/DEDENT included, comments and blank lines not).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/token.h"

namespace ingot::syntax {

/// An error the tokenizer stopped on. CPython raises some of these eagerly
/// (they win over a parser error found earlier in the file) and reports
/// others only when the parser reaches them; `eager` says which.
struct LexError {
  std::string type = "SyntaxError";  // or IndentationError, TabError
  std::string message;
  // Located as SyntaxError is: 1-based line, 1-based character offset.
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  bool eager = true;
  /// For "'(' was never closed": the line of the unclosed bracket, which
  /// decides whether it overrides a parser error (only if earlier).
  int unclosed_lineno = 0;
};

/// Tokenizes all of `text` (from decode_source: "\n" line ends, final "\n").
/// On an error the stream ends with a TokenKind::Error token and `error` is
/// set. `first_line`/`first_col` shift positions, for f-string expressions
/// parsed out of a string token: tokens on the first line get `first_col`
/// added to their columns.
class Lexer {
 public:
  explicit Lexer(std::string_view text, int first_line = 1, int first_col = 0);

  void tokenize(std::vector<Token>& tokens);
  bool failed() const { return failed_; }
  const LexError& error() const { return error_; }

 private:
  struct Bracket {
    char open;
    int lineno;
    int col_offset;
  };

  bool at_end() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  int column(size_t offset) const;
  void emit(TokenKind kind, size_t start, int start_line, size_t start_line_begin);
  void emit_simple(TokenKind kind, size_t start) { emit(kind, start, lineno_, line_begin_); }
  void new_line(size_t next_line_begin);

  bool indentation();  // returns false on error
  bool lex_token();    // one token (or nothing for skipped input); false on error/end
  bool lex_name(size_t start);
  bool lex_number(size_t start);
  bool lex_string(size_t start, size_t quote);
  bool lex_operator(size_t start);
  bool verify_end_of_number(const char* kind);
  bool verify_identifier(size_t start, size_t end);

  /// Fails like the tokenizer's syntaxerror(): located at `cur` on the
  /// current line (offset = characters before `cur`).
  bool fail_at(std::string message, size_t cur);
  bool fail_here(std::string message) { return fail_at(std::move(message), pos_); }
  /// Fails with an explicit SyntaxError location.
  bool fail_located(std::string type, std::string message, int lineno, int offset, int end_lineno, int end_offset,
                    bool eager);
  int chars(size_t from, size_t to) const;  // characters in text_[from, to)

  std::string_view text_;
  std::vector<Token>* out_ = nullptr;
  size_t pos_ = 0;
  size_t line_begin_ = 0;
  int lineno_;
  int first_line_;
  int first_col_;
  bool at_bol_ = true;
  bool blank_line_ = false;  // the current physical line has no tokens
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Bracket> brackets_;
  bool failed_ = false;
  LexError error_;
};

}  // namespace ingot::syntax
