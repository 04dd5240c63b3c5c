// Tracing one function body: statements and expressions to IR, with types
// propagated through the operations' signatures.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "trace/local_names.h"
#include "trace/tracer.h"

namespace ingot::trace {

class FunctionTracer {
 public:
  FunctionTracer(ModuleTracer& module, ir::Function& fn, const syntax::FunctionDef* def,
                 const std::vector<TypeRef>& params, const std::set<std::string>& widened);
  void trace();

 private:
  using Instr = ir::Instr;
  using Op = ir::Op;

  /// The binding of a Python name on the current path.
  struct Binding {
    int slot = -1;          // index into fn_.slots, or -(1 + param index)
    bool assigned = false;  // definitely assigned on this path
    TypeRef narrowed = nullptr;  // Optional narrowed to its inner type here
  };
  using Scope = std::map<std::string, Binding>;

  // ---- emission ----
  Instr* emit(Op op, const syntax::Span& at, TypeRef type = nullptr);
  Instr* value(Op op, const syntax::Span& at, TypeRef type) { return emit(op, at, type); }
  Instr* constant(const syntax::Span& at, TypeRef type, std::string cpp, std::string repr = {});
  Instr* call(const syntax::Span& at, const types::Resolved& r, std::vector<Instr*> args);
  Instr* convert(Instr* v, TypeRef to, const syntax::Span& at);
  ir::Region capture(const std::function<void()>& body);

  // ---- statements (function_tracer_stmt.cpp) ----
  void block(const syntax::Seq<syntax::stmt*>& body);
  void statement(const syntax::stmt* s);
  void assign(const syntax::expr* target, Instr* v, const syntax::Span& at);
  void store(const std::string& name, Instr* v, const syntax::Span& at, TypeRef declared = nullptr);
  void if_stmt(const syntax::If* s);
  void while_stmt(const syntax::While* s);
  void for_stmt(const syntax::For* s);
  void try_stmt(const syntax::Try* s);
  void return_stmt(const syntax::Return* s);
  void raise_stmt(const syntax::Raise* s);
  void aug_assign(const syntax::AugAssign* s);
  static bool terminates(const syntax::Seq<syntax::stmt*>& body);
  /// The state after paths that meet: a name is definitely assigned (or
  /// narrowed) only if it is on every path.
  static Scope merge_paths(const std::vector<Scope>& paths);
  /// The state after a loop, whose body may not have run.
  void after_loop(const Scope& before);

  // ---- expressions (function_tracer_expr.cpp) ----
  Instr* translate(const syntax::expr* e);
  Instr* name(const syntax::Name* n);
  Instr* binop(const syntax::BinOp* b);
  /// `-3`, or a module constant holding a negative int.
  bool negative_int_literal(const syntax::expr* e);
  Instr* binary(const std::string& op, Instr* l, Instr* r, const syntax::Span& at);
  Instr* compare(const syntax::Compare* c);
  /// `a and b` / `a or b`: as a value its operands share a type; as a
  /// condition (`as_condition`) each is reduced to its truth.
  Instr* boolop(const syntax::BoolOp* b, bool as_condition);
  /// A test (if, while, assert, comprehension filters, `not`): its truth.
  Instr* condition(const syntax::expr* e);
  Instr* call_expr(const syntax::Call* c);
  Instr* call_function(const std::string& fname, const syntax::Call* c);
  /// "numpy.linalg" when `e` is np.linalg, else null.
  const char* numpy_submodule(const syntax::expr* e);
  /// Whether `c` calls a numpy function or an array's astype (where a
  /// dtype may be written float, int, bool or "float32").
  bool numpy_call(const syntax::Call* c);
  /// A dtype written as a builtin type or a string, or null.
  Instr* dtype_argument(const syntax::expr* e);
  /// `a.tolist()` / `a.item()` going where `target` is annotated, or null.
  Instr* numpy_to_python(const syntax::expr* value, TypeRef target);
  /// A call of module function `fname` with arguments bound by position
  /// (null: take the default).
  Instr* call_function_with(const std::string& fname, std::vector<Instr*> args, const syntax::Span& at);
  /// Whether `e` names a function usable as key= (a module function, a
  /// builtin, or `str.lower`-style unbound method).
  bool names_a_function(const syntax::expr* e);
  /// That function as a one-parameter lambda taking `param`.
  Instr* function_as_lambda(const syntax::expr* f, TypeRef param);
  Instr* subscript(const syntax::Subscript* s);
  /// An ndarray subscript as a list of rt::np::Subscript.
  Instr* numpy_index(const syntax::expr* slice);
  /// start, stop and step of `x[a:b:c]` as Optional[int] values.
  std::array<Instr*, 3> slice_bounds(const syntax::Slice* sl, const syntax::Span& at);
  Instr* fstring(const syntax::JoinedStr* j);
  Instr* display(const syntax::expr* e);
  Instr* comprehension(const syntax::expr* e);
  Instr* lambda(const syntax::Lambda* l, const std::vector<TypeRef>& params);
  /// `f(...)` of a lambda written in place or stored in a variable: traced
  /// at the call, so its free variables are read when it runs (as CPython's
  /// closures read them).
  Instr* call_lambda(const syntax::Lambda* l, const syntax::Call* c, bool stored);
  /// The lambda a name holds (`f = lambda x: ...`), or null.
  const syntax::Lambda* stored_lambda(const syntax::expr* e);
  /// Runs `body` seeing only the function's own names, not those of the
  /// comprehensions around the current point (a stored lambda's scope).
  void in_function_scope(const std::function<void()>& body);
  Instr* truth(Instr* v, const syntax::Span& at);
  /// `v` as something the runtime iterates: a tuple of one type becomes a
  /// tuple[T, ...].
  Instr* iterable(Instr* v, const syntax::Span& at);
  /// Arguments of a call: translated positional and keyword values; a
  /// lambda passed as key= is traced with the iterable's element type.
  void call_arguments(const syntax::Call* c, std::vector<Instr*>& args, types::CallTypes& types,
                      TypeRef key_element);
  std::string op_text(syntax::operator_t op);
  /// What a test tells about a variable's type: `x is not None`, `x is
  /// None`, `isinstance(x, T)` and `not` of those. A null type: nothing
  /// is known on that branch.
  struct Narrowing {
    std::string name;
    TypeRef when_true = nullptr;
    TypeRef when_false = nullptr;
  };
  std::optional<Narrowing> narrowing(const syntax::expr* test);
  /// All that a test tells, through `and`, `or` and `not`.
  std::vector<Narrowing> narrowings(const syntax::expr* test);
  /// isinstance(v, classes): a constant where the static type decides it, a
  /// check of the variant's alternative where the value is a union.
  Instr* isinstance(const syntax::Call* c);

  /// Type variables of empty containers and what later use bound them to.
  TypeRef resolved(TypeRef t) const { return types::substitute(t, bindings_); }
  /// Binds the variables in `pattern` so that it becomes `actual`; false if
  /// they cannot match.
  bool unify(TypeRef pattern, TypeRef actual);
  /// Replaces every type variable in the function's IR by its binding;
  /// refuses where one stayed unknown.
  void finalize();

  Binding* lookup(const std::string& name);
  TypeRef slot_type(const Binding& b) const;
  std::string slot_name(const Binding& b) const;

  ModuleTracer& m_;
  ir::Module& module_;
  ir::Function& fn_;
  const syntax::FunctionDef* def_;
  std::vector<ir::Region*> regions_;
  std::vector<Scope> scopes_;  // innermost last (comprehensions, lambdas push)
  int loop_depth_ = 0;
  /// The try...finally statements around the current point (innermost
  /// last), with the loop depth where each began: a break inside a loop
  /// that is itself inside the try does not run the finally.
  struct FinallyFrame {
    Instr* try_instr;
    int loop_depth;
  };
  std::vector<FinallyFrame> finally_stack_;
  /// Routes a return (or break/continue) through the enclosing finally
  /// blocks; returns the Try the jump goes to first, or -1.
  int unwind_through_finally(ir::Op exit);
  int except_depth_ = 0;
  std::vector<TypeRef> returns_;
  std::set<std::string> globals_used_;
  // ---- nested functions (function_tracer_nested.cpp) ----
  /// A nested `def` being traced: the C++ lambda it becomes reads and
  /// writes the enclosing function's variables by reference, as a closure.
  struct NestedFrame {
    std::string name;       // Python name of the nested function
    TypeRef declared;       // its return annotation
    size_t scope_base;      // scopes_ index of its own scope
    size_t region_base;     // regions_.size() inside its body
  };
  const NestedFrame* nested_ = nullptr;
  std::map<std::string, const syntax::FunctionDef*> nested_defs_;
  std::set<std::string> nested_tracing_;  // no recursion through nested functions
  /// `def inner(...)` inside the function: remembered, traced where called.
  void nested_def(const syntax::FunctionDef* d);
  /// The nested function a name refers to here, or null.
  const syntax::FunctionDef* nested_function(const syntax::expr* e);
  /// The nested function as a C++ lambda value for these argument types.
  Instr* nested_lambda(const syntax::FunctionDef* d, const std::vector<TypeRef>& params, const syntax::Span& at);
  /// inner(args...): binds positional, keyword and default arguments.
  Instr* call_nested(const syntax::FunctionDef* d, const syntax::Call* c);
  /// Whether the current point is the top level of the function (or of the
  /// nested function) being traced: not inside if/for/while/try.
  bool at_frame_top() const {
    return nested_ ? regions_.size() == nested_->region_base && scopes_.size() == nested_->scope_base + 1
                   : regions_.size() == 1 && scopes_.size() == 1;
  }
  /// The slot name prefix of the current frame ("" or "inner.").
  std::string frame_prefix() const { return nested_ ? nested_->name + "." : ""; }

  std::map<std::string, const syntax::Lambda*> lambda_vars_;  // f = lambda ...: ...
  std::set<std::string> lambdas_tracing_;                      // stored lambdas being traced (no recursion)
  LocalNames locals_;  // what CPython's symbol table makes local
  std::map<TypeRef, TypeRef> bindings_;
  std::set<int> nested_slots_;  // slots of comprehension/lambda variables
  const std::set<std::string>& widened_;  // names traced as Union[int, float]
  bool called_itself_ = false;            // a recursive call used the annotation
  bool model_receiver_ = false;           // the name being read is a method call's receiver

  /// Resolves an operation for argument types some of which are unions, by
  /// resolving it for every combination of members: the result is the
  /// union of the results, and the call visits the variants at run time.
  std::optional<types::Resolved> resolve_with_unions(
      const std::vector<TypeRef>& types,
      const std::function<std::optional<types::Resolved>(const std::vector<TypeRef>&)>& resolve, bool& visit);
  /// Marks a Call emitted from a union resolution.
  Instr* mark_visit(Instr* call, bool visit);
};

}  // namespace ingot::trace
