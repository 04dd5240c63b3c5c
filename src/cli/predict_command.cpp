// `ingot predict`: runs a compiled bundle once from the command line.
//
//   ingot predict [--latency] DIR [NAME=JSON ...]
//
// Loads DIR/libpredictor.so (the library manifest.json names) with dlopen and
// calls it through the C ABI of include/ingot.h, exactly as any client would.
// Each NAME=JSON gives parameter NAME a value, written as JSON (`NAME=@FILE`
// reads the JSON from FILE instead, `NAME=@-` from standard input). The manifest's parameter types decide what
// JSON becomes:
//
//   int        a JSON integer (within int64)
//   float      a JSON number; also "nan", "inf", "-inf" (and "NaN",
//              "Infinity", "-Infinity") as strings
//   bool, str, None   true/false, a string, null
//   bytes      a string (its UTF-8 bytes) or an array of integers 0..255
//   list[T], set[T]   an array
//   tuple[A, B], tuple[T, ...]   an array (of that length)
//   dict[K, V]         an object whose keys are converted to K: "1" → 1 for
//                      int, "1.5" → 1.5 for float, "true" → True for bool,
//                      JSON text for others ("[1, 2]" → (1, 2)); or an
//                      array of [key, value] pairs
//   Optional[T], Union[A, B], A | B   the alternative the JSON fits, a
//                      JSON-kind match first (1 → int before float)
//   anything else (Any, unannotated)  inferred: integer → int, other number
//                      → float, array → list, object → dict[str, ...]
//
// The result goes to standard output as one line of JSON, as Python's
// json.dumps(result, ensure_ascii=False) writes it: tuples and sets as
// arrays, bytes as an array of integers, floats as repr() writes them (NaN,
// Infinity, -Infinity for the special values), dict keys as strings the way
// json.dumps converts them (1 → "1", 1.5 → "1.5", True → "true", None →
// "null") and other keys (tuples, bytes) as their JSON text. A tensor is
// written as nested arrays.
//
// What the function print()ed goes to standard error, before anything else.
// Exit codes: 0 the function returned; 1 it raised (standard error ends with
// "TYPE: MESSAGE", as Python's traceback does); 2 usage error, unloadable
// bundle, bad JSON or a value that does not fit its parameter's type;
// 3 the library failed (an internal error of Ingot).
#include <dlfcn.h>
#include <sys/stat.h>

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "file_io.h"
#include "ingot.h"
#include "syntax/python_repr.h"

namespace ingot::cli {
namespace {

using Json = nlohmann::ordered_json;

// ---------------------------------------------------------------------------
// The C ABI, resolved with dlsym
// ---------------------------------------------------------------------------

#define INGOT_PREDICT_ABI_FUNCTIONS(X) \
  X(ingot_abi_version)                 \
  X(ingot_status_string)               \
  X(ingot_last_error_message)          \
  X(ingot_value_create_none)           \
  X(ingot_value_create_bool)           \
  X(ingot_value_create_int64)          \
  X(ingot_value_create_float64)        \
  X(ingot_value_create_string)         \
  X(ingot_value_create_bytes)          \
  X(ingot_value_create_container)      \
  X(ingot_value_free)                  \
  X(ingot_value_get_kind)              \
  X(ingot_value_get_bool)              \
  X(ingot_value_get_int64)             \
  X(ingot_value_get_float64)           \
  X(ingot_value_get_data)              \
  X(ingot_value_get_length)            \
  X(ingot_value_get_item)              \
  X(ingot_value_get_pair)              \
  X(ingot_value_get_tensor)            \
  X(ingot_value_append)                \
  X(ingot_value_dict_set)              \
  X(ingot_value_map_create)            \
  X(ingot_value_map_free)              \
  X(ingot_value_map_set)               \
  X(ingot_predictor_create)            \
  X(ingot_predictor_free)              \
  X(ingot_predictor_get_manifest)      \
  X(ingot_predictor_predict)           \
  X(ingot_prediction_free)             \
  X(ingot_prediction_get_result)       \
  X(ingot_prediction_get_error_type)   \
  X(ingot_prediction_get_error_message) \
  X(ingot_prediction_get_logs)         \
  X(ingot_prediction_get_latency_ms)

struct Abi {
#define INGOT_DECLARE(name) decltype(&::name) name = nullptr;
  INGOT_PREDICT_ABI_FUNCTIONS(INGOT_DECLARE)
#undef INGOT_DECLARE

  /// Resolves every function from `handle`; returns the names missing.
  std::vector<std::string> resolve(void* handle) {
    std::vector<std::string> missing;
#define INGOT_RESOLVE(name)                                            \
  name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name)); \
  if (name == nullptr) missing.emplace_back(#name);
    INGOT_PREDICT_ABI_FUNCTIONS(INGOT_RESOLVE)
#undef INGOT_RESOLVE
    return missing;
  }

  std::string last_error() const {
    const char* message = ingot_last_error_message();
    return message != nullptr ? message : "";
  }

  std::string describe(ingot_status status) const {
    std::string text = ingot_status_string(status);
    std::string detail = last_error();
    if (!detail.empty()) text += ": " + detail;
    return text;
  }
};

/// An owned ingot_value, freed through the library that made it.
class Value {
 public:
  Value() = default;
  Value(const Abi* abi, ingot_value* value) : abi_(abi), value_(value) {}
  Value(Value&& other) noexcept : abi_(other.abi_), value_(other.release()) {}
  Value& operator=(Value&& other) noexcept {
    if (this != &other) {
      reset();
      abi_ = other.abi_;
      value_ = other.release();
    }
    return *this;
  }
  Value(const Value&) = delete;
  Value& operator=(const Value&) = delete;
  ~Value() { reset(); }

  ingot_value* get() const { return value_; }
  explicit operator bool() const { return value_ != nullptr; }
  ingot_value* release() {
    ingot_value* v = value_;
    value_ = nullptr;
    return v;
  }
  void reset() {
    if (value_ != nullptr) abi_->ingot_value_free(value_);
    value_ = nullptr;
  }

 private:
  const Abi* abi_ = nullptr;
  ingot_value* value_ = nullptr;
};

// ---------------------------------------------------------------------------
// Parameter types: the manifest's annotation strings
// ---------------------------------------------------------------------------

struct Type {
  enum Kind { kAny, kNone, kBool, kInt, kFloat, kStr, kBytes, kList, kSet, kTuple, kTupleOf, kDict, kUnion };
  Kind kind = kAny;
  std::vector<Type> args;  // element types; kTupleOf: one; kDict: key, value
};

/// Parses "list[int]", "Optional[dict[str, float]]", "int | None",
/// "typing.Tuple[int, ...]". Unknown names (classes, typing.Any) are kAny,
/// so their values are inferred from the JSON.
class TypeParser {
 public:
  explicit TypeParser(std::string_view text) : text_(text) {}

  std::optional<Type> parse() {
    std::optional<Type> type = parse_union();
    skip_space();
    if (!type || pos_ != text_.size()) return std::nullopt;
    return type;
  }

 private:
  void skip_space() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  bool eat(char c) {
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  std::string name() {
    skip_space();
    size_t start = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' || text_[pos_] == '.'))
      ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }

  std::optional<Type> parse_union() {
    std::optional<Type> first = parse_primary();
    if (!first) return std::nullopt;
    if (!eat('|')) return first;
    Type u;
    u.kind = Type::kUnion;
    u.args.push_back(std::move(*first));
    do {
      std::optional<Type> next = parse_primary();
      if (!next) return std::nullopt;
      u.args.push_back(std::move(*next));
    } while (eat('|'));
    return u;
  }

  std::optional<std::vector<Type>> parse_args(bool* ellipsis) {
    std::vector<Type> args;
    do {
      skip_space();
      if (text_.substr(pos_, 3) == "...") {
        pos_ += 3;
        if (ellipsis != nullptr) *ellipsis = true;
        continue;
      }
      std::optional<Type> arg = parse_union();
      if (!arg) return std::nullopt;
      args.push_back(std::move(*arg));
    } while (eat(','));
    if (!eat(']')) return std::nullopt;
    return args;
  }

  std::optional<Type> parse_primary() {
    std::string n = name();
    if (n.empty()) return std::nullopt;
    for (std::string_view prefix : {"typing.", "builtins.", "collections.abc."}) {
      if (n.rfind(prefix, 0) == 0) n.erase(0, prefix.size());
    }
    Type t;
    bool ellipsis = false;
    std::vector<Type> args;
    if (eat('[')) {
      auto parsed = parse_args(&ellipsis);
      if (!parsed) return std::nullopt;
      args = std::move(*parsed);
    }
    if (n == "int") t.kind = Type::kInt;
    else if (n == "float") t.kind = Type::kFloat;
    else if (n == "bool") t.kind = Type::kBool;
    else if (n == "str") t.kind = Type::kStr;
    else if (n == "bytes") t.kind = Type::kBytes;
    else if (n == "None" || n == "NoneType") t.kind = Type::kNone;
    else if (n == "list" || n == "List" || n == "Sequence" || n == "Iterable") t.kind = Type::kList;
    else if (n == "set" || n == "Set" || n == "frozenset" || n == "FrozenSet") t.kind = Type::kSet;
    else if (n == "dict" || n == "Dict" || n == "Mapping") t.kind = Type::kDict;
    else if (n == "tuple" || n == "Tuple") t.kind = ellipsis ? Type::kTupleOf : Type::kTuple;
    else if (n == "Optional") {
      if (args.size() != 1) return std::nullopt;
      t.kind = Type::kUnion;
      t.args = {std::move(args[0]), Type{Type::kNone, {}}};
      return t;
    } else if (n == "Union") {
      t.kind = Type::kUnion;
      t.args = std::move(args);
      return t;
    } else {
      return Type{};  // Any, numpy.ndarray, a class: inferred from the JSON
    }
    if (t.kind == Type::kList || t.kind == Type::kSet) {
      t.args = args.empty() ? std::vector<Type>{Type{}} : std::vector<Type>{std::move(args[0])};
    } else if (t.kind == Type::kDict) {
      t.args = args.size() == 2 ? std::move(args) : std::vector<Type>{Type{Type::kStr, {}}, Type{}};
    } else if (t.kind == Type::kTupleOf) {
      t.args = args.empty() ? std::vector<Type>{Type{}} : std::vector<Type>{std::move(args[0])};
    } else if (t.kind == Type::kTuple) {
      if (args.empty()) t.kind = Type::kTupleOf, t.args = {Type{}};  // bare `tuple`
      else t.args = std::move(args);
    }
    return t;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

const char* json_kind(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a number";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "an unsupported JSON value";
  }
}

// ---------------------------------------------------------------------------
// JSON → ingot values, guided by a Type
// ---------------------------------------------------------------------------

class Converter {
 public:
  explicit Converter(const Abi& abi) : abi_(abi) {}

  /// A new value for `j` as type `t`, or an empty Value with `error_` set
  /// (the message names the position: `where` is a path like "[2]['k']").
  Value convert(const Json& j, const Type& t, const std::string& where) {
    switch (t.kind) {
      case Type::kAny: return infer(j, where);
      case Type::kNone:
        if (j.is_null()) return make(abi_.ingot_value_create_none());
        return mismatch("None (null)", j, where);
      case Type::kBool:
        if (j.is_boolean()) return make(abi_.ingot_value_create_bool(j.get<bool>()));
        return mismatch("bool (true or false)", j, where);
      case Type::kInt: return to_int(j, where);
      case Type::kFloat: return to_float(j, where);
      case Type::kStr:
        if (j.is_string()) {
          const auto& s = j.get_ref<const std::string&>();
          return make(abi_.ingot_value_create_string(s.data(), s.size()));
        }
        return mismatch("str (a string)", j, where);
      case Type::kBytes: return to_bytes(j, where);
      case Type::kList:
      case Type::kSet: {
        if (!j.is_array()) return mismatch(t.kind == Type::kList ? "list (an array)" : "set (an array)", j, where);
        Value c = make(abi_.ingot_value_create_container(t.kind == Type::kList ? INGOT_VALUE_LIST : INGOT_VALUE_SET));
        for (size_t i = 0; c && i < j.size(); ++i) {
          if (!append(c, convert(j[i], t.args[0], where + "[" + std::to_string(i) + "]"))) return Value();
        }
        return c;
      }
      case Type::kTupleOf:
      case Type::kTuple: {
        if (!j.is_array()) return mismatch("tuple (an array)", j, where);
        if (t.kind == Type::kTuple && j.size() != t.args.size()) {
          return fail(where, "expected a tuple of " + std::to_string(t.args.size()) + " items, got an array of " +
                                 std::to_string(j.size()));
        }
        Value c = make(abi_.ingot_value_create_container(INGOT_VALUE_TUPLE));
        for (size_t i = 0; c && i < j.size(); ++i) {
          const Type& item = t.kind == Type::kTuple ? t.args[i] : t.args[0];
          if (!append(c, convert(j[i], item, where + "[" + std::to_string(i) + "]"))) return Value();
        }
        return c;
      }
      case Type::kDict: return to_dict(j, t, where);
      case Type::kUnion: return to_union(j, t, where);
    }
    return fail(where, "unsupported parameter type");
  }

  const std::string& error() const { return error_; }

 private:
  Value make(ingot_value* v) {
    if (v == nullptr) error_ = "the library could not create a value: " + abi_.last_error();
    return Value(&abi_, v);
  }

  Value fail(const std::string& where, const std::string& message) {
    error_ = where.empty() ? message : "at " + where + ": " + message;
    return Value();
  }

  Value mismatch(const char* expected, const Json& j, const std::string& where) {
    return fail(where, std::string("expected ") + expected + ", got " + json_kind(j) + " (" + j.dump() + ")");
  }

  bool append(Value& container, Value item) {
    if (!item) return false;
    ingot_status status = abi_.ingot_value_append(container.get(), item.get());
    if (status != INGOT_STATUS_OK) {
      error_ = "ingot_value_append failed: " + abi_.describe(status);
      return false;
    }
    item.release();
    return true;
  }

  Value to_int(const Json& j, const std::string& where) {
    if (j.is_number_integer() && !j.is_number_unsigned()) return make(abi_.ingot_value_create_int64(j.get<int64_t>()));
    if (j.is_number_unsigned()) {
      uint64_t u = j.get<uint64_t>();
      if (u <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        return make(abi_.ingot_value_create_int64(static_cast<int64_t>(u)));
      return fail(where, "integer " + j.dump() + " does not fit in int64");
    }
    if (j.is_number_float()) {
      double f = j.get<double>();
      if (std::trunc(f) == f && std::fabs(f) >= 9223372036854775808.0)
        return fail(where, "integer " + j.dump() + " does not fit in int64");
      return fail(where, "expected int (an integer within int64), got the number " + j.dump());
    }
    return mismatch("int (an integer)", j, where);
  }

  Value to_float(const Json& j, const std::string& where) {
    if (j.is_number_float()) return make(abi_.ingot_value_create_float64(j.get<double>()));
    if (j.is_number_unsigned()) return make(abi_.ingot_value_create_float64(static_cast<double>(j.get<uint64_t>())));
    if (j.is_number_integer()) return make(abi_.ingot_value_create_float64(static_cast<double>(j.get<int64_t>())));
    if (j.is_string()) {
      const auto& s = j.get_ref<const std::string&>();
      double inf = std::numeric_limits<double>::infinity();
      if (s == "nan" || s == "NaN") return make(abi_.ingot_value_create_float64(std::nan("")));
      if (s == "inf" || s == "Infinity") return make(abi_.ingot_value_create_float64(inf));
      if (s == "-inf" || s == "-Infinity") return make(abi_.ingot_value_create_float64(-inf));
    }
    return mismatch("float (a number, or \"nan\", \"inf\", \"-inf\")", j, where);
  }

  Value to_bytes(const Json& j, const std::string& where) {
    if (j.is_string()) {
      const auto& s = j.get_ref<const std::string&>();
      return make(abi_.ingot_value_create_bytes(s.data(), s.size()));
    }
    if (j.is_array()) {
      std::string data;
      for (const Json& b : j) {
        if (!b.is_number_integer() || b.get<int64_t>() < 0 || b.get<int64_t>() > 255)
          return fail(where, "expected bytes as an array of integers 0..255, found " + b.dump());
        data.push_back(static_cast<char>(b.get<int64_t>()));
      }
      return make(abi_.ingot_value_create_bytes(data.data(), data.size()));
    }
    return mismatch("bytes (a string or an array of integers 0..255)", j, where);
  }

  /// A dict key from its JSON object key (a string).
  Value key_from_string(const std::string& key, const Type& t, const std::string& where) {
    if (t.kind == Type::kStr || t.kind == Type::kAny) return make(abi_.ingot_value_create_string(key.data(), key.size()));
    if (t.kind == Type::kBytes) return make(abi_.ingot_value_create_bytes(key.data(), key.size()));
    if (t.kind == Type::kUnion) {
      // A string key fits a str alternative as it is.
      for (const Type& alt : t.args)
        if (alt.kind == Type::kStr) return make(abi_.ingot_value_create_string(key.data(), key.size()));
    }
    Json parsed = Json::parse(key, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
      if (t.kind == Type::kFloat) return to_float(Json(key), where);
      return fail(where, "the key \"" + key + "\" is not valid for a " + describe_key(t) + " key");
    }
    if (t.kind == Type::kFloat && parsed.is_number()) return to_float(parsed, where);
    return convert(parsed, t, where);
  }

  static std::string describe_key(const Type& t) {
    switch (t.kind) {
      case Type::kInt: return "int";
      case Type::kFloat: return "float";
      case Type::kBool: return "bool";
      case Type::kNone: return "None";
      case Type::kTuple:
      case Type::kTupleOf: return "tuple";
      default: return "non-str";
    }
  }

  bool dict_set(Value& dict, Value key, Value item) {
    if (!key || !item) return false;
    ingot_status status = abi_.ingot_value_dict_set(dict.get(), key.get(), item.get());
    if (status != INGOT_STATUS_OK) {
      error_ = "ingot_value_dict_set failed: " + abi_.describe(status);
      return false;
    }
    key.release();
    item.release();
    return true;
  }

  Value to_dict(const Json& j, const Type& t, const std::string& where) {
    const Type& key_type = t.args[0];
    const Type& value_type = t.args[1];
    if (j.is_object()) {
      Value d = make(abi_.ingot_value_create_container(INGOT_VALUE_DICT));
      for (auto it = j.begin(); d && it != j.end(); ++it) {
        std::string at = where + "[" + Json(it.key()).dump() + "]";
        Value key = key_from_string(it.key(), key_type, at);
        if (!key) return Value();
        if (!dict_set(d, std::move(key), convert(it.value(), value_type, at))) return Value();
      }
      return d;
    }
    if (j.is_array()) {  // [[key, value], ...]: any key type, in order
      Value d = make(abi_.ingot_value_create_container(INGOT_VALUE_DICT));
      for (size_t i = 0; d && i < j.size(); ++i) {
        std::string at = where + "[" + std::to_string(i) + "]";
        const Json& pair = j[i];
        if (!pair.is_array() || pair.size() != 2)
          return fail(at, "expected a [key, value] pair, got " + pair.dump());
        Value key = convert(pair[0], key_type, at + "[0]");
        if (!key) return Value();
        if (!dict_set(d, std::move(key), convert(pair[1], value_type, at + "[1]"))) return Value();
      }
      return d;
    }
    return mismatch("dict (an object, or an array of [key, value] pairs)", j, where);
  }

  static bool exact_match(const Json& j, const Type& t) {
    switch (t.kind) {
      case Type::kNone: return j.is_null();
      case Type::kBool: return j.is_boolean();
      case Type::kInt: return j.is_number_integer();
      case Type::kFloat: return j.is_number_float();
      case Type::kStr: return j.is_string();
      case Type::kList:
      case Type::kSet:
      case Type::kTuple:
      case Type::kTupleOf: return j.is_array();
      case Type::kDict: return j.is_object();
      default: return false;
    }
  }

  Value to_union(const Json& j, const Type& t, const std::string& where) {
    std::vector<std::string> errors;
    // First the alternatives of the JSON's own kind, then the rest.
    for (int pass = 0; pass < 2; ++pass) {
      for (const Type& alt : t.args) {
        if (exact_match(j, alt) != (pass == 0)) continue;
        Value v = convert(j, alt, where);
        if (v) return v;
        errors.push_back(error_);
      }
    }
    std::string message = "the value fits no alternative of the union";
    for (const std::string& e : errors) message += "; " + e;
    error_ = message;
    return Value();
  }

  Value infer(const Json& j, const std::string& where) {
    switch (j.type()) {
      case Json::value_t::null: return make(abi_.ingot_value_create_none());
      case Json::value_t::boolean: return make(abi_.ingot_value_create_bool(j.get<bool>()));
      case Json::value_t::number_integer:
      case Json::value_t::number_unsigned: return to_int(j, where);
      case Json::value_t::number_float: return make(abi_.ingot_value_create_float64(j.get<double>()));
      case Json::value_t::string: {
        const auto& s = j.get_ref<const std::string&>();
        return make(abi_.ingot_value_create_string(s.data(), s.size()));
      }
      case Json::value_t::array: return convert(j, Type{Type::kList, {Type{}}}, where);
      case Json::value_t::object: return convert(j, Type{Type::kDict, {Type{Type::kStr, {}}, Type{}}}, where);
      default: return fail(where, "unsupported JSON value");
    }
  }

  const Abi& abi_;
  std::string error_;
};

// ---------------------------------------------------------------------------
// ingot values → JSON text, as Python's json.dumps(..., ensure_ascii=False)
// ---------------------------------------------------------------------------

class Writer {
 public:
  explicit Writer(const Abi& abi) : abi_(abi) {}

  /// Appends the JSON of `v` to `out`; false (with `error_`) on a value the
  /// library reports inconsistently.
  bool write(const ingot_value* v, std::string& out) {
    switch (abi_.ingot_value_get_kind(v)) {
      case INGOT_VALUE_NONE: out += "null"; return true;
      case INGOT_VALUE_BOOL: {
        bool b = false;
        if (!check(abi_.ingot_value_get_bool(v, &b))) return false;
        out += b ? "true" : "false";
        return true;
      }
      case INGOT_VALUE_INT64: {
        int64_t i = 0;
        if (!check(abi_.ingot_value_get_int64(v, &i))) return false;
        out += std::to_string(i);
        return true;
      }
      case INGOT_VALUE_FLOAT64: {
        double f = 0;
        if (!check(abi_.ingot_value_get_float64(v, &f))) return false;
        write_float(f, out);
        return true;
      }
      case INGOT_VALUE_STRING: {
        const char* data = nullptr;
        size_t size = 0;
        if (!check(abi_.ingot_value_get_data(v, &data, &size))) return false;
        write_string(std::string_view(data, size), out);
        return true;
      }
      case INGOT_VALUE_BYTES: {
        const char* data = nullptr;
        size_t size = 0;
        if (!check(abi_.ingot_value_get_data(v, &data, &size))) return false;
        out += '[';
        for (size_t i = 0; i < size; ++i) {
          if (i) out += ", ";
          out += std::to_string(static_cast<unsigned char>(data[i]));
        }
        out += ']';
        return true;
      }
      case INGOT_VALUE_LIST:
      case INGOT_VALUE_TUPLE:
      case INGOT_VALUE_SET: {
        size_t n = 0;
        if (!check(abi_.ingot_value_get_length(v, &n))) return false;
        out += '[';
        for (size_t i = 0; i < n; ++i) {
          const ingot_value* item = nullptr;
          if (!check(abi_.ingot_value_get_item(v, i, &item))) return false;
          if (i) out += ", ";
          if (!write(item, out)) return false;
        }
        out += ']';
        return true;
      }
      case INGOT_VALUE_DICT: {
        size_t n = 0;
        if (!check(abi_.ingot_value_get_length(v, &n))) return false;
        out += '{';
        for (size_t i = 0; i < n; ++i) {
          const ingot_value* key = nullptr;
          const ingot_value* item = nullptr;
          if (!check(abi_.ingot_value_get_pair(v, i, &key, &item))) return false;
          if (i) out += ", ";
          if (!write_key(key, out)) return false;
          out += ": ";
          if (!write(item, out)) return false;
        }
        out += '}';
        return true;
      }
      case INGOT_VALUE_TENSOR: return write_tensor(v, out);
    }
    error_ = "the library returned a value of unknown kind";
    return false;
  }

  const std::string& error() const { return error_; }

 private:
  bool check(ingot_status status) {
    if (status == INGOT_STATUS_OK) return true;
    error_ = "reading the result failed: " + abi_.describe(status);
    return false;
  }

  static void write_float(double f, std::string& out) {
    if (std::isnan(f)) out += "NaN";
    else if (std::isinf(f)) out += f > 0 ? "Infinity" : "-Infinity";
    else syntax::repr_float(f, out);
  }

  static void write_string(std::string_view s, std::string& out) {
    static const char kHex[] = "0123456789abcdef";
    out += '"';
    for (char ch : s) {
      auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
          } else {
            out += ch;
          }
      }
    }
    out += '"';
  }

  /// A dict key as json.dumps writes it: str as is; int, float, bool, None
  /// as their JSON; anything else as its JSON text, quoted.
  bool write_key(const ingot_value* key, std::string& out) {
    ingot_value_kind kind = abi_.ingot_value_get_kind(key);
    if (kind == INGOT_VALUE_STRING) return write(key, out);
    std::string text;
    if (!write(key, text)) return false;
    write_string(text, out);
    return true;
  }

  static double half_to_double(uint16_t h) {
    int exponent = (h >> 10) & 0x1F;
    int mantissa = h & 0x3FF;
    double sign = (h & 0x8000) ? -1.0 : 1.0;
    if (exponent == 0) return sign * std::ldexp(mantissa, -24);
    if (exponent == 31) return mantissa ? std::nan("") : sign * std::numeric_limits<double>::infinity();
    return sign * std::ldexp(mantissa + 1024, exponent - 25);
  }

  bool write_tensor(const ingot_value* v, std::string& out) {
    ingot_dtype dtype;
    const int64_t* shape = nullptr;
    int32_t ndim = 0;
    const void* data = nullptr;
    if (!check(abi_.ingot_value_get_tensor(v, &dtype, &shape, &ndim, &data))) return false;
    size_t index = 0;
    write_tensor_level(dtype, shape, ndim, 0, static_cast<const unsigned char*>(data), index, out);
    return true;
  }

  static void write_element(ingot_dtype dtype, const unsigned char* p, std::string& out) {
    auto load = [p](auto sample) {
      decltype(sample) x;
      std::memcpy(&x, p, sizeof x);
      return x;
    };
    switch (dtype) {
      case INGOT_DTYPE_BOOL: out += *p ? "true" : "false"; break;
      case INGOT_DTYPE_INT8: out += std::to_string(load(int8_t{})); break;
      case INGOT_DTYPE_INT16: out += std::to_string(load(int16_t{})); break;
      case INGOT_DTYPE_INT32: out += std::to_string(load(int32_t{})); break;
      case INGOT_DTYPE_INT64: out += std::to_string(load(int64_t{})); break;
      case INGOT_DTYPE_UINT8: out += std::to_string(load(uint8_t{})); break;
      case INGOT_DTYPE_UINT16: out += std::to_string(load(uint16_t{})); break;
      case INGOT_DTYPE_UINT32: out += std::to_string(load(uint32_t{})); break;
      case INGOT_DTYPE_UINT64: out += std::to_string(load(uint64_t{})); break;
      case INGOT_DTYPE_FLOAT16: write_float(half_to_double(load(uint16_t{})), out); break;
      case INGOT_DTYPE_FLOAT32: write_float(load(float{}), out); break;
      case INGOT_DTYPE_FLOAT64: write_float(load(double{}), out); break;
    }
  }

  static void write_tensor_level(ingot_dtype dtype, const int64_t* shape, int32_t ndim, int32_t level,
                                 const unsigned char* data, size_t& index, std::string& out) {
    if (level == ndim) {
      write_element(dtype, data + index * ingot_dtype_size(dtype), out);
      ++index;
      return;
    }
    out += '[';
    for (int64_t i = 0; i < shape[level]; ++i) {
      if (i) out += ", ";
      write_tensor_level(dtype, shape, ndim, level + 1, data, index, out);
    }
    out += ']';
  }

  const Abi& abi_;
  std::string error_;
};

// ---------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------

struct PredictOptions {
  std::string bundle;
  std::vector<std::string> inputs;
  bool latency = false;
};

void print_error(const std::string& text) {
  std::string line = text;
  if (line.empty() || line.back() != '\n') line += '\n';
  std::fputs(line.c_str(), stderr);
}

/// The library file a bundle folder names (manifest "library", default
/// libpredictor.so).
std::string library_path(const std::string& dir) {
  std::string name = "libpredictor.so";
  std::string text;
  std::string reason;
  if (read_file(dir + "/manifest.json", text, reason)) {
    Json manifest = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (manifest.is_object() && manifest.contains("library") && manifest["library"].is_string()) {
      std::string named = manifest["library"].get<std::string>();
      if (!named.empty() && named.find('/') == std::string::npos) name = named;
    }
  }
  return dir + "/" + name;
}

std::string signature_text(const Json& manifest) {
  std::string text = manifest.value("entry", std::string("predictor")) + "(";
  const Json params = manifest.value("parameters", Json::array());
  for (size_t i = 0; i < params.size(); ++i) {
    if (i) text += ", ";
    text += params[i].value("name", std::string("?"));
    if (params[i].contains("type") && params[i]["type"].is_string()) text += ": " + params[i]["type"].get<std::string>();
    if (params[i].contains("default")) text += " = " + params[i]["default"].dump();
  }
  text += ")";
  if (manifest.contains("returns") && manifest["returns"].is_string()) text += " -> " + manifest["returns"].get<std::string>();
  return text;
}

/// Owns the loaded library and predictor; frees them on every path.
struct Session {
  void* handle = nullptr;
  Abi abi;
  ingot_predictor* predictor = nullptr;
  ~Session() {
    if (predictor != nullptr) abi.ingot_predictor_free(predictor);
    // The library stays loaded until exit: its static destructors run then.
  }
};

int run_predict(const PredictOptions& options) {
  std::string dir = options.bundle;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();

  // ---- load ----------------------------------------------------------------
  struct stat info {};
  if (stat(dir.c_str(), &info) != 0) {
    print_error("ingot: error: cannot load bundle " + dir + ": " + std::strerror(errno));
    return kExitUsage;
  }
  if (!S_ISDIR(info.st_mode)) {
    print_error("ingot: error: cannot load bundle " + dir + ": not a folder (give the bundle folder)");
    return kExitUsage;
  }
  std::string lib = library_path(dir);
  Session s;
  s.handle = dlopen(lib.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (s.handle == nullptr) {
    const char* why = dlerror();
    print_error("ingot: error: cannot load bundle " + dir + ": " + (why != nullptr ? why : "dlopen failed"));
    return kExitUsage;
  }
  std::vector<std::string> missing = s.abi.resolve(s.handle);
  if (!missing.empty()) {
    print_error("ingot: error: cannot load bundle " + dir + ": " + lib +
                " is not an Ingot bundle library (it does not export " + missing.front() + ")");
    return kExitUsage;
  }
  const Abi& abi = s.abi;
  if (abi.ingot_abi_version() != INGOT_ABI_VERSION) {
    print_error("ingot: error: cannot load bundle " + dir + ": it implements ABI version " +
                std::to_string(abi.ingot_abi_version()) + ", this ingot speaks version " +
                std::to_string(INGOT_ABI_VERSION));
    return kExitUsage;
  }
  ingot_status status = abi.ingot_predictor_create(dir.c_str(), &s.predictor);
  if (status != INGOT_STATUS_OK) {
    print_error("ingot: error: cannot load bundle " + dir + ": " + abi.describe(status));
    return kExitUsage;
  }
  const char* manifest_text = abi.ingot_predictor_get_manifest(s.predictor);
  Json manifest = Json::parse(manifest_text != nullptr ? manifest_text : "", nullptr, /*allow_exceptions=*/false);
  if (!manifest.is_object()) {
    print_error("ingot: error: cannot load bundle " + dir + ": its manifest is not a JSON object");
    return kExitUsage;
  }
  const std::string signature = signature_text(manifest);

  // ---- inputs --------------------------------------------------------------
  struct Parameter {
    std::string name;
    std::string type_text;
    Type type;
    bool has_default = false;
  };
  std::vector<Parameter> parameters;
  for (const Json& p : manifest.value("parameters", Json::array())) {
    if (!p.is_object() || !p.contains("name") || !p["name"].is_string()) continue;
    Parameter param;
    param.name = p["name"].get<std::string>();
    param.type_text = p.contains("type") && p["type"].is_string() ? p["type"].get<std::string>() : "";
    param.has_default = p.contains("default");
    if (!param.type_text.empty()) {
      std::optional<Type> parsed = TypeParser(param.type_text).parse();
      if (parsed) param.type = std::move(*parsed);  // unparsable: inferred from the JSON
    }
    parameters.push_back(std::move(param));
  }

  std::unique_ptr<ingot_value_map, decltype(abi.ingot_value_map_free)> inputs(abi.ingot_value_map_create(),
                                                                               abi.ingot_value_map_free);
  if (!inputs) {
    print_error("ingot: error: " + abi.last_error());
    return kExitInternal;
  }
  std::set<std::string> given;
  Converter converter(abi);
  for (const std::string& assignment : options.inputs) {
    size_t eq = assignment.find('=');
    if (eq == std::string::npos || eq == 0) {
      print_error("ingot predict: expected NAME=JSON, got '" + assignment + "'");
      return kExitUsage;
    }
    std::string name = assignment.substr(0, eq);
    std::string text = assignment.substr(eq + 1);
    const Parameter* param = nullptr;
    for (const Parameter& p : parameters)
      if (p.name == name) param = &p;
    if (param == nullptr) {
      print_error("ingot predict: " + signature + " has no parameter '" + name + "'");
      return kExitUsage;
    }
    if (!given.insert(name).second) {
      print_error("ingot predict: parameter '" + name + "' is given more than once");
      return kExitUsage;
    }
    if (!text.empty() && text[0] == '@') {
      std::string reason;
      std::string path = text.substr(1);
      if (!read_file(path, text, reason)) {
        print_error("ingot: error: cannot read " + path + ": " + reason);
        return kExitUsage;
      }
    }
    Json value;
    try {
      value = Json::parse(text);
    } catch (const Json::parse_error& e) {
      std::string what = e.what();
      // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." → from "parse error".
      size_t at = what.find("parse error");
      print_error("ingot predict: the value of '" + name + "' is not valid JSON (" +
                  (at != std::string::npos ? what.substr(at) : what) +
                  "); strings need JSON quotes, e.g. " + name + "='\"text\"'");
      return kExitUsage;
    }
    Value v = converter.convert(value, param->type, "");
    if (!v) {
      std::string type = param->type_text.empty() ? "" : " (" + param->type_text + ")";
      print_error("ingot predict: bad value for '" + name + "'" + type + ": " + converter.error());
      return kExitUsage;
    }
    status = abi.ingot_value_map_set(inputs.get(), name.c_str(), v.get());
    if (status != INGOT_STATUS_OK) {
      print_error("ingot: error: ingot_value_map_set failed: " + abi.describe(status));
      return kExitInternal;
    }
    v.release();
  }
  for (const Parameter& p : parameters) {
    if (!p.has_default && given.count(p.name) == 0) {
      print_error("ingot predict: missing a value for '" + p.name + "' (usage: ingot predict " + dir + " " +
                  p.name + "=JSON ...; signature " + signature + ")");
      return kExitUsage;
    }
  }

  // ---- predict ---------------------------------------------------------------
  ingot_prediction* raw = nullptr;
  status = abi.ingot_predictor_predict(s.predictor, inputs.get(), &raw);
  if (status != INGOT_STATUS_OK) {
    print_error("ingot: error: the prediction failed: " + abi.describe(status));
    return kExitInternal;
  }
  std::unique_ptr<ingot_prediction, decltype(abi.ingot_prediction_free)> prediction(raw, abi.ingot_prediction_free);

  const char* logs = abi.ingot_prediction_get_logs(prediction.get());
  if (logs != nullptr && *logs != '\0') {
    std::fputs(logs, stderr);
    std::fflush(stderr);
  }
  if (options.latency) {
    char text[64];
    std::snprintf(text, sizeof text, "latency: %.3f ms\n", abi.ingot_prediction_get_latency_ms(prediction.get()));
    std::fputs(text, stderr);
  }

  const ingot_value* result = abi.ingot_prediction_get_result(prediction.get());
  if (result == nullptr) {
    const char* type = abi.ingot_prediction_get_error_type(prediction.get());
    if (type == nullptr) {
      print_error("ingot: error: the bundle returned neither a result nor an exception");
      return kExitInternal;
    }
    const char* message = abi.ingot_prediction_get_error_message(prediction.get());
    std::string line = type;
    if (message != nullptr && *message != '\0') line += std::string(": ") + message;
    print_error(line);
    return kExitFailure;
  }
  Writer writer(abi);
  std::string out;
  if (!writer.write(result, out)) {
    print_error("ingot: error: " + writer.error());
    return kExitInternal;
  }
  out += '\n';
  if (!write_stdout(out)) {
    print_error("ingot: error: cannot write to standard output");
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

Command add_predict_command(CLI::App& app) {
  auto options = std::make_shared<PredictOptions>();
  CLI::App* sub = app.add_subcommand("predict", "Run a compiled bundle once: ingot predict DIR name=JSON ...");
  sub->footer(
      "Each NAME=JSON gives a parameter its value as JSON (NAME=@FILE reads the JSON from FILE, @- stdin),\n"
      "converted by the parameter's type in the manifest: arrays become lists, tuples or sets,\n"
      "object keys become int/float/bool keys for dict[int, ...] etc. The result is printed\n"
      "as json.dumps(result, ensure_ascii=False) prints it; print() output goes to stderr.\n"
      "Exit codes: 0 returned, 1 raised (stderr ends with 'TYPE: MESSAGE'), 2 usage or bad\n"
      "input, 3 internal error.");
  sub->add_option("bundle", options->bundle, "Bundle folder (made by `ingot compile`)")->required()->type_name("DIR");
  sub->add_option("inputs", options->inputs, "Parameter values")->type_name("NAME=JSON");
  sub->add_flag("--latency", options->latency, "Also print the call's latency to stderr");
  return Command{sub, [options] { return run_predict(*options); }};
}

}  // namespace ingot::cli
