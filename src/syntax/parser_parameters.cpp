// Function and lambda parameters: python.gram's `parameters` and
// `lambda_parameters`, which share one shape and differ in annotations and
// in the token that closes the list (')' versus ':').
#include "syntax/parser.h"

namespace ingot::syntax {

using K = TokenKind;

/// param: NAME annotation?   annotation: ':' expression
/// star_annotation: ':' star_expression (only for *args)
/// lambda_param: NAME
arg* Parser::param(bool lambda, bool star_annotation) {
  const Token& start = expect(K::Name);
  expr* annotation = nullptr;
  if (!lambda && accept(K::Colon)) annotation = star_annotation ? star_expression() : expression();
  arg* a = make<arg>(start);
  a->arg_ = name_of_token(start);
  a->annotation = annotation;
  return a;
}

/// parameters:
///   | slash_no_default param_no_default* param_with_default* [star_etc]
///   | slash_with_default param_with_default* [star_etc]
///   | param_no_default+ param_with_default* [star_etc]
///   | param_with_default+ [star_etc]
///   | star_etc
/// star_etc: '*' param_no_default param_maybe_default* [kwds]
///   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
///   | '*' ',' param_maybe_default+ [kwds] | kwds
/// kwds: '**' param_no_default
arguments* Parser::params(bool lambda) {
  const TokenKind close = lambda ? K::Colon : K::RPar;
  std::vector<arg*> posonly, args, kwonly;
  std::vector<expr*> defaults, kw_defaults;
  arg* vararg = nullptr;
  arg* kwarg = nullptr;
  bool seen_default = false, seen_slash = false, seen_star = false, bare_star = false;
  const Token* bare_star_token = nullptr;

  while (!at(close)) {
    if (kwarg) {
      const Token& next = peek();
      if (next.kind == K::Name) {
        arg* extra = param(lambda, false);
        fail_span(extra->span, "arguments cannot follow var-keyword argument");
      }
      fail_generic();
    }
    if (at(K::Slash)) {
      if (seen_slash || seen_star || args.empty()) fail_generic();
      advance();
      seen_slash = true;
      posonly = std::move(args);
      args.clear();
      if (!at(K::Comma) && !at(close)) fail_generic();
    } else if (at(K::Star)) {
      if (seen_star) fail_generic();
      const Token& star = advance();
      seen_star = true;
      if (at(K::Comma) || at(close)) {
        bare_star = true;
        bare_star_token = &star;
        if (at(close) || kind(1) == close || kind(1) == K::DoubleStar) {
          if (lambda) {
            if (at(K::Comma)) advance();
            peek();
            fail_last("named arguments must follow bare *");
          }
          fail_at(star, "named arguments must follow bare *");
        }
      } else {
        vararg = param(lambda, !lambda);
        if (at(K::Equal)) fail_at(peek(), "var-positional argument cannot have default value");
      }
    } else if (at(K::DoubleStar)) {
      advance();
      kwarg = param(lambda, false);
      if (at(K::Equal)) fail_at(peek(), "var-keyword argument cannot have default value");
    } else {
      arg* p = param(lambda, false);
      expr* value = nullptr;
      if (accept(K::Equal)) value = expression();
      if (seen_star) {
        kwonly.push_back(p);
        kw_defaults.push_back(value);
      } else if (value) {
        defaults.push_back(value);
        seen_default = true;
        args.push_back(p);
      } else {
        if (seen_default) fail_span(p->span, "non-default argument follows default argument");
        args.push_back(p);
      }
    }
    if (!accept(K::Comma)) break;
  }
  if (bare_star && kwonly.empty()) fail_at(*bare_star_token, "named arguments must follow bare *");
  if (!at(close)) fail_generic();

  arguments* a = arena_.make<arguments>();
  a->posonlyargs = seq(posonly);
  a->args = seq(args);
  a->vararg = vararg;
  a->kwonlyargs = seq(kwonly);
  a->kw_defaults = seq(kw_defaults);
  a->kwarg = kwarg;
  a->defaults = seq(defaults);
  return a;
}

}  // namespace ingot::syntax
