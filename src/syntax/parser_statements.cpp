// Statements: python.gram's `statements` through `compound_stmt`.
#include "syntax/parser.h"

namespace ingot::syntax {

using K = TokenKind;

/// file: [statements] ENDMARKER
Module* Parser::file() {
  Scratch<stmt*> body(*this);
  while (!at(K::EndMarker)) statement(body);
  Module* m = arena_.make<Module>();
  m->body = body.finish();
  return m;
}

/// statements: statement+
void Parser::statements(Scratch<stmt*>& out) {
  do statement(out);
  while (!at(K::Dedent) && !at(K::EndMarker));
}

/// statement: compound_stmt | simple_stmts
void Parser::statement(Scratch<stmt*>& out) {
  if (stmt* s = compound_stmt()) {
    out.push_back(s);
    return;
  }
  simple_stmts(out);
}

/// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
void Parser::simple_stmts(Scratch<stmt*>& out) {
  out.push_back(simple_stmt());
  while (accept(K::Semi)) {
    if (at(K::Newline)) break;
    out.push_back(simple_stmt());
  }
  expect(K::Newline);
}

/// simple_stmt: assignment | star_expressions | return_stmt | import_stmt
///   | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break'
///   | 'continue' | global_stmt | nonlocal_stmt
stmt* Parser::simple_stmt() {
  const Token& start = peek();
  switch (start.kind) {
    case K::KwReturn: return return_stmt();
    case K::KwImport: return import_name();
    case K::KwFrom: return import_from();
    case K::KwRaise: return raise_stmt();
    case K::KwPass: advance(); return make<Pass>(start);
    case K::KwBreak: advance(); return make<Break>(start);
    case K::KwContinue: advance(); return make<Continue>(start);
    case K::KwDel: return del_stmt();
    case K::KwAssert: return assert_stmt();
    case K::KwGlobal:
    case K::KwNonlocal: return global_or_nonlocal_stmt();
    case K::KwYield: {
      // yield_stmt: yield_expr
      expr* value = yield_expr();
      if (at(K::Equal)) fail_span(value->span, "assignment to yield expression not possible");
      Expr* s = make<Expr>(start);
      s->value = value;
      return s;
    }
    default: return expression_or_assignment_stmt();
  }
}

/// return_stmt: 'return' [star_expressions]
stmt* Parser::return_stmt() {
  const Token& start = advance();
  Return* s;
  expr* value = nullptr;
  if (!at(K::Newline) && !at(K::Semi)) value = star_expressions();
  s = make<Return>(start);
  s->value = value;
  return s;
}

/// raise_stmt: 'raise' expression ['from' expression] | 'raise'
stmt* Parser::raise_stmt() {
  const Token& start = advance();
  expr* exc = nullptr;
  expr* cause = nullptr;
  if (!at(K::Newline) && !at(K::Semi)) {
    exc = expression();
    if (accept(K::KwFrom)) cause = expression();
  }
  Raise* s = make<Raise>(start);
  s->exc = exc;
  s->cause = cause;
  return s;
}

/// global_stmt: 'global' ','.NAME+ ;  nonlocal_stmt: 'nonlocal' ','.NAME+
stmt* Parser::global_or_nonlocal_stmt() {
  const Token& start = advance();
  std::vector<Identifier> names;
  do names.push_back(name_of_token(expect(K::Name)));
  while (accept(K::Comma));
  auto ids = arena_.copy(names.data(), names.size());
  if (start.kind == K::KwGlobal) {
    Global* s = make<Global>(start);
    s->names = ids;
    return s;
  }
  Nonlocal* s = make<Nonlocal>(start);
  s->names = ids;
  return s;
}

/// del_stmt: 'del' del_targets &(';' | NEWLINE)
stmt* Parser::del_stmt() {
  const Token& start = advance();
  std::vector<expr*> targets;
  // del_targets: ','.del_target+ [',']
  for (;;) {
    expr* t = bitwise_or();
    set_target_context(t, TargetKind::Del);
    targets.push_back(t);
    if (!accept(K::Comma)) break;
    if (at(K::Semi) || at(K::Newline)) break;
  }
  if (!at(K::Semi) && !at(K::Newline)) fail_generic();
  Delete* s = make<Delete>(start);
  s->targets = seq(targets);
  return s;
}

/// assert_stmt: 'assert' expression [',' expression]
stmt* Parser::assert_stmt() {
  const Token& start = advance();
  expr* test = expression();
  expr* msg = nullptr;
  if (accept(K::Comma)) msg = expression();
  Assert* s = make<Assert>(start);
  s->test = test;
  s->msg = msg;
  return s;
}

/// dotted_name: dotted_name '.' NAME | NAME
Identifier Parser::dotted_name() {
  const Token& first = expect(K::Name);
  if (!at(K::Dot)) return name_of_token(first);
  std::string joined(name_of_token(first));
  while (accept(K::Dot)) {
    joined += '.';
    joined += name_of_token(expect(K::Name));
  }
  return arena_.copy(joined);
}

/// import_name: 'import' dotted_as_names
stmt* Parser::import_name() {
  const Token& start = advance();
  std::vector<alias*> names;
  do names.push_back(dotted_as_name());
  while (accept(K::Comma));
  Import* s = make<Import>(start);
  s->names = seq(names);
  return s;
}

/// dotted_as_name: dotted_name ['as' NAME]
alias* Parser::dotted_as_name() {
  const Token& start = peek();
  Identifier name = dotted_name();
  Identifier asname{};
  if (accept(K::KwAs)) asname = name_of_token(expect(K::Name));
  alias* a = make<alias>(start);
  a->name = name;
  a->asname = asname;
  return a;
}

/// import_from_as_name: NAME ['as' NAME]
alias* Parser::import_from_as_name() {
  const Token& start = peek();
  Identifier name = name_of_token(expect(K::Name));
  Identifier asname{};
  if (accept(K::KwAs)) asname = name_of_token(expect(K::Name));
  alias* a = make<alias>(start);
  a->name = name;
  a->asname = asname;
  return a;
}

/// import_from:
///   | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
///   | 'from' ('.' | '...')+ 'import' import_from_targets
/// import_from_targets: '(' import_from_as_names [','] ')'
///   | import_from_as_names !',' | '*'
stmt* Parser::import_from() {
  const Token& start = advance();
  int level = 0;
  for (;;) {
    if (accept(K::Dot)) level += 1;
    else if (accept(K::Ellipsis)) level += 3;
    else break;
  }
  Identifier module{};
  if (level == 0 || at(K::Name)) module = dotted_name();
  expect(K::KwImport);
  std::vector<alias*> names;
  if (at(K::Star)) {
    const Token& star = advance();
    alias* a = make<alias>(star);
    a->name = "*";
    names.push_back(a);
  } else if (accept(K::LPar)) {
    do {
      if (!names.empty() && at(K::RPar)) break;
      names.push_back(import_from_as_name());
    } while (accept(K::Comma));
    expect(K::RPar);
  } else {
    names.push_back(import_from_as_name());
    while (accept(K::Comma)) {
      if (at(K::Newline)) fail_last("trailing comma not allowed without surrounding parentheses");
      names.push_back(import_from_as_name());
    }
  }
  ImportFrom* s = make<ImportFrom>(start);
  s->module = module;
  s->names = seq(names);
  s->level = level;
  return s;
}

/// compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt
///   | &('class' | '@') class_def | &('with' | ASYNC) with_stmt
///   | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt
///   | match_stmt
stmt* Parser::compound_stmt() {
  switch (kind()) {
    case K::KwDef: return function_def({}, nullptr);
    case K::At: return decorated();
    case K::KwClass: return class_def({});
    case K::KwIf: return if_stmt(false);
    case K::KwWhile: return while_stmt();
    case K::KwFor: return for_stmt(nullptr);
    case K::KwWith: return with_stmt(nullptr);
    case K::KwTry: return try_stmt();
    case K::KwAsync: {
      const Token& async_token = peek();
      switch (kind(1)) {
        case K::KwDef: return function_def({}, nullptr);
        case K::KwFor: advance(); return for_stmt(&async_token);
        case K::KwWith: advance(); return with_stmt(&async_token);
        default: fail_generic();
      }
    }
    case K::Name:
      if (at_name("match") && looks_like_match_stmt()) {
        size_t m = mark();
        try {
          return match_stmt();
        } catch (ParseFailure& f) {
          if (!f.generic) throw;
          reset(m);  // `match` was an ordinary name after all
        }
      }
      return nullptr;
    default: return nullptr;
  }
}

/// block: NEWLINE INDENT statements DEDENT | simple_stmts
Seq<stmt*> Parser::block(const char* construct, const Token& header) {
  Scratch<stmt*> body(*this);
  if (accept(K::Newline)) {
    if (!at(K::Indent)) {
      fail_at(peek(), std::string("expected an indented block after ") + construct + " on line " +
                          std::to_string(header.lineno),
              "IndentationError");
    }
    advance();
    statements(body);
    expect(K::Dedent);
  } else {
    simple_stmts(body);
  }
  return body.finish();
}

/// decorators: ('@' named_expression NEWLINE)+
stmt* Parser::decorated() {
  std::vector<expr*> decorators;
  const Token* first = &peek();
  while (accept(K::At)) {
    decorators.push_back(named_expression());
    expect(K::Newline);
  }
  if (at(K::KwClass)) return class_def(std::move(decorators));
  if (at(K::KwDef) || (at(K::KwAsync) && kind(1) == K::KwDef)) return function_def(std::move(decorators), first);
  fail_generic();
}

/// function_def_raw:
///   | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
///   | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
stmt* Parser::function_def(std::vector<expr*> decorators, const Token*) {
  const Token& start = peek();
  bool async = accept(K::KwAsync);
  const Token& def = expect(K::KwDef);
  Identifier name = name_of_token(expect(K::Name));
  expect_forced(K::LPar, "(");
  arguments* args = params(false);
  expect(K::RPar);
  expr* returns = nullptr;
  if (accept(K::RArrow)) returns = expression();
  expect_forced(K::Colon, ":");
  Seq<stmt*> body = block("function definition", def);
  auto fill = [&](auto* f) {
    f->name = name;
    f->args = args;
    f->body = body;
    f->decorator_list = seq(decorators);
    f->returns = returns;
    return f;
  };
  if (async) return fill(make<AsyncFunctionDef>(start));
  return fill(make<FunctionDef>(start));
}

/// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
stmt* Parser::class_def(std::vector<expr*> decorators) {
  const Token& start = advance();
  Identifier name = name_of_token(expect(K::Name));
  Seq<expr*> bases;
  Seq<keyword*> keywords;
  if (at(K::LPar)) call_arguments(bases, keywords, /*allow_bare_genexp=*/false);
  if (!at(K::Colon)) {
    if (at(K::Newline)) fail_at(peek(), "expected ':'");
    fail_generic();
  }
  advance();
  Seq<stmt*> body = block("class definition", start);
  ClassDef* s = make<ClassDef>(start);
  s->name = name;
  s->bases = bases;
  s->keywords = keywords;
  s->body = body;
  s->decorator_list = seq(decorators);
  return s;
}

/// if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
/// elif_stmt: 'elif' named_expression ':' block elif_stmt | 'elif' named_expression ':' block [else_block]
stmt* Parser::if_stmt(bool elif) {
  const Token& start = advance();
  expr* test = named_expression();
  if (!at(K::Colon)) {
    if (at(K::Newline)) fail_at(peek(), "expected ':'");
    fail_generic();
  }
  advance();
  Seq<stmt*> body = block(elif ? "'elif' statement" : "'if' statement", start);
  Seq<stmt*> orelse;
  if (at(K::KwElif)) {
    stmt* nested = if_stmt(true);
    orelse = arena_.copy(&nested, 1);
  } else if (at(K::KwElse)) {
    orelse = else_block();
  }
  If* s = make<If>(start);
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

/// else_block: 'else' &&':' block
Seq<stmt*> Parser::else_block() {
  const Token& start = advance();
  expect_forced(K::Colon, ":");
  return block("'else' statement", start);
}

/// while_stmt: 'while' named_expression ':' block [else_block]
stmt* Parser::while_stmt() {
  const Token& start = advance();
  expr* test = named_expression();
  if (!at(K::Colon)) {
    if (at(K::Newline)) fail_at(peek(), "expected ':'");
    fail_generic();
  }
  advance();
  Seq<stmt*> body = block("'while' statement", start);
  Seq<stmt*> orelse;
  if (at(K::KwElse)) orelse = else_block();
  While* s = make<While>(start);
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

/// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
stmt* Parser::for_stmt(const Token* async_token) {
  const Token& for_token = advance();
  const Token& start = async_token ? *async_token : for_token;
  expr* target = target_list(true);
  expect(K::KwIn);
  expr* iter = star_expressions();
  if (!at(K::Colon)) {
    if (at(K::Newline)) fail_at(peek(), "expected ':'");
    fail_generic();
  }
  advance();
  Seq<stmt*> body = block("'for' statement", for_token);
  Seq<stmt*> orelse;
  if (at(K::KwElse)) orelse = else_block();
  auto fill = [&](auto* s) {
    s->target = target;
    s->iter = iter;
    s->body = body;
    s->orelse = orelse;
    return s;
  };
  if (async_token) return fill(make<AsyncFor>(start));
  return fill(make<For>(start));
}

/// with_stmt:
///   | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
///   | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
stmt* Parser::with_stmt(const Token* async_token) {
  const Token& with_token = advance();
  const Token& start = async_token ? *async_token : with_token;
  std::vector<withitem*> items;
  bool done = false;
  if (at(K::LPar)) {
    // First alternative: parenthesised items. Backtrack to the second
    // (a parenthesised expression) when it does not fit.
    size_t m = mark();
    try {
      advance();
      do {
        if (!items.empty() && at(K::RPar)) break;
        items.push_back(with_item());
      } while (accept(K::Comma));
      expect(K::RPar);
      if (!at(K::Colon)) fail_generic();
      done = true;
    } catch (ParseFailure& f) {
      if (!f.generic) throw;
      reset(m);
      items.clear();
    }
  }
  if (!done) {
    do items.push_back(with_item());
    while (accept(K::Comma));
    if (!at(K::Colon)) {
      if (at(K::Newline)) fail_at(peek(), "expected ':'");
      fail_generic();
    }
  }
  advance();
  Seq<stmt*> body = block("'with' statement", with_token);
  auto fill = [&](auto* s) {
    s->items = seq(items);
    s->body = body;
    return s;
  };
  if (async_token) return fill(make<AsyncWith>(start));
  return fill(make<With>(start));
}

/// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
withitem* Parser::with_item() {
  withitem* item = arena_.make<withitem>();
  item->context_expr = expression();
  if (accept(K::KwAs)) {
    expr* target = star_target_atom();
    set_target_context(target, TargetKind::With);
    if (!at(K::Comma) && !at(K::RPar) && !at(K::Colon)) fail_generic();
    item->optional_vars = target;
  }
  return item;
}

/// try_stmt:
///   | 'try' &&':' block finally_block
///   | 'try' &&':' block except_block+ [else_block] [finally_block]
///   | 'try' &&':' block except_star_block+ [else_block] [finally_block]
stmt* Parser::try_stmt() {
  const Token& start = advance();
  expect_forced(K::Colon, ":");
  Seq<stmt*> body = block("'try' statement", start);
  std::vector<excepthandler*> handlers;
  bool star = at(K::KwExcept) && kind(1) == K::Star;
  while (at(K::KwExcept)) {
    bool this_star = kind(1) == K::Star;
    if (this_star != star) fail_generic();
    handlers.push_back(except_block(star));
  }
  Seq<stmt*> orelse, finalbody;
  if (!handlers.empty() && at(K::KwElse)) orelse = else_block();
  if (at(K::KwFinally)) {
    const Token& fin = advance();
    expect_forced(K::Colon, ":");
    finalbody = block("'finally' statement", fin);
  }
  if (handlers.empty() && finalbody.empty()) {
    fail_last("expected 'except' or 'finally' block");
  }
  auto fill = [&](auto* s) {
    s->body = body;
    s->handlers = seq(handlers);
    s->orelse = orelse;
    s->finalbody = finalbody;
    return s;
  };
  if (star) return fill(make<TryStar>(start));
  return fill(make<Try>(start));
}

/// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
/// except_star_block: 'except' '*' expression ['as' NAME] ':' block
excepthandler* Parser::except_block(bool star) {
  const Token& start = advance();
  if (star) advance();
  expr* type = nullptr;
  Identifier name{};
  if (star || !at(K::Colon)) {
    type = expression();
    if (accept(K::KwAs)) name = name_of_token(expect(K::Name));
  }
  if (!at(K::Colon)) {
    if (at(K::Newline)) fail_at(peek(), "expected ':'");
    fail_generic();
  }
  advance();
  Seq<stmt*> body = block(star ? "'except*' statement" : "'except' statement", start);
  ExceptHandler* h = make<ExceptHandler>(start);
  h->type = type;
  h->name = name;
  h->body = body;
  return h;
}

/// Cheap pre-check before trying `match` as a soft keyword: the logical
/// line must end in ':' at bracket depth 0.
bool Parser::looks_like_match_stmt() {
  int depth = 0;
  TokenKind prev = K::Name;
  for (size_t i = pos_ + 1; i < tokens_.size(); ++i) {
    TokenKind k = tokens_[i].kind;
    if (k == K::Error || k == K::EndMarker) return false;
    if (k == K::Newline) return depth == 0 && prev == K::Colon && i > pos_ + 2;
    if (k == K::LPar || k == K::LSqb || k == K::LBrace) ++depth;
    if (k == K::RPar || k == K::RSqb || k == K::RBrace) --depth;
    prev = k;
  }
  return false;
}

/// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
/// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
stmt* Parser::match_stmt() {
  const Token& start = advance();
  const Token& subject_start = peek();
  expr* subject = star_named_expression();
  if (at(K::Comma)) {
    std::vector<expr*> elts{subject};
    while (accept(K::Comma)) {
      if (at(K::Colon)) break;
      elts.push_back(star_named_expression());
    }
    Tuple* t = make<Tuple>(subject_start);
    t->elts = seq(elts);
    t->ctx = expr_context_t::Load;
    subject = t;
  } else if (subject->kind == NodeKind::Starred) {
    fail_generic();
  }
  if (!at(K::Colon)) fail_generic();
  advance();
  if (!accept(K::Newline)) fail_generic();
  if (!at(K::Indent)) {
    fail_at(peek(), "expected an indented block after 'match' statement on line " + std::to_string(start.lineno),
            "IndentationError");
  }
  advance();
  std::vector<match_case*> cases;
  do cases.push_back(case_block());
  while (!at(K::Dedent));
  expect(K::Dedent);
  Match* s = make<Match>(start);
  s->subject = subject;
  s->cases = seq(cases);
  return s;
}

/// case_block: "case" patterns guard? ':' block
/// guard: 'if' named_expression
match_case* Parser::case_block() {
  if (!at_name("case")) fail_generic();
  const Token& start = advance();
  match_case* c = arena_.make<match_case>();
  c->pattern = patterns();
  if (accept(K::KwIf)) c->guard = named_expression();
  if (!at(K::Colon)) fail_last("expected ':'");
  advance();
  c->body = block("'case' statement", start);
  return c;
}

}  // namespace ingot::syntax
