// See local_names.h.
#include "trace/local_names.h"

namespace ingot::trace {

using namespace syntax;

namespace {

void targets(const expr* t, std::set<std::string>& out) {
  switch (t->kind) {
    case NodeKind::Name: out.insert(std::string(static_cast<const Name*>(t)->id)); break;
    case NodeKind::Tuple:
      for (const expr* e : static_cast<const Tuple*>(t)->elts) targets(e, out);
      break;
    case NodeKind::List:
      for (const expr* e : static_cast<const List*>(t)->elts) targets(e, out);
      break;
    case NodeKind::Starred: targets(static_cast<const Starred*>(t)->value, out); break;
    default: break;  // subscripts and attributes bind no name
  }
}

void scan(const Seq<stmt*>& body, LocalNames& out);

void scan_stmt(const stmt* s, LocalNames& out) {
  switch (s->kind) {
    case NodeKind::Assign:
      for (const expr* t : static_cast<const Assign*>(s)->targets) targets(t, out.assigned);
      break;
    case NodeKind::AugAssign: targets(static_cast<const AugAssign*>(s)->target, out.assigned); break;
    case NodeKind::AnnAssign: targets(static_cast<const AnnAssign*>(s)->target, out.assigned); break;
    case NodeKind::Delete:
      for (const expr* t : static_cast<const Delete*>(s)->targets) targets(t, out.assigned);
      break;
    case NodeKind::For: {
      auto* f = static_cast<const For*>(s);
      targets(f->target, out.assigned);
      scan(f->body, out);
      scan(f->orelse, out);
      break;
    }
    case NodeKind::While: {
      auto* w = static_cast<const While*>(s);
      scan(w->body, out);
      scan(w->orelse, out);
      break;
    }
    case NodeKind::If: {
      auto* i = static_cast<const If*>(s);
      scan(i->body, out);
      scan(i->orelse, out);
      break;
    }
    case NodeKind::Try: {
      auto* t = static_cast<const Try*>(s);
      scan(t->body, out);
      for (const excepthandler* h : t->handlers) {
        auto* e = static_cast<const ExceptHandler*>(h);
        if (!e->name.empty()) out.assigned.insert(std::string(e->name));
        scan(e->body, out);
      }
      scan(t->orelse, out);
      scan(t->finalbody, out);
      break;
    }
    case NodeKind::With: {
      auto* w = static_cast<const With*>(s);
      for (const withitem* item : w->items)
        if (item->optional_vars) targets(item->optional_vars, out.assigned);
      scan(w->body, out);
      break;
    }
    case NodeKind::FunctionDef: out.assigned.insert(std::string(static_cast<const FunctionDef*>(s)->name)); break;
    case NodeKind::ClassDef: out.assigned.insert(std::string(static_cast<const ClassDef*>(s)->name)); break;
    case NodeKind::Import:
    case NodeKind::ImportFrom: {
      const Seq<alias*>& names = s->kind == NodeKind::Import ? static_cast<const Import*>(s)->names
                                                              : static_cast<const ImportFrom*>(s)->names;
      for (const alias* a : names) {
        std::string n(a->asname.empty() ? a->name : a->asname);
        out.assigned.insert(n.substr(0, n.find('.')));
      }
      break;
    }
    case NodeKind::Global:
      for (Identifier n : static_cast<const Global*>(s)->names) out.globals.insert(std::string(n));
      break;
    case NodeKind::Nonlocal:
      for (Identifier n : static_cast<const Nonlocal*>(s)->names) out.nonlocals.insert(std::string(n));
      break;
    default: break;
  }
}

void scan(const Seq<stmt*>& body, LocalNames& out) {
  for (const stmt* s : body) scan_stmt(s, out);
}

}  // namespace

LocalNames local_names(const Seq<stmt*>& body) {
  LocalNames out;
  scan(body, out);
  return out;
}

}  // namespace ingot::trace
