// Ingot's IR: typed instructions in structured regions.
//
// A function body is a region: a list of instructions run in order. Every
// instruction that computes something defines one SSA value (%N) with a
// static type; Python variables are explicit slots (`store x` / `load x`),
// and a name rebound with a different type gets a new slot (x, x.1, ...).
// Control flow is explicit and structured: `if`, `while`, `for` and `try`
// own nested regions; `break`, `continue`, `return` and `raise` end them.
// Regions that compute a value (the right side of `and`, a conditional
// expression's arms, a comprehension's element) end in `yield`.
// Every instruction keeps the Python source location it came from.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "types/type.h"

namespace ingot::ir {

using types::TypeRef;

struct Location {
  int line = 0;    // 1-based
  int column = 0;  // 0-based, UTF-8 bytes (as the AST)
};

enum class Op {
  // Values
  Constant,   // text: C++ literal; attr: Python repr for printing
  Param,      // function parameter #index (name in `name`)
  Load,       // read slot `name`
  Call,       // runtime operation `callee` applied to operands
  CallFunction,  // call of compiled function `callee` (an IR function name)
  Build,      // container display: list/tuple/set/dict (dict: key, value, key, value...)
  Convert,    // implicit conversion of operand 0 to this instruction's type
  Lambda,     // a closure: params in `names`, body region 0 yields the result
  Select,     // conditional: operand 0 is the condition; regions 0 and 1 yield the arms
  ShortCircuit,  // `and`/`or` (callee "and"/"or"): operand 0; region 0 yields the right side
  Comprehension, // kind in `callee` (list/set/dict/gen-*); region 0 holds loops and yields
  Exception,  // the exception bound by an `except ... as` (its slot is `name`)
  // Statements
  Store,      // slot `name` = operand 0 (declares the slot on first store)
  Eval,       // evaluate operand 0 for its effects
  If,         // operand 0: condition; region 0: then; region 1: else
  While,      // region 0: condition (yields); region 1: body; region 2: else
  For,        // operand 0: iterable; slot `name` is the target; region 0: body; region 1: else
  Unpack,     // store operand 0's items into slots `names` (starred: `star` index)
  Break,
  Continue,
  Return,     // operand 0 (or none)
  Yield,      // ends a value region with operand 0
  Raise,      // callee: exception class; operand 0: message (str) or none; or re-raise
  Assert,     // operand 0: condition; operand 1: message (optional)
  Try,        // region 0: body; regions 1..n: handlers (names: class names per handler, `handler_names`)
              // then else and finally regions as flagged
  SetItem,    // operand 0[operand 1] = operand 2
  DelItem,    // del operand 0[operand 1]
  SetAttr,    // unused for now (no user classes)
  AugStore,   // slot `name` op= operand 0 (callee: runtime op)
};

struct Instr;
using Region = std::vector<Instr*>;

struct Instr {
  Op op;
  TypeRef type = nullptr;  // result type (null for statements)
  int id = -1;             // SSA number for values
  Location loc;
  std::vector<Instr*> operands;
  std::vector<Region> regions;
  std::string callee;  // runtime function, compiled function, or operator
  std::string name;    // slot name
  std::string text;    // Constant: the C++ expression
  std::string attr;    // printing aid (Python repr of a constant, ...)
  std::vector<std::string> names;  // Lambda params, Unpack targets, Try handler classes
  std::vector<std::string> bound;  // Try: names bound by each handler ("" if none)
  std::vector<std::string> defaults;  // Lambda of a nested def: C++ default per parameter ("" if none)
  int index = -1;      // Param index; Unpack star index
  bool has_else = false;     // Try: last-but-maybe-one region is `else`
  bool has_finally = false;  // Try: last region is `finally`
  // try...finally unwinding, as CPython's compiler does it: a return,
  // break or continue that leaves a finally-protected region first runs
  // that finally (Try number `finally_target`), which then passes it on.
  int finally_target = -1;       // Return/Break/Continue: the Try to unwind through
  int finally_return_to = -1;    // Try: where a pending return goes next (-1: return)
  int finally_loop_to = -1;      // Try: where a pending break/continue goes next (-1: the loop)
  bool unwinds_return = false, unwinds_break = false, unwinds_continue = false;  // Try
};

struct Slot {
  std::string name;  // unique within the function (x, x.1, ...)
  std::string python_name;
  TypeRef type;
};

struct Function {
  std::string name;         // unique C++-safe name (helpers specialise: fib__int)
  std::string python_name;  // as written
  std::vector<Slot> params;
  TypeRef result = nullptr;
  std::vector<Slot> slots;  // every local slot, params excluded
  Region body;
  Location loc;
  bool is_entry = false;
};

/// A module-level constant, evaluated at compile time.
struct Global {
  std::string name;
  TypeRef type;
  std::string cpp_value;  // C++ expression building the value
  std::string python_repr;
};

struct Module {
  std::string source_path;
  std::vector<std::unique_ptr<Function>> functions;  // callees before callers
  std::vector<Global> globals;
  std::vector<std::unique_ptr<Instr>> pool;  // owns every instruction
  bool uses_numpy = false;  // the generated code includes the numpy runtime

  Function* entry() const;
  Instr* make(Op op, Location loc) {
    pool.push_back(std::make_unique<Instr>());
    pool.back()->op = op;
    pool.back()->loc = loc;
    return pool.back().get();
  }
};

/// The IR as text (`ingot inspect --ir`).
std::string print(const Module& module);

}  // namespace ingot::ir
