#include "trace/constant_eval.h"

#include <cmath>
#include <cstdio>

#include "syntax/python_repr.h"

namespace ingot::trace {

using namespace syntax;
using namespace types;

std::string cpp_string_literal(std::string_view bytes) {
  std::string out = "\"";
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 32 && c < 127 && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);  // octal: never swallows following digits
      out += buf;
    }
  }
  out += "\"";
  return out;
}

namespace {

std::string json_string(std::string_view utf8) {
  std::string out = "\"";
  for (unsigned char c : utf8) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

bool has_surrogate(std::string_view wtf8) {
  for (size_t i = 0; i + 1 < wtf8.size(); ++i)
    if (static_cast<unsigned char>(wtf8[i]) == 0xED && static_cast<unsigned char>(wtf8[i + 1]) >= 0xA0) return true;
  return false;
}

}  // namespace

ConstantValue literal_value(const Constant* c) {
  ConstantValue v;
  const syntax::ConstantValue& value = c->value;
  switch (value.tag) {
    case syntax::ConstantValue::Tag::None:
      return {none_type(), "rt::none", "None", "null"};
    case syntax::ConstantValue::Tag::True:
      return {bool_type(), "true", "True", "true"};
    case syntax::ConstantValue::Tag::False:
      return {bool_type(), "false", "False", "false"};
    case syntax::ConstantValue::Tag::Int: {
      std::string digits(value.text);
      // Beyond 64 bits the runtime cannot hold the value: refuse rather than wrap.
      if (digits.size() > 19 || (digits.size() == 19 && digits > "9223372036854775807"))
        refuse(c->span, "integer literal " + digits + " does not fit in 64 bits (OverflowError)");
      return {int_type(), "rt::Int(" + digits + ")", digits, digits};
    }
    case syntax::ConstantValue::Tag::Float: {
      std::string repr;
      repr_float(value.number, repr);
      std::string cpp;
      if (std::isinf(value.number)) cpp = "rt::Float(INFINITY)";
      else if (std::isnan(value.number)) cpp = "rt::Float(NAN)";
      else cpp = "rt::Float(" + repr + ")";
      std::string json = std::isfinite(value.number) ? repr : "";
      return {float_type(), cpp, repr, json};
    }
    case syntax::ConstantValue::Tag::Str: {
      if (has_surrogate(value.text)) refuse(c->span, "strings with lone surrogates are not supported");
      std::string repr;
      repr_str(value.text, repr);
      return {str_type(), "rt::Str(" + cpp_string_literal(value.text) + ", " + std::to_string(value.text.size()) + ")",
              repr, json_string(value.text)};
    }
    case syntax::ConstantValue::Tag::Bytes: {
      std::string repr;
      repr_bytes(value.text, repr);
      return {bytes_type(),
              "rt::Bytes(" + cpp_string_literal(value.text) + ", " + std::to_string(value.text.size()) + ")", repr,
              ""};
    }
    case syntax::ConstantValue::Tag::Complex:
      refuse(c->span, "complex numbers are not supported");
    case syntax::ConstantValue::Tag::Ellipsis:
      refuse(c->span, "Ellipsis is not supported here");
  }
  return v;
}

ConstantValue ConstantEvaluator::evaluate(const expr* e) {
  switch (e->kind) {
    case NodeKind::Constant:
      return literal_value(static_cast<const Constant*>(e));
    case NodeKind::Name: {
      std::string name(static_cast<const Name*>(e)->id);
      auto it = constants_.find(name);
      if (it == constants_.end()) refuse(e->span, "name '" + name + "' is not defined (or is not a constant)");
      return it->second;
    }
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      if (a->value->kind == NodeKind::Name) {
        auto mod = modules_.find(std::string(static_cast<const Name*>(a->value)->id));
        if (mod != modules_.end()) {
          if (auto c = resolve_module_constant(mod->second, std::string(a->attr))) {
            // Integer constants (llama_cpp.LLAMA_POOLING_TYPE_MEAN) have a JSON value too.
            std::string json;
            if (c->second.rfind("rt::Int(", 0) == 0) json = c->second.substr(8, c->second.size() - 9);
            return {c->first, c->second, mod->first + "." + std::string(a->attr), json};
          }
        }
      }
      refuse(e->span, "not a constant expression");
    }
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      ConstantValue operand = evaluate(u->operand);
      if (u->op == unaryop_t::USub && (operand.type == int_type() || operand.type == float_type())) {
        if (operand.type == int_type() && operand.python_repr == "9223372036854775808")
          return {int_type(), "rt::Int(INT64_MIN)", "-9223372036854775808", "-9223372036854775808"};
        std::string json = operand.json.empty() ? "" : "-" + operand.json;
        return {operand.type, "rt::neg(" + operand.cpp + ")", "-" + operand.python_repr, json};
      }
      if (auto r = resolve_unary(u->op == unaryop_t::USub ? "-" : u->op == unaryop_t::UAdd ? "+"
                                 : u->op == unaryop_t::Invert ? "~" : "not",
                                 operand.type))
        return {r->result, r->cpp + "(" + operand.cpp + ")", "<expr>", ""};
      refuse(e->span, "not a constant expression");
    }
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      static const char* const kOps[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
      ConstantValue l = evaluate(b->left), r = evaluate(b->right);
      const char* op = kOps[static_cast<int>(b->op)];
      auto resolved = resolve_binary(op, l.type, r.type);
      if (!resolved)
        refuse(e->span, std::string("unsupported operand type(s) for ") + op + ": '" + l.type->python() + "' and '" +
                            r.type->python() + "'");
      return {resolved->result, resolved->cpp + "(" + l.cpp + ", " + r.cpp + ")", "<expr>", ""};
    }
    case NodeKind::List:
    case NodeKind::Tuple:
    case NodeKind::Set: {
      const Seq<expr*>& elts = e->kind == NodeKind::List  ? static_cast<const List*>(e)->elts
                               : e->kind == NodeKind::Tuple ? static_cast<const Tuple*>(e)->elts
                                                            : static_cast<const Set*>(e)->elts;
      std::vector<ConstantValue> items;
      for (const expr* x : elts) items.push_back(evaluate(x));
      std::string cpp_items, repr, json;
      std::vector<TypeRef> member_types;
      for (size_t i = 0; i < items.size(); ++i) {
        cpp_items += (i ? ", " : "") + items[i].cpp;
        repr += (i ? ", " : "") + items[i].python_repr;
        json += (i ? "," : "") + items[i].json;
        if (items[i].json.empty()) json = "\x01";
        member_types.push_back(items[i].type);
      }
      bool json_ok = json.find('\x01') == std::string::npos && e->kind != NodeKind::Set;
      if (e->kind == NodeKind::Tuple) {
        TypeRef t = tuple_of(member_types);
        return {t, t->cpp() + "{" + cpp_items + "}", "(" + repr + (items.size() == 1 ? ",)" : ")"),
                json_ok ? "[" + json + "]" : ""};
      }
      if (items.empty()) refuse(e->span, "the element type of an empty container cannot be inferred; annotate it");
      for (TypeRef t : member_types)
        if (t != member_types[0])
          refuse(e->span, "container elements have different types (" + member_types[0]->python() + " and " +
                              t->python() + ")");
      TypeRef t = e->kind == NodeKind::List ? list_of(member_types[0]) : set_of(member_types[0]);
      if (e->kind == NodeKind::Set && !member_types[0]->is_hashable()) refuse(e->span, "unhashable set elements");
      return {t, t->cpp() + "{" + cpp_items + "}", (e->kind == NodeKind::List ? "[" : "{") + repr + (e->kind == NodeKind::List ? "]" : "}"),
              json_ok ? "[" + json + "]" : ""};
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      if (d->keys.empty()) refuse(e->span, "the types of an empty dict cannot be inferred; annotate it");
      std::string cpp_items, repr, json = "{";
      bool json_ok = true;
      TypeRef kt = nullptr, vt = nullptr;
      for (size_t i = 0; i < d->keys.size(); ++i) {
        if (!d->keys[i]) refuse(d->values[i]->span, "** in constant dicts is not supported");
        ConstantValue k = evaluate(d->keys[i]), v = evaluate(d->values[i]);
        if (kt && (k.type != kt || v.type != vt))
          refuse(d->keys[i]->span, "dict items have different types");
        kt = k.type;
        vt = v.type;
        if (!kt->is_hashable()) refuse(d->keys[i]->span, "unhashable dict key");
        cpp_items += std::string(i ? ", " : "") + "{" + k.cpp + ", " + v.cpp + "}";
        repr += (i ? ", " : "") + k.python_repr + ": " + v.python_repr;
        if (kt != str_type() || v.json.empty()) json_ok = false;
        else json += (i ? "," : "") + k.json + ":" + v.json;
      }
      TypeRef t = dict_of(kt, vt);
      return {t, t->cpp() + "{" + cpp_items + "}", "{" + repr + "}", json_ok ? json + "}" : ""};
    }
    default:
      refuse(e->span, "not a constant expression: module constants and defaults must be literals, containers "
                      "of literals, or arithmetic on them");
  }
}

}  // namespace ingot::trace
