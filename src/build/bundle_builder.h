// The last stage: generated C++ → shared library → bundle folder
// (libpredictor.so, manifest.json, resources/).
#pragma once

#include <stdexcept>
#include <string>

#include "trace/tracer.h"

namespace ingot::build {

struct BuildOptions {
  std::string output_dir;        // the bundle folder (created)
  std::string include_dirs;      // ':'-separated runtime include folders
  std::string runtime_library;   // path of libingot_runtime.a
  std::string model_libraries;   // ':'-separated: libingot_llama.a then llama.cpp's archives
                                 // (linked when the predictor loads a model; empty: unavailable)
  std::string compiler = "c++";  // $CXX overrides
  std::string source_path;       // the predictor file, for the manifest
  std::string source_bytes;      // its contents, for the manifest's hash
  bool keep_cpp = false;         // leave predictor.cpp in the bundle
};

struct BuildResult {
  std::string library_path;
  std::string manifest_path;
  uint64_t bundle_bytes = 0;
};

/// The C++ compiler rejected generated code: a bug in Ingot, never the
/// user's. `log` holds the compiler's output, `cpp_path` the kept source.
struct InternalCompilerError : std::runtime_error {
  InternalCompilerError(std::string message, std::string log, std::string cpp_path)
      : std::runtime_error(std::move(message)), log(std::move(log)), cpp_path(std::move(cpp_path)) {}
  std::string log;
  std::string cpp_path;
};

/// Builds the bundle. Throws InternalCompilerError if the C++ compiler fails
/// and std::runtime_error for I/O problems.
BuildResult build_bundle(const std::string& cpp_source, const trace::EntrySpec& entry, const BuildOptions& options);

/// The manifest.json text for `entry`.
std::string manifest_json(const trace::EntrySpec& entry, const BuildOptions& options);

/// Lowercase hex SHA-256 of the file at `path` (read in blocks).
std::string file_sha256_hex(const std::string& path);

/// Lowercase hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace ingot::build
