// `ingot`: the command-line driver. Each subcommand lives in its own
// <name>_command.cpp and is registered here.
#include <cstdio>
#include <exception>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.h"

#ifndef INGOT_VERSION
#define INGOT_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using namespace ingot::cli;
  try {
    CLI::App app{"Ingot: compiles typed Python functions into native libraries.", "ingot"};
    app.set_version_flag("--version", "ingot " INGOT_VERSION);
    app.require_subcommand(1);

    std::vector<Command> commands;
    commands.push_back(add_parse_command(app));
    commands.push_back(add_compile_command(app));
    commands.push_back(add_inspect_command(app));
    commands.push_back(add_predict_command(app));

    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      int code = app.exit(e);  // prints help/version/usage error
      return code == 0 ? kExitOk : kExitUsage;
    }

    for (const Command& command : commands) {
      if (command.app->parsed()) return command.run();
    }
    std::fputs("ingot: error: no subcommand given (try --help)\n", stderr);
    return kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ingot: internal error: %s\n", e.what());
    return kExitInternal;
  }
}
