// The IR's text form, for `ingot inspect --ir` and for tests.
#include <sstream>

#include "ir/ir.h"

namespace ingot::ir {
namespace {

const char* op_name(Op op) {
  switch (op) {
    case Op::Constant: return "const";
    case Op::Param: return "param";
    case Op::Load: return "load";
    case Op::Call: return "call";
    case Op::CallFunction: return "call.func";
    case Op::Build: return "build";
    case Op::Convert: return "convert";
    case Op::Lambda: return "lambda";
    case Op::Select: return "select";
    case Op::ShortCircuit: return "shortcircuit";
    case Op::Comprehension: return "comprehension";
    case Op::Exception: return "exception";
    case Op::Store: return "store";
    case Op::Eval: return "eval";
    case Op::If: return "if";
    case Op::While: return "while";
    case Op::For: return "for";
    case Op::Unpack: return "unpack";
    case Op::Break: return "break";
    case Op::Continue: return "continue";
    case Op::Return: return "return";
    case Op::Yield: return "yield";
    case Op::Raise: return "raise";
    case Op::Assert: return "assert";
    case Op::Try: return "try";
    case Op::SetItem: return "setitem";
    case Op::DelItem: return "delitem";
    case Op::SetAttr: return "setattr";
    case Op::AugStore: return "augstore";
  }
  return "?";
}

class Printer {
 public:
  explicit Printer(std::ostringstream& out) : out_(out) {}

  void region(const Region& r, int indent) {
    for (const Instr* i : r) instr(*i, indent);
  }

  void instr(const Instr& i, int indent) {
    std::string pad(indent * 2, ' ');
    out_ << pad;
    if (i.type && i.id >= 0) out_ << "%" << i.id << " = ";
    out_ << op_name(i.op);
    if (!i.callee.empty()) out_ << " " << i.callee;
    if (!i.name.empty()) out_ << " " << i.name;
    if (i.op == Op::Constant) out_ << " " << (i.attr.empty() ? i.text : i.attr);
    if (i.op == Op::Param) out_ << " #" << i.index;
    for (size_t k = 0; k < i.names.size(); ++k) out_ << (k ? ", " : " [") << i.names[k] << (k + 1 == i.names.size() ? "]" : "");
    for (size_t k = 0; k < i.operands.size(); ++k) out_ << (k ? ", " : " ") << "%" << i.operands[k]->id;
    if (i.type) out_ << " : " << i.type->python();
    out_ << "    @" << i.loc.line << ":" << i.loc.column << "\n";
    for (size_t k = 0; k < i.regions.size(); ++k) {
      out_ << pad << "  {" << region_label(i, k) << "\n";
      region(i.regions[k], indent + 2);
      out_ << pad << "  }\n";
    }
  }

 private:
  static std::string region_label(const Instr& i, size_t k) {
    switch (i.op) {
      case Op::If: return k == 0 ? " then" : " else";
      case Op::While: return k == 0 ? " cond" : k == 1 ? " body" : " else";
      case Op::For: return k == 0 ? " body" : " else";
      case Op::Select: return k == 0 ? " true" : " false";
      case Op::Try: {
        size_t handlers = i.names.size();
        if (k == 0) return " body";
        if (k <= handlers) return " except " + i.names[k - 1] + (i.bound[k - 1].empty() ? "" : " as " + i.bound[k - 1]);
        if (i.has_else && k == handlers + 1) return " else";
        return " finally";
      }
      default: return "";
    }
  }

  std::ostringstream& out_;
};

}  // namespace

Function* Module::entry() const {
  for (const auto& f : functions)
    if (f->is_entry) return f.get();
  return nullptr;
}

std::string print(const Module& module) {
  std::ostringstream out;
  Printer p(out);
  for (const Global& g : module.globals) out << "global " << g.name << " : " << g.type->python() << " = " << g.python_repr << "\n";
  if (!module.globals.empty()) out << "\n";
  for (const auto& f : module.functions) {
    out << (f->is_entry ? "entry " : "") << "func " << f->name << "(";
    for (size_t i = 0; i < f->params.size(); ++i)
      out << (i ? ", " : "") << f->params[i].name << ": " << f->params[i].type->python();
    out << ") -> " << f->result->python() << "    @" << f->loc.line << ":" << f->loc.column << "\n";
    for (const Slot& s : f->slots) out << "  slot " << s.name << " : " << s.type->python() << "\n";
    p.region(f->body, 1);
    out << "\n";
  }
  return out.str();
}

}  // namespace ingot::ir
