// Static types of the Python subset Ingot compiles. Types are interned: two
// equal types are the same pointer, so `a == b` compares them.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace ingot::types {

enum class Kind {
  Int,
  Float,
  Bool,
  Str,
  Bytes,
  None,
  List,      // list[T]
  Dict,      // dict[K, V]
  Set,       // set[T]
  Tuple,     // tuple[A, B, ...]
  VarTuple,  // tuple[T, ...]
  Optional,  // Optional[T]
  Union,     // Union[A, B, ...] (no None: that is Optional of a union)
  NDArray,   // np.ndarray and numpy scalars: dtype and shape at run time (docs/numpy.md);
             // name: the dtype an annotation required ("" for any)
  Opaque,    // a runtime helper value of C++ type `name` (a numpy index item); never a Python value
  DType,     // a numpy dtype (np.float32, float, a.dtype); name: the dtype when known at compile time
  Model,     // a model loaded once per predictor (llama_cpp.Llama): a module constant, never a
             // value that crosses the ABI; name: its Python class
  // Internal types of values that never cross the ABI.
  Range,      // range(...)
  Iterator,   // enumerate/zip/reversed/dict views: iterable yielding `args[0]`
  Function,   // a lambda or helper referenced as a value: args = params..., result
  Module,     // an imported module (math)
  Exception,  // a caught exception bound with `except E as e`
  Variable,   // not yet known (the element type of an empty `[]`), bound by later use
};

struct Type {
  Kind kind;
  std::vector<const Type*> args;  // element/key/value/member types
  std::string name;               // Module: module name; Exception: class name

  /// As Python writes it: `list[int]`, `dict[str, float]`, `Optional[int]`.
  std::string python() const;
  /// The C++ type of the runtime: `ingot::rt::List<ingot::rt::Int>`.
  std::string cpp() const;

  bool is(Kind k) const { return kind == k; }
  bool is_numeric() const { return kind == Kind::Int || kind == Kind::Float || kind == Kind::Bool; }
  /// Types a value of which may be stored in a dict key or set (hashable).
  bool is_hashable() const;
  /// The element type produced by iterating over a value of this type, or
  /// null if it is not iterable.
  const Type* element() const;
};

using TypeRef = const Type*;

// Interned constructors.
TypeRef int_type();
TypeRef float_type();
TypeRef bool_type();
TypeRef str_type();
TypeRef bytes_type();
TypeRef none_type();
TypeRef range_type();
TypeRef list_of(TypeRef element);
TypeRef dict_of(TypeRef key, TypeRef value);
TypeRef set_of(TypeRef element);
TypeRef tuple_of(std::vector<TypeRef> members);
TypeRef var_tuple_of(TypeRef element);
TypeRef optional_of(TypeRef inner);
TypeRef union_of(std::vector<TypeRef> members);  // flattened; one member: that member
TypeRef iterator_of(TypeRef element);
TypeRef function_of(std::vector<TypeRef> params, TypeRef result);
TypeRef module_type(const std::string& name);
TypeRef exception_type(const std::string& class_name);
/// np.ndarray (a numpy array or scalar; see docs/numpy.md). `dtype`: the
/// dtype an annotation such as npt.NDArray[np.float32] requires, or "".
TypeRef ndarray_type(const std::string& dtype = "");
/// A numpy dtype value: `name` the dtype when written in the code
/// (np.float32 → "float32"), "" for one known at run time (a.dtype).
TypeRef dtype_type(const std::string& name = "");
/// A dict with known str keys whose values have different types (what
/// llama_cpp's create_embedding returns): a plain dict[str, Union[...]] of
/// the field types for every purpose, and `d["field"]` with a literal key
/// is typed as that field. (The field types follow key and value in args;
/// the names are in `name`.)
TypeRef record_dict_of(const std::vector<std::pair<std::string, TypeRef>>& fields);
/// The type of `key` in a record dict, or null (not a record, or no such field).
TypeRef record_field(TypeRef dict, const std::string& key);
/// A model resource of Python class `python_class` ("llama_cpp.Llama").
TypeRef model_type(const std::string& python_class);
/// An internal value of C++ type `cpp` (e.g. rt::np::Index) passed between runtime calls.
TypeRef opaque_type(const std::string& cpp);

/// A fresh type variable (each call a distinct type), for the element types
/// of empty containers until their first use tells them.
TypeRef type_variable();
/// Whether `t` mentions any type variable.
bool has_variable(TypeRef t);
/// `t` with type variables replaced by their bindings (unbound ones stay).
TypeRef substitute(TypeRef t, const std::map<TypeRef, TypeRef>& bindings);

/// The type both `a` and `b` fit in, if Python code may mix them freely
/// (int and bool → int, int and float → float); null otherwise.
TypeRef join_numeric(TypeRef a, TypeRef b);

}  // namespace ingot::types
