// The print() log: a per-thread buffer. The ABI clears it before each
// prediction and stores its text in the prediction afterwards.
#pragma once

#include <string>
#include <string_view>

namespace ingot::rt {

/// Everything print() wrote on this thread since the last clear_logs().
const std::string& logs() noexcept;
void clear_logs() noexcept;
void append_log(std::string_view text);

}  // namespace ingot::rt
