// Whole-file input for the CLI: one open, one sized read into a std::string.
#pragma once

#include <string>

namespace ingot::cli {

/// Reads all of `path` ("-" means standard input) into `contents`. On failure
/// returns false and sets `reason` to a human-readable cause such as
/// "No such file or directory".
bool read_file(const std::string& path, std::string& contents, std::string& reason);

/// Writes `data` to standard output in as few system calls as possible.
/// Returns false when the write failed (e.g. a closed pipe).
bool write_stdout(const std::string& data);

}  // namespace ingot::cli
