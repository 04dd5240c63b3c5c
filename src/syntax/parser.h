// The parser: a hand-written recursive-descent parser for CPython 3.11's PEG
// grammar (Grammar/python.gram). Each method is named after the grammar rule
// it implements and cites it; where the PEG grammar backtracks, the parser
// either looks ahead or marks and resets, so it accepts exactly the programs
// CPython accepts and builds the same AST with the same positions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/ast_nodes.h"
#include "syntax/lexer.h"
#include "syntax/parse.h"
#include "syntax/token.h"

namespace ingot::syntax {

/// Thrown inside the parser to unwind to parse_module on a syntax error.
struct ParseFailure {
  SyntaxError error;
  bool generic = false;  // plain "invalid syntax": a tokenizer error may win
};

class Parser {
 public:
  /// `text` is the decoded source the tokens index; `lex_error` is the
  /// tokenizer's error if it stopped early (its stream ends in an Error token).
  Parser(std::string_view text, const std::vector<Token>& tokens, const LexError* lex_error, Arena& arena,
         int depth = 0);

  /// file: [statements] ENDMARKER
  Module* file();
  /// fstring: star_expressions — the expression inside an f-string's braces.
  expr* fstring_expression();

 private:
  friend class FStringParser;
  // ---- token access (parser_support.cpp) ----
  const Token& peek(size_t ahead = 0) {
    size_t i = pos_ + ahead;
    if (i >= last_) return peek_last(i);
    if (i > furthest_) furthest_ = i;
    return tokens_[i];
  }
  /// peek() at or past the final token (ENDMARKER, or the tokenizer's Error).
  const Token& peek_last(size_t i);
  TokenKind kind(size_t ahead = 0) { return peek(ahead).kind; }
  bool at(TokenKind k) { return kind() == k; }
  bool at_name(std::string_view soft_keyword);
  bool accept(TokenKind k);
  const Token& advance();
  const Token& expect(TokenKind k);
  /// `&&'x'` in the grammar: a token that must follow; raises "expected 'x'".
  const Token& expect_forced(TokenKind k, const char* text);
  size_t mark() const { return pos_; }
  void reset(size_t m) { pos_ = m; }
  std::string_view text_of(const Token& t) const { return text_.substr(t.start, t.end - t.start); }
  Identifier name_of_token(const Token& t);
  /// Span from `start` to the end of the last consumed token that is not
  /// NEWLINE/INDENT/DEDENT (CPython's EXTRA).
  Span span_from(const Token& start) const;
  Span span_from(const Span& start) const;

  template <class T>
  T* make(const Token& start) {
    T* node = arena_.make<T>();
    node->span = span_from(start);
    return node;
  }
  template <class T>
  Seq<T> seq(const std::vector<T>& items) {
    return arena_.copy(items.data(), items.size());
  }

  /// A list of node pointers collected on a stack shared by all rules, so
  /// that building a list costs no heap allocation; rules nest, so each
  /// list only ever grows at the top of the stack.
  template <class T>
  class Scratch {
   public:
    explicit Scratch(Parser& p) : p_(p), base_(p.scratch_.size()) {}
    ~Scratch() { p_.scratch_.resize(base_); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    void push_back(T item) { p_.scratch_.push_back(item); }
    size_t size() const { return p_.scratch_.size() - base_; }
    bool empty() const { return size() == 0; }
    T operator[](size_t i) const { return static_cast<T>(p_.scratch_[base_ + i]); }
    Seq<T> finish() {
      Seq<T> out;
      if (size() == 0) return out;
      out.items = static_cast<T*>(p_.arena_.allocate(sizeof(T) * size(), alignof(T)));
      out.count = static_cast<uint32_t>(size());
      for (size_t i = 0; i < size(); ++i) out.items[i] = (*this)[i];
      return out;
    }

   private:
    Parser& p_;
    size_t base_;
  };

  [[noreturn]] void fail_generic();
  [[noreturn]] void fail_at(const Token& t, std::string message, const char* type = "SyntaxError");
  [[noreturn]] void fail_span(const Span& s, std::string message, const char* type = "SyntaxError");
  [[noreturn]] void fail_last(std::string message, const char* type = "SyntaxError");
  SyntaxError located(int lineno, int col, int end_lineno, int end_col, std::string message,
                      const char* type) const;
  std::string line_text(int lineno) const;

  /// Guards recursion; CPython raises for nesting it cannot handle.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser);
    ~DepthGuard() { --p.depth_; }
  };

  // ---- statements (parser_statements.cpp) ----
  void statements(Scratch<stmt*>& out);
  void statement(Scratch<stmt*>& out);
  void simple_stmts(Scratch<stmt*>& out);
  stmt* simple_stmt();
  stmt* compound_stmt();
  stmt* expression_or_assignment_stmt();
  stmt* return_stmt();
  stmt* raise_stmt();
  stmt* global_or_nonlocal_stmt();
  stmt* del_stmt();
  stmt* assert_stmt();
  stmt* import_name();
  stmt* import_from();
  alias* dotted_as_name();
  alias* import_from_as_name();
  Identifier dotted_name();
  Seq<stmt*> block(const char* construct, const Token& header);
  stmt* function_def(std::vector<expr*> decorators, const Token* first_decorator);
  stmt* class_def(std::vector<expr*> decorators);
  stmt* decorated();
  stmt* if_stmt(bool elif);
  Seq<stmt*> else_block();
  stmt* while_stmt();
  stmt* for_stmt(const Token* async_token);
  stmt* with_stmt(const Token* async_token);
  withitem* with_item();
  stmt* try_stmt();
  excepthandler* except_block(bool star);
  stmt* match_stmt();
  bool looks_like_match_stmt();
  match_case* case_block();

  // ---- function parameters (parser_parameters.cpp) ----
  arguments* params(bool lambda);
  arg* param(bool lambda, bool star_annotation);
  expr* default_value();

  // ---- expressions (parser_expressions.cpp) ----
  expr* star_expressions();
  expr* star_expression();
  expr* star_named_expression();
  void star_named_expressions(Scratch<expr*>& out, TokenKind close);
  expr* named_expression();
  expr* expression();
  expr* yield_expr();
  expr* lambdef();
  expr* disjunction();
  expr* conjunction();
  expr* inversion();
  expr* comparison();
  expr* bitwise_or();
  expr* bitwise_xor();
  expr* bitwise_and();
  expr* shift_expr();
  expr* sum();
  expr* term();
  expr* factor();
  expr* power();
  expr* await_primary();
  expr* primary();
  expr* atom();
  expr* slices();
  expr* slice();
  expr* group_tuple_or_genexp();
  expr* list_or_listcomp();
  expr* dict_set_or_comprehension();
  void for_if_clauses(std::vector<comprehension*>& out);
  bool at_for_if_clause();
  /// '(' [arguments] ')' of a call or class header. `allow_bare_genexp`:
  /// `f(x for x in y)` (primary genexp) is a call but not a class header.
  void call_arguments(Seq<expr*>& args, Seq<keyword*>& keywords, bool allow_bare_genexp);
  expr* starred_expression();
  expr* number(const Token& t);
  /// star_targets for `for` loops and comprehensions, which stop at 'in'.
  expr* target_list(bool for_loop);
  /// star_target: '*' (!'*' star_target) | target_with_star_atom
  expr* star_target_atom();
  /// The part of a comprehension after its element: `for ... in ...`.
  expr* comprehension_node(NodeKind kind, const Token& start, expr* elt, expr* value);

  // ---- strings and f-strings (parser_strings.cpp) ----
  expr* strings();

  // ---- assignment targets (parser_targets.cpp) ----
  /// Checks that `e` (parsed as an expression) is a valid target for the
  /// given rule and sets Store/Del context; raises CPython's message if not.
  enum class TargetKind { Star, Del, For, With, Comprehension };
  void set_target_context(expr* e, TargetKind kind);
  const expr* invalid_target(expr* e, TargetKind kind);
  static const char* expr_name(const expr* e);

  // ---- match patterns (parser_patterns.cpp) ----
  pattern* patterns();
  pattern* as_pattern_or_or_pattern();
  pattern* closed_pattern();
  pattern* literal_or_value_pattern();
  pattern* sequence_pattern();
  pattern* mapping_pattern();
  pattern* class_pattern(expr* cls, const Token& start);
  expr* signed_number();
  expr* complex_number();
  expr* name_or_attr();
  void maybe_star_patterns(std::vector<pattern*>& out, TokenKind close);
  pattern* maybe_star_pattern();

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const LexError* lex_error_;
  Arena& arena_;
  size_t pos_ = 0;
  size_t furthest_ = 0;
  size_t last_;  // index of the final token
  int depth_ = 0;
  int fstring_depth_ = 0;
  std::vector<Node*> scratch_;  // backing store of every Scratch list
};

}  // namespace ingot::syntax
