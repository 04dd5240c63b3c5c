// Expressions: python.gram's `star_expressions` down to `atom`, with
// precedence climbing for the binary operators.
#include "syntax/number_literal.h"
#include "syntax/parser.h"

namespace ingot::syntax {

using K = TokenKind;

namespace {

/// Whether a token can begin an `expression` (used where the grammar has an
/// optional expression, e.g. after a trailing comma or after `yield`).
bool starts_expression(TokenKind k) {
  switch (k) {
    case K::Name: case K::Number: case K::String: case K::LPar: case K::LSqb: case K::LBrace:
    case K::Minus: case K::Plus: case K::Tilde: case K::KwNot: case K::KwLambda: case K::KwAwait:
    case K::KwNone: case K::KwTrue: case K::KwFalse: case K::Ellipsis:
      return true;
    default:
      return false;
  }
}

bool is_unparenthesized(const expr* e, const Token& start) {
  return e->span.lineno == start.lineno && e->span.col_offset == start.col_offset;
}

}  // namespace

/// star_expressions:
///   | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
expr* Parser::star_expressions() {
  const Token& start = peek();
  expr* first = star_expression();
  if (!at(K::Comma)) return first;
  Scratch<expr*> elts(*this);
  elts.push_back(first);
  while (accept(K::Comma)) {
    if (!starts_expression(kind()) && !at(K::Star)) break;
    elts.push_back(star_expression());
  }
  Tuple* t = make<Tuple>(start);
  t->elts = elts.finish();
  t->ctx = expr_context_t::Load;
  return t;
}

/// star_expression: '*' bitwise_or | expression
expr* Parser::star_expression() {
  if (at(K::Star)) {
    const Token& start = advance();
    expr* value = bitwise_or();
    Starred* s = make<Starred>(start);
    s->value = value;
    s->ctx = expr_context_t::Load;
    return s;
  }
  return expression();
}

/// star_named_expression: '*' bitwise_or | named_expression
expr* Parser::star_named_expression() {
  if (at(K::Star)) return star_expression();
  return named_expression();
}

/// star_named_expressions: ','.star_named_expression+ [','] — up to `close`.
void Parser::star_named_expressions(Scratch<expr*>& out, TokenKind close) {
  while (!at(close)) {
    out.push_back(star_named_expression());
    if (!accept(K::Comma)) break;
  }
}

/// named_expression: assignment_expression | expression !':='
/// assignment_expression: NAME ':=' ~ expression
expr* Parser::named_expression() {
  if (at(K::Name) && kind(1) == K::ColonEqual) {
    const Token& start = advance();
    Name* target = make<Name>(start);
    target->id = name_of_token(start);
    target->ctx = expr_context_t::Store;
    advance();
    expr* value = expression();
    NamedExpr* n = make<NamedExpr>(start);
    n->target = target;
    n->value = value;
    return n;
  }
  expr* e = expression();
  if (at(K::ColonEqual)) fail_generic();
  return e;
}

/// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
expr* Parser::expression() {
  DepthGuard guard(*this);
  if (at(K::KwLambda)) return lambdef();
  const Token& start = peek();
  expr* body = disjunction();
  if (!at(K::KwIf)) return body;
  advance();
  expr* test = disjunction();
  if (!at(K::KwElse)) {
    if (at(K::Colon)) fail_generic();
    fail_span(Span{body->span.lineno, body->span.col_offset, test->span.end_lineno, test->span.end_col_offset},
              "expected 'else' after 'if' expression");
  }
  advance();
  expr* orelse = expression();
  IfExp* e = make<IfExp>(start);
  e->test = test;
  e->body = body;
  e->orelse = orelse;
  return e;
}

/// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
expr* Parser::yield_expr() {
  const Token& start = advance();
  if (accept(K::KwFrom)) {
    expr* value = expression();
    YieldFrom* y = make<YieldFrom>(start);
    y->value = value;
    return y;
  }
  expr* value = nullptr;
  if (starts_expression(kind()) || at(K::Star)) value = star_expressions();
  Yield* y = make<Yield>(start);
  y->value = value;
  return y;
}

/// lambdef: 'lambda' [lambda_params] ':' expression
expr* Parser::lambdef() {
  const Token& start = advance();
  arguments* args = params(true);
  expect(K::Colon);
  expr* body = expression();
  Lambda* l = make<Lambda>(start);
  l->args = args;
  l->body = body;
  return l;
}

/// disjunction: conjunction ('or' conjunction)+ | conjunction
/// conjunction: inversion ('and' inversion)+ | inversion
expr* Parser::disjunction() {
  const Token& start = peek();
  expr* first = conjunction();
  if (!at(K::KwOr)) return first;
  std::vector<expr*> values{first};
  while (accept(K::KwOr)) values.push_back(conjunction());
  BoolOp* b = make<BoolOp>(start);
  b->op = boolop_t::Or;
  b->values = seq(values);
  return b;
}

expr* Parser::conjunction() {
  const Token& start = peek();
  expr* first = inversion();
  if (!at(K::KwAnd)) return first;
  std::vector<expr*> values{first};
  while (accept(K::KwAnd)) values.push_back(inversion());
  BoolOp* b = make<BoolOp>(start);
  b->op = boolop_t::And;
  b->values = seq(values);
  return b;
}

/// inversion: 'not' inversion | comparison
expr* Parser::inversion() {
  if (!at(K::KwNot)) return comparison();
  DepthGuard guard(*this);
  const Token& start = advance();
  expr* operand = inversion();
  UnaryOp* u = make<UnaryOp>(start);
  u->op = unaryop_t::Not;
  u->operand = operand;
  return u;
}

/// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
expr* Parser::comparison() {
  const Token& start = peek();
  expr* left = bitwise_or();
  std::vector<cmpop_t> ops;
  std::vector<expr*> comparators;
  for (;;) {
    cmpop_t op;
    switch (kind()) {
      case K::EqEqual: op = cmpop_t::Eq; break;
      case K::NotEqual: op = cmpop_t::NotEq; break;
      case K::LessEqual: op = cmpop_t::LtE; break;
      case K::Less: op = cmpop_t::Lt; break;
      case K::GreaterEqual: op = cmpop_t::GtE; break;
      case K::Greater: op = cmpop_t::Gt; break;
      case K::KwIn: op = cmpop_t::In; break;
      case K::KwNot:
        if (kind(1) != K::KwIn) goto done;
        advance();
        op = cmpop_t::NotIn;
        break;
      case K::KwIs:
        if (kind(1) == K::KwNot) {
          advance();
          op = cmpop_t::IsNot;
        } else {
          op = cmpop_t::Is;
        }
        break;
      default: goto done;
    }
    advance();
    ops.push_back(op);
    comparators.push_back(bitwise_or());
  }
done:
  if (ops.empty()) return left;
  Compare* c = make<Compare>(start);
  c->left = left;
  c->ops = arena_.copy(ops.data(), ops.size());
  c->comparators = seq(comparators);
  return c;
}

namespace {

/// The binary operators of one precedence level (bitwise_or ... term).
struct BinaryLevel {
  TokenKind token;
  operator_t op;
};

}  // namespace

#define INGOT_BINARY_LEVEL(rule, next, ...)                              \
  expr* Parser::rule() {                                                 \
    static constexpr BinaryLevel kOps[] = {__VA_ARGS__};                 \
    const Token& start = peek();                                         \
    expr* left = next();                                                 \
    for (;;) {                                                           \
      const BinaryLevel* found = nullptr;                                \
      for (const BinaryLevel& level : kOps)                              \
        if (kind() == level.token) found = &level;                       \
      if (!found) return left;                                           \
      advance();                                                         \
      expr* right = next();                                              \
      BinOp* b = make<BinOp>(start);                                     \
      b->left = left;                                                    \
      b->op = found->op;                                                 \
      b->right = right;                                                  \
      left = b;                                                          \
    }                                                                    \
  }

/// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
INGOT_BINARY_LEVEL(bitwise_or, bitwise_xor, {K::VBar, operator_t::BitOr})
/// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
INGOT_BINARY_LEVEL(bitwise_xor, bitwise_and, {K::CircumFlex, operator_t::BitXor})
/// bitwise_and: bitwise_and '&' shift_expr | shift_expr
INGOT_BINARY_LEVEL(bitwise_and, shift_expr, {K::Amper, operator_t::BitAnd})
/// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
INGOT_BINARY_LEVEL(shift_expr, sum, {K::LeftShift, operator_t::LShift}, {K::RightShift, operator_t::RShift})
/// sum: sum '+' term | sum '-' term | term
INGOT_BINARY_LEVEL(sum, term, {K::Plus, operator_t::Add}, {K::Minus, operator_t::Sub})
/// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
INGOT_BINARY_LEVEL(term, factor, {K::Star, operator_t::Mult}, {K::Slash, operator_t::Div},
                   {K::DoubleSlash, operator_t::FloorDiv}, {K::Percent, operator_t::Mod},
                   {K::At, operator_t::MatMult})

#undef INGOT_BINARY_LEVEL

/// factor: '+' factor | '-' factor | '~' factor | power
expr* Parser::factor() {
  unaryop_t op;
  switch (kind()) {
    case K::Plus: op = unaryop_t::UAdd; break;
    case K::Minus: op = unaryop_t::USub; break;
    case K::Tilde: op = unaryop_t::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  const Token& start = advance();
  expr* operand = factor();
  UnaryOp* u = make<UnaryOp>(start);
  u->op = op;
  u->operand = operand;
  return u;
}

/// power: await_primary '**' factor | await_primary
expr* Parser::power() {
  const Token& start = peek();
  expr* left = await_primary();
  if (!at(K::DoubleStar)) return left;
  advance();
  expr* right = factor();
  BinOp* b = make<BinOp>(start);
  b->left = left;
  b->op = operator_t::Pow;
  b->right = right;
  return b;
}

/// await_primary: AWAIT primary | primary
expr* Parser::await_primary() {
  if (!at(K::KwAwait)) return primary();
  const Token& start = advance();
  expr* value = primary();
  Await* a = make<Await>(start);
  a->value = value;
  return a;
}

/// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
///   | primary '[' slices ']' | atom
expr* Parser::primary() {
  const Token& start = peek();
  expr* e = atom();
  for (;;) {
    switch (kind()) {
      case K::Dot: {
        advance();
        Identifier attr = name_of_token(expect(K::Name));
        Attribute* a = make<Attribute>(start);
        a->value = e;
        a->attr = attr;
        a->ctx = expr_context_t::Load;
        e = a;
        break;
      }
      case K::LPar: {
        Seq<expr*> args;
        Seq<keyword*> keywords;
        call_arguments(args, keywords, true);
        Call* c = make<Call>(start);
        c->func = e;
        c->args = args;
        c->keywords = keywords;
        e = c;
        break;
      }
      case K::LSqb: {
        advance();
        expr* index = slices();
        expect(K::RSqb);
        Subscript* s = make<Subscript>(start);
        s->value = e;
        s->slice = index;
        s->ctx = expr_context_t::Load;
        e = s;
        break;
      }
      default:
        return e;
    }
  }
}

/// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
///   | kwargs
/// kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ...
void Parser::call_arguments(Seq<expr*>& args_out, Seq<keyword*>& keywords_out, bool allow_bare_genexp) {
  const Token& open = expect(K::LPar);
  // Arguments and keywords interleave in the source; collect both in order
  // and split them at the end.
  Scratch<Node*> items(*this);
  size_t positional = 0, keywords = 0;
  auto push_arg = [&](expr* e) {
    items.push_back(e);
    ++positional;
  };
  auto push_keyword = [&](keyword* k) {
    items.push_back(k);
    ++keywords;
  };
  enum { kPositional, kKeyword, kDoubleStarred } state = kPositional;
  while (!at(K::RPar)) {
    const Token& start = peek();
    if (at(K::Star)) {
      if (state == kDoubleStarred) {
        advance();
        fail_last("iterable argument unpacking follows keyword argument unpacking");
      }
      advance();
      expr* value = expression();
      Starred* s = make<Starred>(start);
      s->value = value;
      s->ctx = expr_context_t::Load;
      push_arg(s);
    } else if (at(K::DoubleStar)) {
      advance();
      expr* value = expression();
      keyword* k = make<keyword>(start);
      k->value = value;
      push_keyword(k);
      state = kDoubleStarred;
    } else if (at(K::Name) && kind(1) == K::Equal) {
      Identifier name = name_of_token(advance());
      advance();
      expr* value = expression();
      keyword* k = make<keyword>(start);
      k->arg = name;
      k->value = value;
      push_keyword(k);
      if (state == kPositional) state = kKeyword;
    } else {
      expr* value = named_expression();
      if (at_for_if_clause()) {
        std::vector<comprehension*> generators;
        for_if_clauses(generators);
        Span genexp_span = span_from(start);
        if (!allow_bare_genexp || !items.empty() || !at(K::RPar)) {
          if (!allow_bare_genexp) fail_generic();
          fail_span(genexp_span, "Generator expression must be parenthesized");
        }
        advance();
        GeneratorExp* g = make<GeneratorExp>(open);
        g->elt = value;
        g->generators = seq(generators);
        args_out = arena_.copy(reinterpret_cast<expr**>(&g), 1);
        return;
      }
      if (at(K::Equal)) fail_generic();
      if (state == kKeyword) {
        peek();
        fail_last("positional argument follows keyword argument");
      }
      if (state == kDoubleStarred) {
        peek();
        fail_last("positional argument follows keyword argument unpacking");
      }
      push_arg(value);
    }
    if (!accept(K::Comma)) break;
  }
  expect(K::RPar);
  if (positional) {
    args_out.items = static_cast<expr**>(arena_.allocate(sizeof(expr*) * positional, alignof(expr*)));
    args_out.count = static_cast<uint32_t>(positional);
  }
  if (keywords) {
    keywords_out.items = static_cast<keyword**>(arena_.allocate(sizeof(keyword*) * keywords, alignof(keyword*)));
    keywords_out.count = static_cast<uint32_t>(keywords);
  }
  size_t a = 0, k = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    Node* n = items[i];
    if (n->kind == NodeKind::keyword) keywords_out.items[k++] = static_cast<keyword*>(n);
    else args_out.items[a++] = static_cast<expr*>(n);
  }
}

/// slices: slice !',' | ','.(slice | starred_expression)+ [',']
expr* Parser::slices() {
  const Token& start = peek();
  auto one = [&]() -> expr* {
    if (at(K::Star)) {
      const Token& star = advance();
      expr* value = expression();
      Starred* s = make<Starred>(star);
      s->value = value;
      s->ctx = expr_context_t::Load;
      return s;
    }
    return slice();
  };
  expr* first = one();
  if (!at(K::Comma)) {
    if (first->kind == NodeKind::Starred) {
      // A lone starred element still makes a tuple (the second alternative).
      Tuple* t = make<Tuple>(start);
      t->elts = arena_.copy(&first, 1);
      t->ctx = expr_context_t::Load;
      return t;
    }
    return first;
  }
  std::vector<expr*> elts{first};
  while (accept(K::Comma)) {
    if (at(K::RSqb)) break;
    elts.push_back(one());
  }
  Tuple* t = make<Tuple>(start);
  t->elts = seq(elts);
  t->ctx = expr_context_t::Load;
  return t;
}

/// slice: [expression] ':' [expression] [':' [expression]] | named_expression
expr* Parser::slice() {
  const Token& start = peek();
  expr* lower = nullptr;
  if (!at(K::Colon)) {
    expr* e = named_expression();
    if (!at(K::Colon)) return e;
    if (e->kind == NodeKind::NamedExpr && is_unparenthesized(e, start)) fail_generic();
    lower = e;
  }
  advance();
  expr* upper = nullptr;
  expr* step = nullptr;
  if (!at(K::RSqb) && !at(K::Comma) && !at(K::Colon)) upper = expression();
  if (accept(K::Colon)) {
    if (!at(K::RSqb) && !at(K::Comma)) step = expression();
  }
  Slice* s = make<Slice>(start);
  s->lower = lower;
  s->upper = upper;
  s->step = step;
  return s;
}

/// atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
///   | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
///   | &'{' (dict | set | dictcomp | setcomp) | '...'
expr* Parser::atom() {
  const Token& t = peek();
  switch (t.kind) {
    case K::Name: {
      advance();
      Name* n = make<Name>(t);
      n->id = name_of_token(t);
      n->ctx = expr_context_t::Load;
      return n;
    }
    case K::KwTrue:
    case K::KwFalse:
    case K::KwNone:
    case K::Ellipsis: {
      advance();
      Constant* c = make<Constant>(t);
      c->value.tag = t.kind == K::KwTrue    ? ConstantValue::Tag::True
                     : t.kind == K::KwFalse ? ConstantValue::Tag::False
                     : t.kind == K::KwNone  ? ConstantValue::Tag::None
                                            : ConstantValue::Tag::Ellipsis;
      return c;
    }
    case K::String: return strings();
    case K::Number: advance(); return number(t);
    case K::LPar: return group_tuple_or_genexp();
    case K::LSqb: return list_or_listcomp();
    case K::LBrace: return dict_set_or_comprehension();
    default: fail_generic();
  }
}

expr* Parser::number(const Token& t) {
  Constant* c = make<Constant>(t);
  std::string error;
  if (!parse_number_literal(text_of(t), arena_, c->value, error)) {
    // CPython reports the digit limit at the token's line with no column.
    throw ParseFailure{located(t.lineno, -1, t.end_lineno, -1, error, "SyntaxError"), false};
  }
  return c;
}

/// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
/// group: '(' (yield_expr | named_expression) ')'
/// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
expr* Parser::group_tuple_or_genexp() {
  const Token& open = advance();
  if (accept(K::RPar)) {
    Tuple* t = make<Tuple>(open);
    t->ctx = expr_context_t::Load;
    return t;
  }
  if (at(K::KwYield)) {
    expr* y = yield_expr();
    expect(K::RPar);
    return y;
  }
  expr* first = star_named_expression();
  if (at_for_if_clause()) {
    if (first->kind == NodeKind::Starred) fail_generic();
    std::vector<comprehension*> generators;
    for_if_clauses(generators);
    expect(K::RPar);
    GeneratorExp* g = make<GeneratorExp>(open);
    g->elt = first;
    g->generators = seq(generators);
    return g;
  }
  if (accept(K::Comma)) {
    Scratch<expr*> elts(*this);
    elts.push_back(first);
    star_named_expressions(elts, K::RPar);
    expect(K::RPar);
    Tuple* t = make<Tuple>(open);
    t->elts = elts.finish();
    t->ctx = expr_context_t::Load;
    return t;
  }
  expect(K::RPar);
  if (first->kind == NodeKind::Starred) fail_span(first->span, "cannot use starred expression here");
  return first;
}

/// list: '[' [star_named_expressions] ']'
/// listcomp: '[' named_expression for_if_clauses ']'
expr* Parser::list_or_listcomp() {
  const Token& open = advance();
  Scratch<expr*> elts(*this);
  if (!at(K::RSqb)) {
    expr* first = star_named_expression();
    if (at_for_if_clause()) {
      if (first->kind == NodeKind::Starred) fail_generic();
      std::vector<comprehension*> generators;
      for_if_clauses(generators);
      expect(K::RSqb);
      ListComp* l = make<ListComp>(open);
      l->elt = first;
      l->generators = seq(generators);
      return l;
    }
    elts.push_back(first);
    if (accept(K::Comma)) star_named_expressions(elts, K::RSqb);
  }
  expect(K::RSqb);
  List* l = make<List>(open);
  l->elts = elts.finish();
  l->ctx = expr_context_t::Load;
  return l;
}

/// dict: '{' [double_starred_kvpairs] '}'
/// set: '{' star_named_expressions '}'
/// dictcomp: '{' kvpair for_if_clauses '}'
/// setcomp: '{' named_expression for_if_clauses '}'
expr* Parser::dict_set_or_comprehension() {
  const Token& open = advance();
  std::vector<expr*> keys, values;
  if (accept(K::RBrace)) {
    Dict* d = make<Dict>(open);
    return d;
  }
  // A dict: its first item is `**mapping` or `key: value`.
  auto parse_dict_items = [&]() {
    while (!at(K::RBrace)) {
      if (accept(K::DoubleStar)) {
        keys.push_back(nullptr);
        values.push_back(bitwise_or());
      } else {
        keys.push_back(expression());
        expect(K::Colon);
        values.push_back(expression());
      }
      if (!accept(K::Comma)) break;
    }
    expect(K::RBrace);
    Dict* d = make<Dict>(open);
    d->keys = seq(keys);
    d->values = seq(values);
    return d;
  };
  if (at(K::DoubleStar)) return parse_dict_items();

  const Token& first_start = peek();
  expr* first = star_named_expression();
  if (at(K::Colon)) {
    if (first->kind == NodeKind::Starred ||
        (first->kind == NodeKind::NamedExpr && is_unparenthesized(first, first_start)))
      fail_generic();
    advance();
    expr* value = expression();
    if (at_for_if_clause()) {
      std::vector<comprehension*> generators;
      for_if_clauses(generators);
      expect(K::RBrace);
      DictComp* d = make<DictComp>(open);
      d->key = first;
      d->value = value;
      d->generators = seq(generators);
      return d;
    }
    keys.push_back(first);
    values.push_back(value);
    if (!accept(K::Comma)) {
      expect(K::RBrace);
      Dict* d = make<Dict>(open);
      d->keys = seq(keys);
      d->values = seq(values);
      return d;
    }
    return parse_dict_items();
  }
  if (at_for_if_clause()) {
    if (first->kind == NodeKind::Starred) fail_generic();
    std::vector<comprehension*> generators;
    for_if_clauses(generators);
    expect(K::RBrace);
    SetComp* s = make<SetComp>(open);
    s->elt = first;
    s->generators = seq(generators);
    return s;
  }
  Scratch<expr*> elts(*this);
  elts.push_back(first);
  if (accept(K::Comma)) star_named_expressions(elts, K::RBrace);
  expect(K::RBrace);
  Set* s = make<Set>(open);
  s->elts = elts.finish();
  return s;
}

bool Parser::at_for_if_clause() { return at(K::KwFor) || (at(K::KwAsync) && kind(1) == K::KwFor); }

/// for_if_clauses: for_if_clause+
/// for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
void Parser::for_if_clauses(std::vector<comprehension*>& out) {
  while (at_for_if_clause()) {
    comprehension* c = arena_.make<comprehension>();
    c->is_async = accept(K::KwAsync) ? 1 : 0;
    expect(K::KwFor);
    c->target = target_list(false);
    expect(K::KwIn);
    c->iter = disjunction();
    std::vector<expr*> ifs;
    while (accept(K::KwIf)) ifs.push_back(disjunction());
    c->ifs = seq(ifs);
    out.push_back(c);
  }
}

/// star_targets: star_target !',' | star_target (',' star_target)* [',']
expr* Parser::target_list(bool for_loop) {
  const Token& start = peek();
  expr* first = star_target_atom();
  if (!at(K::Comma)) {
    set_target_context(first, for_loop ? TargetKind::For : TargetKind::Comprehension);
    return first;
  }
  std::vector<expr*> elts{first};
  while (accept(K::Comma)) {
    if (at(K::KwIn)) break;
    elts.push_back(star_target_atom());
  }
  Tuple* t = make<Tuple>(start);
  t->elts = seq(elts);
  t->ctx = expr_context_t::Load;
  set_target_context(t, for_loop ? TargetKind::For : TargetKind::Comprehension);
  return t;
}

/// star_target: '*' (!'*' star_target) | target_with_star_atom
expr* Parser::star_target_atom() {
  if (!at(K::Star)) return bitwise_or();
  DepthGuard guard(*this);
  const Token& start = advance();
  if (at(K::Star)) fail_generic();
  expr* value = star_target_atom();
  Starred* s = make<Starred>(start);
  s->value = value;
  s->ctx = expr_context_t::Load;
  return s;
}

/// fstring: star_expressions
expr* Parser::fstring_expression() {
  expr* e = star_expressions();
  return e;
}

}  // namespace ingot::syntax
