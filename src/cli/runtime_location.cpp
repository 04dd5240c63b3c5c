#include "cli/runtime_location.h"

#include <cstdlib>
#include <filesystem>

namespace ingot::cli {
namespace fs = std::filesystem;

RuntimeLocation find_runtime() {
  RuntimeLocation r;
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
