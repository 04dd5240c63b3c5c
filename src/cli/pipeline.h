// The front half of `ingot compile` and `ingot inspect`: a predictor file
// through parse → trace (IR with types) → C++, with per-stage timings and
// Python-level diagnostics.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ir/ir.h"
#include "syntax/parse.h"
#include "trace/tracer.h"

namespace ingot::cli {

struct StageTime {
  std::string stage;
  double seconds;
};

struct CompiledPredictor {
  std::string path;
  std::string source;  // file bytes
  std::string text;    // decoded source (for diagnostics and comments)
  syntax::ParsedModule parsed;
  std::unique_ptr<ir::Module> ir;
  trace::EntrySpec entry;
  std::string cpp;
  std::vector<StageTime> times;
};

/// Runs the stages up to C++ (`stop_after`: "parse", "trace" or "cpp").
/// On a problem prints the diagnostic (syntax error or compile error) to
/// stderr and returns an exit code; returns 0 on success.
int run_front_end(const std::string& path, CompiledPredictor& out, const std::string& stop_after = "cpp");

}  // namespace ingot::cli
