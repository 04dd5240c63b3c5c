#include "cli/runtime_location.h"

#include <cstdlib>
#include <filesystem>

namespace ingot::cli {
namespace fs = std::filesystem;

namespace {
/// llama.cpp for predictors that load a model: $INGOT_LLAMA_LIBRARIES, or
/// the archives this binary was configured with.
std::string find_model_libraries() {
  if (const char* libs = std::getenv("INGOT_LLAMA_LIBRARIES")) return libs;
#ifdef INGOT_LLAMA_LIBRARIES
  return INGOT_LLAMA_LIBRARIES;
#else
  return "";
#endif
}
}  // namespace

RuntimeLocation find_runtime() {
  RuntimeLocation r;
  r.model_libraries = find_model_libraries();
  if (const char* dir = std::getenv("INGOT_RUNTIME_DIR")) {
    fs::path base = dir;
    r.include_dirs = (base / "include").string();
    r.library = (base / "lib" / "libingot_runtime.a").string();
    if (fs::exists(r.library)) return r;
  }
#ifdef INGOT_RUNTIME_LIBRARY
  if (fs::exists(INGOT_RUNTIME_LIBRARY)) {
    r.include_dirs = INGOT_RUNTIME_INCLUDE_DIRS;
    r.library = INGOT_RUNTIME_LIBRARY;
    return r;
  }
#endif
  r.library.clear();
  return r;
}

}  // namespace ingot::cli
