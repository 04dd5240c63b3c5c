// The C ABI end to end, as a client sees it: the example bundle
// (example_bundle.cpp, built as libpredictor.so with the runtime inside) is
// loaded with dlopen and driven only through the ingot_* functions. Bad
// input of every kind must come back as a status, never as a crash.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "ingot.h"

namespace {

/// The ABI of the loaded library, resolved with dlsym.
struct Abi {
#define INGOT_FN(name) decltype(&::name) name = nullptr;
  INGOT_FN(ingot_abi_version)
  INGOT_FN(ingot_status_string)
  INGOT_FN(ingot_last_error_message)
  INGOT_FN(ingot_value_create_none)
  INGOT_FN(ingot_value_create_bool)
  INGOT_FN(ingot_value_create_int64)
  INGOT_FN(ingot_value_create_float64)
  INGOT_FN(ingot_value_create_string)
  INGOT_FN(ingot_value_create_bytes)
  INGOT_FN(ingot_value_create_container)
  INGOT_FN(ingot_value_create_tensor)
  INGOT_FN(ingot_value_free)
  INGOT_FN(ingot_value_get_kind)
  INGOT_FN(ingot_value_get_bool)
  INGOT_FN(ingot_value_get_int64)
  INGOT_FN(ingot_value_get_float64)
  INGOT_FN(ingot_value_get_data)
  INGOT_FN(ingot_value_get_length)
  INGOT_FN(ingot_value_get_item)
  INGOT_FN(ingot_value_get_pair)
  INGOT_FN(ingot_value_append)
  INGOT_FN(ingot_value_dict_set)
  INGOT_FN(ingot_value_get_tensor)
  INGOT_FN(ingot_value_create_float64_list)
  INGOT_FN(ingot_value_create_int64_list)
  INGOT_FN(ingot_value_create_bool_list)
  INGOT_FN(ingot_value_create_string_list)
  INGOT_FN(ingot_value_get_packed_kind)
  INGOT_FN(ingot_value_get_float64_array)
  INGOT_FN(ingot_value_get_int64_array)
  INGOT_FN(ingot_value_get_bool_array)
  INGOT_FN(ingot_value_get_string_array)
  INGOT_FN(ingot_value_map_create)
  INGOT_FN(ingot_value_map_free)
  INGOT_FN(ingot_value_map_set)
  INGOT_FN(ingot_value_map_get)
  INGOT_FN(ingot_value_map_get_size)
  INGOT_FN(ingot_value_map_get_name)
  INGOT_FN(ingot_predictor_create)
  INGOT_FN(ingot_predictor_free)
  INGOT_FN(ingot_predictor_get_manifest)
  INGOT_FN(ingot_predictor_predict)
  INGOT_FN(ingot_prediction_free)
  INGOT_FN(ingot_prediction_get_result)
  INGOT_FN(ingot_prediction_take_result)
  INGOT_FN(ingot_prediction_get_error_type)
  INGOT_FN(ingot_prediction_get_error_message)
  INGOT_FN(ingot_prediction_get_logs)
  INGOT_FN(ingot_prediction_get_latency_ms)
#undef INGOT_FN
};

const std::string kBundleDir = INGOT_EXAMPLE_BUNDLE_DIR;

class AbiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    handle_ = dlopen((kBundleDir + "/libpredictor.so").c_str(), RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(handle_, nullptr) << dlerror();
#define INGOT_FN(name)                                                           \
  abi_.name = reinterpret_cast<decltype(&::name)>(dlsym(handle_, #name));        \
  ASSERT_NE(abi_.name, nullptr) << #name;
    INGOT_FN(ingot_abi_version)
    INGOT_FN(ingot_status_string)
    INGOT_FN(ingot_last_error_message)
    INGOT_FN(ingot_value_create_none)
    INGOT_FN(ingot_value_create_bool)
    INGOT_FN(ingot_value_create_int64)
    INGOT_FN(ingot_value_create_float64)
    INGOT_FN(ingot_value_create_string)
    INGOT_FN(ingot_value_create_bytes)
    INGOT_FN(ingot_value_create_container)
    INGOT_FN(ingot_value_create_tensor)
    INGOT_FN(ingot_value_free)
    INGOT_FN(ingot_value_get_kind)
    INGOT_FN(ingot_value_get_bool)
    INGOT_FN(ingot_value_get_int64)
    INGOT_FN(ingot_value_get_float64)
    INGOT_FN(ingot_value_get_data)
    INGOT_FN(ingot_value_get_length)
    INGOT_FN(ingot_value_get_item)
    INGOT_FN(ingot_value_get_pair)
    INGOT_FN(ingot_value_append)
    INGOT_FN(ingot_value_dict_set)
    INGOT_FN(ingot_value_get_tensor)
    INGOT_FN(ingot_value_create_float64_list)
    INGOT_FN(ingot_value_create_int64_list)
    INGOT_FN(ingot_value_create_bool_list)
    INGOT_FN(ingot_value_create_string_list)
    INGOT_FN(ingot_value_get_packed_kind)
    INGOT_FN(ingot_value_get_float64_array)
    INGOT_FN(ingot_value_get_int64_array)
    INGOT_FN(ingot_value_get_bool_array)
    INGOT_FN(ingot_value_get_string_array)
    INGOT_FN(ingot_value_map_create)
    INGOT_FN(ingot_value_map_free)
    INGOT_FN(ingot_value_map_set)
    INGOT_FN(ingot_value_map_get)
    INGOT_FN(ingot_value_map_get_size)
    INGOT_FN(ingot_value_map_get_name)
    INGOT_FN(ingot_predictor_create)
    INGOT_FN(ingot_predictor_free)
    INGOT_FN(ingot_predictor_get_manifest)
    INGOT_FN(ingot_predictor_predict)
    INGOT_FN(ingot_prediction_free)
    INGOT_FN(ingot_prediction_get_result)
    INGOT_FN(ingot_prediction_take_result)
    INGOT_FN(ingot_prediction_get_error_type)
    INGOT_FN(ingot_prediction_get_error_message)
    INGOT_FN(ingot_prediction_get_logs)
    INGOT_FN(ingot_prediction_get_latency_ms)
#undef INGOT_FN
    ASSERT_EQ(abi_.ingot_predictor_create(kBundleDir.c_str(), &predictor_), INGOT_STATUS_OK)
        << abi_.ingot_last_error_message();
  }
  static void TearDownTestSuite() {
    if (predictor_) abi_.ingot_predictor_free(predictor_);
    // The library stays loaded: unloading it while gtest still runs is pointless.
  }

  /// Runs the bundle with op and optional xs; returns the prediction.
  static ingot_prediction* run(ingot_value_map* inputs) {
    ingot_prediction* p = nullptr;
    EXPECT_EQ(abi_.ingot_predictor_predict(predictor_, inputs, &p), INGOT_STATUS_OK);
    abi_.ingot_value_map_free(inputs);
    return p;
  }
  static ingot_value_map* inputs(const char* op, std::vector<int64_t> xs = {}, bool with_xs = false) {
    ingot_value_map* m = abi_.ingot_value_map_create();
    EXPECT_EQ(abi_.ingot_value_map_set(m, "op", abi_.ingot_value_create_string(op, std::strlen(op))), INGOT_STATUS_OK);
    if (with_xs || !xs.empty()) {
      ingot_value* list = abi_.ingot_value_create_container(INGOT_VALUE_LIST);
      for (int64_t x : xs) EXPECT_EQ(abi_.ingot_value_append(list, abi_.ingot_value_create_int64(x)), INGOT_STATUS_OK);
      EXPECT_EQ(abi_.ingot_value_map_set(m, "xs", list), INGOT_STATUS_OK);
    }
    return m;
  }
  /// "Type: message" of a failed prediction, or "ok".
  static std::string error_of(const ingot_prediction* p) {
    const char* type = abi_.ingot_prediction_get_error_type(p);
    if (!type) return "ok";
    return std::string(type) + ": " + abi_.ingot_prediction_get_error_message(p);
  }

  static inline void* handle_ = nullptr;
  static inline Abi abi_;
  static inline ingot_predictor* predictor_ = nullptr;
};

TEST_F(AbiTest, VersionAndStatusStrings) {
  EXPECT_EQ(abi_.ingot_abi_version(), static_cast<uint32_t>(INGOT_ABI_VERSION));
  EXPECT_STREQ(abi_.ingot_status_string(INGOT_STATUS_OK), "ok");
  EXPECT_STREQ(abi_.ingot_status_string(INGOT_STATUS_INVALID_ARGUMENT), "invalid argument");
  EXPECT_STREQ(abi_.ingot_status_string(static_cast<ingot_status>(99)), "unknown status");
}

TEST_F(AbiTest, ScalarValues) {
  ingot_value* v = abi_.ingot_value_create_int64(-5);
  int64_t i = 0;
  EXPECT_EQ(abi_.ingot_value_get_int64(v, &i), INGOT_STATUS_OK);
  EXPECT_EQ(i, -5);
  EXPECT_STREQ(abi_.ingot_last_error_message(), "");
  double d = 0;
  EXPECT_EQ(abi_.ingot_value_get_float64(v, &d), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_STREQ(abi_.ingot_last_error_message(), "expected a value of kind FLOAT64, got INT64");
  EXPECT_EQ(abi_.ingot_value_get_int64(v, nullptr), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_value_get_int64(nullptr, &i), INGOT_STATUS_INVALID_ARGUMENT);
  abi_.ingot_value_free(v);
  abi_.ingot_value_free(nullptr);

  ingot_value* s = abi_.ingot_value_create_string("h\xc3\xa9", 3);
  const char* data = nullptr;
  size_t size = 0;
  EXPECT_EQ(abi_.ingot_value_get_data(s, &data, &size), INGOT_STATUS_OK);
  EXPECT_EQ(std::string(data, size), "h\xc3\xa9");
  EXPECT_EQ(data[size], '\0');
  abi_.ingot_value_free(s);
  EXPECT_EQ(abi_.ingot_value_create_string("\xff", 1), nullptr);
  EXPECT_STREQ(abi_.ingot_last_error_message(),
               "invalid UTF-8: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(abi_.ingot_value_create_string(nullptr, 3), nullptr);
  ingot_value* empty = abi_.ingot_value_create_string(nullptr, 0);
  EXPECT_NE(empty, nullptr);
  abi_.ingot_value_free(empty);
  ingot_value* b = abi_.ingot_value_create_bytes("\0\xff", 2);
  EXPECT_EQ(abi_.ingot_value_get_data(b, &data, &size), INGOT_STATUS_OK);
  EXPECT_EQ(size, 2u);
  abi_.ingot_value_free(b);
  EXPECT_EQ(abi_.ingot_value_create_container(INGOT_VALUE_INT64), nullptr);
  EXPECT_EQ(abi_.ingot_value_get_kind(nullptr), INGOT_VALUE_NONE);
  EXPECT_STRNE(abi_.ingot_last_error_message(), "");
}

TEST_F(AbiTest, ContainersAndOwnership) {
  ingot_value* list = abi_.ingot_value_create_container(INGOT_VALUE_LIST);
  ingot_value* item = abi_.ingot_value_create_int64(1);
  EXPECT_EQ(abi_.ingot_value_append(list, item), INGOT_STATUS_OK);
  // The same item twice, a container into itself, freeing an owned item: refused.
  EXPECT_EQ(abi_.ingot_value_append(list, item), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_value_append(list, list), INGOT_STATUS_INVALID_ARGUMENT);
  abi_.ingot_value_free(item);
  EXPECT_STRNE(abi_.ingot_last_error_message(), "");
  ingot_value* inner = abi_.ingot_value_create_container(INGOT_VALUE_LIST);
  EXPECT_EQ(abi_.ingot_value_append(list, inner), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_append(inner, list), INGOT_STATUS_INVALID_ARGUMENT);  // a cycle
  size_t n = 0;
  EXPECT_EQ(abi_.ingot_value_get_length(list, &n), INGOT_STATUS_OK);
  EXPECT_EQ(n, 2u);
  const ingot_value* got = nullptr;
  EXPECT_EQ(abi_.ingot_value_get_item(list, 5, &got), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_value_get_item(list, 0, &got), INGOT_STATUS_OK);
  EXPECT_EQ(got, item);
  const ingot_value *k, *v;
  EXPECT_EQ(abi_.ingot_value_get_pair(list, 0, &k, &v), INGOT_STATUS_INVALID_ARGUMENT);
  abi_.ingot_value_free(list);

  // Dicts: equal keys (1, 1.0, True) replace the value in place; lists are unhashable.
  ingot_value* dict = abi_.ingot_value_create_container(INGOT_VALUE_DICT);
  EXPECT_EQ(abi_.ingot_value_dict_set(dict, abi_.ingot_value_create_int64(1), abi_.ingot_value_create_string("a", 1)),
            INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_dict_set(dict, abi_.ingot_value_create_float64(1.0), abi_.ingot_value_create_string("b", 1)),
            INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_dict_set(dict, abi_.ingot_value_create_bool(true), abi_.ingot_value_create_string("c", 1)),
            INGOT_STATUS_OK);
  ingot_value* bad_key = abi_.ingot_value_create_container(INGOT_VALUE_LIST);
  ingot_value* value = abi_.ingot_value_create_none();
  EXPECT_EQ(abi_.ingot_value_dict_set(dict, bad_key, value), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_STREQ(abi_.ingot_last_error_message(), "unhashable type: 'list'");
  abi_.ingot_value_free(bad_key);  // still ours after a failure
  abi_.ingot_value_free(value);
  for (int64_t i = 0; i < 100; ++i) {  // past the size where an index is built
    EXPECT_EQ(abi_.ingot_value_dict_set(dict, abi_.ingot_value_create_int64(i), abi_.ingot_value_create_int64(i)),
              INGOT_STATUS_OK);
  }
  EXPECT_EQ(abi_.ingot_value_get_length(dict, &n), INGOT_STATUS_OK);
  EXPECT_EQ(n, 100u);  // key 1 was already there
  EXPECT_EQ(abi_.ingot_value_get_pair(dict, 0, &k, &v), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_get_kind(k), INGOT_VALUE_INT64);  // the first key object is kept
  EXPECT_EQ(abi_.ingot_value_get_kind(v), INGOT_VALUE_INT64);  // ... with the last value
  abi_.ingot_value_free(dict);

  ingot_value* set = abi_.ingot_value_create_container(INGOT_VALUE_SET);
  EXPECT_EQ(abi_.ingot_value_append(set, abi_.ingot_value_create_string("x", 1)), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_append(set, abi_.ingot_value_create_string("x", 1)), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_get_length(set, &n), INGOT_STATUS_OK);
  EXPECT_EQ(n, 1u);
  abi_.ingot_value_free(set);
}

TEST_F(AbiTest, DeepNestingIsLimitedNotFatal) {
  ingot_value* root = abi_.ingot_value_create_container(INGOT_VALUE_LIST);
  ingot_value* current = root;
  ingot_status last = INGOT_STATUS_OK;
  int depth = 0;
  for (; depth < 5000; ++depth) {
    ingot_value* next = abi_.ingot_value_create_container(INGOT_VALUE_LIST);
    last = abi_.ingot_value_append(current, next);
    if (last != INGOT_STATUS_OK) {
      abi_.ingot_value_free(next);
      break;
    }
    current = next;
  }
  EXPECT_EQ(last, INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(depth, 1000);
  abi_.ingot_value_free(root);
}

namespace {
std::atomic<int> releases{0};
void count_release(void* context) {
  releases++;
  EXPECT_EQ(context, &releases);
}
}  // namespace

TEST_F(AbiTest, Tensors) {
  double data[6] = {1, 2, 3, 4, 5, 6};
  const int64_t shape[2] = {2, 3};
  ingot_value* copied = abi_.ingot_value_create_tensor(INGOT_DTYPE_FLOAT64, shape, 2, data, nullptr, nullptr);
  ASSERT_NE(copied, nullptr);
  data[0] = 100;  // a copy does not see later changes
  ingot_dtype dtype;
  const int64_t* got_shape;
  int32_t ndim;
  const void* got_data;
  EXPECT_EQ(abi_.ingot_value_get_tensor(copied, &dtype, &got_shape, &ndim, &got_data), INGOT_STATUS_OK);
  EXPECT_EQ(dtype, INGOT_DTYPE_FLOAT64);
  EXPECT_EQ(ndim, 2);
  EXPECT_EQ(got_shape[1], 3);
  EXPECT_EQ(static_cast<const double*>(got_data)[0], 1.0);
  abi_.ingot_value_free(copied);

  releases = 0;
  ingot_value* borrowed = abi_.ingot_value_create_tensor(INGOT_DTYPE_FLOAT64, shape, 2, data, count_release, &releases);
  EXPECT_EQ(abi_.ingot_value_get_tensor(borrowed, &dtype, &got_shape, &ndim, &got_data), INGOT_STATUS_OK);
  EXPECT_EQ(got_data, data);
  EXPECT_EQ(releases.load(), 0);
  abi_.ingot_value_free(borrowed);
  EXPECT_EQ(releases.load(), 1);
  const int64_t bad_shape[1] = {-1};
  EXPECT_EQ(abi_.ingot_value_create_tensor(INGOT_DTYPE_FLOAT64, bad_shape, 1, data, count_release, &releases), nullptr);
  EXPECT_EQ(releases.load(), 2);  // released even when creation fails
  EXPECT_EQ(abi_.ingot_value_create_tensor(static_cast<ingot_dtype>(77), shape, 2, data, nullptr, nullptr), nullptr);
}

// -- packed lists (ABI 1.1) ----------------------------------------------------

TEST_F(AbiTest, PackedListsAreOrdinaryLists) {
  const double xs[] = {1.5, -0.0, std::nan(""), 1e308};
  ingot_value* list = abi_.ingot_value_create_float64_list(xs, 4);
  ASSERT_NE(list, nullptr);
  EXPECT_EQ(abi_.ingot_value_get_kind(list), INGOT_VALUE_LIST);
  ingot_value_kind packed = INGOT_VALUE_NONE;
  EXPECT_EQ(abi_.ingot_value_get_packed_kind(list, &packed), INGOT_STATUS_OK);
  EXPECT_EQ(packed, INGOT_VALUE_FLOAT64);
  const double* data = nullptr;
  size_t n = 0;
  ASSERT_EQ(abi_.ingot_value_get_float64_array(list, &data, &n), INGOT_STATUS_OK);
  ASSERT_EQ(n, 4u);
  EXPECT_EQ(std::memcmp(data, xs, sizeof xs), 0);  // bit for bit: -0.0 and NaN kept
  // The item-by-item accessors see the same list.
  EXPECT_EQ(abi_.ingot_value_get_length(list, &n), INGOT_STATUS_OK);
  EXPECT_EQ(n, 4u);
  const ingot_value* item = nullptr;
  ASSERT_EQ(abi_.ingot_value_get_item(list, 1, &item), INGOT_STATUS_OK);
  double d = 1;
  EXPECT_EQ(abi_.ingot_value_get_float64(item, &d), INGOT_STATUS_OK);
  EXPECT_TRUE(d == 0.0 && std::signbit(d));
  const ingot_value* again = nullptr;
  EXPECT_EQ(abi_.ingot_value_get_item(list, 1, &again), INGOT_STATUS_OK);
  EXPECT_EQ(again, item);  // item values are made once and stay
  abi_.ingot_value_free(const_cast<ingot_value*>(item));  // owned by the list: refused, not freed
  EXPECT_STRNE(abi_.ingot_last_error_message(), "");
  EXPECT_EQ(abi_.ingot_value_get_item(list, 4, &item), INGOT_STATUS_INVALID_ARGUMENT);
  // The wrong reader is refused.
  const int64_t* ints = nullptr;
  EXPECT_EQ(abi_.ingot_value_get_int64_array(list, &ints, &n), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_value_get_float64_array(list, nullptr, &n), INGOT_STATUS_INVALID_ARGUMENT);
  // Appending turns it into an item-by-item list.
  EXPECT_EQ(abi_.ingot_value_append(list, abi_.ingot_value_create_string("x", 1)), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_get_packed_kind(list, &packed), INGOT_STATUS_OK);
  EXPECT_EQ(packed, INGOT_VALUE_NONE);
  EXPECT_EQ(abi_.ingot_value_get_float64_array(list, &data, &n), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_value_get_length(list, &n), INGOT_STATUS_OK);
  EXPECT_EQ(n, 5u);
  ASSERT_EQ(abi_.ingot_value_get_item(list, 0, &item), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_get_float64(item, &d), INGOT_STATUS_OK);
  EXPECT_EQ(d, 1.5);
  abi_.ingot_value_free(list);

  // Other values have no packed kind; NULL is refused.
  ingot_value* plain = abi_.ingot_value_create_container(INGOT_VALUE_LIST);
  EXPECT_EQ(abi_.ingot_value_get_packed_kind(plain, &packed), INGOT_STATUS_OK);
  EXPECT_EQ(packed, INGOT_VALUE_NONE);
  EXPECT_EQ(abi_.ingot_value_get_float64_array(plain, &data, &n), INGOT_STATUS_INVALID_ARGUMENT);
  abi_.ingot_value_free(plain);
  EXPECT_EQ(abi_.ingot_value_get_packed_kind(nullptr, &packed), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_value_get_string_array(nullptr, nullptr, nullptr, nullptr), INGOT_STATUS_INVALID_ARGUMENT);
}

TEST_F(AbiTest, PackedListsOfEveryKind) {
  // Empty lists: NULL data is fine, the arrays are not NULL.
  ingot_value* empty = abi_.ingot_value_create_int64_list(nullptr, 0);
  ASSERT_NE(empty, nullptr);
  const int64_t* ints = nullptr;
  size_t n = 7;
  EXPECT_EQ(abi_.ingot_value_get_int64_array(empty, &ints, &n), INGOT_STATUS_OK);
  EXPECT_EQ(n, 0u);
  EXPECT_NE(ints, nullptr);
  abi_.ingot_value_free(empty);
  EXPECT_EQ(abi_.ingot_value_create_float64_list(nullptr, 3), nullptr);
  EXPECT_STREQ(abi_.ingot_last_error_message(), "data is NULL");

  const int64_t big[] = {INT64_MIN, -1, 0, INT64_MAX};
  ingot_value* list = abi_.ingot_value_create_int64_list(big, 4);
  EXPECT_EQ(abi_.ingot_value_get_int64_array(list, &ints, &n), INGOT_STATUS_OK);
  EXPECT_EQ(ints[0], INT64_MIN);
  EXPECT_EQ(ints[3], INT64_MAX);
  abi_.ingot_value_free(list);

  // Any nonzero byte is True; the array holds 0 and 1.
  const unsigned char raw[] = {0, 1, 2, 255};
  list = abi_.ingot_value_create_bool_list(reinterpret_cast<const bool*>(raw), 4);
  const bool* bools = nullptr;
  EXPECT_EQ(abi_.ingot_value_get_bool_array(list, &bools, &n), INGOT_STATUS_OK);
  unsigned char got[4];
  std::memcpy(got, bools, 4);
  EXPECT_EQ(std::vector<int>(got, got + 4), (std::vector<int>{0, 1, 1, 1}));
  const ingot_value* item = nullptr;
  ASSERT_EQ(abi_.ingot_value_get_item(list, 3, &item), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_get_kind(item), INGOT_VALUE_BOOL);  // bools stay bools
  abi_.ingot_value_free(list);

  // Strings: one buffer, offsets not starting at 0, NUL bytes and non-ASCII kept.
  const char text[] = "..ab\0c\xc3\xa9\xf0\x9f\x98\x80";
  const size_t offsets[] = {2, 2, 5, 8, 12};  // "", "ab\0", "cé", "😀"
  list = abi_.ingot_value_create_string_list(text, offsets, 4);
  ASSERT_NE(list, nullptr) << abi_.ingot_last_error_message();
  const char* data = nullptr;
  const size_t* got_offsets = nullptr;
  ASSERT_EQ(abi_.ingot_value_get_string_array(list, &data, &got_offsets, &n), INGOT_STATUS_OK);
  ASSERT_EQ(n, 4u);
  EXPECT_EQ(std::vector<size_t>(got_offsets, got_offsets + 5), (std::vector<size_t>{0, 0, 3, 6, 10}));
  EXPECT_EQ(std::string(data + 1, 3), std::string("b\0c", 3));
  ASSERT_EQ(abi_.ingot_value_get_item(list, 1, &item), INGOT_STATUS_OK);
  size_t size = 0;
  EXPECT_EQ(abi_.ingot_value_get_data(item, &data, &size), INGOT_STATUS_OK);
  EXPECT_EQ(std::string(data, size), std::string("ab\0", 3));
  abi_.ingot_value_free(list);
  // Invalid UTF-8 (also a character cut by an offset), decreasing offsets, NULL offsets.
  const size_t cut[] = {0, 5, 10};
  EXPECT_EQ(abi_.ingot_value_create_string_list(text + 2, cut, 2), nullptr);
  EXPECT_STREQ(abi_.ingot_last_error_message(),
               "invalid UTF-8 in item 0: 'utf-8' codec can't decode byte 0xc3 in position 4: unexpected end of data");
  const size_t down[] = {3, 2};
  EXPECT_EQ(abi_.ingot_value_create_string_list(text, down, 1), nullptr);
  EXPECT_EQ(abi_.ingot_value_create_string_list(text, nullptr, 1), nullptr);
  const size_t none[] = {0};
  ingot_value* no_strings = abi_.ingot_value_create_string_list(nullptr, none, 0);
  ASSERT_NE(no_strings, nullptr);
  EXPECT_EQ(abi_.ingot_value_get_string_array(no_strings, &data, &got_offsets, &n), INGOT_STATUS_OK);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(got_offsets[0], 0u);
  abi_.ingot_value_free(no_strings);
}

TEST_F(AbiTest, PackedListsThroughAPrediction) {
  // A packed input converts to list[int]; a list[int] result comes back packed.
  const int64_t xs[] = {3, 1, 2};
  ingot_value_map* in = inputs("stats");
  ASSERT_EQ(abi_.ingot_value_map_set(in, "xs", abi_.ingot_value_create_int64_list(xs, 3)), INGOT_STATUS_OK);
  ingot_prediction* p = run(in);
  ASSERT_EQ(error_of(p), "ok");
  const ingot_value *key, *value;
  ASSERT_EQ(abi_.ingot_value_get_pair(abi_.ingot_prediction_get_result(p), 2, &key, &value), INGOT_STATUS_OK);
  ingot_value_kind packed = INGOT_VALUE_NONE;
  EXPECT_EQ(abi_.ingot_value_get_packed_kind(value, &packed), INGOT_STATUS_OK);
  EXPECT_EQ(packed, INGOT_VALUE_INT64);
  const int64_t* sorted = nullptr;
  size_t n = 0;
  ASSERT_EQ(abi_.ingot_value_get_int64_array(value, &sorted, &n), INGOT_STATUS_OK);
  EXPECT_EQ(std::vector<int64_t>(sorted, sorted + n), (std::vector<int64_t>{1, 2, 3}));
  const ingot_value* item = nullptr;  // and item by item, for older callers
  ASSERT_EQ(abi_.ingot_value_get_item(value, 2, &item), INGOT_STATUS_OK);
  int64_t i = 0;
  EXPECT_EQ(abi_.ingot_value_get_int64(item, &i), INGOT_STATUS_OK);
  EXPECT_EQ(i, 3);
  abi_.ingot_prediction_free(p);

  // Packed bools are ints for list[int]; packed floats or strings are refused
  // with the item-by-item wording.
  const bool flags[] = {true, false};
  in = inputs("sum");
  abi_.ingot_value_map_set(in, "xs", abi_.ingot_value_create_bool_list(flags, 2));
  p = run(in);
  double d = 0;
  EXPECT_EQ(abi_.ingot_value_get_float64(abi_.ingot_prediction_get_result(p), &d), INGOT_STATUS_OK);
  EXPECT_EQ(d, 1.0);
  abi_.ingot_prediction_free(p);
  const double floats[] = {1.0, 2.5};
  in = inputs("sum");
  abi_.ingot_value_map_set(in, "xs", abi_.ingot_value_create_float64_list(floats, 2));
  p = run(in);
  EXPECT_EQ(error_of(p), "TypeError: argument 'xs'[0]: expected int, got float");
  abi_.ingot_prediction_free(p);
  const size_t offsets[] = {0, 1};
  in = inputs("sum");
  abi_.ingot_value_map_set(in, "xs", abi_.ingot_value_create_string_list("a", offsets, 1));
  p = run(in);
  EXPECT_EQ(error_of(p), "TypeError: argument 'xs'[0]: expected int, got str");
  abi_.ingot_prediction_free(p);
}

TEST_F(AbiTest, ValueMaps) {
  ingot_value_map* m = abi_.ingot_value_map_create();
  ingot_value* one = abi_.ingot_value_create_int64(1);
  EXPECT_EQ(abi_.ingot_value_map_set(m, "a", one), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_map_set(m, "b", one), INGOT_STATUS_INVALID_ARGUMENT);  // already owned
  EXPECT_EQ(abi_.ingot_value_map_set(m, "a", abi_.ingot_value_create_int64(2)), INGOT_STATUS_OK);  // replaces
  EXPECT_EQ(abi_.ingot_value_map_set(m, nullptr, nullptr), INGOT_STATUS_INVALID_ARGUMENT);
  ingot_value* x = abi_.ingot_value_create_none();
  EXPECT_EQ(abi_.ingot_value_map_set(m, "\xff", x), INGOT_STATUS_INVALID_ARGUMENT);
  abi_.ingot_value_free(x);
  EXPECT_EQ(abi_.ingot_value_map_get_size(m), 1u);
  EXPECT_STREQ(abi_.ingot_value_map_get_name(m, 0), "a");
  EXPECT_EQ(abi_.ingot_value_map_get_name(m, 1), nullptr);
  int64_t i = 0;
  EXPECT_EQ(abi_.ingot_value_get_int64(abi_.ingot_value_map_get(m, "a"), &i), INGOT_STATUS_OK);
  EXPECT_EQ(i, 2);
  EXPECT_EQ(abi_.ingot_value_map_get(m, "zzz"), nullptr);
  abi_.ingot_value_map_free(m);
  abi_.ingot_value_map_free(nullptr);
  EXPECT_EQ(abi_.ingot_value_map_get_size(nullptr), 0u);
}

TEST_F(AbiTest, PredictorCreation) {
  ingot_predictor* p = nullptr;
  EXPECT_EQ(abi_.ingot_predictor_create(kBundleDir.c_str(), nullptr), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_predictor_create("/nonexistent/bundle", &p), INGOT_STATUS_BUNDLE_ERROR);
  EXPECT_EQ(p, nullptr);
  EXPECT_STREQ(abi_.ingot_last_error_message(), "cannot read /nonexistent/bundle/manifest.json");
  const auto dir = std::filesystem::temp_directory_path() / ("ingot_bad_bundle_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "manifest.json") << "{not json";
  EXPECT_EQ(abi_.ingot_predictor_create(dir.c_str(), &p), INGOT_STATUS_BUNDLE_ERROR);
  std::ofstream(dir / "manifest.json") << "[1, 2]";
  EXPECT_EQ(abi_.ingot_predictor_create(dir.c_str(), &p), INGOT_STATUS_BUNDLE_ERROR);
  std::filesystem::remove_all(dir);
  // NULL: the folder of the library itself.
  ASSERT_EQ(abi_.ingot_predictor_create(nullptr, &p), INGOT_STATUS_OK) << abi_.ingot_last_error_message();
  EXPECT_NE(std::string(abi_.ingot_predictor_get_manifest(p)).find("\"name\": \"example\""), std::string::npos);
  abi_.ingot_predictor_free(p);
  abi_.ingot_predictor_free(nullptr);
  EXPECT_EQ(abi_.ingot_predictor_get_manifest(nullptr), nullptr);
}

TEST_F(AbiTest, SuccessfulPredictions) {
  ingot_value_map* in = inputs("sum", {1, 2, 3});
  ingot_value* scale = abi_.ingot_value_create_int64(2);  // an int where a float is declared
  EXPECT_EQ(abi_.ingot_value_map_set(in, "scale", scale), INGOT_STATUS_OK);
  ingot_prediction* p = run(in);
  ASSERT_EQ(error_of(p), "ok");
  double d = 0;
  EXPECT_EQ(abi_.ingot_value_get_float64(abi_.ingot_prediction_get_result(p), &d), INGOT_STATUS_OK);
  EXPECT_EQ(d, 12.0);
  EXPECT_GE(abi_.ingot_prediction_get_latency_ms(p), 0.0);
  EXPECT_STREQ(abi_.ingot_prediction_get_logs(p), "");
  // A borrowed result cannot be freed; a taken one is the caller's.
  abi_.ingot_value_free(const_cast<ingot_value*>(abi_.ingot_prediction_get_result(p)));
  ingot_value* taken = abi_.ingot_prediction_take_result(p);
  ASSERT_NE(taken, nullptr);
  EXPECT_EQ(abi_.ingot_prediction_get_result(p), nullptr);
  EXPECT_EQ(abi_.ingot_prediction_take_result(p), nullptr);
  abi_.ingot_prediction_free(p);
  abi_.ingot_value_free(taken);

  p = run(inputs("stats", {3, 1, 2}));
  ASSERT_EQ(error_of(p), "ok");
  const ingot_value* result = abi_.ingot_prediction_get_result(p);
  size_t n = 0;
  EXPECT_EQ(abi_.ingot_value_get_length(result, &n), INGOT_STATUS_OK);
  EXPECT_EQ(n, 3u);
  const ingot_value *key, *value;
  EXPECT_EQ(abi_.ingot_value_get_pair(result, 1, &key, &value), INGOT_STATUS_OK);
  int64_t i = 0;
  EXPECT_EQ(abi_.ingot_value_get_int64(value, &i), INGOT_STATUS_OK);
  EXPECT_EQ(i, 3);  // max
  abi_.ingot_prediction_free(p);

  p = run(inputs("stats", {}, true));
  ASSERT_EQ(error_of(p), "ok");
  EXPECT_EQ(abi_.ingot_value_get_pair(abi_.ingot_prediction_get_result(p), 1, &key, &value), INGOT_STATUS_OK);
  EXPECT_EQ(abi_.ingot_value_get_kind(value), INGOT_VALUE_NONE);  // max([], default=None)
  abi_.ingot_prediction_free(p);

  p = run(inputs("echo", {7}));
  ASSERT_EQ(error_of(p), "ok");
  EXPECT_EQ(abi_.ingot_value_get_kind(abi_.ingot_prediction_get_result(p)), INGOT_VALUE_TUPLE);
  abi_.ingot_prediction_free(p);

  p = run(inputs("print", {1, 2}));
  ASSERT_EQ(error_of(p), "ok");
  EXPECT_STREQ(abi_.ingot_prediction_get_logs(p), "xs = [1, 2]\n2!");
  EXPECT_EQ(abi_.ingot_value_get_kind(abi_.ingot_prediction_get_result(p)), INGOT_VALUE_NONE);
  abi_.ingot_prediction_free(p);
}

TEST_F(AbiTest, PythonExceptionsBecomePredictionErrors) {
  struct Case {
    ingot_value_map* in;
    const char* expected;
  };
  ingot_value_map* wrong_kind = abi_.ingot_value_map_create();
  abi_.ingot_value_map_set(wrong_kind, "op", abi_.ingot_value_create_int64(1));
  ingot_value_map* bad_item = inputs("sum", {1});
  ingot_value* xs = abi_.ingot_value_create_container(INGOT_VALUE_LIST);
  abi_.ingot_value_append(xs, abi_.ingot_value_create_int64(1));
  abi_.ingot_value_append(xs, abi_.ingot_value_create_string("2", 1));
  abi_.ingot_value_map_set(bad_item, "xs", xs);
  ingot_value_map* extra = inputs("sum");
  abi_.ingot_value_map_set(extra, "colour", abi_.ingot_value_create_none());
  const Case cases[] = {
      {inputs("mean", {}, true), "ZeroDivisionError: division by zero"},
      {inputs("missing"), "KeyError: 'kiwi'"},
      {inputs("overflow"), "OverflowError: Python int too large to convert to C int64"},
      {inputs("surrogate"),
       "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"},
      {inputs("recurse"), "RecursionError: maximum recursion depth exceeded"},
      {inputs("nope"), "ValueError: unknown op: 'nope'"},
      {abi_.ingot_value_map_create(), "TypeError: predict() missing 1 required positional argument: 'op'"},
      {wrong_kind, "TypeError: argument 'op': expected str, got int"},
      {bad_item, "TypeError: argument 'xs'[1]: expected int, got str"},
      {extra, "TypeError: predict() got an unexpected keyword argument 'colour'"},
      // C++ failures that are not Python exceptions.
      {inputs("bad_alloc"), "MemoryError: "},
      {inputs("std_exception"), "SystemError: something broke"},
      {inputs("not_an_exception"), "SystemError: unknown C++ exception"},
      {inputs("null"), "SystemError: the compiled function returned no value"},
  };
  for (const Case& c : cases) {
    ingot_prediction* p = run(c.in);
    EXPECT_EQ(error_of(p), c.expected);
    EXPECT_EQ(abi_.ingot_prediction_get_result(p), nullptr);
    abi_.ingot_prediction_free(p);
  }
  // Text with NUL characters: the C strings end at the first NUL (the ABI
  // has no size for these texts yet; see the runtime report).
  ingot_prediction* nul = run(inputs("nul"));
  EXPECT_STREQ(abi_.ingot_prediction_get_logs(nul), "a");
  EXPECT_EQ(error_of(nul), "ValueError: x");
  abi_.ingot_prediction_free(nul);
  // NULL inputs: an empty map.
  ingot_prediction* p = nullptr;
  ASSERT_EQ(abi_.ingot_predictor_predict(predictor_, nullptr, &p), INGOT_STATUS_OK);
  EXPECT_EQ(error_of(p), "TypeError: predict() missing 1 required positional argument: 'op'");
  abi_.ingot_prediction_free(p);
  EXPECT_EQ(abi_.ingot_predictor_predict(nullptr, nullptr, &p), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_predictor_predict(predictor_, nullptr, nullptr), INGOT_STATUS_INVALID_ARGUMENT);
  EXPECT_EQ(abi_.ingot_prediction_get_error_type(nullptr), nullptr);
  EXPECT_STREQ(abi_.ingot_prediction_get_logs(nullptr), "");
  abi_.ingot_prediction_free(nullptr);
}

TEST_F(AbiTest, ConcurrentPredictionsAreSerialisedPerPredictor) {
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        ingot_prediction* p = run(inputs("print", {t, i}));
        const std::string expected = "xs = [" + std::to_string(t) + ", " + std::to_string(i) + "]\n2!";
        if (error_of(p) != "ok" || abi_.ingot_prediction_get_logs(p) != expected) failures++;
        abi_.ingot_prediction_free(p);
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
