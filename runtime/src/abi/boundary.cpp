// rt::from_value / to_value helpers that are not templates.
#include "ingot/rt/boundary.h"

#include <string>

#include "abi/support.h"
#include "internal/utf8.h"

namespace ingot::rt {

const ingot_value* find_input(const ingot_value_map* inputs, const char* name) noexcept {
  if (!inputs) return nullptr;
  for (const auto& [existing, value] : inputs->entries) {
    if (existing == name) return value;
  }
  return nullptr;
}

void raise_missing_argument(const char* function_name, const char* name) {
  raise(ExcType::TypeError,
        std::string(function_name) + "() missing 1 required positional argument: '" + name + "'");
}

const ingot_value* require_input(const ingot_value_map* inputs, const char* name, const char* function_name) {
  if (const ingot_value* v = find_input(inputs, name)) return v;
  raise_missing_argument(function_name, name);
}

void check_input_names(const ingot_value_map* inputs, const char* function_name,
                       const char* const* parameter_names) {
  if (!inputs) return;
  for (const auto& entry : inputs->entries) {
    bool known = false;
    for (const char* const* p = parameter_names; *p && !known; ++p) known = entry.first == *p;
    if (!known) {
      raise(ExcType::TypeError,
            std::string(function_name) + "() got an unexpected keyword argument '" + entry.first + "'");
    }
  }
}

void check_input_names(const ingot_value_map* inputs, const char* function_name,
                       std::initializer_list<const char*> parameter_names) {
  if (!inputs) return;
  for (const auto& entry : inputs->entries) {
    bool known = false;
    for (const char* p : parameter_names) known = known || entry.first == p;
    if (!known) {
      raise(ExcType::TypeError,
            std::string(function_name) + "() got an unexpected keyword argument '" + entry.first + "'");
    }
  }
}

namespace detail {

namespace {
void append_path(std::string& out, const BoundaryPath& path) {
  if (path.parent) append_path(out, *path.parent);
  switch (path.step) {
    case BoundaryPath::Step::Root:
      out += "argument '";
      out += path.parameter;
      out += "'";
      break;
    case BoundaryPath::Step::Item:
      out += "[" + std::to_string(path.index) + "]";
      break;
    case BoundaryPath::Step::DictValue:
      out += "[" + abi::value_repr(path.key) + "]";
      break;
    case BoundaryPath::Step::DictKey:
      out += " key " + abi::value_repr(path.key);
      break;
  }
}
}  // namespace

void raise_boundary_error(const BoundaryPath& path, const std::string& expected, const ingot_value* got) {
  std::string message;
  append_path(message, path);
  message += ": expected " + expected + ", got " + abi::value_type_name(got);
  raise(ExcType::TypeError, message);
}

void raise_boundary_tuple_length(const BoundaryPath& path, const std::string& expected, std::size_t expected_length,
                                 std::size_t got_length) {
  std::string message;
  append_path(message, path);
  message += ": expected " + expected + " (" + std::to_string(expected_length) + " items), got a tuple of " +
             std::to_string(got_length) + " items";
  raise(ExcType::TypeError, message);
}

Str string_value(const ingot_value* v) { return Str(std::string_view(v->text)); }

void check_encodable_slow(const Str& s) {
  std::size_t position = 0;
  for (char32_t c : s.code_points()) {
    if (internal::is_surrogate(c)) {
      std::string r;
      repr_str(Str::from_code_point(c).view(), r, true);
      raise(ExcType::UnicodeEncodeError, "'utf-8' codec can't encode character " + r + " in position " +
                                             std::to_string(position) + ": surrogates not allowed");
    }
    ++position;
  }
}

ingot_value* make_string_value(const Str& s) {
  check_encodable(s);
  ingot_value* v = abi::new_value(INGOT_VALUE_STRING);
  v->text.assign(s.view());
  return v;
}

ingot_value* packed_range_value(const Range& r) {
  abi::PackedItems::Ptr p = abi::PackedItems::allocate(INGOT_VALUE_INT64, r.size());
  std::size_t n = 0;
  for (const Int i : r) p->ints()[n++] = i;
  return abi::new_packed_list(std::move(p));
}

}  // namespace detail
}  // namespace ingot::rt
