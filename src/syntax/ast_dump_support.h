// The formatting rules of CPython's `ast.dump`, used by the generated
// ast_dump.cpp: `Name(field=value, ...)`, lists as `[a, b]`, optional fields
// left out when None, positions appended when asked for.
#pragma once

#include <string>

#include "syntax/ast_nodes.h"
#include "syntax/python_repr.h"

namespace ingot::syntax {

class DumpWriter {
 public:
  DumpWriter(std::string& out, bool positions) : out_(out), positions_(positions) {}

  void open(const char* name) {
    out_ += name;
    out_ += '(';
  }
  void close() { out_ += ')'; }

  template <class T>
  void field(const char* name, const T& value) {
    key(name);
    write(value);
  }

  /// A `?` field: CPython's dump omits it when it is None.
  template <class T>
  void optional(const char* name, const T& value) {
    if (is_none(value)) return;
    field(name, value);
  }

  void span(const Span& s) {
    if (!positions_) return;
    field("lineno", s.lineno);
    field("col_offset", s.col_offset);
    field("end_lineno", s.end_lineno);
    field("end_col_offset", s.end_col_offset);
  }

 private:
  void key(const char* name) {
    if (!first_) out_ += ", ";
    first_ = false;
    out_ += name;
    out_ += '=';
  }

  static bool is_none(Identifier v) { return v.data() == nullptr; }
  static bool is_none(const Node* v) { return v == nullptr; }

  void write(int32_t v) { out_ += std::to_string(v); }
  void write(Identifier v) {
    if (v.data() == nullptr) out_ += "None";
    else repr_str(v, out_);
  }
  void write(const ConstantValue& v) { repr_constant(v, out_); }
  void write(const Node* v) { dump(v, out_, positions_); }
  void write(expr_context_t v) { simple(name_of(v)); }
  void write(boolop_t v) { simple(name_of(v)); }
  void write(operator_t v) { simple(name_of(v)); }
  void write(unaryop_t v) { simple(name_of(v)); }
  void write(cmpop_t v) { simple(name_of(v)); }
  void simple(const char* name) {
    out_ += name;
    out_ += "()";
  }

  template <class T>
  void write(const Seq<T>& seq) {
    out_ += '[';
    for (uint32_t i = 0; i < seq.size(); ++i) {
      if (i) out_ += ", ";
      write(seq[i]);
    }
    out_ += ']';
  }

  std::string& out_;
  bool positions_;
  bool first_ = true;
};

}  // namespace ingot::syntax
