#include "ir/fuse_elementwise.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "types/type.h"

namespace ingot::ir {
namespace {

using types::Kind;

/// The numpy calls a fused program can hold (their names in fused.h) and
/// the number of operands of their IR call.
struct Fusable {
  const char* callee;
  const char* name;
  size_t arity;
};
constexpr Fusable kFusable[] = {
    {"rt::np::add", "add", 2},         {"rt::np::subtract", "subtract", 2}, {"rt::np::multiply", "multiply", 2},
    {"rt::np::true_divide", "true_divide", 2}, {"rt::np::maximum", "maximum", 2}, {"rt::np::minimum", "minimum", 2},
    {"rt::np::negative", "negative", 1}, {"rt::np::absolute", "absolute", 1}, {"rt::np::square", "square", 1},
    {"rt::np::sqrt", "sqrt", 1},       {"rt::np::exp", "exp", 1},           {"rt::np::log", "log", 1},
    {"rt::np::tanh", "tanh", 1},       {"rt::np::astype", "astype", 2},     {"rt::np::clip", "clip", 3},
};
/// The runtime's limit on nodes (operations and operands) per program.
constexpr size_t kMaxNodes = 16;

bool is_number_or_array(const Instr* x) {
  if (!x->type) return false;
  const Kind k = x->type->kind;
  return k == Kind::NDArray || k == Kind::Int || k == Kind::Float || k == Kind::Bool;
}
bool is_none_constant(const Instr* x) { return x->op == Op::Constant && x->type && x->type->kind == Kind::None; }

/// "float32" for the constant INGOT_DTYPE_FLOAT32; "" when not a constant dtype.
std::string dtype_constant(const Instr* x) {
  static const std::string prefix = "INGOT_DTYPE_";
  if (x->op != Op::Constant || x->text.compare(0, prefix.size(), prefix) != 0) return "";
  std::string name = x->text.substr(prefix.size());
  for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return name;
}

const Fusable* fusable(const Instr* i) {
  if (i->op != Op::Call || i->attr == "visit" || !i->type || i->type->kind != Kind::NDArray) return nullptr;
  const Fusable* f = nullptr;
  for (const Fusable& e : kFusable) {
    if (i->callee == e.callee) f = &e;
  }
  if (!f || i->operands.size() != f->arity) return nullptr;
  const std::string name = f->name;
  if (name == "astype") {
    const Instr* x = i->operands[0];
    return x->type && x->type->kind == Kind::NDArray && !dtype_constant(i->operands[1]).empty() ? f : nullptr;
  }
  if (name == "clip") {
    if (!is_number_or_array(i->operands[0])) return nullptr;
    const bool lo_none = is_none_constant(i->operands[1]), hi_none = is_none_constant(i->operands[2]);
    if (lo_none && hi_none) return nullptr;
    for (size_t k = 1; k < 3; ++k) {
      if (!is_none_constant(i->operands[k]) && !is_number_or_array(i->operands[k])) return nullptr;
    }
    return f;
  }
  for (const Instr* x : i->operands) {
    if (!is_number_or_array(x)) return nullptr;
  }
  return f;
}

/// x.sum(axis, keepdims) / np.sum(x, ...): a root that sums the tree of its
/// operand as it is computed (rt::np::fused_sum).
bool is_sum(const Instr* i) {
  return i->op == Op::Call && i->attr != "visit" && i->callee == "rt::np::sum" && i->operands.size() == 3 &&
         i->type && i->type->kind == Kind::NDArray;
}

/// Whether operand k of a fusable call is a value of the tree (not a dtype
/// or a None bound; of a sum, its array).
bool is_tree_operand(const Instr* call, size_t k) {
  if (call->callee == "rt::np::sum") return k == 0;
  if (call->callee == "rt::np::astype") return k == 0;
  if (call->callee == "rt::np::clip") return !is_none_constant(call->operands[k]);
  return true;
}

/// An instruction the fused operations may move past: it cannot raise, and
/// cannot change an array or a variable they read.
bool is_clean(const Instr* z) {
  if (!z->regions.empty()) return false;
  switch (z->op) {
    case Op::Constant:
    case Op::Load:
    case Op::Store:  // the moved operations read SSA values, never variables
    case Op::Build:
      return true;
    case Op::Call: break;
    default: return false;
  }
  if (z->callee == "rt::np::dtype" || z->callee == "rt::np::ndim" || z->callee == "rt::np::size" ||
      z->callee == "rt::np::shape") {
    return true;
  }
  if (z->callee == "rt::np::array" && z->operands.size() == 2) {
    // np.array(list_of_floats, dtype=None / a float dtype) cannot fail.
    const types::TypeRef t = z->operands[0]->type;
    const std::string d = dtype_constant(z->operands[1]);
    const bool float_dtype = (z->operands[1]->op == Op::Constant && z->operands[1]->text == "std::nullopt") ||
                             d.compare(0, 5, "float") == 0;
    return t && t->kind == Kind::List && !t->args.empty() && t->args[0]->kind == Kind::Float && float_dtype;
  }
  return false;
}

class FunctionFusion {
 public:
  explicit FunctionFusion(Function& f) : f_(f) {
    scan(f.body);
  }

  void run() { region(f_.body, false); }

 private:
  struct SlotRef {
    Instr* instr;
    const Region* region;
  };
  /// A tree being built: its calls (the root last) and the variable writes
  /// and reads it removes; `child` maps an operand of a node to the call it
  /// absorbs through it.
  struct Tree {
    std::vector<Instr*> calls;
    std::vector<Instr*> forwarded;
    std::unordered_map<const Instr*, Instr*> child;
  };

  void scan(const Region& r) {
    for (Instr* i : r) {
      for (const Instr* x : i->operands) ++uses_[x];
      auto ref = [&](const std::string& name) {
        if (!name.empty()) slots_[name].push_back({i, &r});
      };
      switch (i->op) {
        case Op::Load:
          if (i->attr != "global") ref(i->name);
          break;
        case Op::Store:
        case Op::AugStore:
        case Op::For:
        case Op::Exception: ref(i->name); break;
        default: break;
      }
      for (const std::string& n : i->names) ref(n);
      for (const std::string& n : i->bound) ref(n);
      for (const Region& sub : i->regions) scan(sub);
    }
  }

  void region(Region& r, bool in_loop) {
    for (Instr* i : r) {
      const bool loop = in_loop || i->op == Op::While || i->op == Op::For || i->op == Op::Lambda ||
                        i->op == Op::Comprehension;
      for (Region& sub : i->regions) region(sub, loop);
    }
    pos_.clear();
    for (size_t k = 0; k < r.size(); ++k) pos_[r[k]] = k;
    for (size_t k = r.size(); k > 0; --k) {
      Instr* root = r[k - 1];
      if (removed_.count(root) || !(fusable(root) || is_sum(root))) continue;
      fuse(r, root, in_loop);
    }
    std::erase_if(r, [&](Instr* i) { return removed_.count(i) > 0; });
  }

  /// The Store whose value a read of a variable sees, when that read is the
  /// only thing that can ever see it (see the header); else null.
  Instr* forwarded_store(const Instr* load, const Region& r, bool in_loop) {
    // Every write and read of the variable is a plain one in this block, in
    // program order (none in a nested block, a handler or a lambda).
    const std::vector<SlotRef>& refs = slots_[load->name];
    for (const SlotRef& s : refs) {
      if (s.region != &r || (s.instr->op != Op::Store && s.instr->op != Op::Load)) return nullptr;
    }
    const size_t k = static_cast<size_t>(
        std::find_if(refs.begin(), refs.end(), [&](const SlotRef& s) { return s.instr == load; }) - refs.begin());
    // The write just before the read, and the value dead after it: written
    // again, or the end of the block (in a loop: unless the next iteration
    // reads it before writing).
    if (k == 0 || k == refs.size() || refs[k - 1].instr->op != Op::Store) return nullptr;
    const bool dead_after = k + 1 < refs.size() ? refs[k + 1].instr->op == Op::Store
                                                : (!in_loop || refs[0].instr->op == Op::Store);
    return dead_after ? refs[k - 1].instr : nullptr;
  }

  /// The call that `x`, an operand of a node of the tree, lets the tree
  /// absorb (itself, or the value stored in a variable `x` reads), if any.
  Instr* absorbable(Instr* x, const Region& r, bool in_loop, long floor, Instr*& store) {
    store = nullptr;
    auto ok = [&](const Instr* c) {
      return c->op == Op::Call && !removed_.count(c) && uses_[c] == 1 && pos_.count(c) &&
             static_cast<long>(pos_[c]) > floor && fusable(c) != nullptr;
    };
    if (uses_[x] != 1 || !pos_.count(x)) return nullptr;
    if (ok(x)) return x;
    if (x->op != Op::Load || x->attr == "global" || x->operands.size() != 0) return nullptr;
    Instr* s = forwarded_store(x, r, in_loop);
    if (!s || s->operands.empty() || !ok(s->operands[0])) return nullptr;
    store = s;
    return s->operands[0];
  }

  /// Collects the tree under `node` (post-order), absorbing only calls after
  /// position `floor` of the region.
  void collect(Instr* node, const Region& r, bool in_loop, long floor, Tree& t) {
    for (size_t k = 0; k < node->operands.size(); ++k) {
      if (!is_tree_operand(node, k)) continue;
      Instr* x = node->operands[k];
      Instr* store = nullptr;
      Instr* c = absorbable(x, r, in_loop, floor, store);
      if (!c || t.child.count(x)) continue;
      t.child[x] = c;
      collect(c, r, in_loop, floor, t);
      if (store) {
        t.forwarded.push_back(store);
        t.forwarded.push_back(x);
      }
    }
    t.calls.push_back(node);
  }

  void fuse(const Region& r, Instr* root, bool in_loop) {
    // The largest tree, then without the part that would move past an
    // instruction that is not clean.
    const size_t end = pos_[root];
    long floor = -1;
    Tree t;
    while (true) {
      t = Tree{};
      collect(root, r, in_loop, floor, t);
      std::unordered_set<const Instr*> moving(t.calls.begin(), t.calls.end());
      moving.insert(t.forwarded.begin(), t.forwarded.end());
      size_t first = end;
      for (const Instr* m : moving) first = std::min(first, pos_[m]);
      size_t blocker = end;
      for (size_t p = end; p-- > first + 1;) {
        const Instr* z = r[p];
        if (!moving.count(z) && !is_clean(z)) {
          blocker = p;
          break;
        }
      }
      if (blocker == end) break;
      floor = static_cast<long>(blocker);
    }
    if (t.calls.size() < 2) return;
    std::vector<Instr*> leaves;
    std::string text;
    const bool sum = is_sum(root);
    // A sum's program is its operand's tree; its axis and keepdims come first.
    emit(sum ? t.child.at(root->operands[0]) : root, t, text, leaves);
    if (t.calls.size() + leaves.size() > kMaxNodes) return;
    for (Instr* c : t.calls) {
      if (c != root) removed_.insert(c);
    }
    removed_.insert(t.forwarded.begin(), t.forwarded.end());
    if (sum) {
      root->callee = "rt::np::fused_sum<\"" + text + "\">";
      leaves.insert(leaves.begin(), {root->operands[1], root->operands[2]});
    } else {
      root->callee = "rt::np::fused<\"" + text + "\">";
    }
    root->operands = std::move(leaves);
  }

  /// The program text of the tree under `node`; its operands into `leaves`.
  void emit(Instr* node, const Tree& t, std::string& text, std::vector<Instr*>& leaves) {
    const Fusable* f = fusable(node);
    text += f->name;
    text += "(";
    for (size_t k = 0; k < node->operands.size(); ++k) {
      Instr* x = node->operands[k];
      if (k) text += ", ";
      if (node->callee == "rt::np::astype" && k == 1) {
        text += dtype_constant(x);
      } else if (!is_tree_operand(node, k)) {
        text += "None";
      } else if (auto c = t.child.find(x); c != t.child.end()) {
        emit(c->second, t, text, leaves);
      } else {
        text += "$" + std::to_string(leaves.size());
        leaves.push_back(x);
      }
    }
    text += ")";
  }

  Function& f_;
  std::unordered_map<const Instr*, int> uses_;
  std::unordered_map<std::string, std::vector<SlotRef>> slots_;
  std::unordered_map<const Instr*, size_t> pos_;
  std::unordered_set<const Instr*> removed_;
};

}  // namespace

void fuse_elementwise(Module& module) {
  if (!module.uses_numpy) return;
  for (auto& f : module.functions) FunctionFusion(*f).run();
}

}  // namespace ingot::ir
