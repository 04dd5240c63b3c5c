// String literals: python.gram's `strings: STRING+`, implicit concatenation,
// and f-strings as CPython 3.11 builds them (Parser/string_parser.c):
// JoinedStr of Constant and FormattedValue parts, each expression parsed
// by a nested parser over "(expr)" with positions mapped back.
#include <string>

#include "syntax/parser.h"
#include "syntax/string_literal.h"

namespace ingot::syntax {

using K = TokenKind;

namespace {

constexpr int kMaxFStringNesting = 2;

/// The pieces of one STRING token.
struct StringToken {
  std::string_view text;  // whole token, prefix included
  std::string_view body;  // between the quotes
  size_t body_offset = 0; // of body within text
  bool bytes = false, raw = false, fstring = false, unicode = false;
};

StringToken split_string_token(std::string_view text) {
  StringToken s;
  s.text = text;
  size_t i = 0;
  while (text[i] != '\'' && text[i] != '"') {
    char c = static_cast<char>(text[i] | 0x20);
    if (c == 'b') s.bytes = true;
    if (c == 'r') s.raw = true;
    if (c == 'f') s.fstring = true;
    if (c == 'u') s.unicode = true;
    ++i;
  }
  char q = text[i];
  size_t quotes = (text.size() - i >= 6 && text[i + 1] == q && text[i + 2] == q) ? 3 : 1;
  s.body_offset = i + quotes;
  s.body = text.substr(i + quotes, text.size() - i - 2 * quotes);
  return s;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

/// The state of CPython's FstringParser across the tokens of one `strings`.
class FStringParser {
 public:
  FStringParser(Parser& p, const Token& first, const Token& last) : p_(p), first_(first), last_(last) {}

  /// _PyPegen_FstringParser_ConcatAndDel: append literal text.
  void concat(std::string_view s) { last_str_.append(s); }

  /// _PyPegen_FstringParser_ConcatFstring over one token's body.
  void concat_fstring(const StringToken& st, const Token& t, size_t& pos, size_t end, int recurse_lvl) {
    fmode_ = true;
    for (;;) {
      std::string literal;
      std::string_view expr_text;
      expr* expression = nullptr;
      int result = find_literal_and_expr(st, t, pos, end, recurse_lvl, literal, expr_text, expression);
      concat(literal);
      concat(expr_text);  // the "expr=" of a self-documenting field
      if (result == 1) continue;
      if (!expression) break;
      flush_literal(first_, last_);
      values_.push_back(expression);
    }
    if (recurse_lvl == 0 && pos < end) p_.fail_last("f-string: unexpected end of string");
    if (recurse_lvl != 0 && (pos >= end || st.body[pos] != '}')) p_.fail_last("f-string: expecting '}'");
  }

  /// _PyPegen_FstringParser_Finish.
  expr* finish(const Token& first, const Token& last) {
    if (!fmode_) return make_str(first, last);
    flush_literal(first, last);
    JoinedStr* j = p_.arena_.make<JoinedStr>();
    j->span = Span{first.lineno, first.col_offset, last.end_lineno, last.end_col_offset};
    j->values = p_.seq(values_);
    return j;
  }

 private:
  Constant* make_str(const Token& first, const Token& last) {
    Constant* c = p_.arena_.make<Constant>();
    c->span = Span{first.lineno, first.col_offset, last.end_lineno, last.end_col_offset};
    c->value.tag = ConstantValue::Tag::Str;
    c->value.text = p_.arena_.copy(last_str_);
    std::string_view first_text = p_.text_of(first_);
    if (!first_text.empty() && first_text[0] == 'u') c->kind_ = "u";
    last_str_.clear();
    return c;
  }

  void flush_literal(const Token& first, const Token& last) {
    if (last_str_.empty()) return;
    values_.push_back(make_str(first, last));
  }

  /// fstring_find_literal: literal text up to an un-doubled brace.
  int find_literal(const StringToken& st, size_t& pos, size_t end, int recurse_lvl, std::string& literal) {
    std::string_view s = st.body;
    size_t i = pos;
    size_t literal_start = pos;
    int result = 0;
    size_t literal_end;
    while (i < end) {
      char ch = s[i++];
      if (!st.raw && ch == '\\' && i < end) {
        ch = s[i++];
        if (ch == 'N') {
          // Skip "\N{NAME}" so its braces are not taken for an expression.
          if (i < end && s[i++] == '{') {
            while (i < end && s[i++] != '}') {
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (i < end && s[i] == ch) {
            // A doubled brace: the literal keeps one of them.
            literal_end = i;
            pos = i + 1;
            result = 1;
            goto done;
          }
          if (ch == '}') {
            pos = i - 1;
            p_.fail_last("f-string: single '}' is not allowed");
          }
        }
        --i;
        break;
      }
    }
    pos = i;
    literal_end = i;
  done:
    if (literal_end != literal_start) {
      std::string_view chunk = s.substr(literal_start, literal_end - literal_start);
      std::string error;
      if (!decode_string_body(chunk, st.raw, false, literal, error)) p_.fail_last(error);
    }
    return result;
  }

  int find_literal_and_expr(const StringToken& st, const Token& t, size_t& pos, size_t end, int recurse_lvl,
                            std::string& literal, std::string_view& expr_text, expr*& expression) {
    int result = find_literal(st, pos, end, recurse_lvl, literal);
    if (result == 1) return 1;
    if (pos >= end || st.body[pos] == '}') return 0;
    find_expr(st, t, pos, end, recurse_lvl, expr_text, expression);
    return 0;
  }

  /// fstring_find_expr: one replacement field `{expr[=][!c][:spec]}`.
  void find_expr(const StringToken& st, const Token& t, size_t& pos, size_t end, int recurse_lvl,
                 std::string_view& expr_text, expr*& expression) {
    std::string_view s = st.body;
    if (recurse_lvl >= kMaxFStringNesting) p_.fail_last("f-string: expressions nested too deeply");
    ++pos;  // the '{'
    size_t expr_start = pos;
    char quote_char = 0;
    int string_type = 0;
    std::string parens;
    for (; pos < end; ++pos) {
      char ch = s[pos];
      if (ch == '\\') p_.fail_last("f-string expression part cannot include a backslash");
      if (quote_char) {
        if (ch == quote_char) {
          if (string_type == 3) {
            if (pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch) {
              pos += 2;
              string_type = 0;
              quote_char = 0;
              continue;
            }
          } else {
            string_type = 0;
            quote_char = 0;
            continue;
          }
        }
      } else if (ch == '\'' || ch == '"') {
        if (pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch) {
          string_type = 3;
          pos += 2;
        } else {
          string_type = 1;
        }
        quote_char = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (parens.size() >= 200) p_.fail_last("f-string: too many nested parenthesis");
        parens.push_back(ch);
      } else if (ch == '#') {
        p_.fail_last("f-string expression part cannot include '#'");
      } else if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (pos + 1 < end) {
          char next = s[pos + 1];
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
              (ch == '>' && next == '=')) {
            ++pos;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (parens.empty()) p_.fail_last(std::string("f-string: unmatched '") + ch + "'");
        char opening = parens.back();
        parens.pop_back();
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
          p_.fail_last(std::string("f-string: closing parenthesis '") + ch +
                       "' does not match opening parenthesis '" + opening + "'");
        }
      }
    }
    size_t expr_end = pos;
    if (quote_char) p_.fail_last("f-string: unterminated string");
    if (!parens.empty()) p_.fail_last(std::string("f-string: unmatched '") + parens.back() + "'");
    if (pos >= end) p_.fail_last("f-string: expecting '}'");

    expr* simple = compile_expr(st, t, expr_start, expr_end);

    bool has_text = false;
    if (s[pos] == '=') {
      ++pos;
      while (pos < end && is_space(s[pos])) ++pos;
      if (pos >= end) p_.fail_last("f-string: expecting '}'");
      expr_text = s.substr(expr_start, pos - expr_start);
      has_text = true;
    }
    int conversion = -1;
    if (s[pos] == '!') {
      ++pos;
      if (pos >= end) p_.fail_last("f-string: expecting '}'");
      conversion = static_cast<unsigned char>(s[pos]);
      ++pos;
      if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
        p_.fail_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    expr* format_spec = nullptr;
    if (pos >= end) p_.fail_last("f-string: expecting '}'");
    if (s[pos] == ':') {
      ++pos;
      if (pos >= end) p_.fail_last("f-string: expecting '}'");
      // fstring_parse: a nested f-string up to the closing brace, whose
      // JoinedStr is located at this token alone.
      FStringParser spec(p_, first_, last_);
      spec.concat_fstring(st, t, pos, end, recurse_lvl + 1);
      format_spec = spec.finish(t, t);
    }
    if (pos >= end || s[pos] != '}') p_.fail_last("f-string: expecting '}'");
    ++pos;
    // "expr=" without a conversion or format spec shows the repr().
    if (has_text && format_spec == nullptr && conversion == -1) conversion = 'r';
    FormattedValue* f = p_.arena_.make<FormattedValue>();
    f->span = Span{first_.lineno, first_.col_offset, last_.end_lineno, last_.end_col_offset};
    f->value = simple;
    f->conversion = conversion;
    f->format_spec = format_spec;
    expression = f;
  }

  /// fstring_compile_expr: parse "(expr)" with positions mapped back to the
  /// token (fstring_find_expr_location).
  expr* compile_expr(const StringToken& st, const Token& t, size_t expr_start, size_t expr_end) {
    std::string_view s = st.body;
    size_t i = expr_start;
    while (i < expr_end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f')) ++i;
    if (i == expr_end) {
      char next = expr_end < s.size() ? s[expr_end] : '\0';
      if (next == '!' || next == ':' || next == '=')
        p_.fail_last(std::string("f-string: expression required before '") + next + "'");
      p_.fail_last("f-string: empty expression not allowed");
    }

    // Location of the '{' within the token: lines before it, and its column
    // (unless only whitespace separates it from a newline).
    size_t brace = st.body_offset + expr_start - 1;  // index in st.text
    std::string_view parent = st.text;
    int lines = 0, cols = 0;
    bool newline_after_brace = true;
    for (size_t k = brace + 1; k < parent.size() && parent[k] != '}' && parent[k] != '\n'; ++k) {
      if (parent[k] != ' ' && parent[k] != '\t' && parent[k] != '\f') {
        newline_after_brace = false;
        break;
      }
    }
    if (!newline_after_brace) {
      size_t k = brace;
      while (k > 0 && parent[k] != '\n') --k;
      cols = static_cast<int>(brace - k);
      if (parent[k] == '\n') cols -= 1;
    }
    for (size_t k = 0; k < brace; ++k)
      if (parent[k] == '\n') ++lines;
    int first_line = t.lineno + lines;
    int first_col = lines != 0 ? cols : t.col_offset + cols;

    std::string sub;
    sub.reserve(expr_end - expr_start + 3);
    sub += '(';
    sub.append(s.substr(expr_start, expr_end - expr_start));
    sub += ")\n";
    std::string_view text = p_.arena_.copy(sub);

    std::vector<Token> tokens;
    Lexer lexer(text, first_line, first_col);
    lexer.tokenize(tokens);
    Parser sub_parser(text, tokens, lexer.failed() ? &lexer.error() : nullptr, p_.arena_, p_.depth_ + 1);
    try {
      return sub_parser.fstring_expression();
    } catch (ParseFailure& f) {
      if (f.generic || f.error.message.rfind("f-string", 0) != 0) f.error.message = "f-string: " + f.error.message;
      f.error.line = p_.line_text(f.error.lineno);
      f.generic = false;
      throw;
    }
  }

  Parser& p_;
  const Token& first_;
  const Token& last_;
  bool fmode_ = false;
  std::string last_str_;
  std::vector<expr*> values_;
};

/// strings: STRING+ — adjacent literals concatenated, f-strings expanded.
expr* Parser::strings() {
  size_t first_index = pos_;
  while (at(K::String)) advance();
  const Token& first = tokens_[first_index];
  const Token& last = tokens_[pos_ - 1];

  FStringParser state(*this, first, last);
  std::string bytes;
  bool bytesmode = false;
  for (size_t i = first_index; i < pos_; ++i) {
    const Token& t = tokens_[i];
    StringToken st = split_string_token(text_of(t));
    if (i != first_index && bytesmode != st.bytes) fail_last("cannot mix bytes and nonbytes literals");
    bytesmode = st.bytes;
    if (st.fstring) {
      size_t pos = 0;
      state.concat_fstring(st, t, pos, st.body.size(), 0);
      continue;
    }
    if (st.bytes) {
      for (char c : st.body) {
        if (static_cast<unsigned char>(c) >= 128) fail_at(t, "bytes can only contain ASCII literal characters");
      }
    }
    std::string decoded;
    std::string error;
    if (!decode_string_body(st.body, st.raw, st.bytes, decoded, error)) fail_last(error);
    if (st.bytes) bytes += decoded;
    else state.concat(decoded);
  }
  if (bytesmode) {
    Constant* c = arena_.make<Constant>();
    c->span = Span{first.lineno, first.col_offset, last.end_lineno, last.end_col_offset};
    c->value.tag = ConstantValue::Tag::Bytes;
    c->value.text = arena_.copy(bytes);
    return c;
  }
  return state.finish(first, last);
}

}  // namespace ingot::syntax
