/*
 * ingot.h — the C ABI of every library Ingot compiles.
 *
 * A bundle is a folder: a shared library (libpredictor.so), manifest.json and
 * resources/. The library exports exactly the functions below; load it with
 * dlopen() (or any FFI) and call them. Nothing else is exported.
 *
 * Conventions
 *   - Names are ingot_<noun>_<verb>. Objects come in create/free pairs.
 *   - Functions that can fail return an ingot_status; results come back
 *     through out-parameters, which are left untouched on failure.
 *   - No C++ exception ever crosses this boundary. A Python exception raised
 *     by the compiled code is not a failure of the call: the prediction
 *     carries it (ingot_prediction_get_error_type / _message).
 *   - Strings are UTF-8. Pointers returned as `const` are borrowed: valid as
 *     long as the object they came from, never freed by the caller.
 *   - Bad input (NULL where an object is required, a value of the wrong
 *     kind, an index out of range, invalid UTF-8) returns
 *     INGOT_STATUS_INVALID_ARGUMENT and leaves every object usable.
 *
 * Threading
 *   - Values and value maps are not synchronised: one thread at a time may
 *     use a given object; distinct objects may be used concurrently.
 *   - A predictor may be called from several threads; predictions on one
 *     predictor are serialised by the predictor (each call waits for the
 *     previous one). Use one predictor per thread for parallelism.
 *   - A predictor whose bundle holds a model (llama_cpp.Llama in the
 *     predictor) loads it in ingot_predictor_create(), once, and frees it in
 *     ingot_predictor_free(); every predictor has its own copy of the model's
 *     context (the weights are memory-mapped, so the file's pages are shared).
 *     Inside one prediction the model computes on all cores (llama.cpp's
 *     thread pool, as llama-cpp-python's defaults: n_threads_batch = cores).
 *   - ingot_predictor_free() must not race with a predict call on the same
 *     predictor; different predictors are independent.
 */
#ifndef INGOT_H
#define INGOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define INGOT_API __declspec(dllexport)
#else
#define INGOT_API __attribute__((visibility("default")))
#endif

/* The version of this header. A library and a caller agree when
 * ingot_abi_version() == INGOT_ABI_VERSION. Bumped on any incompatible change. */
#define INGOT_ABI_VERSION 1
/* Compatible additions within INGOT_ABI_VERSION: new functions only, marked
 * "[since 1.N]" below. A library built before an addition lacks those
 * functions (and only those), so a caller that also loads older bundles
 * looks them up by name (dlsym) and falls back when they are missing.
 *   1.1  packed lists: ingot_value_create_*_list, ingot_value_get_packed_kind,
 *        ingot_value_get_*_array */
#define INGOT_ABI_MINOR_VERSION 1

/* ------------------------------------------------------------------------ */
/* Status codes                                                              */
/* ------------------------------------------------------------------------ */

typedef enum ingot_status {
    INGOT_STATUS_OK = 0,
    INGOT_STATUS_INVALID_ARGUMENT = 1, /* NULL, wrong kind, bad index, bad UTF-8 */
    INGOT_STATUS_BUNDLE_ERROR = 2,     /* bundle folder missing, unreadable or inconsistent */
    INGOT_STATUS_OUT_OF_MEMORY = 3,
    INGOT_STATUS_INTERNAL_ERROR = 4,   /* a bug in Ingot; the message says more */
} ingot_status;

/* The ABI version the library implements (INGOT_ABI_VERSION when built). */
INGOT_API uint32_t ingot_abi_version(void);

/* A short English description of a status ("invalid argument", ...). Static
 * storage; never NULL. */
INGOT_API const char* ingot_status_string(ingot_status status);

/* The message of the last failed call on this thread (thread-local; empty
 * when the last call succeeded). Valid until the next ingot_* call on the
 * same thread. */
INGOT_API const char* ingot_last_error_message(void);

/* ------------------------------------------------------------------------ */
/* Values: what crosses the boundary in and out of a prediction             */
/* ------------------------------------------------------------------------ */

typedef enum ingot_value_kind {
    INGOT_VALUE_NONE = 0,
    INGOT_VALUE_BOOL = 1,
    INGOT_VALUE_INT64 = 2,
    INGOT_VALUE_FLOAT64 = 3,
    INGOT_VALUE_STRING = 4, /* Python str, UTF-8 */
    INGOT_VALUE_BYTES = 5,
    INGOT_VALUE_LIST = 6,
    INGOT_VALUE_TUPLE = 7,
    INGOT_VALUE_SET = 8,
    INGOT_VALUE_DICT = 9,   /* insertion-ordered (key, value) pairs */
    INGOT_VALUE_TENSOR = 10 /* n-dimensional array (numpy.ndarray) */
} ingot_value_kind;

typedef enum ingot_dtype {
    INGOT_DTYPE_BOOL = 0,
    INGOT_DTYPE_INT8 = 1,
    INGOT_DTYPE_INT16 = 2,
    INGOT_DTYPE_INT32 = 3,
    INGOT_DTYPE_INT64 = 4,
    INGOT_DTYPE_UINT8 = 5,
    INGOT_DTYPE_UINT16 = 6,
    INGOT_DTYPE_UINT32 = 7,
    INGOT_DTYPE_UINT64 = 8,
    INGOT_DTYPE_FLOAT16 = 9,
    INGOT_DTYPE_FLOAT32 = 10,
    INGOT_DTYPE_FLOAT64 = 11
} ingot_dtype;

/* The size in bytes of one element of `dtype`; 0 for a code not listed
 * above. (Inline: the same answer whatever library a value came from.) */
static inline size_t ingot_dtype_size(ingot_dtype dtype) {
    switch (dtype) {
        case INGOT_DTYPE_BOOL:
        case INGOT_DTYPE_INT8:
        case INGOT_DTYPE_UINT8: return 1;
        case INGOT_DTYPE_INT16:
        case INGOT_DTYPE_UINT16:
        case INGOT_DTYPE_FLOAT16: return 2;
        case INGOT_DTYPE_INT32:
        case INGOT_DTYPE_UINT32:
        case INGOT_DTYPE_FLOAT32: return 4;
        case INGOT_DTYPE_INT64:
        case INGOT_DTYPE_UINT64:
        case INGOT_DTYPE_FLOAT64: return 8;
    }
    return 0;
}

/* A value. Owned by its creator until handed to a function documented as
 * taking ownership (ingot_value_list_append, ingot_value_dict_set,
 * ingot_value_map_set); then owned by the container. */
typedef struct ingot_value ingot_value;

/* Constructors. On failure they return NULL and set ingot_last_error_message. */
INGOT_API ingot_value* ingot_value_create_none(void);
INGOT_API ingot_value* ingot_value_create_bool(bool value);
INGOT_API ingot_value* ingot_value_create_int64(int64_t value);
INGOT_API ingot_value* ingot_value_create_float64(double value);
/* Copies `size` bytes of UTF-8; NULL if they are not valid UTF-8. */
INGOT_API ingot_value* ingot_value_create_string(const char* data, size_t size);
/* Copies `size` bytes. */
INGOT_API ingot_value* ingot_value_create_bytes(const void* data, size_t size);
/* Empty containers of the given kind: INGOT_VALUE_LIST, _TUPLE, _SET or _DICT. */
INGOT_API ingot_value* ingot_value_create_container(ingot_value_kind kind);
/* A tensor of `ndim` dimensions. If `release` is NULL the data is copied
 * (size = product of shape × element size); otherwise the tensor borrows
 * `data` without copying and calls release(release_context) exactly once
 * when it no longer needs it (at once, when the call fails). */
INGOT_API ingot_value* ingot_value_create_tensor(ingot_dtype dtype, const int64_t* shape, int32_t ndim,
                                                 void* data, void (*release)(void*), void* release_context);

/* Frees a value and everything it contains. NULL is ignored. Never call on a
 * value owned by a container or returned as `const` (such a call is detected,
 * ignored, and reported through ingot_last_error_message). */
INGOT_API void ingot_value_free(ingot_value* value);

/* INGOT_VALUE_NONE (and a last error message) for NULL. */
INGOT_API ingot_value_kind ingot_value_get_kind(const ingot_value* value);

/* Scalar accessors: INGOT_STATUS_INVALID_ARGUMENT when the kind differs. */
INGOT_API ingot_status ingot_value_get_bool(const ingot_value* value, bool* out);
INGOT_API ingot_status ingot_value_get_int64(const ingot_value* value, int64_t* out);
INGOT_API ingot_status ingot_value_get_float64(const ingot_value* value, double* out);
/* STRING or BYTES: borrowed pointer (not NUL-terminated for BYTES; STRING
 * data is followed by a NUL) and size in bytes. */
INGOT_API ingot_status ingot_value_get_data(const ingot_value* value, const char** data, size_t* size);

/* Containers. Length of a LIST, TUPLE, SET (items) or DICT (pairs). */
INGOT_API ingot_status ingot_value_get_length(const ingot_value* value, size_t* out);
/* Item `index` of a LIST, TUPLE or SET (sets iterate in insertion order):
 * borrowed. */
INGOT_API ingot_status ingot_value_get_item(const ingot_value* value, size_t index, const ingot_value** out);
/* Pair `index` of a DICT: borrowed key and value. */
INGOT_API ingot_status ingot_value_get_pair(const ingot_value* value, size_t index, const ingot_value** key,
                                            const ingot_value** item);
/* Appends to a LIST, TUPLE or SET; takes ownership of `item` on success. A
 * SET keeps its existing element when `item` equals one (and frees `item`).
 * Refused (INVALID_ARGUMENT): an item that already belongs to a container or
 * map, a container into itself, an unhashable SET item (list, set, dict,
 * tensor, or a tuple holding one), nesting deeper than 1000 levels. */
INGOT_API ingot_status ingot_value_append(ingot_value* container, ingot_value* item);
/* Adds a pair to a DICT; takes ownership of both on success. A later pair
 * with an equal key (Python equality: 1, 1.0 and True are equal) replaces the
 * value in place and frees the new key, as Python keeps the first key. The
 * key must be hashable (see ingot_value_append). */
INGOT_API ingot_status ingot_value_dict_set(ingot_value* dict, ingot_value* key, ingot_value* item);

/* Tensors: borrowed shape and data. */
INGOT_API ingot_status ingot_value_get_tensor(const ingot_value* value, ingot_dtype* dtype, const int64_t** shape,
                                              int32_t* ndim, const void** data);

/* ---- Packed lists [since 1.1] ----------------------------------------------
 * A LIST whose items are all FLOAT64, all INT64, all BOOL or all STRING may
 * be held packed: one array instead of one value per item, built or read in
 * one call (a few ns per item instead of an allocation and several calls).
 * Predictions return list[float], list[int], list[bool] and list[str]
 * results packed, and convert packed inputs in one pass.
 *
 * A packed list is an ordinary INGOT_VALUE_LIST to every other function:
 * ingot_value_get_length counts its items; ingot_value_get_item hands out
 * borrowed item values, made on the first ingot_value_get_item call on that
 * list (O(n) once; then valid as long as the list); ingot_value_append first
 * turns it into an item-by-item list (its packed kind becomes NONE and the
 * arrays borrowed from it become invalid). Same threading rules as any
 * value: one thread at a time (reading items makes them, a write). */

/* New packed lists; the caller owns them. The items are copied. `data` may
 * be NULL when `count` is 0. NULL on failure (ingot_last_error_message). */
INGOT_API ingot_value* ingot_value_create_float64_list(const double* data, size_t count);
INGOT_API ingot_value* ingot_value_create_int64_list(const int64_t* data, size_t count);
/* Any nonzero byte is True. */
INGOT_API ingot_value* ingot_value_create_bool_list(const bool* data, size_t count);
/* `count` strings from one buffer: item i is the `offsets[i + 1] - offsets[i]`
 * bytes at data + offsets[i] (`offsets` has count + 1 entries, never
 * decreasing; offsets[0] need not be 0). Items may hold NUL bytes. NULL
 * (INVALID_ARGUMENT) when offsets is NULL, decrease, or an item is not valid
 * UTF-8 (the message names the item). The caller guarantees the buffer holds
 * offsets[count] bytes. */
INGOT_API ingot_value* ingot_value_create_string_list(const char* data, const size_t* offsets, size_t count);

/* The kind of the items of a packed LIST (INGOT_VALUE_FLOAT64, _INT64, _BOOL
 * or _STRING), or INGOT_VALUE_NONE for any other value, including lists
 * held item by item (read those with ingot_value_get_item). */
INGOT_API ingot_status ingot_value_get_packed_kind(const ingot_value* value, ingot_value_kind* out);

/* The items of a packed LIST of the matching packed kind (else
 * INVALID_ARGUMENT): a borrowed array of `*count` items, valid as long as the
 * list and until it is appended to. Not NULL, also when empty. */
INGOT_API ingot_status ingot_value_get_float64_array(const ingot_value* list, const double** data, size_t* count);
INGOT_API ingot_status ingot_value_get_int64_array(const ingot_value* list, const int64_t** data, size_t* count);
/* Each bool is one byte, 0 or 1. */
INGOT_API ingot_status ingot_value_get_bool_array(const ingot_value* list, const bool** data, size_t* count);
/* Strings: `*offsets` has `*count + 1` entries, (*offsets)[0] == 0; item i
 * is the UTF-8 bytes [offsets[i], offsets[i + 1]) of `*data` (items are not
 * NUL-terminated one by one). Both borrowed, as above. */
INGOT_API ingot_status ingot_value_get_string_array(const ingot_value* list, const char** data,
                                                    const size_t** offsets, size_t* count);

/* ------------------------------------------------------------------------ */
/* Value maps: the named inputs of a prediction                              */
/* ------------------------------------------------------------------------ */

typedef struct ingot_value_map ingot_value_map;

INGOT_API ingot_value_map* ingot_value_map_create(void);
INGOT_API void ingot_value_map_free(ingot_value_map* map);
/* Sets `name` (UTF-8, NUL-terminated); takes ownership of `value` on
 * success, replacing and freeing any previous value of that name. */
INGOT_API ingot_status ingot_value_map_set(ingot_value_map* map, const char* name, ingot_value* value);
/* Borrowed value of `name`, or NULL. */
INGOT_API const ingot_value* ingot_value_map_get(const ingot_value_map* map, const char* name);
INGOT_API size_t ingot_value_map_get_size(const ingot_value_map* map);
/* Borrowed name of entry `index` (in insertion order), or NULL. */
INGOT_API const char* ingot_value_map_get_name(const ingot_value_map* map, size_t index);

/* ------------------------------------------------------------------------ */
/* Predictors and predictions                                                */
/* ------------------------------------------------------------------------ */

typedef struct ingot_predictor ingot_predictor;
typedef struct ingot_prediction ingot_prediction;

/* Creates a predictor from a bundle folder (NULL: the folder holding this
 * library). Loads the manifest and resources once: model files are opened
 * from <bundle_dir>/resources/, so a bundle folder can be moved or copied.
 * A missing, unreadable or corrupt resource gives INGOT_STATUS_BUNDLE_ERROR
 * and a last-error message naming the file ("ValueError: Failed to load
 * model from file: resources/model.gguf"). */
INGOT_API ingot_status ingot_predictor_create(const char* bundle_dir, ingot_predictor** out);
/* Frees the predictor and everything it loaded. NULL is ignored. Must not
 * race with a predict call on the same predictor. */
INGOT_API void ingot_predictor_free(ingot_predictor* predictor);
/* The bundle's manifest.json text (borrowed). */
INGOT_API const char* ingot_predictor_get_manifest(const ingot_predictor* predictor);

/* Runs the compiled function once. `inputs` maps parameter names to values;
 * parameters with defaults may be left out. A missing or ill-typed input,
 * or an exception inside the function, still yields INGOT_STATUS_OK and a
 * prediction carrying the Python exception (TypeError, ValueError, ...).
 * The caller frees the prediction. */
INGOT_API ingot_status ingot_predictor_predict(ingot_predictor* predictor, const ingot_value_map* inputs,
                                               ingot_prediction** out);

INGOT_API void ingot_prediction_free(ingot_prediction* prediction);
/* The returned value (borrowed), or NULL when the prediction raised. */
INGOT_API const ingot_value* ingot_prediction_get_result(const ingot_prediction* prediction);
/* Moves the result out (the caller frees it); NULL when there is none. */
INGOT_API ingot_value* ingot_prediction_take_result(ingot_prediction* prediction);
/* The Python exception class name ("KeyError"), or NULL on success. */
INGOT_API const char* ingot_prediction_get_error_type(const ingot_prediction* prediction);
/* The exception message (str(exception)), or NULL on success. */
INGOT_API const char* ingot_prediction_get_error_message(const ingot_prediction* prediction);
/* Everything print() wrote during the prediction (never NULL). */
INGOT_API const char* ingot_prediction_get_logs(const ingot_prediction* prediction);
/* Wall time of the call, in milliseconds. */
INGOT_API double ingot_prediction_get_latency_ms(const ingot_prediction* prediction);

#ifdef __cplusplus
}
#endif

#endif /* INGOT_H */
