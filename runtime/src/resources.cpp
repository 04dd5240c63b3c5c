// The current predictor's resources (ingot/rt/resources.h).
#include "ingot/rt/resources.h"

#include "ingot/rt/exceptions.h"

namespace ingot::rt {
namespace {
// Per thread: each prediction runs entirely on the thread that called
// ingot_predictor_predict(), under its predictor's lock.
thread_local Resources* current = nullptr;
}  // namespace

Resources& current_resources() {
  if (!current) raise(ExcType::SystemError, "no predictor resources outside a prediction");
  return *current;
}

CurrentResources::CurrentResources(Resources* r) noexcept : previous_(current) { current = r; }
CurrentResources::~CurrentResources() { current = previous_; }

}  // namespace ingot::rt
