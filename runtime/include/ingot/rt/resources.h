// Per-predictor resources: objects a bundle loads once when a predictor is
// created (a model and its inference context) and frees with it, as opposed
// to module constants, which are plain values shared by every predictor.
//
// The generated code defines ingot::bundle::create_resources(), which
// ingot_predictor_create() calls with the bundle folder; each resource finds
// its files under <bundle>/resources/. While a prediction runs (under the
// predictor's lock) the predictor's resources are this thread's "current"
// ones, and generated code reaches resource i as rt::resource<T>(i).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace ingot::rt {

/// Base of every per-predictor resource (virtual destructor: freed through it).
struct Resource {
  virtual ~Resource() = default;
};

/// The resources of one predictor, in the order the generated code adds them.
class Resources {
 public:
  void add(std::unique_ptr<Resource> r) { items_.push_back(std::move(r)); }
  Resource& at(std::size_t i) { return *items_.at(i); }
  std::size_t size() const noexcept { return items_.size(); }

 private:
  std::vector<std::unique_ptr<Resource>> items_;
};

/// The resources of the prediction running on this thread. Raises
/// SystemError when none is running (a bug: generated code only asks inside
/// a prediction).
Resources& current_resources();

/// Makes `r` the current resources of this thread for the scope's lifetime.
class CurrentResources {
 public:
  explicit CurrentResources(Resources* r) noexcept;
  ~CurrentResources();
  CurrentResources(const CurrentResources&) = delete;
  CurrentResources& operator=(const CurrentResources&) = delete;

 private:
  Resources* previous_;
};

/// Resource `index` of the running prediction, as its concrete type.
template <class T>
T& resource(std::size_t index) {
  return static_cast<T&>(current_resources().at(index));
}

}  // namespace ingot::rt

namespace ingot::bundle {
/// Creates the predictor's resources (defined by generated code that has
/// any; the runtime's weak default adds none). Throws rt::PyException (e.g.
/// FileNotFoundError naming the file) when a resource cannot be loaded.
void create_resources(rt::Resources& out, const std::string& bundle_dir);
}  // namespace ingot::bundle
