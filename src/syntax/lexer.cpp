// The tokenizer follows CPython's Parser/tokenizer.c rule for rule, so that
// the tokens, their positions and the errors (with their positions) match.
#include "syntax/lexer.h"

#include <cstdio>

#include "syntax/unicode.h"

namespace ingot::syntax {
namespace {

constexpr int kTabSize = 8;
constexpr size_t kMaxIndent = 100;   // CPython's MAXINDENT
constexpr size_t kMaxBrackets = 200;  // CPython's MAXLEVEL

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_identifier_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 128;
}
bool is_identifier_char(char c) { return is_identifier_start(c) || is_digit(c); }

/// Decodes one code point of valid UTF-8 at `p`; returns its length.
int decode_one(const char* p, char32_t& cp) {
  unsigned char c = p[0];
  if (c < 0x80) { cp = c; return 1; }
  if (c < 0xE0) { cp = ((c & 0x1F) << 6) | (p[1] & 0x3F); return 2; }
  if (c < 0xF0) { cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); return 3; }
  cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  return 4;
}

std::string hex4(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  return buf;
}

struct Keyword {
  std::string_view text;
  TokenKind kind;
};

constexpr Keyword kKeywords[] = {
    {"False", TokenKind::KwFalse},   {"None", TokenKind::KwNone},       {"True", TokenKind::KwTrue},
    {"and", TokenKind::KwAnd},       {"as", TokenKind::KwAs},           {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync},   {"await", TokenKind::KwAwait},     {"break", TokenKind::KwBreak},
    {"class", TokenKind::KwClass},   {"continue", TokenKind::KwContinue}, {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel},       {"elif", TokenKind::KwElif},       {"else", TokenKind::KwElse},
    {"except", TokenKind::KwExcept}, {"finally", TokenKind::KwFinally}, {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom},     {"global", TokenKind::KwGlobal},   {"if", TokenKind::KwIf},
    {"import", TokenKind::KwImport}, {"in", TokenKind::KwIn},           {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda}, {"nonlocal", TokenKind::KwNonlocal}, {"not", TokenKind::KwNot},
    {"or", TokenKind::KwOr},         {"pass", TokenKind::KwPass},       {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn}, {"try", TokenKind::KwTry},         {"while", TokenKind::KwWhile},
    {"with", TokenKind::KwWith},     {"yield", TokenKind::KwYield},
};

TokenKind keyword_or_name(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return TokenKind::Name;
  char first = word[0];
  if (!((first >= 'a' && first <= 'y') || first == 'F' || first == 'N' || first == 'T')) return TokenKind::Name;
  for (const Keyword& k : kKeywords)
    if (k.text[0] == first && k.text.size() == word.size() && k.text == word) return k.kind;
  return TokenKind::Name;
}

}  // namespace

Lexer::Lexer(std::string_view text, int first_line, int first_col)
    : text_(text), lineno_(first_line), first_line_(first_line), first_col_(first_col) {}

int Lexer::chars(size_t from, size_t to) const {
  int n = 0;
  for (size_t i = from; i < to && i < text_.size(); ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++n;
  return n;
}

int Lexer::column(size_t offset) const { return static_cast<int>(offset - line_begin_); }

bool Lexer::fail_located(std::string type, std::string message, int lineno, int offset, int end_lineno,
                         int end_offset, bool eager) {
  failed_ = true;
  error_.type = std::move(type);
  error_.message = std::move(message);
  error_.lineno = lineno;
  error_.offset = offset;
  error_.end_lineno = end_lineno;
  error_.end_offset = end_offset;
  error_.eager = eager;
  return false;
}

bool Lexer::fail_at(std::string message, size_t cur) {
  int offset = chars(line_begin_, cur);
  if (lineno_ == first_line_) offset += first_col_;
  return fail_located("SyntaxError", std::move(message), lineno_, offset, lineno_, offset, true);
}

void Lexer::emit(TokenKind kind, size_t start, int start_line, size_t start_line_begin) {
  Token t;
  t.kind = kind;
  t.start = static_cast<uint32_t>(start);
  t.end = static_cast<uint32_t>(pos_);
  t.lineno = start_line;
  t.col_offset = static_cast<int32_t>(start - start_line_begin);
  t.end_lineno = lineno_;
  t.end_col_offset = static_cast<int32_t>(pos_ - line_begin_);
  // CPython shifts a token's columns only when the token ends on the first
  // line of an f-string expression (initialize_token in pegen.c).
  if (lineno_ == first_line_) {
    t.col_offset += first_col_;
    t.end_col_offset += first_col_;
  }
  out_->push_back(t);
}

void Lexer::new_line(size_t next_line_begin) {
  ++lineno_;
  line_begin_ = next_line_begin;
}

void Lexer::tokenize(std::vector<Token>& tokens) {
  out_ = &tokens;
  while (lex_token()) {
  }
  if (failed_) {
    Token t;
    t.kind = TokenKind::Error;
    t.start = t.end = static_cast<uint32_t>(pos_);
    t.lineno = t.end_lineno = error_.lineno;
    t.col_offset = t.end_col_offset = -1;
    tokens.push_back(t);
  }
}

/// Measures the indentation of a new line and queues INDENT/DEDENT tokens,
/// as tok_get does at the beginning of a line. Blank and comment-only lines
/// leave the indentation alone; inside brackets indentation is ignored.
bool Lexer::indentation() {
  at_bol_ = false;
  int col = 0, altcol = 0;
  for (;;) {
    char c = peek();
    if (c == ' ') {
      ++col, ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
    ++pos_;
  }
  char c = peek();
  // Lines holding only whitespace or a comment produce no tokens at all.
  bool blank = !at_end() && (c == '#' || c == '\n');
  blank_line_ = blank;
  if (blank || !brackets_.empty()) return true;

  if (col == indents_.back()) {
    if (altcol != alt_indents_.back()) goto tab_error;
  } else if (col > indents_.back()) {
    if (indents_.size() >= kMaxIndent) {
      return fail_located("IndentationError", "too many levels of indentation", lineno_, 1, lineno_, 0, false);
    }
    if (altcol <= alt_indents_.back()) goto tab_error;
    indents_.push_back(col);
    alt_indents_.push_back(altcol);
    emit_simple(TokenKind::Indent, pos_);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      emit_simple(TokenKind::Dedent, pos_);
    }
    if (col != indents_.back()) {
      size_t eol = text_.find('\n', pos_);
      int offset = chars(line_begin_, eol + 1);
      return fail_located("IndentationError", "unindent does not match any outer indentation level", lineno_,
                          offset, lineno_, -1, false);
    }
    if (altcol != alt_indents_.back()) goto tab_error;
  }
  return true;

tab_error:
  return fail_located("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 1, lineno_, 0, false);
}

bool Lexer::lex_token() {
  if (failed_) return false;
  if (at_bol_) {
    if (!indentation()) return false;
  }
  // Skip spaces, tabs and form feeds (tok_get's `again:`).
  while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++pos_;
  if (!at_end() && peek() == '#') {
    while (!at_end() && peek() != '\n') ++pos_;
  }
  if (at_end()) {
    if (!brackets_.empty()) {
      // EOF inside brackets: CPython reports the innermost unclosed one.
      const Bracket& b = brackets_.back();
      fail_located("SyntaxError", std::string("'") + b.open + "' was never closed", b.lineno, b.col_offset + 1,
                   b.lineno, 0, false);
      error_.unclosed_lineno = b.lineno;
      return false;
    }
    // The tokenizer reads no line past the last one: the final DEDENTs and
    // ENDMARKER sit at the end of the last line, newline included.
    size_t last_line_begin = text_.rfind('\n', pos_ >= 2 ? pos_ - 2 : 0);
    last_line_begin = last_line_begin == std::string_view::npos || pos_ < 2 ? 0 : last_line_begin + 1;
    Token t;
    t.start = t.end = static_cast<uint32_t>(pos_);
    t.lineno = t.end_lineno = lineno_ > first_line_ ? lineno_ - 1 : lineno_;
    t.col_offset = t.end_col_offset = static_cast<int32_t>(pos_ - last_line_begin);
    t.kind = TokenKind::Dedent;
    for (size_t i = 1; i < indents_.size(); ++i) out_->push_back(t);
    indents_.resize(1);
    alt_indents_.resize(1);
    t.kind = TokenKind::EndMarker;
    out_->push_back(t);
    return false;
  }

  size_t start = pos_;
  char c = peek();

  if (c == '\n') {
    ++pos_;
    bool blank = blank_line_;
    if (!blank && brackets_.empty()) {
      pos_ = start;
      ++pos_;
      Token t;
      t.kind = TokenKind::Newline;
      t.start = static_cast<uint32_t>(start);
      t.end = static_cast<uint32_t>(start + 1);
      t.lineno = t.end_lineno = lineno_;
      t.col_offset = column(start);
      t.end_col_offset = column(start) + 1;
      if (lineno_ == first_line_) t.col_offset += first_col_, t.end_col_offset += first_col_;
      out_->push_back(t);
    }
    new_line(pos_);
    at_bol_ = true;
    return true;
  }

  if (c == '\\') {
    if (peek(1) != '\n') {
      ++pos_;
      int offset = chars(line_begin_, pos_ + 1);
      return fail_located("SyntaxError", "unexpected character after line continuation character", lineno_, offset,
                          lineno_, 0, false);
    }
    pos_ += 2;
    if (at_end()) {
      int offset = chars(line_begin_, pos_);
      return fail_located("SyntaxError", "unexpected EOF while parsing", lineno_, offset, lineno_, -1, false);
    }
    new_line(pos_);
    return true;
  }

  if (is_identifier_start(c)) return lex_name(start);
  if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return lex_number(start);
  if (c == '\'' || c == '"') return lex_string(start, start);
  return lex_operator(start);
}

bool Lexer::lex_name(size_t start) {
  // String prefixes: any combination CPython accepts (b, r, u, f, br, rb,
  // fr, rf in any case) directly followed by a quote.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    char c = peek();
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
    else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
    else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
    else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
    else break;
    ++pos_;
    if (peek() == '"' || peek() == '\'') return lex_string(start, pos_);
  }
  bool nonascii = false;
  while (!at_end() && is_identifier_char(peek())) {
    if (static_cast<unsigned char>(peek()) >= 128) nonascii = true;
    ++pos_;
  }
  if (nonascii && !verify_identifier(start, pos_)) return false;
  emit_simple(nonascii ? TokenKind::Name : keyword_or_name(text_.substr(start, pos_ - start)), start);
  out_->back().non_ascii = nonascii;
  return true;
}

/// _PyUnicode_ScanIdentifier: the first character must be XID_Start or '_',
/// the rest XID_Continue; otherwise CPython names the offending character.
bool Lexer::verify_identifier(size_t start, size_t end) {
  size_t i = start;
  bool first = true;
  while (i < end) {
    char32_t cp;
    int len = decode_one(text_.data() + i, cp);
    bool ok;
    if (cp < 128) {
      bool alpha = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
      ok = alpha || (!first && cp >= '0' && cp <= '9');
    } else {
      ok = first ? is_xid_start(cp) : is_xid_continue(cp);
    }
    if (!ok) {
      size_t cur = i + len;
      if (is_printable(cp)) {
        std::string message = "invalid character '";
        message.append(text_.substr(i, len));
        message += "' (U+" + hex4(cp) + ")";
        return fail_at(std::move(message), cur);
      }
      return fail_at("invalid non-printable character U+" + hex4(cp), cur);
    }
    first = false;
    i += len;
  }
  return true;
}

/// After a number: a following letter makes "invalid <kind> literal", except
/// for the keywords that may legally follow a number (`1if x else 2`).
bool Lexer::verify_end_of_number(const char* kind) {
  char c = peek();
  auto follows = [&](std::string_view word) { return text_.substr(pos_, word.size()) == word; };
  bool keyword = (c == 'a' && follows("and")) || (c == 'e' && follows("else")) || (c == 'f' && follows("for")) ||
                 (c == 'i' && (peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's')) ||
                 (c == 'o' && follows("or")) || (c == 'n' && follows("not"));
  if (keyword) return true;
  if (!at_end() && is_identifier_char(c)) {
    return fail_at(std::string("invalid ") + kind + " literal", pos_ + 1 > text_.size() ? pos_ : pos_);
  }
  return true;
}

bool Lexer::lex_number(size_t start) {
  // Consumes digits with single underscores between them; false on a bad
  // underscore (tok_decimal_tail).
  auto decimal_tail = [&]() -> bool {
    for (;;) {
      while (is_digit(peek())) ++pos_;
      if (peek() != '_') return true;
      ++pos_;
      if (!is_digit(peek())) return fail_here("invalid decimal literal");
    }
  };
  auto exponent = [&]() -> int {  // 1: consumed, 0: not an exponent, -1: error
    char e = peek();
    size_t at = pos_;
    ++pos_;
    if (peek() == '+' || peek() == '-') {
      ++pos_;
      if (!is_digit(peek())) return fail_here("invalid decimal literal") ? -1 : -1;
    } else if (!is_digit(peek())) {
      pos_ = at;  // `1e` followed by a keyword such as `else`
      (void)e;
      return verify_end_of_number("decimal") ? 0 : -1;
    }
    return decimal_tail() ? 1 : -1;
  };
  auto imaginary_or_end = [&]() -> bool {
    if (peek() == 'j' || peek() == 'J') {
      ++pos_;
      return verify_end_of_number("imaginary");
    }
    return verify_end_of_number("decimal");
  };
  auto fraction_rest = [&]() -> bool {  // after the '.'
    if (is_digit(peek()) && !decimal_tail()) return false;
    if (peek() == 'e' || peek() == 'E') {
      int r = exponent();
      if (r < 0) return false;
      if (r == 0) return true;
    }
    return imaginary_or_end();
  };

  bool ok = true;
  char c = peek();
  if (c == '.') {
    ++pos_;
    ok = fraction_rest();
  } else if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' || peek(1) == 'b' ||
                          peek(1) == 'B')) {
    char base = static_cast<char>(peek(1) | 0x20);
    pos_ += 2;
    auto in_base = [&](char d) {
      return base == 'x' ? is_hex_digit(d) : base == 'o' ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
    };
    const char* name = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
    do {
      if (peek() == '_') ++pos_;
      if (!in_base(peek())) {
        if (base != 'x' && is_digit(peek())) {
          ++pos_;
          return fail_here(std::string("invalid digit '") + text_[pos_ - 1] + "' in " + name + " literal");
        }
        return fail_here(std::string("invalid ") + name + " literal");
      }
      while (in_base(peek())) ++pos_;
    } while (peek() == '_');
    if (base != 'x' && is_digit(peek())) {
      ++pos_;
      return fail_here(std::string("invalid digit '") + text_[pos_ - 1] + "' in " + name + " literal");
    }
    ok = verify_end_of_number(name);
  } else if (c == '0') {
    // Zeros, then maybe more digits: only allowed if it becomes a float or
    // an imaginary number ("leading zeros ... not permitted" otherwise).
    for (;;) {
      if (peek() == '_') {
        ++pos_;
        if (!is_digit(peek())) return fail_here("invalid decimal literal");
      }
      if (peek() != '0') break;
      ++pos_;
    }
    size_t zeros_end = pos_;
    bool nonzero = false;
    if (is_digit(peek())) {
      nonzero = true;
      if (!decimal_tail()) return false;
    }
    if (peek() == '.') {
      ++pos_;
      ok = fraction_rest();
    } else if (peek() == 'e' || peek() == 'E') {
      int r = exponent();
      if (r < 0) return false;
      ok = r == 0 ? true : imaginary_or_end();
    } else if (peek() == 'j' || peek() == 'J') {
      ++pos_;
      ok = verify_end_of_number("imaginary");
    } else if (nonzero) {
      int offset = chars(line_begin_, start) + 1;
      int end_offset = chars(line_begin_, zeros_end) + 1;
      if (lineno_ == first_line_) offset += first_col_, end_offset += first_col_;
      return fail_located("SyntaxError",
                          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                          "integers",
                          lineno_, offset, lineno_, end_offset, true);
    } else {
      ok = verify_end_of_number("decimal");
    }
  } else {
    if (!decimal_tail()) return false;
    if (peek() == '.') {
      ++pos_;
      ok = fraction_rest();
    } else if (peek() == 'e' || peek() == 'E') {
      int r = exponent();
      if (r < 0) return false;
      ok = r == 0 ? true : imaginary_or_end();
    } else {
      ok = imaginary_or_end();
    }
  }
  if (!ok) return false;
  emit_simple(TokenKind::Number, start);
  return true;
}

bool Lexer::lex_string(size_t start, size_t quote_at) {
  pos_ = quote_at;
  char quote = peek();
  int start_line = lineno_;
  size_t start_line_begin = line_begin_;
  size_t quote_size = 1;
  if (peek(1) == quote && peek(2) == quote) {
    quote_size = 3;
    pos_ += 3;
  } else {
    pos_ += 1;
  }
  size_t end_quotes = 0;
  while (end_quotes != quote_size) {
    if (at_end() || (quote_size == 1 && peek() == '\n')) {
      // Report from the token's start, as CPython does.
      // At the end of input CPython has read no further line than the last.
      int detected = at_end() ? lineno_ - 1 : lineno_;
      int offset = chars(start_line_begin, start + 1);
      if (start_line == first_line_) offset += first_col_;
      std::string message = quote_size == 3 ? "unterminated triple-quoted string literal (detected at line "
                                            : "unterminated string literal (detected at line ";
      message += std::to_string(detected) + ")";
      return fail_located("SyntaxError", std::move(message), start_line, offset, start_line, offset, true);
    }
    char c = text_[pos_++];
    if (c == quote) {
      ++end_quotes;
    } else {
      end_quotes = 0;
      if (c == '\\' && !at_end()) c = text_[pos_++];
      if (c == '\n') new_line(pos_);
    }
  }
  emit(TokenKind::String, start, start_line, start_line_begin);
  return true;
}

bool Lexer::lex_operator(size_t start) {
  // Longest match first, as the tokenizer's PyToken_ThreeChars/TwoChars do.
  char c = peek(), c1 = peek(1), c2 = peek(2);
  TokenKind kind = TokenKind::Unknown;
  size_t len = 1;
  auto two = [&](char second, TokenKind k2, TokenKind k1) {
    if (c1 == second) {
      len = 2;
      return k2;
    }
    return k1;
  };
  switch (c) {
    case '(': kind = TokenKind::LPar; break;
    case ')': kind = TokenKind::RPar; break;
    case '[': kind = TokenKind::LSqb; break;
    case ']': kind = TokenKind::RSqb; break;
    case '{': kind = TokenKind::LBrace; break;
    case '}': kind = TokenKind::RBrace; break;
    case ',': kind = TokenKind::Comma; break;
    case ';': kind = TokenKind::Semi; break;
    case '~': kind = TokenKind::Tilde; break;
    case ':': kind = two('=', TokenKind::ColonEqual, TokenKind::Colon); break;
    case '+': kind = two('=', TokenKind::PlusEqual, TokenKind::Plus); break;
    case '%': kind = two('=', TokenKind::PercentEqual, TokenKind::Percent); break;
    case '&': kind = two('=', TokenKind::AmperEqual, TokenKind::Amper); break;
    case '|': kind = two('=', TokenKind::VBarEqual, TokenKind::VBar); break;
    case '^': kind = two('=', TokenKind::CircumFlexEqual, TokenKind::CircumFlex); break;
    case '@': kind = two('=', TokenKind::AtEqual, TokenKind::At); break;
    case '=': kind = two('=', TokenKind::EqEqual, TokenKind::Equal); break;
    case '!': kind = two('=', TokenKind::NotEqual, TokenKind::Unknown); break;
    case '-':
      if (c1 == '=') kind = TokenKind::MinEqual, len = 2;
      else if (c1 == '>') kind = TokenKind::RArrow, len = 2;
      else kind = TokenKind::Minus;
      break;
    case '.':
      if (c1 == '.' && c2 == '.') kind = TokenKind::Ellipsis, len = 3;
      else kind = TokenKind::Dot;
      break;
    case '*':
      if (c1 == '*') kind = c2 == '=' ? (len = 3, TokenKind::DoubleStarEqual) : (len = 2, TokenKind::DoubleStar);
      else kind = two('=', TokenKind::StarEqual, TokenKind::Star);
      break;
    case '/':
      if (c1 == '/') kind = c2 == '=' ? (len = 3, TokenKind::DoubleSlashEqual) : (len = 2, TokenKind::DoubleSlash);
      else kind = two('=', TokenKind::SlashEqual, TokenKind::Slash);
      break;
    case '<':
      if (c1 == '<') kind = c2 == '=' ? (len = 3, TokenKind::LeftShiftEqual) : (len = 2, TokenKind::LeftShift);
      else if (c1 == '=') kind = TokenKind::LessEqual, len = 2;
      else if (c1 == '>') kind = TokenKind::LessGreater, len = 2;
      else kind = TokenKind::Less;
      break;
    case '>':
      if (c1 == '>') kind = c2 == '=' ? (len = 3, TokenKind::RightShiftEqual) : (len = 2, TokenKind::RightShift);
      else kind = two('=', TokenKind::GreaterEqual, TokenKind::Greater);
      break;
    default: {
      unsigned char u = static_cast<unsigned char>(c);
      if (u < 128 && !is_printable(u)) {
        ++pos_;
        return fail_here("invalid non-printable character U+" + hex4(u));
      }
    }
  }
  pos_ += len;
  switch (c) {
    case '(':
    case '[':
    case '{':
      if (brackets_.size() >= kMaxBrackets) return fail_here("too many nested parentheses");
      brackets_.push_back({c, lineno_, column(start) + (lineno_ == first_line_ ? first_col_ : 0)});
      break;
    case ')':
    case ']':
    case '}': {
      if (brackets_.empty()) return fail_here(std::string("unmatched '") + c + "'");
      Bracket open = brackets_.back();
      brackets_.pop_back();
      char want = open.open == '(' ? ')' : open.open == '[' ? ']' : '}';
      if (c != want) {
        std::string message = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" +
                              open.open + "'";
        if (open.lineno != lineno_) message += " on line " + std::to_string(open.lineno);
        return fail_here(std::move(message));
      }
      break;
    }
    default:
      break;
  }
  emit_simple(kind, start);
  return true;
}

}  // namespace ingot::syntax
