// The per-thread print() log and the recursion counter.
#include "ingot/rt/logs.h"

#include "ingot/rt/exceptions.h"
#include "ingot/rt/recursion.h"

namespace ingot::rt {

namespace {
std::string& log_buffer() noexcept {
  thread_local std::string buffer;
  return buffer;
}
}  // namespace

const std::string& logs() noexcept { return log_buffer(); }
void clear_logs() noexcept { log_buffer().clear(); }
void append_log(std::string_view text) { log_buffer().append(text); }

namespace detail {
int& recursion_depth() noexcept {
  thread_local int depth = 0;
  return depth;
}
void raise_recursion_error() { raise(ExcType::RecursionError, "maximum recursion depth exceeded"); }
}  // namespace detail

}  // namespace ingot::rt
