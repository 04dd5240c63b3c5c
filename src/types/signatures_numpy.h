// numpy's operations for the signature tables (signatures_numpy.cpp); the
// generic resolvers in signature.h call these when an operand or receiver
// is an np.ndarray or the module is numpy.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "types/signature.h"

namespace ingot::types {

/// `a OP b` where either side is an array (the other an array or a number).
std::optional<Resolved> resolve_numpy_binary(const std::string& op, TypeRef left, TypeRef right);
/// `-a`, `+a`, `~a` on an array.
std::optional<Resolved> resolve_numpy_unary(const std::string& op, TypeRef operand);
/// np.NAME(...) (module "numpy") and np.linalg.NAME(...) ("numpy.linalg").
std::optional<Resolved> resolve_numpy_function(const std::string& module, const std::string& name,
                                               const CallTypes& args, SignatureError& error);
/// a.NAME(...) on an array.
std::optional<Resolved> resolve_ndarray_method(const std::string& name, const CallTypes& args, SignatureError& error);
/// a.shape, a.ndim, a.size, a.T, a.dtype: the type and the runtime function taking the array.
std::optional<std::pair<TypeRef, std::string>> resolve_ndarray_attribute(const std::string& name);
/// np.pi, np.inf, np.newaxis, np.float32 (as a dtype value): type and C++ expression.
std::optional<std::pair<TypeRef, std::string>> resolve_numpy_constant(const std::string& name);
/// A tuple value usable as a whole subscript `a[t]` (tuple[np.ndarray, ...]
/// from np.nonzero, or a tuple of arrays and ints): rt::np::index_tuple(t).
bool is_numpy_index_tuple(TypeRef t);
/// The C++ constant of a dtype ("float32" → INGOT_DTYPE_FLOAT32).
std::string dtype_code(const std::string& dtype);

}  // namespace ingot::types
