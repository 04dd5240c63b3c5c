// ingot_value_map: the named inputs of a prediction.
#include <cstring>

#include "abi/support.h"
#include "internal/utf8.h"

ingot_value_map::~ingot_value_map() {
  for (auto& [name, value] : entries) {
    value->owned = false;
    delete value;
  }
}

using namespace ingot::rt;
using namespace ingot::rt::abi;

extern "C" {

INGOT_API ingot_value_map* ingot_value_map_create(void) {
  begin_call();
  try {
    return new ingot_value_map();
  } catch (...) {
    fail_from_current_exception();
    return nullptr;
  }
}

INGOT_API void ingot_value_map_free(ingot_value_map* map) {
  begin_call();
  delete map;
}

INGOT_API ingot_status ingot_value_map_set(ingot_value_map* map, const char* name, ingot_value* value) {
  begin_call();
  try {
    if (!map || !name || !value) return fail(INGOT_STATUS_INVALID_ARGUMENT, "NULL argument");
    const std::string_view key(name);
    if (!internal::is_valid_utf8(key)) return fail(INGOT_STATUS_INVALID_ARGUMENT, "the name is not valid UTF-8");
    if (value->owned || value->parent) {
      return fail(INGOT_STATUS_INVALID_ARGUMENT, "the value already belongs to a container, map or prediction");
    }
    for (auto& [existing, old] : map->entries) {
      if (existing == key) {
        if (old == value) return INGOT_STATUS_OK;
        old->owned = false;
        delete old;
        old = value;
        value->owned = true;
        return INGOT_STATUS_OK;
      }
    }
    map->entries.emplace_back(std::string(key), value);
    value->owned = true;
    return INGOT_STATUS_OK;
  } catch (...) {
    return fail_from_current_exception();
  }
}

INGOT_API const ingot_value* ingot_value_map_get(const ingot_value_map* map, const char* name) {
  begin_call();
  if (!map || !name) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "NULL argument");
    return nullptr;
  }
  for (const auto& [existing, value] : map->entries) {
    if (existing == name) return value;
  }
  return nullptr;
}

INGOT_API size_t ingot_value_map_get_size(const ingot_value_map* map) {
  begin_call();
  if (!map) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "map is NULL");
    return 0;
  }
  return map->entries.size();
}

INGOT_API const char* ingot_value_map_get_name(const ingot_value_map* map, size_t index) {
  begin_call();
  if (!map) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "map is NULL");
    return nullptr;
  }
  if (index >= map->entries.size()) {
    fail(INGOT_STATUS_INVALID_ARGUMENT, "index out of range");
    return nullptr;
  }
  return map->entries[index].first.c_str();
}

}  // extern "C"
