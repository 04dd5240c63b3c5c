// Tracing: from the AST of a predictor module to Ingot's typed IR.
//
// The module tracer reads the module's top level (imports, constants,
// helper functions, the `@compile` entry point), evaluates constants at
// compile time, and traces the entry function with the types of its
// annotated parameters. Helpers are traced on demand, once per distinct
// tuple of argument types at their call sites. Types are propagated while
// tracing, through the operations' declared signatures (src/types); any
// construct or type combination that cannot be compiled exactly is refused
// with a CompileError at its Python location.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ir/ir.h"
#include "syntax/ast_nodes.h"
#include "trace/diagnostic.h"
#include "types/signature.h"

namespace ingot::trace {

using types::TypeRef;

/// What the manifest says about the entry function.
struct ParameterSpec {
  std::string name;
  TypeRef type;
  std::optional<std::string> default_json;  // JSON text of the default, if any
  std::string default_cpp;                  // C++ expression of the default
};

/// A file the predictor loads when it is created (a model), copied into
/// the bundle's resources/ and recorded in the manifest.
struct ResourceSpec {
  std::string kind;    // "llama": a GGUF file loaded as llama_cpp.Llama
  std::string name;    // file name inside the bundle's resources/
  std::string source;  // the file at compile time
  std::string python;  // the constructor call as written (for comments)
  /// rt::llama::Options fields set by the call: C++ member, C++ value.
  std::vector<std::pair<std::string, std::string>> options;
};

struct EntrySpec {
  std::string function;
  std::string tag;
  std::string description;
  std::vector<ParameterSpec> parameters;
  TypeRef result = nullptr;
  std::vector<ResourceSpec> resources;  // in the order generated code indexes them
};

/// A module constant, evaluated at compile time.
struct ConstantValue {
  TypeRef type = nullptr;
  std::string cpp;          // C++ expression constructing it
  std::string python_repr;  // for the IR listing
  std::string json;         // for defaults in the manifest ("" if not JSON-able)
};

class FunctionTracer;

/// Thrown while tracing a function when a variable needs a wider type than
/// its first assignment gave it (an int total that later holds floats), or
/// when the function's result needs to be int-or-float: the function is
/// traced again with that name (or "" for the result) widened to
/// Union[int, float], as CPython would hold either.
struct Retrace {
  const void* function;
  std::string name;
};

class ModuleTracer {
 public:
  /// `source_path`: the predictor file (model paths are relative to its folder).
  explicit ModuleTracer(const syntax::Module* ast, std::string source_path = "");

  /// Traces the whole module; throws CompileError.
  std::unique_ptr<ir::Module> trace();
  const EntrySpec& entry() const { return entry_; }

 private:
  friend class FunctionTracer;


  void read_top_level();
  void read_import(const syntax::stmt* s);
  void read_function(const syntax::FunctionDef* f);
  void read_constant(const syntax::Assign* a);

  /// Evaluates a constant expression (literals, containers, arithmetic of
  /// constants, earlier constants). Refuses anything else.
  ConstantValue evaluate_constant(const syntax::expr* e);
  /// A parameter or return annotation as a type.
  TypeRef annotation_type(const syntax::expr* e);
  TypeRef annotation_type_of(const syntax::expr* e);  // annotation_type without the numpy gate

  /// The compiled instance of helper `name` for these argument types.
  ir::Function* instantiate(const std::string& name, const std::vector<TypeRef>& args, const syntax::Span& site);
  ir::Function* trace_function(const syntax::FunctionDef* def, const std::vector<TypeRef>& params,
                               const std::string& cpp_name, bool is_entry);

  const syntax::Module* ast_;
  std::unique_ptr<ir::Module> module_;
  EntrySpec entry_;
  const syntax::FunctionDef* entry_def_ = nullptr;
  std::map<std::string, const syntax::FunctionDef*> functions_;
  /// Module constants by name: the expression, evaluated when first read
  /// (so module-level data the compiled function never uses, like test
  /// cases, may be any Python).
  std::map<std::string, const syntax::expr*> constant_exprs_;
  std::map<std::string, ConstantValue> constants_;
  /// The value of module constant `name`, or null if there is none.
  const ConstantValue* constant(const std::string& name);
  /// Names module-level code binds or changes in ways compiled code cannot
  /// follow (a class, `X += ...`, `X.append(...)`): harmless unless compiled
  /// code reads them, which is refused at the read with the reason.
  struct Unavailable {
    syntax::Span where;
    std::string why;
  };
  std::map<std::string, Unavailable> unavailable_;
  /// Refuses (at `use`) a read of a name in unavailable_.
  void check_available(const std::string& name, const syntax::Span& use) const;
  /// A module-level statement compiled code does not run: records what it
  /// may change, or refuses it when that cannot be told.
  void read_module_code(const syntax::stmt* s);
  std::map<std::string, std::string> modules_;      // local alias → module name
  std::set<std::string> typing_names_;               // names imported from typing
  std::map<std::string, std::string> numpy_names_;  // local name → numpy.typing name (NDArray)
  std::set<std::string> llama_names_;                // local names of llama_cpp.Llama
  std::string source_path_;
  /// Whether `e` names the class llama_cpp.Llama as imported here.
  bool is_llama_class(const syntax::expr* e) const;
  /// `name = Llama(model_path=..., ...)` at module level: a model resource
  /// (src/trace/resources.cpp).
  ConstantValue model_resource(const std::string& name, const syntax::Call* call);
  /// Whether `e` is `module.name` as imported here (np.ndarray, npt.NDArray).
  bool is_numpy(const syntax::expr* e, const std::string& module, const std::string& name) const;
  /// The dtype of an annotation's type argument (np.float32 → "float32").
  std::string numpy_dtype_name(const syntax::expr* e) const;
  std::map<std::string, ir::Function*> instances_;   // "name(types)" → function
  std::map<std::string, TypeRef> in_progress_;       // instances being traced → annotated result
};

}  // namespace ingot::trace
