// Status strings, the ABI version and the thread's last error message.
#include "abi/support.h"

namespace ingot::rt::abi {

std::string& last_error() noexcept {
  thread_local std::string message;
  return message;
}

ingot_status fail(ingot_status status, std::string_view message) noexcept {
  try {
    last_error().assign(message);
  } catch (...) {
    last_error().clear();  // no memory for the message: an empty one
  }
  last_call_failed = true;
  return status;
}

ingot_status fail_from_current_exception() noexcept {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    return fail(INGOT_STATUS_OUT_OF_MEMORY, "out of memory");
  } catch (const PyException& e) {
    std::string message = std::string(e.type_name()) + ": " + e.what();
    return fail(INGOT_STATUS_INVALID_ARGUMENT, message);
  } catch (const std::exception& e) {
    return fail(INGOT_STATUS_INTERNAL_ERROR, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(INGOT_STATUS_INTERNAL_ERROR, "internal error: unknown C++ exception");
  }
}

}  // namespace ingot::rt::abi

using namespace ingot::rt::abi;

extern "C" {

INGOT_API uint32_t ingot_abi_version(void) { return INGOT_ABI_VERSION; }

INGOT_API const char* ingot_status_string(ingot_status status) {
  switch (raw_enum(status)) {
    case INGOT_STATUS_OK: return "ok";
    case INGOT_STATUS_INVALID_ARGUMENT: return "invalid argument";
    case INGOT_STATUS_BUNDLE_ERROR: return "bundle error";
    case INGOT_STATUS_OUT_OF_MEMORY: return "out of memory";
    case INGOT_STATUS_INTERNAL_ERROR: return "internal error";
    default: break;
  }
  return "unknown status";
}

INGOT_API const char* ingot_last_error_message(void) { return last_call_failed ? last_error().c_str() : ""; }

}  // extern "C"
