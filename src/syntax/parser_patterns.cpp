// Patterns of the `match` statement: python.gram's `patterns` and below.
#include "syntax/parser.h"

namespace ingot::syntax {

using K = TokenKind;

namespace {

bool is_imaginary(const expr* e) {
  return e->kind == NodeKind::Constant && static_cast<const Constant*>(e)->value.tag == ConstantValue::Tag::Complex;
}

}  // namespace

/// patterns: open_sequence_pattern | pattern
/// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
pattern* Parser::patterns() {
  const Token& start = peek();
  pattern* first = maybe_star_pattern();
  if (!at(K::Comma)) {
    if (first->kind == NodeKind::MatchStar) fail_generic();
    return first;
  }
  std::vector<pattern*> items{first};
  while (accept(K::Comma)) {
    if (at(K::Colon) || at(K::KwIf)) break;
    items.push_back(maybe_star_pattern());
  }
  MatchSequence* s = make<MatchSequence>(start);
  s->patterns = seq(items);
  return s;
}

/// maybe_star_pattern: star_pattern | pattern
/// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
pattern* Parser::maybe_star_pattern() {
  if (!at(K::Star)) return as_pattern_or_or_pattern();
  const Token& start = advance();
  const Token& name = expect(K::Name);
  MatchStar* s = make<MatchStar>(start);
  if (text_of(name) != "_") s->name = name_of_token(name);
  return s;
}

/// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?  — up to `close`.
void Parser::maybe_star_patterns(std::vector<pattern*>& out, TokenKind close) {
  while (!at(close)) {
    out.push_back(maybe_star_pattern());
    if (!accept(K::Comma)) break;
  }
}

/// pattern: as_pattern | or_pattern
/// as_pattern: or_pattern 'as' pattern_capture_target
/// or_pattern: '|'.closed_pattern+
pattern* Parser::as_pattern_or_or_pattern() {
  DepthGuard guard(*this);
  const Token& start = peek();
  pattern* first = closed_pattern();
  if (at(K::VBar)) {
    std::vector<pattern*> alternatives{first};
    while (accept(K::VBar)) alternatives.push_back(closed_pattern());
    MatchOr* o = make<MatchOr>(start);
    o->patterns = seq(alternatives);
    first = o;
  }
  if (!accept(K::KwAs)) return first;
  const Token& name = expect(K::Name);
  if (text_of(name) == "_") fail_span(span_from(name), "cannot use '_' as a target");
  if (at(K::Dot) || at(K::LPar) || at(K::Equal)) fail_generic();
  MatchAs* a = make<MatchAs>(start);
  a->pattern = first;
  a->name = name_of_token(name);
  return a;
}

/// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern
///   | value_pattern | group_pattern | sequence_pattern | mapping_pattern
///   | class_pattern
pattern* Parser::closed_pattern() {
  const Token& start = peek();
  switch (start.kind) {
    case K::KwNone:
    case K::KwTrue:
    case K::KwFalse: {
      advance();
      MatchSingleton* s = make<MatchSingleton>(start);
      s->value.tag = start.kind == K::KwNone   ? ConstantValue::Tag::None
                     : start.kind == K::KwTrue ? ConstantValue::Tag::True
                                               : ConstantValue::Tag::False;
      return s;
    }
    case K::Number:
    case K::Minus:
    case K::String:
      return literal_or_value_pattern();
    case K::LSqb:
    case K::LPar:
      return sequence_pattern();
    case K::LBrace:
      return mapping_pattern();
    case K::Name: {
      expr* name = name_or_attr();
      if (at(K::LPar)) return class_pattern(name, start);
      if (name->kind == NodeKind::Attribute) {
        // value_pattern: attr !('.' | '(' | '=')
        if (at(K::Equal)) fail_generic();
        MatchValue* v = make<MatchValue>(start);
        v->value = name;
        return v;
      }
      // capture_pattern / wildcard_pattern
      if (at(K::Equal)) fail_generic();
      MatchAs* a = make<MatchAs>(start);
      if (text_of(start) != "_") a->name = static_cast<Name*>(name)->id;
      return a;
    }
    default:
      fail_generic();
  }
}

/// name_or_attr: attr | NAME     attr: name_or_attr '.' NAME
expr* Parser::name_or_attr() {
  const Token& start = expect(K::Name);
  Name* n = make<Name>(start);
  n->id = name_of_token(start);
  n->ctx = expr_context_t::Load;
  expr* e = n;
  while (accept(K::Dot)) {
    Identifier attr = name_of_token(expect(K::Name));
    Attribute* a = make<Attribute>(start);
    a->value = e;
    a->attr = attr;
    a->ctx = expr_context_t::Load;
    e = a;
  }
  return e;
}

/// signed_number: NUMBER | '-' NUMBER
expr* Parser::signed_number() {
  const Token& start = peek();
  if (accept(K::Minus)) {
    const Token& num = expect(K::Number);
    expr* operand = number(num);
    UnaryOp* u = make<UnaryOp>(start);
    u->op = unaryop_t::USub;
    u->operand = operand;
    return u;
  }
  return number(expect(K::Number));
}

/// complex_number: signed_real_number ('+' | '-') imaginary_number
/// (entered with the signed real part already parsed)
expr* Parser::complex_number() { return nullptr; }

/// literal_pattern: signed_number !('+' | '-') | complex_number | strings
/// The same shapes serve literal_expr (mapping keys).
pattern* Parser::literal_or_value_pattern() {
  const Token& start = peek();
  expr* value;
  if (at(K::String)) {
    value = strings();
  } else {
    value = signed_number();
    if (at(K::Plus) || at(K::Minus)) {
      const expr* real = value->kind == NodeKind::UnaryOp ? static_cast<UnaryOp*>(value)->operand : value;
      if (is_imaginary(real)) fail_span(real->span, "real number required in complex literal");
      operator_t op = at(K::Plus) ? operator_t::Add : operator_t::Sub;
      advance();
      expr* imag = number(expect(K::Number));
      if (!is_imaginary(imag)) fail_span(imag->span, "imaginary number required in complex literal");
      BinOp* b = make<BinOp>(start);
      b->left = value;
      b->op = op;
      b->right = imag;
      value = b;
    }
  }
  MatchValue* v = make<MatchValue>(start);
  v->value = value;
  return v;
}

/// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
/// group_pattern: '(' pattern ')'
pattern* Parser::sequence_pattern() {
  const Token& open = advance();
  TokenKind close = open.kind == K::LSqb ? K::RSqb : K::RPar;
  std::vector<pattern*> items;
  if (open.kind == K::LPar && !at(K::RPar)) {
    pattern* first = maybe_star_pattern();
    if (accept(K::RPar)) {
      if (first->kind == NodeKind::MatchStar) fail_generic();
      return first;  // group_pattern
    }
    expect(K::Comma);
    items.push_back(first);
  }
  maybe_star_patterns(items, close);
  expect(close);
  MatchSequence* s = make<MatchSequence>(open);
  s->patterns = seq(items);
  return s;
}

/// mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
///   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
/// key_value_pattern: (literal_expr | attr) ':' pattern
pattern* Parser::mapping_pattern() {
  const Token& open = advance();
  std::vector<expr*> keys;
  std::vector<pattern*> values;
  Identifier rest{};
  while (!at(K::RBrace)) {
    if (accept(K::DoubleStar)) {
      const Token& name = expect(K::Name);
      if (text_of(name) == "_" || at(K::Dot) || at(K::LPar) || at(K::Equal)) fail_generic();
      rest = name_of_token(name);
      accept(K::Comma);
      break;
    }
    const Token& key_start = peek();
    expr* key;
    switch (key_start.kind) {
      case K::KwNone:
      case K::KwTrue:
      case K::KwFalse: {
        advance();
        Constant* c = make<Constant>(key_start);
        c->value.tag = key_start.kind == K::KwNone   ? ConstantValue::Tag::None
                       : key_start.kind == K::KwTrue ? ConstantValue::Tag::True
                                                     : ConstantValue::Tag::False;
        key = c;
        break;
      }
      case K::Name:
        key = name_or_attr();
        if (key->kind != NodeKind::Attribute) fail_generic();
        break;
      default:
        key = static_cast<MatchValue*>(literal_or_value_pattern())->value;
    }
    expect(K::Colon);
    keys.push_back(key);
    values.push_back(as_pattern_or_or_pattern());
    if (!accept(K::Comma)) break;
  }
  expect(K::RBrace);
  MatchMapping* m = make<MatchMapping>(open);
  m->keys = seq(keys);
  m->patterns = seq(values);
  m->rest = rest;
  return m;
}

/// class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns] ','? ')'
/// keyword_pattern: NAME '=' pattern
pattern* Parser::class_pattern(expr* cls, const Token& start) {
  advance();
  std::vector<pattern*> positional, kwd_patterns;
  std::vector<Identifier> kwd_attrs;
  while (!at(K::RPar)) {
    if (at(K::Name) && kind(1) == K::Equal) {
      kwd_attrs.push_back(name_of_token(advance()));
      advance();
      kwd_patterns.push_back(as_pattern_or_or_pattern());
    } else {
      if (!kwd_attrs.empty()) {
        pattern* p = as_pattern_or_or_pattern();
        fail_span(p->span, "positional patterns follow keyword patterns");
      }
      positional.push_back(as_pattern_or_or_pattern());
    }
    if (!accept(K::Comma)) break;
  }
  expect(K::RPar);
  MatchClass* c = make<MatchClass>(start);
  c->cls = cls;
  c->patterns = seq(positional);
  c->kwd_attrs = arena_.copy(kwd_attrs.data(), kwd_attrs.size());
  c->kwd_patterns = seq(kwd_patterns);
  return c;
}

}  // namespace ingot::syntax
