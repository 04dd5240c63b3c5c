// libFuzzer target for the front end: arbitrary bytes go through
// parse_module(); a tree is dumped with positions, an error is formatted.
// Built only in the fuzz build directory (see fuzz/README.md).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "syntax/ast_nodes.h"
#include "syntax/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ingot::syntax;
  std::string_view source(reinterpret_cast<const char*>(data), size);

  ParsedModule result;
  parse_module(source, result);

  // Exactly one of `module` and `error` must be set.
  if ((result.module == nullptr) == !result.error.has_value()) __builtin_trap();

  if (result.module != nullptr) {
    std::string out;
    dump(result.module, out, /*positions=*/true);
    if (out.empty()) __builtin_trap();
  } else {
    std::string message = format_syntax_error(*result.error, "<fuzz>");
    if (message.empty()) __builtin_trap();
  }
  return 0;
}
