// Compile-time evaluation of module constants and default values:
// literals and containers of literals, unary minus, and arithmetic or
// concatenation of constants (emitted as runtime operations evaluated once,
// typed at compile time through the operators' signatures).
#pragma once

#include <map>
#include <string>

#include "syntax/ast_nodes.h"
#include "trace/tracer.h"

namespace ingot::trace {

/// The value of a literal (`1`, `2.5`, `'s'`, `b'x'`, `True`, `None`).
ConstantValue literal_value(const syntax::Constant* c);

/// C++ source for a string/bytes literal holding exactly `bytes`.
std::string cpp_string_literal(std::string_view bytes);

class ConstantEvaluator {
 public:
  ConstantEvaluator(const std::map<std::string, ConstantValue>& constants,
                    const std::map<std::string, std::string>& modules)
      : constants_(constants), modules_(modules) {}

  ConstantValue evaluate(const syntax::expr* e);

 private:
  const std::map<std::string, ConstantValue>& constants_;
  const std::map<std::string, std::string>& modules_;
};

}  // namespace ingot::trace
