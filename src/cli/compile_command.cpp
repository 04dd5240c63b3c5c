// `ingot compile FILE [-o DIR]`: builds a bundle from a predictor file.
//
// Prints each stage with its time, then the bundle's path and size. A
// problem in the user's code is reported at its Python line (exit 1); a
// failure of the C++ compiler on generated code is an internal error of
// Ingot (exit 3) with a request to file a bug.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include <CLI/CLI.hpp>

#include "build/bundle_builder.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/runtime_location.h"

namespace ingot::cli {
namespace {

struct CompileOptions {
  std::string file;
  std::string output;
  bool keep_cpp = false;
  bool quiet = false;
};

int run_compile(const CompileOptions& options) {
  CompiledPredictor compiled;
  int code = run_front_end(options.file, compiled);
  if (code != kExitOk) return code;

  build::BuildOptions build;
  build.output_dir = options.output.empty()
                         ? std::filesystem::path(options.file).stem().string() + ".bundle"
                         : options.output;
  build.source_path = options.file;
  build.source_bytes = compiled.source;
  build.keep_cpp = options.keep_cpp;
  RuntimeLocation runtime = find_runtime();
  if (runtime.library.empty()) {
    std::fputs("ingot: error: the Ingot runtime library was not found (run ./setup.sh)\n", stderr);
    return kExitUsage;
  }
  build.include_dirs = runtime.include_dirs;
  build.runtime_library = runtime.library;
  build.model_libraries = runtime.model_libraries;
  if (!compiled.entry.resources.empty() && runtime.model_libraries.empty()) {
    std::fprintf(stderr, "ingot: error: %s loads a model (llama_cpp.Llama), but this ingot was built without "
                         "llama.cpp (run ./setup.sh without INGOT_SKIP_LLAMA=1)\n", options.file.c_str());
    return kExitUsage;
  }
  if (const char* cxx = std::getenv("CXX")) build.compiler = cxx;

  auto start = std::chrono::steady_clock::now();
  build::BuildResult result;
  try {
    result = build::build_bundle(compiled.cpp, compiled.entry, build);
  } catch (const build::InternalCompilerError& e) {
    std::fprintf(stderr,
                 "ingot: internal error: %s.\n"
                 "This is a bug in Ingot, not in your code: please file an issue with %s and the log in %s/compiler-log.txt.\n",
                 e.what(), options.file.c_str(), build.output_dir.c_str());
    return kExitInternal;
  }
  compiled.times.push_back(
      {"build", std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()});
  if (!options.quiet) {
    for (const StageTime& t : compiled.times) std::printf("  %-12s %8.3f s\n", t.stage.c_str(), t.seconds);
    std::printf("bundle: %s (%.1f KiB)\n", std::filesystem::absolute(build.output_dir).c_str(),
                static_cast<double>(result.bundle_bytes) / 1024.0);
  }
  return kExitOk;
}

}  // namespace

Command add_compile_command(CLI::App& app) {
  auto options = std::make_shared<CompileOptions>();
  CLI::App* sub = app.add_subcommand("compile", "Compile a predictor file into a bundle (library + manifest.json)");
  sub->add_option("file", options->file, "The predictor (.py) with one @compile function")->required();
  sub->add_option("-o,--output", options->output, "Bundle folder to write (default: <file>.bundle)");
  sub->add_flag("--keep-cpp", options->keep_cpp, "Keep the generated predictor.cpp in the bundle");
  sub->add_flag("-q,--quiet", options->quiet, "Print nothing on success");
  return Command{sub, [options] { return run_compile(*options); }};
}

}  // namespace ingot::cli
