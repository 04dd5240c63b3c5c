// Assignment, augmented assignment, annotated assignment and the checks on
// their targets. Targets are parsed as expressions and then validated, which
// accepts exactly what python.gram's star_targets/single_target/del_targets
// accept, and gives CPython's "cannot assign to ..." messages otherwise.
#include "syntax/parser.h"

namespace ingot::syntax {

using K = TokenKind;

namespace {

bool is_bitwise_level(const expr* e) {
  switch (e->kind) {
    case NodeKind::Compare: case NodeKind::BoolOp: case NodeKind::IfExp: case NodeKind::Lambda:
    case NodeKind::NamedExpr: case NodeKind::Starred: case NodeKind::Yield: case NodeKind::YieldFrom:
      return false;
    case NodeKind::UnaryOp:
      return static_cast<const UnaryOp*>(e)->op != unaryop_t::Not;
    default:
      return true;
  }
}

expr_context_t context_for(bool del) { return del ? expr_context_t::Del : expr_context_t::Store; }

}  // namespace

/// _PyPegen_get_expr_name: how CPython names an expression in messages.
const char* Parser::expr_name(const expr* e) {
  switch (e->kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp: case NodeKind::BinOp: case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield: case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr: case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant: {
      switch (static_cast<const Constant*>(e)->value.tag) {
        case ConstantValue::Tag::None: return "None";
        case ConstantValue::Tag::True: return "True";
        case ConstantValue::Tag::False: return "False";
        case ConstantValue::Tag::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

/// _PyPegen_get_invalid_target: the first part of `e` that cannot be
/// assigned to (or deleted), or null when all of it can.
const expr* Parser::invalid_target(expr* e, TargetKind kind) {
  switch (e->kind) {
    case NodeKind::Name: case NodeKind::Attribute: case NodeKind::Subscript:
      return nullptr;
    case NodeKind::Tuple:
      for (expr* elt : static_cast<Tuple*>(e)->elts)
        if (const expr* bad = invalid_target(elt, kind)) return bad;
      return nullptr;
    case NodeKind::List:
      for (expr* elt : static_cast<List*>(e)->elts)
        if (const expr* bad = invalid_target(elt, kind)) return bad;
      return nullptr;
    case NodeKind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(static_cast<Starred*>(e)->value, kind);
    case NodeKind::Compare: {
      auto* c = static_cast<Compare*>(e);
      if (kind == TargetKind::For && c->ops[0] == cmpop_t::In) return invalid_target(c->left, kind);
      return e;
    }
    default:
      return e;
  }
}

/// _PyPegen_set_expr_context, after checking the target is valid.
void Parser::set_target_context(expr* e, TargetKind kind) {
  if (const expr* bad = invalid_target(e, kind)) {
    std::string message = kind == TargetKind::Del ? "cannot delete " : "cannot assign to ";
    fail_span(bad->span, message + expr_name(bad));
  }
  bool del = kind == TargetKind::Del;
  switch (e->kind) {
    case NodeKind::Name: static_cast<Name*>(e)->ctx = context_for(del); break;
    case NodeKind::Attribute: static_cast<Attribute*>(e)->ctx = context_for(del); break;
    case NodeKind::Subscript: static_cast<Subscript*>(e)->ctx = context_for(del); break;
    case NodeKind::Starred: {
      auto* s = static_cast<Starred*>(e);
      s->ctx = context_for(del);
      set_target_context(s->value, kind);
      break;
    }
    case NodeKind::Tuple: {
      auto* t = static_cast<Tuple*>(e);
      t->ctx = context_for(del);
      for (expr* elt : t->elts) set_target_context(elt, kind);
      break;
    }
    case NodeKind::List: {
      auto* l = static_cast<List*>(e);
      l->ctx = context_for(del);
      for (expr* elt : l->elts) set_target_context(elt, kind);
      break;
    }
    default: break;
  }
}

/// assignment:
///   | NAME ':' expression ['=' annotated_rhs]
///   | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
///   | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
///   | single_target augassign ~ (yield_expr | star_expressions)
/// and otherwise star_expressions as an expression statement.
stmt* Parser::expression_or_assignment_stmt() {
  const Token& start = peek();
  auto rhs = [&]() -> expr* { return at(K::KwYield) ? yield_expr() : star_expressions(); };

  expr* first = star_expressions();

  if (at(K::Colon)) {
    bool parenthesized = start.kind != K::Name;
    switch (first->kind) {
      case NodeKind::Name: case NodeKind::Attribute: case NodeKind::Subscript: break;
      case NodeKind::Tuple:
        if (!parenthesized) fail_span(static_cast<Tuple*>(first)->elts[0]->span,
                                      "only single target (not tuple) can be annotated");
        fail_span(first->span, "only single target (not tuple) can be annotated");
      case NodeKind::List: fail_span(first->span, "only single target (not list) can be annotated");
      default: fail_span(first->span, "illegal target for annotation");
    }
    set_target_context(first, TargetKind::Star);
    advance();
    expr* annotation = expression();
    expr* value = nullptr;
    if (accept(K::Equal)) value = rhs();
    AnnAssign* s = make<AnnAssign>(start);
    s->target = first;
    s->annotation = annotation;
    s->value = value;
    s->simple = first->kind == NodeKind::Name && !parenthesized ? 1 : 0;
    return s;
  }

  operator_t aug_op;
  bool is_aug = true;
  switch (kind()) {
    case K::PlusEqual: aug_op = operator_t::Add; break;
    case K::MinEqual: aug_op = operator_t::Sub; break;
    case K::StarEqual: aug_op = operator_t::Mult; break;
    case K::AtEqual: aug_op = operator_t::MatMult; break;
    case K::SlashEqual: aug_op = operator_t::Div; break;
    case K::PercentEqual: aug_op = operator_t::Mod; break;
    case K::AmperEqual: aug_op = operator_t::BitAnd; break;
    case K::VBarEqual: aug_op = operator_t::BitOr; break;
    case K::CircumFlexEqual: aug_op = operator_t::BitXor; break;
    case K::LeftShiftEqual: aug_op = operator_t::LShift; break;
    case K::RightShiftEqual: aug_op = operator_t::RShift; break;
    case K::DoubleStarEqual: aug_op = operator_t::Pow; break;
    case K::DoubleSlashEqual: aug_op = operator_t::FloorDiv; break;
    default: is_aug = false; aug_op = operator_t::Add;
  }
  if (is_aug) {
    if (first->kind != NodeKind::Name && first->kind != NodeKind::Attribute && first->kind != NodeKind::Subscript) {
      advance();
      rhs();
      fail_span(first->span, std::string("'") + expr_name(first) + "' is an illegal expression for augmented assignment");
    }
    set_target_context(first, TargetKind::Star);
    advance();
    expr* value = rhs();
    AugAssign* s = make<AugAssign>(start);
    s->target = first;
    s->op = aug_op;
    s->value = value;
    return s;
  }

  if (!at(K::Equal)) {
    Expr* s = make<Expr>(start);
    s->value = first;
    return s;
  }

  std::vector<expr*> targets{first};
  expr* value = nullptr;
  while (accept(K::Equal)) {
    expr* next = rhs();
    if (at(K::Equal)) {
      targets.push_back(next);
    } else {
      value = next;
    }
  }
  for (expr* target : targets) {
    if (target->kind == NodeKind::Yield || target->kind == NodeKind::YieldFrom)
      fail_span(target->span, "assignment to yield expression not possible");
    const expr* bad = invalid_target(target, TargetKind::Star);
    if (!bad) continue;
    // invalid_named_expression fires first for a lone bad target written as
    // `a = b`: CPython then suggests '=='.
    const expr* last = target;
    if (target->kind == NodeKind::Tuple && target->span.col_offset == start.col_offset &&
        target->span.lineno == start.lineno && start.kind != K::LPar)
      last = static_cast<Tuple*>(target)->elts[static_cast<Tuple*>(target)->elts.size() - 1];
    bool excluded_start = target == first && last == first &&
                          (start.kind == K::LPar || start.kind == K::LSqb || start.kind == K::KwTrue ||
                           start.kind == K::KwFalse || start.kind == K::KwNone);
    if (targets.size() == 1 && bad == last && !excluded_start && is_bitwise_level(last) && is_bitwise_level(value) &&
        !(value->kind == NodeKind::UnaryOp && static_cast<UnaryOp*>(value)->op == unaryop_t::Not)) {
      fail_span(bad->span, std::string("cannot assign to ") + expr_name(bad) +
                               " here. Maybe you meant '==' instead of '='?");
    }
    fail_span(bad->span, std::string("cannot assign to ") + expr_name(bad));
  }
  for (expr* target : targets) set_target_context(target, TargetKind::Star);
  Assign* s = make<Assign>(start);
  s->targets = seq(targets);
  s->value = value;
  return s;
}

}  // namespace ingot::syntax
