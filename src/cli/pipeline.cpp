#include "cli/pipeline.h"

#include <chrono>
#include <cstdio>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "codegen/cpp_emitter.h"
#include "ir/fuse_elementwise.h"
#include "syntax/source_text.h"

namespace ingot::cli {
namespace {

double since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int run_front_end(const std::string& path, CompiledPredictor& out, const std::string& stop_after) {
  out.path = path;
  std::string reason;
  if (!read_file(path, out.source, reason)) {
    std::fprintf(stderr, "ingot: error: cannot read %s: %s\n", path.c_str(), reason.c_str());
    return kExitUsage;
  }
  syntax::SourceError source_error;
  syntax::decode_source(out.source, out.text, source_error);

  auto start = std::chrono::steady_clock::now();
  syntax::parse_module(out.source, out.parsed);
  out.times.push_back({"parse", since(start)});
  if (out.parsed.error) {
    std::fputs(syntax::format_syntax_error(*out.parsed.error, path).c_str(), stderr);
    return kExitFailure;
  }
  if (stop_after == "parse") return kExitOk;

  start = std::chrono::steady_clock::now();
  try {
    trace::ModuleTracer tracer(out.parsed.module, path);
    out.ir = tracer.trace();
    out.ir->source_path = path;
    out.entry = tracer.entry();
  } catch (const trace::CompileError& e) {
    std::fputs(trace::format_compile_error(e, path, out.text).c_str(), stderr);
    return kExitFailure;
  }
  out.times.push_back({"trace+types", since(start)});
  // numpy: elementwise expressions as one loop (src/ir/fuse_elementwise.h).
  ir::fuse_elementwise(*out.ir);
  if (stop_after == "trace") return kExitOk;

  start = std::chrono::steady_clock::now();
  codegen::EmitOptions options;
  options.source_path = path;
  options.source_text = out.text;
  out.cpp = codegen::emit_cpp(*out.ir, out.entry, options);
  out.times.push_back({"C++", since(start)});
  return kExitOk;
}

}  // namespace ingot::cli
