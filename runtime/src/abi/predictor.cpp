// ingot_predictor / ingot_prediction: loading a bundle folder and running
// the compiled function behind the exception barrier.
#include <dlfcn.h>

#include <chrono>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "abi/support.h"
#include "ingot/rt/bundle.h"
#include "ingot/rt/logs.h"
#include "ingot/rt/resources.h"

struct ingot_predictor {
  std::string bundle_dir;
  std::string manifest;
  ingot::rt::Resources resources;  // models etc., loaded once at creation
  std::mutex mutex;                // one prediction at a time
};

struct ingot_prediction {
  ingot_value* result = nullptr;  // owned (marked owned while here)
  bool failed = false;
  std::string error_type;
  std::string error_message;
  std::string logs;
  double latency_ms = 0.0;
  ~ingot_prediction() {
    if (result) {
      result->owned = false;
      delete result;
    }
  }
};

namespace ingot::bundle {
// The default when no generated code defines the hook (a weak symbol: the
// bundle's own definition wins at link time).
[[gnu::weak]] ingot_value* predict(const ingot_value_map*) {
  rt::raise(rt::ExcType::SystemError, "this library has no compiled function (ingot::bundle::predict is missing)");
}
// Bundles without resources define no create_resources.
[[gnu::weak]] void create_resources(rt::Resources&, const std::string&) {}
}  // namespace ingot::bundle

namespace ingot::rt::abi {
const char kExportAnchor = 0;
namespace {
/// One function of every ABI object file, so that linking this file (see
/// kExportAnchor in bundle.h) links them all.
[[gnu::used]] const void* const kAbiObjects[] = {
    reinterpret_cast<const void*>(&ingot_abi_version),        // status.cpp
    reinterpret_cast<const void*>(&ingot_value_create_none),  // value.cpp
    reinterpret_cast<const void*>(&ingot_value_map_create),   // value_map.cpp
    reinterpret_cast<const void*>(&ingot_value_create_float64_list),  // packed_list.cpp
};
}  // namespace
}  // namespace ingot::rt::abi

using namespace ingot::rt;
using namespace ingot::rt::abi;

namespace {

/// The folder of the shared object (or executable) holding this code.
std::string own_folder() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&ingot_predictor_create), &info) == 0 || info.dli_fname == nullptr) return {};
  std::string path = info.dli_fname;
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash);
}

/// Stores the exception being handled in the prediction (inside a catch).
void record_exception(ingot_prediction& p) noexcept {
  p.failed = true;
  try {
    try {
      throw;
    } catch (const PyException& e) {
      p.error_type = e.type_name();
      p.error_message.assign(e.message.view());
    } catch (const std::bad_alloc&) {
      p.error_type = "MemoryError";
      p.error_message.clear();
    } catch (const std::exception& e) {
      p.error_type = "SystemError";
      p.error_message = e.what();
    } catch (...) {
      p.error_type = "SystemError";
      p.error_message = "unknown C++ exception";
    }
  } catch (...) {
    // No memory left even for the message: keep what fits (possibly nothing).
  }
}

}  // namespace

extern "C" {

INGOT_API ingot_status ingot_predictor_create(const char* bundle_dir, ingot_predictor** out) {
  begin_call();
  try {
    if (!out) return fail(INGOT_STATUS_INVALID_ARGUMENT, "out is NULL");
    auto predictor = std::make_unique<ingot_predictor>();
    predictor->bundle_dir = bundle_dir ? std::string(bundle_dir) : own_folder();
    if (predictor->bundle_dir.empty()) return fail(INGOT_STATUS_BUNDLE_ERROR, "cannot find the folder of this library");
    const std::string path = predictor->bundle_dir + "/manifest.json";
    std::ifstream file(path, std::ios::binary);
    if (!file) return fail(INGOT_STATUS_BUNDLE_ERROR, "cannot read " + path);
    std::ostringstream text;
    text << file.rdbuf();
    if (file.bad()) return fail(INGOT_STATUS_BUNDLE_ERROR, "cannot read " + path);
    predictor->manifest = text.str();
    const auto json = nlohmann::json::parse(predictor->manifest, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) return fail(INGOT_STATUS_BUNDLE_ERROR, path + " is not valid JSON");
    if (!json.is_object()) return fail(INGOT_STATUS_BUNDLE_ERROR, path + " is not a JSON object");
    // Load the resources (a model file, ...) once, now: a missing or
    // corrupt file fails the creation with a message naming it.
    try {
      ingot::bundle::create_resources(predictor->resources, predictor->bundle_dir);
    } catch (const PyException& e) {
      return fail(INGOT_STATUS_BUNDLE_ERROR, std::string(e.type_name()) + ": " + std::string(e.message.view()));
    }
    *out = predictor.release();
    return INGOT_STATUS_OK;
  } catch (...) {
    return fail_from_current_exception();
  }
}

INGOT_API void ingot_predictor_free(ingot_predictor* predictor) {
  begin_call();
  delete predictor;
}

INGOT_API const char* ingot_predictor_get_manifest(const ingot_predictor* predictor) {
  begin_call();
  if (!predictor) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "predictor is NULL");
    return nullptr;
  }
  return predictor->manifest.c_str();
}

INGOT_API ingot_status ingot_predictor_predict(ingot_predictor* predictor, const ingot_value_map* inputs,
                                               ingot_prediction** out) {
  begin_call();
  try {
    if (!predictor || !out) return fail(INGOT_STATUS_INVALID_ARGUMENT, "NULL argument");
    auto prediction = std::make_unique<ingot_prediction>();
    const ingot_value_map empty;
    if (!inputs) inputs = &empty;
    std::lock_guard<std::mutex> lock(predictor->mutex);
    CurrentResources current(&predictor->resources);
    clear_logs();
    const auto start = std::chrono::steady_clock::now();
    try {
      ingot_value* result = ingot::bundle::predict(inputs);
      if (!result) {
        prediction->failed = true;
        prediction->error_type = "SystemError";
        prediction->error_message = "the compiled function returned no value";
      } else {
        prediction->result = result;
        result->owned = true;
      }
    } catch (...) {
      record_exception(*prediction);
    }
    const auto stop = std::chrono::steady_clock::now();
    prediction->latency_ms = std::chrono::duration<double, std::milli>(stop - start).count();
    prediction->logs = logs();
    clear_logs();
    *out = prediction.release();
    return INGOT_STATUS_OK;
  } catch (...) {
    return fail_from_current_exception();
  }
}

INGOT_API void ingot_prediction_free(ingot_prediction* prediction) {
  begin_call();
  delete prediction;
}

INGOT_API const ingot_value* ingot_prediction_get_result(const ingot_prediction* prediction) {
  begin_call();
  if (!prediction) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "prediction is NULL");
    return nullptr;
  }
  return prediction->result;
}

INGOT_API ingot_value* ingot_prediction_take_result(ingot_prediction* prediction) {
  begin_call();
  if (!prediction) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "prediction is NULL");
    return nullptr;
  }
  ingot_value* result = prediction->result;
  prediction->result = nullptr;
  if (result) result->owned = false;
  return result;
}

INGOT_API const char* ingot_prediction_get_error_type(const ingot_prediction* prediction) {
  begin_call();
  if (!prediction) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "prediction is NULL");
    return nullptr;
  }
  return prediction->failed ? prediction->error_type.c_str() : nullptr;
}

INGOT_API const char* ingot_prediction_get_error_message(const ingot_prediction* prediction) {
  begin_call();
  if (!prediction) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "prediction is NULL");
    return nullptr;
  }
  return prediction->failed ? prediction->error_message.c_str() : nullptr;
}

INGOT_API const char* ingot_prediction_get_logs(const ingot_prediction* prediction) {
  begin_call();
  if (!prediction) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "prediction is NULL");
    return "";
  }
  return prediction->logs.c_str();
}

INGOT_API double ingot_prediction_get_latency_ms(const ingot_prediction* prediction) {
  begin_call();
  if (!prediction) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "prediction is NULL");
    return 0.0;
  }
  return prediction->latency_ms;
}

}  // extern "C"
