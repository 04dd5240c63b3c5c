// Token access, node spans and error reporting shared by all grammar rules.
#include <algorithm>

#include "syntax/parser.h"
#include "syntax/source_text.h"
#include "syntax/unicode.h"

namespace ingot::syntax {
namespace {

// Nesting deeper than this is refused instead of overflowing the stack;
// CPython itself gives up (MemoryError/RecursionError) at a few thousand.
constexpr int kMaxDepth = 2500;

bool is_whitespace_token(TokenKind k) {
  return k == TokenKind::Newline || k == TokenKind::Indent || k == TokenKind::Dedent || k == TokenKind::EndMarker;
}

int utf8_chars(std::string_view s) {
  int n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

Parser::Parser(std::string_view text, const std::vector<Token>& tokens, const LexError* lex_error, Arena& arena,
               int depth)
    : text_(text), tokens_(tokens), lex_error_(lex_error), arena_(arena), last_(tokens.size() - 1), depth_(depth) {}

Parser::DepthGuard::DepthGuard(Parser& parser) : p(parser) {
  if (++p.depth_ > kMaxDepth) {
    --p.depth_;
    p.fail_last("too complex: expression nested too deeply");
  }
}

const Token& Parser::peek_last(size_t i) {
  i = last_;
  // Reaching the point where the tokenizer stopped raises its error, as
  // CPython's parser does when it asks the tokenizer for that token.
  if (tokens_[i].kind == TokenKind::Error) {
    const LexError& e = *lex_error_;
    ParseFailure f;
    f.error.type = e.type;
    f.error.message = e.message;
    f.error.lineno = e.lineno;
    f.error.offset = e.offset;
    f.error.end_lineno = e.end_lineno;
    f.error.end_offset = e.end_offset;
    f.error.line = line_text(e.lineno);
    throw f;
  }
  furthest_ = std::max(furthest_, i);
  return tokens_[i];
}

bool Parser::at_name(std::string_view soft_keyword) {
  const Token& t = peek();
  return t.kind == TokenKind::Name && text_of(t) == soft_keyword;
}

bool Parser::accept(TokenKind k) {
  if (kind() != k) return false;
  ++pos_;
  return true;
}

const Token& Parser::advance() {
  const Token& t = peek();
  if (pos_ < tokens_.size() - 1) ++pos_;
  return t;
}

const Token& Parser::expect(TokenKind k) {
  if (kind() != k) fail_generic();
  return advance();
}

const Token& Parser::expect_forced(TokenKind k, const char* text) {
  const Token& t = peek();
  if (t.kind != k) fail_at(t, std::string("expected '") + text + "'");
  return advance();
}

Identifier Parser::name_of_token(const Token& t) {
  std::string_view raw = text_of(t);
  if (t.non_ascii) return arena_.copy(nfkc(raw));  // CPython normalises identifiers to NFKC
  return raw;  // the source text lives in the arena too
}

Span Parser::span_from(const Token& start) const {
  return span_from(Span{start.lineno, start.col_offset, 0, 0});
}

Span Parser::span_from(const Span& start) const {
  Span s = start;
  size_t i = pos_;
  const Token* last = &tokens_[0];
  while (i > 0) {
    --i;
    last = &tokens_[i];
    if (!is_whitespace_token(last->kind)) break;
  }
  s.end_lineno = last->end_lineno;
  s.end_col_offset = last->end_col_offset;
  return s;
}

std::string Parser::line_text(int lineno) const { return std::string(line_at(text_, lineno)); }

SyntaxError Parser::located(int lineno, int col, int end_lineno, int end_col, std::string message,
                            const char* type) const {
  SyntaxError e;
  e.type = type;
  e.message = std::move(message);
  e.lineno = lineno;
  e.line = line_text(lineno);
  // CPython reports 1-based character offsets computed from byte columns.
  auto to_offset = [&](int line, int byte_col) {
    std::string text = line == lineno ? e.line : line_text(line);
    if (byte_col < 0) return byte_col + 1;
    return utf8_chars(std::string_view(text).substr(0, std::min<size_t>(byte_col, text.size()))) + 1 +
           std::max(0, byte_col - static_cast<int>(text.size()));
  };
  e.offset = to_offset(lineno, col);
  e.end_lineno = end_lineno;
  e.end_offset = to_offset(end_lineno, end_col);
  return e;
}

void Parser::fail_at(const Token& t, std::string message, const char* type) {
  if (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent || t.kind == TokenKind::EndMarker) {
    // These tokens carry no column in CPython; errors at them point just
    // past the indentation (or the end of the last line) and give no end.
    throw ParseFailure{located(t.lineno, t.col_offset - 1, t.lineno, -2, std::move(message), type), false};
  }
  throw ParseFailure{located(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, std::move(message), type),
                     false};
}

void Parser::fail_span(const Span& s, std::string message, const char* type) {
  throw ParseFailure{
      located(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset, std::move(message), type), false};
}

void Parser::fail_last(std::string message, const char* type) {
  // RAISE_SYNTAX_ERROR: located at the last token the parser fetched.
  fail_at(tokens_[furthest_], std::move(message), type);
}

void Parser::fail_generic() {
  const Token& t = tokens_[furthest_];
  try {
    if (t.kind == TokenKind::Indent) fail_at(t, "unexpected indent", "IndentationError");
    if (t.kind == TokenKind::Dedent) fail_at(t, "unexpected unindent", "IndentationError");
    fail_at(t, "invalid syntax");
  } catch (ParseFailure& f) {
    f.generic = true;
    throw;
  }
}

std::string_view token_text(TokenKind kind) {
  switch (kind) {
    case TokenKind::Colon: return ":";
    case TokenKind::LPar: return "(";
    case TokenKind::RPar: return ")";
    case TokenKind::Equal: return "=";
    case TokenKind::KwIn: return "in";
    default: return "?";
  }
}

}  // namespace ingot::syntax
