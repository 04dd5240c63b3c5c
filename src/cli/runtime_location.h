// Where `ingot compile` finds the prebuilt runtime (headers + archive):
// $INGOT_RUNTIME_DIR, then next to the executable (an installed layout:
// <prefix>/bin/ingot, <prefix>/lib/ingot, <prefix>/include), then the
// build tree this binary came from.
#pragma once

#include <string>

namespace ingot::cli {

struct RuntimeLocation {
  std::string include_dirs;  // ':'-separated
  std::string library;       // libingot_runtime.a, empty if not found
  std::string model_libraries;  // ':'-separated libingot_llama.a + llama.cpp's archives; empty: none
};

RuntimeLocation find_runtime();

}  // namespace ingot::cli
