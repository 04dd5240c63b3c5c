// `ingot inspect FILE --ir | --cpp`: shows a stage's output without building.
#include <cstdio>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "cli/pipeline.h"

namespace ingot::cli {
namespace {

struct InspectOptions {
  std::string file;
  bool ir = false;
  bool cpp = false;
};

int run_inspect(const InspectOptions& options) {
  if (options.ir == options.cpp) {
    std::fputs("ingot inspect: give exactly one of --ir or --cpp\n", stderr);
    return kExitUsage;
  }
  CompiledPredictor compiled;
  int code = run_front_end(options.file, compiled, options.ir ? "trace" : "cpp");
  if (code != kExitOk) return code;
  write_stdout(options.ir ? ir::print(*compiled.ir) : compiled.cpp);
  return kExitOk;
}

}  // namespace

Command add_inspect_command(CLI::App& app) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* sub = app.add_subcommand("inspect", "Show the IR or the generated C++ of a predictor");
  sub->add_option("file", options->file, "The predictor (.py)")->required();
  sub->add_flag("--ir", options->ir, "Print the typed IR");
  sub->add_flag("--cpp", options->cpp, "Print the generated C++");
  return Command{sub, [options] { return run_inspect(*options); }};
}

}  // namespace ingot::cli
