// `ingot parse`: runs the front end on Python files.
//
//   ingot parse FILE               print ast.dump(ast.parse(FILE)) + "\n"
//   ingot parse --positions FILE   ... with include_attributes=True
//   ingot parse --check FILE...    parse only; report errors, print no trees
//
// A SyntaxError goes to stderr as format_syntax_error() words it and makes
// the exit code 1; an unreadable file makes it 2.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.h"
#include "file_io.h"
#include "syntax/ast_nodes.h"
#include "syntax/parse.h"

namespace ingot::cli {
namespace {

struct ParseOptions {
  std::vector<std::string> files;
  bool positions = false;
  bool check = false;
};

void print_error(const std::string& text) {
  std::string line = text;
  if (line.empty() || line.back() != '\n') line += '\n';
  std::fputs(line.c_str(), stderr);
}

void print_cannot_read(const std::string& path, const std::string& reason) {
  print_error("ingot: error: cannot read " + path + ": " + reason);
}

/// Parses `source`; on a SyntaxError prints it and returns kExitFailure.
/// On success, appends the dump to `out` when `out` is not null.
int parse_one(const std::string& path, const std::string& source, bool positions,
              std::string* out) {
  syntax::ParsedModule parsed;
  syntax::parse_module(source, parsed);
  if (parsed.error) {
    print_error(syntax::format_syntax_error(*parsed.error, path));
    return kExitFailure;
  }
  if (parsed.module == nullptr) {
    print_error("ingot: internal error: the parser returned neither a tree nor an error for " +
                path);
    return kExitInternal;
  }
  if (out != nullptr) {
    syntax::dump(parsed.module, *out, positions);
    *out += '\n';
  }
  return kExitOk;
}

int run_parse(const ParseOptions& options) {
  if (!options.check && options.files.size() != 1) {
    print_error("ingot parse: expected exactly one FILE (use --check to parse several)");
    return kExitUsage;
  }

  std::string source;
  std::string reason;
  if (!options.check) {
    const std::string& path = options.files.front();
    if (!read_file(path, source, reason)) {
      print_cannot_read(path, reason);
      return kExitUsage;
    }
    std::string out;
    int code = parse_one(path, source, options.positions, &out);
    if (code == kExitOk && !write_stdout(out)) {
      print_error("ingot: error: cannot write to standard output");
      return kExitUsage;
    }
    return code;
  }

  // --check: every file is parsed even after a failure; the exit code is the
  // worst seen (internal error > unreadable file > syntax error > ok).
  // One large-stack thread for the whole batch rather than one per file.
  return syntax::with_parser_stack([&] {
    int worst = kExitOk;
    for (const std::string& path : options.files) {
      int code;
      if (!read_file(path, source, reason)) {
        print_cannot_read(path, reason);
        code = kExitUsage;
      } else {
        code = parse_one(path, source, options.positions, nullptr);
      }
      if (code > worst) worst = code;
    }
    return worst;
  });
}

}  // namespace

Command add_parse_command(CLI::App& app) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* sub = app.add_subcommand(
      "parse", "Parse Python 3.11 source and print its AST as CPython's ast.dump() does");
  sub->add_option("files", options->files, "Python source file(s); '-' reads standard input")
      ->required()
      ->type_name("FILE");
  sub->add_flag("--positions", options->positions,
                "Include lineno/col_offset/end_lineno/end_col_offset "
                "(ast.dump(..., include_attributes=True))");
  sub->add_flag("--check", options->check,
                "Only check that every FILE parses: print nothing for good files, "
                "a SyntaxError on stderr for bad ones; exit 1 if any failed");
  return Command{sub, [options] { return run_parse(*options); }};
}

}  // namespace ingot::cli
