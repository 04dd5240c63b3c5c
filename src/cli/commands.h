// The subcommands of `ingot`. Each lives in its own <name>_command.cpp and
// registers itself on the top-level CLI11 app; main.cpp runs the one chosen.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace ingot::cli {

/// Process exit codes shared by every subcommand.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,   // the input was rejected (e.g. a SyntaxError)
  kExitUsage = 2,     // bad command line, unreadable file
  kExitInternal = 3,  // a bug in ingot (an exception escaped, a broken invariant)
};

/// A registered subcommand: `app` is its CLI11 node, `run` executes it once
/// the command line has been parsed and returns the process exit code.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

/// `ingot parse [--positions] FILE` / `ingot parse --check FILE...`
Command add_parse_command(CLI::App& app);

/// `ingot predict [--latency] DIR [NAME=JSON ...]`
Command add_predict_command(CLI::App& app);

/// `ingot compile FILE [-o DIR]`
Command add_compile_command(CLI::App& app);

/// `ingot inspect FILE --ir|--cpp`
Command add_inspect_command(CLI::App& app);

}  // namespace ingot::cli
