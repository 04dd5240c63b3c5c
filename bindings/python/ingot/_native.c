/*
 * ingot._native: Python objects <-> ingot values, and one prediction call,
 * in C. The fast path of ingot/_convert.py, with exactly its semantics (the
 * pure-Python code there stays the reference and the fallback when this
 * module is not built).
 *
 * The module links against no bundle: ingot/_abi.py dlopen()s a bundle's
 * library with ctypes and hands the addresses of its ingot_* functions to
 * bind(), which returns a capsule holding that library's function table
 * (values made by one library must be used and freed by the same library).
 *
 *   configure(ingot_error, numpy_types, tensor_copy)   once, by _convert.py
 *   bind({"ingot_value_create_none": address, ...}) -> capsule
 *   predict(fns, handle, kwargs, names, entry)
 *       -> (result, error_type, error_message, logs, latency_ms)
 *   to_value(fns, obj, name="value") -> address of a new ingot_value (owned by the caller)
 *   from_value(fns, address) -> object (the value stays the caller's)
 *
 * Lists of exact floats, ints, bools or strs cross the ABI packed (one
 * array, one call: see "packed lists" below) when the library has the ABI
 * 1.1 functions; other values, and older libraries, go value by value.
 *
 * numpy (optional, never imported by this module itself: _convert.py's
 * numpy_types hook does it, and only for a TENSOR result) crosses without
 * copying both ways; see "numpy" below.
 *
 * Only the CPython C API is used; the GIL is held except while the library
 * predicts and frees (predict() releases it around ingot_predictor_predict;
 * inputs holding numpy buffers are freed with it held, as their release
 * callbacks need it).
 * Large inputs and results are freed in the calling thread, right away
 * (without the GIL): freeing them later on another thread was measured 2-3x
 * slower, as the next call then cannot reuse the memory just freed.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "_native_numpy.h"

/* The interface version of this module, checked by _convert.py so that a
 * stale build of another interface is ignored rather than misused. */
#define NATIVE_VERSION 4
/* The version of include/ingot.h whose declarations are mirrored below. */
#define INGOT_ABI_VERSION 1

/* ---- the ABI (include/ingot.h), as function pointers ---------------------- */

typedef struct ingot_value ingot_value;
typedef struct ingot_value_map ingot_value_map;
typedef struct ingot_predictor ingot_predictor;
typedef struct ingot_prediction ingot_prediction;

enum {
    KIND_NONE = 0,
    KIND_BOOL = 1,
    KIND_INT64 = 2,
    KIND_FLOAT64 = 3,
    KIND_STRING = 4,
    KIND_BYTES = 5,
    KIND_LIST = 6,
    KIND_TUPLE = 7,
    KIND_SET = 8,
    KIND_DICT = 9,
    KIND_TENSOR = 10,
};

enum { STATUS_OK = 0, STATUS_OUT_OF_MEMORY = 3 };

/* Enums cross the C ABI as int. */
typedef struct {
    const char* (*status_string)(int);
    const char* (*last_error_message)(void);
    ingot_value* (*create_none)(void);
    ingot_value* (*create_bool)(bool);
    ingot_value* (*create_int64)(int64_t);
    ingot_value* (*create_float64)(double);
    ingot_value* (*create_string)(const char*, size_t);
    ingot_value* (*create_bytes)(const void*, size_t);
    ingot_value* (*create_container)(int);
    ingot_value* (*create_tensor)(int, const int64_t*, int32_t, void*, void (*)(void*), void*);
    void (*value_free)(ingot_value*);
    int (*get_kind)(const ingot_value*);
    int (*get_bool)(const ingot_value*, bool*);
    int (*get_int64)(const ingot_value*, int64_t*);
    int (*get_float64)(const ingot_value*, double*);
    int (*get_data)(const ingot_value*, const char**, size_t*);
    int (*get_length)(const ingot_value*, size_t*);
    int (*get_item)(const ingot_value*, size_t, const ingot_value**);
    int (*get_pair)(const ingot_value*, size_t, const ingot_value**, const ingot_value**);
    int (*append)(ingot_value*, ingot_value*);
    int (*dict_set)(ingot_value*, ingot_value*, ingot_value*);
    int (*get_tensor)(const ingot_value*, int*, const int64_t**, int32_t*, const void**);
    ingot_value_map* (*map_create)(void);
    void (*map_free)(ingot_value_map*);
    int (*map_set)(ingot_value_map*, const char*, ingot_value*);
    int (*predict)(ingot_predictor*, const ingot_value_map*, ingot_prediction**);
    void (*prediction_free)(ingot_prediction*);
    const ingot_value* (*get_result)(const ingot_prediction*);
    const char* (*get_error_type)(const ingot_prediction*);
    const char* (*get_error_message)(const ingot_prediction*);
    const char* (*get_logs)(const ingot_prediction*);
    double (*get_latency_ms)(const ingot_prediction*);
    ingot_value* (*take_result)(ingot_prediction*);
    /* Packed lists [ABI 1.1]: NULL when the library predates them. */
    ingot_value* (*create_float64_list)(const double*, size_t);
    ingot_value* (*create_int64_list)(const int64_t*, size_t);
    ingot_value* (*create_bool_list)(const bool*, size_t);
    ingot_value* (*create_string_list)(const char*, const size_t*, size_t);
    int (*get_packed_kind)(const ingot_value*, int*);
    int (*get_float64_array)(const ingot_value*, const double**, size_t*);
    int (*get_int64_array)(const ingot_value*, const int64_t**, size_t*);
    int (*get_bool_array)(const ingot_value*, const bool**, size_t*);
    int (*get_string_array)(const ingot_value*, const char**, const size_t**, size_t*);
} Functions;

static const struct {
    const char* name;
    size_t offset;
} kFunctions[] = {
    {"ingot_status_string", offsetof(Functions, status_string)},
    {"ingot_last_error_message", offsetof(Functions, last_error_message)},
    {"ingot_value_create_none", offsetof(Functions, create_none)},
    {"ingot_value_create_bool", offsetof(Functions, create_bool)},
    {"ingot_value_create_int64", offsetof(Functions, create_int64)},
    {"ingot_value_create_float64", offsetof(Functions, create_float64)},
    {"ingot_value_create_string", offsetof(Functions, create_string)},
    {"ingot_value_create_bytes", offsetof(Functions, create_bytes)},
    {"ingot_value_create_container", offsetof(Functions, create_container)},
    {"ingot_value_create_tensor", offsetof(Functions, create_tensor)},
    {"ingot_value_free", offsetof(Functions, value_free)},
    {"ingot_value_get_kind", offsetof(Functions, get_kind)},
    {"ingot_value_get_bool", offsetof(Functions, get_bool)},
    {"ingot_value_get_int64", offsetof(Functions, get_int64)},
    {"ingot_value_get_float64", offsetof(Functions, get_float64)},
    {"ingot_value_get_data", offsetof(Functions, get_data)},
    {"ingot_value_get_length", offsetof(Functions, get_length)},
    {"ingot_value_get_item", offsetof(Functions, get_item)},
    {"ingot_value_get_pair", offsetof(Functions, get_pair)},
    {"ingot_value_append", offsetof(Functions, append)},
    {"ingot_value_dict_set", offsetof(Functions, dict_set)},
    {"ingot_value_get_tensor", offsetof(Functions, get_tensor)},
    {"ingot_value_map_create", offsetof(Functions, map_create)},
    {"ingot_value_map_free", offsetof(Functions, map_free)},
    {"ingot_value_map_set", offsetof(Functions, map_set)},
    {"ingot_predictor_predict", offsetof(Functions, predict)},
    {"ingot_prediction_free", offsetof(Functions, prediction_free)},
    {"ingot_prediction_get_result", offsetof(Functions, get_result)},
    {"ingot_prediction_get_error_type", offsetof(Functions, get_error_type)},
    {"ingot_prediction_get_error_message", offsetof(Functions, get_error_message)},
    {"ingot_prediction_get_logs", offsetof(Functions, get_logs)},
    {"ingot_prediction_get_latency_ms", offsetof(Functions, get_latency_ms)},
    {"ingot_prediction_take_result", offsetof(Functions, take_result)},
};

/* Functions added after ABI 1.0: bound when the library has them (all of a
 * group or none: see has_packed_lists). */
static const struct {
    const char* name;
    size_t offset;
} kOptionalFunctions[] = {
    {"ingot_value_create_float64_list", offsetof(Functions, create_float64_list)},
    {"ingot_value_create_int64_list", offsetof(Functions, create_int64_list)},
    {"ingot_value_create_bool_list", offsetof(Functions, create_bool_list)},
    {"ingot_value_create_string_list", offsetof(Functions, create_string_list)},
    {"ingot_value_get_packed_kind", offsetof(Functions, get_packed_kind)},
    {"ingot_value_get_float64_array", offsetof(Functions, get_float64_array)},
    {"ingot_value_get_int64_array", offsetof(Functions, get_int64_array)},
    {"ingot_value_get_bool_array", offsetof(Functions, get_bool_array)},
    {"ingot_value_get_string_array", offsetof(Functions, get_string_array)},
};

/* Whether the library has the packed-list functions of ABI 1.1 (bind()
 * keeps all of them or none). */
static inline bool has_packed_lists(const Functions* f) { return f->get_packed_kind != NULL; }

#define CAPSULE_NAME "ingot._native.Functions"

/* Containers nested deeper than this are refused on the way in (as in
 * _convert.py: a container that contains itself would recurse forever). */
#define MAX_DEPTH 200
/* Predictions holding at least this many values are freed without the GIL
 * (input maps always are: predict() frees them while the GIL is released). */
#define LARGE_VALUES 4096

/* ---- configuration (configure()) ------------------------------------------ */

static PyObject* g_ingot_error;    /* ingot.IngotError */
static PyObject* g_numpy_types;    /* _convert._numpy_types */
static PyObject* g_tensor_copy;    /* _convert._tensor_copy */

static PyObject* ingot_error_class(void) { return g_ingot_error ? g_ingot_error : PyExc_RuntimeError; }

/* ---- one conversion -------------------------------------------------------- */

/* A conversion error (what _convert.ConversionError carries): the exception
 * class, its message, and the path into the argument, collected innermost
 * first while unwinding. While `err_type` is set no Python exception is
 * pending; any other failure is a pending Python exception, propagated
 * unchanged. */
typedef struct {
    const Functions* f;
    PyObject* err_type;    /* borrowed: a builtin exception class or g_ingot_error (kept alive by the module) */
    PyObject* err_message; /* str */
    PyObject* err_path;    /* list of str */
    char* scratch;         /* UTF-8 of non-ASCII str */
    size_t scratch_size;
    Py_ssize_t values;     /* values read by from_value */
    PyObject* capsule;     /* the Functions capsule (kept by result owners), or NULL */
    PyObject* owner;       /* the ValueOwner of the result being converted, made by the first
                            * tensor viewed (NULL: none yet) */
    bool copy_tensors;     /* tensor results are copied (from_value(): the value stays the caller's) */
    bool tensors_in;       /* an input tensor was handed over without copying */
} Ctx;

static void ctx_init(Ctx* c, const Functions* f) {
    memset(c, 0, sizeof *c);
    c->f = f;
}

static void ctx_clear_error(Ctx* c) {
    c->err_type = NULL;
    Py_CLEAR(c->err_message);
    Py_CLEAR(c->err_path);
}

static void ctx_done(Ctx* c) {
    ctx_clear_error(c);
    Py_CLEAR(c->owner);
    PyMem_Free(c->scratch);
    c->scratch = NULL;
}

/* Records a conversion error; steals `message` (NULL: a Python exception is
 * pending instead). Returns NULL. */
static void* conversion_error(Ctx* c, PyObject* type, PyObject* message) {
    if (message == NULL) return NULL;
    ctx_clear_error(c);
    c->err_path = PyList_New(0);
    if (c->err_path == NULL) {
        Py_DECREF(message);
        return NULL;
    }
    c->err_type = type;
    c->err_message = message;
    return NULL;
}

/* Adds a path segment (stolen) to the pending conversion error, if any. */
static void push_path(Ctx* c, PyObject* segment) {
    if (c->err_type == NULL) {
        Py_XDECREF(segment);
        return;
    }
    if (segment == NULL || PyList_Append(c->err_path, segment) < 0) {
        /* Out of memory building the message: that error wins. */
        Py_XDECREF(segment);
        ctx_clear_error(c);
        if (!PyErr_Occurred()) PyErr_NoMemory();
        return;
    }
    Py_DECREF(segment);
}

/* The pending conversion error as the exception to raise, for argument
 * `name`: "<message> (in argument 'x'[2]['k'])". */
static void raise_conversion_error(Ctx* c, PyObject* name) {
    if (c->err_type == NULL) return; /* a Python exception is pending */
    PyObject* path = PyUnicode_FromString("");
    Py_ssize_t n = PyList_GET_SIZE(c->err_path);
    for (Py_ssize_t i = n - 1; path != NULL && i >= 0; --i) {
        PyObject* longer = PyUnicode_Concat(path, PyList_GET_ITEM(c->err_path, i));
        Py_SETREF(path, longer);
    }
    if (path != NULL) {
        PyObject* text = PyUnicode_FromFormat("%U (in argument %R%U)", c->err_message, name, path);
        Py_DECREF(path);
        if (text != NULL) {
            PyErr_SetObject(c->err_type, text);
            Py_DECREF(text);
        }
    }
    ctx_clear_error(c);
}

/* The library's last error message on this thread, as str ("" if none). */
static PyObject* last_error(const Functions* f) {
    const char* message = f->last_error_message();
    if (message == NULL) message = "";
    return PyUnicode_DecodeUTF8(message, (Py_ssize_t)strlen(message), "replace");
}

/* Raises ingot.IngotError("<what> failed: <last error>"); returns NULL. */
static void* abi_failure(const Functions* f, const char* what) {
    PyObject* detail = last_error(f);
    if (detail != NULL) {
        PyErr_Format(ingot_error_class(), "%s failed: %U", what, detail);
        Py_DECREF(detail);
    }
    return NULL;
}

/* _convert._short_repr: repr() cut to 40 characters, or <TypeName>. */
static PyObject* short_repr(PyObject* obj) {
    PyObject* text = PyObject_Repr(obj);
    if (text == NULL) {
        PyErr_Clear();
        PyObject* type_name = PyObject_GetAttrString((PyObject*)Py_TYPE(obj), "__name__");
        if (type_name == NULL) return NULL;
        text = PyUnicode_FromFormat("<%S>", type_name);
        Py_DECREF(type_name);
        return text;
    }
    if (PyUnicode_GET_LENGTH(text) <= 40) return text;
    PyObject* head = PyUnicode_Substring(text, 0, 37);
    Py_DECREF(text);
    if (head == NULL) return NULL;
    PyObject* cut = PyUnicode_FromFormat("%U...", head);
    Py_DECREF(head);
    return cut;
}

static void* created_failed(Ctx* c) {
    PyObject* detail = last_error(c->f);
    if (detail == NULL) return NULL;
    PyObject* message = PyUnicode_FromFormat("the library could not create a value: %U", detail);
    Py_DECREF(detail);
    return conversion_error(c, PyExc_MemoryError, message);
}

static void* int_too_large(Ctx* c) {
    return conversion_error(c, PyExc_OverflowError,
                            PyUnicode_FromString("Python int too large to convert to C int64"));
}

static void* too_deep(Ctx* c) {
    return conversion_error(
        c, PyExc_ValueError,
        PyUnicode_FromFormat("the value is nested more than %d levels deep (does a container contain itself?)",
                             MAX_DEPTH));
}

static void* unsupported_type(Ctx* c, PyObject* obj) {
    PyObject* qualname = PyObject_GetAttrString((PyObject*)Py_TYPE(obj), "__qualname__");
    if (qualname == NULL) return NULL;
    PyObject* message = PyUnicode_FromFormat("cannot pass a value of type %R to a predictor", qualname);
    Py_DECREF(qualname);
    return conversion_error(c, PyExc_TypeError, message);
}

/* ---- Python -> ingot -------------------------------------------------------- */

static ingot_value* to_value(Ctx* c, PyObject* obj, int depth);

static inline ingot_value* created(Ctx* c, ingot_value* v) { return v != NULL ? v : created_failed(c); }

static ingot_value* int_to_value(Ctx* c, PyObject* obj) {
    int overflow = 0;
    long long x = PyLong_AsLongLongAndOverflow(obj, &overflow);
    if (overflow) return int_too_large(c);
    if (x == -1 && PyErr_Occurred()) return NULL;
    return created(c, c->f->create_int64((int64_t)x));
}

static int reserve_scratch(Ctx* c, size_t size) {
    if (size <= c->scratch_size) return 0;
    size_t want = c->scratch_size ? c->scratch_size : 256;
    while (want < size) want *= 2;
    char* grown = PyMem_Realloc(c->scratch, want);
    if (grown == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    c->scratch = grown;
    c->scratch_size = want;
    return 0;
}

/* Bytes enough for the UTF-8 of the (ready) str `s`. */
static size_t utf8_bound(PyObject* s) {
    const int kind = PyUnicode_KIND(s);
    return (size_t)PyUnicode_GET_LENGTH(s) * (kind == PyUnicode_1BYTE_KIND ? 2 : kind == PyUnicode_2BYTE_KIND ? 3 : 4);
}

/* Writes the UTF-8 of the (ready) non-ASCII str `s` to `out`, which has room
 * for utf8_bound(s) bytes, without making a Python object (the str's UTF-8
 * cache is left alone). Returns the byte count, or -1 after recording
 * _convert.encode()'s ValueError for a lone surrogate. */
static Py_ssize_t encode_utf8(Ctx* c, PyObject* s, unsigned char* out) {
    const Py_ssize_t length = PyUnicode_GET_LENGTH(s);
    const int kind = PyUnicode_KIND(s);
    const void* data = PyUnicode_DATA(s);
    unsigned char* const start = out;
    for (Py_ssize_t i = 0; i < length; ++i) {
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < 0x80) {
            *out++ = (unsigned char)ch;
        } else if (ch < 0x800) {
            *out++ = (unsigned char)(0xC0 | (ch >> 6));
            *out++ = (unsigned char)(0x80 | (ch & 0x3F));
        } else if (ch < 0x10000) {
            if (ch >= 0xD800 && ch <= 0xDFFF) {
                PyObject* character = PyUnicode_Substring(s, i, i + 1);
                if (character == NULL) return -1;
                PyObject* message = PyUnicode_FromFormat(
                    "str with an unpaired surrogate %R at index %zd is not valid UTF-8", character, i);
                Py_DECREF(character);
                conversion_error(c, PyExc_ValueError, message);
                return -1;
            }
            *out++ = (unsigned char)(0xE0 | (ch >> 12));
            *out++ = (unsigned char)(0x80 | ((ch >> 6) & 0x3F));
            *out++ = (unsigned char)(0x80 | (ch & 0x3F));
        } else {
            *out++ = (unsigned char)(0xF0 | (ch >> 18));
            *out++ = (unsigned char)(0x80 | ((ch >> 12) & 0x3F));
            *out++ = (unsigned char)(0x80 | ((ch >> 6) & 0x3F));
            *out++ = (unsigned char)(0x80 | (ch & 0x3F));
        }
    }
    return (Py_ssize_t)(out - start);
}

/* An exact str: ASCII data as is, else encoded to UTF-8 in the scratch
 * buffer. A lone surrogate is _convert.encode()'s ValueError. */
static ingot_value* str_to_value(Ctx* c, PyObject* s) {
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(s) < 0) return NULL;
#endif
    if (PyUnicode_IS_ASCII(s)) {
        return created(c, c->f->create_string((const char*)PyUnicode_1BYTE_DATA(s), (size_t)PyUnicode_GET_LENGTH(s)));
    }
    if (reserve_scratch(c, utf8_bound(s)) < 0) return NULL;
    const Py_ssize_t size = encode_utf8(c, s, (unsigned char*)c->scratch);
    if (size < 0) return NULL;
    return created(c, c->f->create_string(c->scratch, (size_t)size));
}

/* Appends `v` (a new value) to container `cont`; frees `v` and records the
 * error on failure. */
static int append_item(Ctx* c, ingot_value* cont, ingot_value* v) {
    if (c->f->append(cont, v) == STATUS_OK) return 0;
    PyObject* detail = last_error(c->f);
    c->f->value_free(v);
    if (detail == NULL) return -1;
    conversion_error(c, ingot_error_class(), PyUnicode_FromFormat("ingot_value_append failed: %U", detail));
    Py_DECREF(detail);
    return -1;
}

/* One item of a list or tuple: the common scalars inline. */
static inline ingot_value* item_to_value(Ctx* c, PyObject* item, int depth) {
    PyTypeObject* t = Py_TYPE(item);
    if (t == &PyFloat_Type) return created(c, c->f->create_float64(PyFloat_AS_DOUBLE(item)));
    if (t == &PyLong_Type) return int_to_value(c, item);
    if (t == &PyUnicode_Type) return str_to_value(c, item);
    Py_INCREF(item); /* the conversion may run Python code that drops it from its container */
    ingot_value* v = to_value(c, item, depth + 1);
    Py_DECREF(item);
    return v;
}

/* ---- packed lists (ABI 1.1) ------------------------------------------------ */

/* A list whose items are all exact floats, all exact ints, all bools or all
 * exact strs crosses the ABI packed: one array and one call
 * (ingot_value_create_*_list) instead of a value and two calls per item.
 * Types are exact, as on the item-by-item path: True stays a bool, an int
 * subclass or a mixed list goes item by item. */

/* Growable buffers the packed lists are assembled in, kept between calls (a
 * big list would otherwise take fresh pages from the kernel every call).
 * Used only with the GIL held and while no Python code can run (nothing is
 * allocated on the Python heap while they are being filled), so one pair
 * serves every thread; more than PACK_KEEP bytes are given back after use. */
typedef struct {
    char* data;
    size_t capacity;
} Buffer;
static Buffer g_pack_items;   /* doubles, int64s, bools, or the strings' UTF-8 */
static Buffer g_pack_offsets; /* string offsets */
#define PACK_KEEP ((size_t)64 << 20)

/* b's data, grown to at least `bytes` (> 0) bytes, contents kept; NULL with
 * MemoryError set when out of memory. */
static char* buffer_reserve(Buffer* b, size_t bytes) {
    if (bytes <= b->capacity && b->data != NULL) return b->data;
    size_t want = b->capacity > 4096 ? b->capacity : 4096;
    while (want < bytes) {
        if (want > ((size_t)-1) / 2) return PyErr_NoMemory(), NULL;
        want *= 2;
    }
    char* grown = PyMem_RawRealloc(b->data, want);
    if (grown == NULL) return PyErr_NoMemory(), NULL;
    b->data = grown;
    b->capacity = want;
    return grown;
}

static void buffer_trim(Buffer* b) {
    if (b->capacity > PACK_KEEP) {
        PyMem_RawFree(b->data);
        b->data = NULL;
        b->capacity = 0;
    }
}

/* What the packers return when the list does not qualify (the caller then
 * converts it item by item); otherwise a new value, or NULL with the error
 * recorded (path included). */
static char g_not_packed;
#define NOT_PACKED ((ingot_value*)&g_not_packed)

static ingot_value* item_error(Ctx* c, Py_ssize_t index) {
    push_path(c, PyUnicode_FromFormat("[%zd]", index));
    return NULL;
}

static ingot_value* pack_floats(Ctx* c, PyObject* list, Py_ssize_t n) {
    double* out = (double*)buffer_reserve(&g_pack_items, (size_t)n * sizeof(double));
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyObject* item = PyList_GET_ITEM(list, i);
        if (Py_TYPE(item) != &PyFloat_Type) return NOT_PACKED;
        out[i] = PyFloat_AS_DOUBLE(item);
    }
    return created(c, c->f->create_float64_list(out, (size_t)n));
}

static ingot_value* pack_ints(Ctx* c, PyObject* list, Py_ssize_t n) {
    int64_t* out = (int64_t*)buffer_reserve(&g_pack_items, (size_t)n * sizeof(int64_t));
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyObject* item = PyList_GET_ITEM(list, i);
        if (Py_TYPE(item) != &PyLong_Type) return NOT_PACKED;
        int overflow = 0;
        const long long x = PyLong_AsLongLongAndOverflow(item, &overflow);
        if (overflow) { /* the item-by-item path's OverflowError, at the same place */
            int_too_large(c);
            return item_error(c, i);
        }
        if (x == -1 && PyErr_Occurred()) return NULL;
        out[i] = (int64_t)x;
    }
    return created(c, c->f->create_int64_list(out, (size_t)n));
}

static ingot_value* pack_bools(Ctx* c, PyObject* list, Py_ssize_t n) {
    bool* out = (bool*)buffer_reserve(&g_pack_items, (size_t)n);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyObject* item = PyList_GET_ITEM(list, i);
        if (Py_TYPE(item) != &PyBool_Type) return NOT_PACKED;
        out[i] = item == Py_True;
    }
    return created(c, c->f->create_bool_list(out, (size_t)n));
}

static ingot_value* pack_strs(Ctx* c, PyObject* list, Py_ssize_t n) {
    size_t* offsets = (size_t*)buffer_reserve(&g_pack_offsets, ((size_t)n + 1) * sizeof(size_t));
    if (offsets == NULL) return NULL;
    size_t used = 0;
    offsets[0] = 0;
    for (Py_ssize_t i = 0; i < n; ++i) {
        PyObject* item = PyList_GET_ITEM(list, i);
        if (Py_TYPE(item) != &PyUnicode_Type) return NOT_PACKED;
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(item) < 0) return NULL;
#endif
        const bool ascii = PyUnicode_IS_ASCII(item);
        const size_t length = (size_t)PyUnicode_GET_LENGTH(item);
        char* text = buffer_reserve(&g_pack_items, used + (ascii ? length : utf8_bound(item)) + 1);
        if (text == NULL) return NULL;
        if (ascii) {
            memcpy(text + used, PyUnicode_1BYTE_DATA(item), length);
            used += length;
        } else {
            const Py_ssize_t size = encode_utf8(c, item, (unsigned char*)text + used);
            if (size < 0) return item_error(c, i);
            used += (size_t)size;
        }
        offsets[i + 1] = used;
    }
    return created(c, c->f->create_string_list(g_pack_items.data, offsets, (size_t)n));
}

/* An exact list as a packed value, or NOT_PACKED (see above). */
static ingot_value* packed_list_to_value(Ctx* c, PyObject* list) {
    const Py_ssize_t n = PyList_GET_SIZE(list);
    if (!has_packed_lists(c->f) || n == 0) return NOT_PACKED; /* empty: no item type to go by */
    PyTypeObject* t = Py_TYPE(PyList_GET_ITEM(list, 0));
    ingot_value* v = t == &PyFloat_Type     ? pack_floats(c, list, n)
                     : t == &PyLong_Type    ? pack_ints(c, list, n)
                     : t == &PyUnicode_Type ? pack_strs(c, list, n)
                     : t == &PyBool_Type    ? pack_bools(c, list, n)
                                            : NOT_PACKED;
    buffer_trim(&g_pack_items);
    buffer_trim(&g_pack_offsets);
    return v;
}

/* An exact list or tuple, by index (a list is re-measured at every item, as
 * list iteration does, since converting an item may run Python code). */
static ingot_value* sequence_to_value(Ctx* c, PyObject* seq, int kind, int depth) {
    if (depth >= MAX_DEPTH) return too_deep(c);
    if (kind == KIND_LIST) {
        ingot_value* packed = packed_list_to_value(c, seq);
        if (packed != NOT_PACKED) return packed;
    }
    ingot_value* cont = created(c, c->f->create_container(kind));
    if (cont == NULL) return NULL;
    const int is_list = PyList_CheckExact(seq);
    for (Py_ssize_t i = 0; i < (is_list ? PyList_GET_SIZE(seq) : PyTuple_GET_SIZE(seq)); ++i) {
        PyObject* item = is_list ? PyList_GET_ITEM(seq, i) : PyTuple_GET_ITEM(seq, i);
        ingot_value* v = item_to_value(c, item, depth);
        if (v == NULL || append_item(c, cont, v) < 0) {
            push_path(c, PyUnicode_FromFormat("[%zd]", i));
            c->f->value_free(cont);
            return NULL;
        }
    }
    return cont;
}

/* Any iterable (sets, and subclasses of list and tuple). */
static ingot_value* iterable_to_value(Ctx* c, PyObject* items, int kind, int depth) {
    if (depth >= MAX_DEPTH) return too_deep(c);
    ingot_value* cont = created(c, c->f->create_container(kind));
    if (cont == NULL) return NULL;
    PyObject* it = PyObject_GetIter(items);
    if (it == NULL) {
        c->f->value_free(cont);
        return NULL;
    }
    Py_ssize_t index = 0;
    PyObject* item;
    while ((item = PyIter_Next(it)) != NULL) {
        ingot_value* v = item_to_value(c, item, depth);
        if (v == NULL || append_item(c, cont, v) < 0) {
            if (kind == KIND_SET) {
                PyObject* r = c->err_type ? short_repr(item) : NULL;
                push_path(c, r ? PyUnicode_FromFormat(" (a set item: %U)", r) : NULL);
                Py_XDECREF(r);
            } else {
                push_path(c, PyUnicode_FromFormat("[%zd]", index));
            }
            Py_DECREF(item);
            Py_DECREF(it);
            c->f->value_free(cont);
            return NULL;
        }
        Py_DECREF(item);
        ++index;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        c->f->value_free(cont);
        return NULL;
    }
    return cont;
}

/* One dict pair; steals nothing. Returns 0, or -1 with the path pushed. */
static int pair_to_value(Ctx* c, ingot_value* cont, PyObject* key, PyObject* item, int depth) {
    ingot_value* k = to_value(c, key, depth + 1);
    ingot_value* v = NULL;
    if (k != NULL) {
        v = to_value(c, item, depth + 1);
        if (v == NULL) c->f->value_free(k);
    }
    if (k != NULL && v != NULL) {
        if (c->f->dict_set(cont, k, v) == STATUS_OK) return 0;
        PyObject* detail = last_error(c->f);
        c->f->value_free(k);
        c->f->value_free(v);
        if (detail != NULL) {
            conversion_error(c, ingot_error_class(), PyUnicode_FromFormat("ingot_value_dict_set failed: %U", detail));
            Py_DECREF(detail);
        }
    }
    PyObject* r = c->err_type ? short_repr(key) : NULL;
    push_path(c, r ? PyUnicode_FromFormat("[%U]", r) : NULL);
    Py_XDECREF(r);
    return -1;
}

static ingot_value* dict_to_value(Ctx* c, PyObject* d, int depth) {
    if (depth >= MAX_DEPTH) return too_deep(c);
    ingot_value* cont = created(c, c->f->create_container(KIND_DICT));
    if (cont == NULL) return NULL;
    if (PyDict_CheckExact(d)) {
        const Py_ssize_t size = PyDict_GET_SIZE(d);
        Py_ssize_t pos = 0;
        PyObject *key, *item;
        while (PyDict_Next(d, &pos, &key, &item)) {
            Py_INCREF(key);
            Py_INCREF(item);
            int failed = pair_to_value(c, cont, key, item, depth);
            Py_DECREF(key);
            Py_DECREF(item);
            if (failed) goto fail;
            if (PyDict_GET_SIZE(d) != size) {
                PyErr_SetString(PyExc_RuntimeError, "dictionary changed size during iteration");
                goto fail;
            }
        }
        return cont;
    }
    /* A dict subclass: its items(), as `for key, item in d.items()`. */
    PyObject* pairs = PyObject_CallMethod(d, "items", NULL);
    PyObject* it = pairs ? PyObject_GetIter(pairs) : NULL;
    Py_XDECREF(pairs);
    if (it == NULL) goto fail;
    PyObject* pair;
    while ((pair = PyIter_Next(it)) != NULL) {
        PyObject* fast = PySequence_Fast(pair, "cannot unpack non-iterable object");
        Py_DECREF(pair);
        if (fast == NULL) break;
        if (PySequence_Fast_GET_SIZE(fast) != 2) {
            Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
            if (n < 2) {
                PyErr_Format(PyExc_ValueError, "not enough values to unpack (expected 2, got %zd)", n);
            } else {
                PyErr_SetString(PyExc_ValueError, "too many values to unpack (expected 2)");
            }
            Py_DECREF(fast);
            break;
        }
        int failed = pair_to_value(c, cont, PySequence_Fast_GET_ITEM(fast, 0), PySequence_Fast_GET_ITEM(fast, 1), depth);
        Py_DECREF(fast);
        if (failed) break;
    }
    Py_DECREF(it);
    if (c->err_type != NULL || PyErr_Occurred()) goto fail;
    return cont;
fail:
    c->f->value_free(cont);
    return NULL;
}

/* ---- numpy ------------------------------------------------------------------
 *
 * In: a numpy.ndarray (or subclass) crosses as a TENSOR. A C-contiguous,
 * aligned, writable array of a supported dtype in native byte order is handed
 * over WITHOUT copying: the TENSOR borrows its memory, held (a reference to
 * the array, read through numpy's C API when _native_numpy.c can; else a
 * Py_buffer, which also keeps it unresizable) until the library calls the
 * release callback, which takes the GIL. Any other array is copied once
 * (_convert._tensor_copy, which also words the TypeError of an unsupported
 * dtype). A numpy scalar of a supported dtype crosses as a 0-d TENSOR (its
 * bytes copied). numpy is looked up in sys.modules, never imported for an
 * input: a numpy object cannot exist before numpy is imported.
 *
 * Out: a TENSOR becomes a numpy.ndarray viewing the value's memory, made by
 * numpy's C API (_native_numpy.c) or, without it, through a TensorView (a
 * buffer exporter, turned into the array by numpy.asarray).
 * Every view into one prediction's result holds that result's ValueOwner,
 * which owns the result value (ingot_prediction_take_result) and frees it
 * when the last array viewing it goes, exactly once. A 0-d TENSOR becomes the
 * numpy scalar of its dtype. from_value() (the value stays the caller's)
 * copies instead. numpy is imported (by _convert._numpy_types) at the first
 * TENSOR result; without numpy that is an ImportError naming the cause. */

typedef struct {
    PyObject* asarray;      /* numpy.asarray */
    PyTypeObject* ndarray;  /* numpy.ndarray */
    PyTypeObject* generic;  /* numpy.generic (the scalar types' base) */
    PyObject* scalar_codes; /* {numpy scalar type: ingot_dtype} of the supported dtypes */
} NumpyTypes;
static NumpyTypes g_np;
static PyObject* g_numpy_name; /* "numpy" */
static PyObject* g_empty_tuple;

enum { DTYPE_COUNT = 12 };
static const Py_ssize_t kDtypeSize[DTYPE_COUNT] = {1, 1, 2, 4, 8, 1, 2, 4, 8, 2, 4, 8};
/* PEP 3118 formats numpy reads back as exactly these dtypes (numpy.int64 is a
 * C long on LP64 platforms: "q" would make numpy.longlong). */
static const char* const kDtypeFormat[DTYPE_COUNT] = {
    "?", "b", "h", "i", sizeof(long) == 8 ? "l" : "q", "B", "H", "I", sizeof(long) == 8 ? "L" : "Q", "e", "f", "d"};

/* 1 when numpy's types are known (importing numpy when `import_it`), 0 when
 * numpy is not imported (and not `import_it`), -1 with an exception set. */
static int numpy_ready(bool import_it) {
    if (g_np.ndarray != NULL) return 1;
    if (g_numpy_types == NULL) {
        if (!import_it) return 0;
        PyErr_SetString(ingot_error_class(), "ingot._native is not configured for numpy");
        return -1;
    }
    if (!import_it) {
        PyObject* module = PyImport_GetModule(g_numpy_name);
        if (module == NULL) return PyErr_Occurred() ? -1 : 0;
        Py_DECREF(module);
    }
    PyObject* r = PyObject_CallOneArg(g_numpy_types, import_it ? Py_True : Py_False);
    if (r == NULL) return -1;
    if (r == Py_None) {
        Py_DECREF(r);
        return 0;
    }
    if (!PyTuple_Check(r) || PyTuple_GET_SIZE(r) != 4 || !PyType_Check(PyTuple_GET_ITEM(r, 1)) ||
        !PyType_Check(PyTuple_GET_ITEM(r, 2)) || !PyDict_Check(PyTuple_GET_ITEM(r, 3))) {
        Py_DECREF(r);
        PyErr_SetString(PyExc_SystemError, "ingot._native: unexpected value from the numpy_types hook");
        return -1;
    }
    g_np.asarray = PyTuple_GET_ITEM(r, 0);
    g_np.ndarray = (PyTypeObject*)PyTuple_GET_ITEM(r, 1);
    g_np.generic = (PyTypeObject*)PyTuple_GET_ITEM(r, 2);
    g_np.scalar_codes = PyTuple_GET_ITEM(r, 3);
    Py_INCREF(g_np.asarray);
    Py_INCREF(g_np.ndarray);
    Py_INCREF(g_np.generic);
    Py_INCREF(g_np.scalar_codes);
    Py_DECREF(r);
    (void)ingot_np_api_ready(); /* numpy's C API too, when the build has it */
    return 1;
}

/* The ingot_dtype of a buffer's items (a one-letter format in native byte
 * order), or -1. */
static int dtype_of_buffer(const Py_buffer* view) {
    const char* format = view->format;
    if (format == NULL) return -1;
    static const uint16_t one = 1;
    const bool little = *(const unsigned char*)&one == 1;
    if (*format == '@' || *format == '=' || (*format == '<' && little) || ((*format == '>' || *format == '!') && !little)) {
        ++format;
    }
    if (format[0] == '\0' || format[1] != '\0') return -1;
    const Py_ssize_t size = view->itemsize;
    int code = -1;
    switch (format[0]) {
        case '?': code = 0; break;
        case 'b': case 'h': case 'i': case 'l': case 'q':
            code = size == 1 ? 1 : size == 2 ? 2 : size == 4 ? 3 : size == 8 ? 4 : -1;
            break;
        case 'B': case 'H': case 'I': case 'L': case 'Q':
            code = size == 1 ? 5 : size == 2 ? 6 : size == 4 ? 7 : size == 8 ? 8 : -1;
            break;
        case 'e': code = 9; break;
        case 'f': code = 10; break;
        case 'd': code = 11; break;
        default: return -1;
    }
    return code >= 0 && kDtypeSize[code] == size ? code : -1;
}

/* An input array's buffer, held until the library releases the TENSOR. */
typedef struct {
    Py_buffer view;
} Pinned;

/* The release callback of a TENSOR made from a Pinned buffer: called by the
 * library exactly once, from whichever thread frees the value, with or
 * without the GIL. */
static void release_pinned(void* context) {
    Pinned* p = (Pinned*)context;
    PyGILState_STATE gil = PyGILState_Ensure();
    PyBuffer_Release(&p->view);
    PyGILState_Release(gil);
    PyMem_RawFree(p);
}

#define PIN_FLAGS (PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE)

/* A TENSOR borrowing p's buffer (p is released by the library from now on,
 * also when this fails). */
static ingot_value* pinned_tensor(Ctx* c, Pinned* p, int dtype) {
    int64_t shape[64];
    const int ndim = p->view.ndim;
    for (int i = 0; i < ndim; ++i) shape[i] = (int64_t)p->view.shape[i];
    ingot_value* v = c->f->create_tensor(dtype, shape, (int32_t)ndim, p->view.buf, release_pinned, p);
    if (v == NULL) return created_failed(c);
    c->tensors_in = true;
    return v;
}

/* The release callback of a TENSOR borrowing an array's memory through
 * numpy's C API: drops the reference that kept the array alive. */
static void release_array(void* context) {
    PyGILState_STATE gil = PyGILState_Ensure();
    Py_DECREF((PyObject*)context);
    PyGILState_Release(gil);
}

/* A numpy.ndarray as a TENSOR: its own memory when it can be, else a copy. */
static ingot_value* array_to_value(Ctx* c, PyObject* obj) {
    {
        int code, ndim;
        int64_t shape[64];
        void* data;
        if (ingot_np_pinnable(obj, &code, &ndim, shape, &data)) {
            Py_INCREF(obj);
            ingot_value* v = c->f->create_tensor(code, shape, (int32_t)ndim, data, release_array, obj);
            if (v == NULL) return created_failed(c); /* (the library released obj) */
            c->tensors_in = true;
            return v;
        }
    }
    Pinned* p = (Pinned*)PyMem_RawMalloc(sizeof(Pinned));
    if (p == NULL) return (ingot_value*)PyErr_NoMemory();
    if (PyObject_GetBuffer(obj, &p->view, PIN_FLAGS) == 0) {
        const int dtype = dtype_of_buffer(&p->view);
        if (dtype >= 0 && p->view.ndim <= 64 && ((uintptr_t)p->view.buf % (uintptr_t)kDtypeSize[dtype]) == 0) {
            return pinned_tensor(c, p, dtype);
        }
        PyBuffer_Release(&p->view);
    } else {
        PyErr_Clear(); /* not C-contiguous, read-only, or a dtype without a buffer format */
    }
    /* Copied once (C order, aligned, native byte order), or the TypeError. */
    PyObject* copy = g_tensor_copy ? PyObject_CallOneArg(g_tensor_copy, obj) : NULL;
    if (copy == NULL) {
        PyMem_RawFree(p);
        return g_tensor_copy ? NULL : unsupported_type(c, obj);
    }
    if (PyUnicode_Check(copy)) {
        PyMem_RawFree(p);
        return conversion_error(c, PyExc_TypeError, copy);
    }
    const int got = PyObject_GetBuffer(copy, &p->view, PIN_FLAGS);
    Py_DECREF(copy); /* (the buffer holds it) */
    if (got < 0) {
        PyMem_RawFree(p);
        return NULL;
    }
    const int dtype = dtype_of_buffer(&p->view);
    if (dtype < 0 || p->view.ndim > 64) {
        PyBuffer_Release(&p->view);
        PyMem_RawFree(p);
        PyErr_SetString(PyExc_SystemError, "ingot._native: the tensor_copy hook returned an unusable array");
        return NULL;
    }
    return pinned_tensor(c, p, dtype);
}

/* A numpy scalar of a supported dtype as a 0-d TENSOR (copied). */
static ingot_value* scalar_to_value(Ctx* c, PyObject* obj, long dtype) {
    if (dtype < 0 || dtype >= DTYPE_COUNT) {
        PyErr_SetString(PyExc_SystemError, "ingot._native: bad scalar dtype code");
        return NULL;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_ND | PyBUF_FORMAT) < 0) return NULL;
    ingot_value* v = NULL;
    if (view.len != kDtypeSize[dtype]) {
        PyErr_Format(PyExc_SystemError, "ingot._native: a numpy scalar of %zd bytes for dtype %ld", view.len, dtype);
    } else {
        v = created(c, c->f->create_tensor((int)dtype, NULL, 0, view.buf, NULL, NULL));
    }
    PyBuffer_Release(&view);
    return v;
}

static char g_not_numpy;
#define NOT_NUMPY ((ingot_value*)&g_not_numpy)

/* A numpy array or scalar as a TENSOR; NOT_NUMPY when `obj` is not one to
 * pass as a tensor (numpy.str_ and numpy.bytes_ are a str and a bytes). */
static ingot_value* numpy_to_value(Ctx* c, PyObject* obj) {
    const int ready = numpy_ready(false);
    if (ready <= 0) return ready < 0 ? NULL : NOT_NUMPY;
    if (PyObject_TypeCheck(obj, g_np.ndarray)) return array_to_value(c, obj);
    if (!PyObject_TypeCheck(obj, g_np.generic)) return NOT_NUMPY;
    PyObject* code = PyDict_GetItemWithError(g_np.scalar_codes, (PyObject*)Py_TYPE(obj));
    if (code != NULL) return scalar_to_value(c, obj, PyLong_AsLong(code));
    if (PyErr_Occurred()) return NULL;
    if (PyUnicode_Check(obj) || PyBytes_Check(obj)) return NOT_NUMPY;
    /* A scalar of another dtype: the hook words the TypeError (or, for a
     * subclass of a supported scalar type, makes it a 0-d array). */
    PyObject* r = g_tensor_copy ? PyObject_CallOneArg(g_tensor_copy, obj) : NULL;
    if (r == NULL) return g_tensor_copy ? NULL : unsupported_type(c, obj);
    if (PyUnicode_Check(r)) return conversion_error(c, PyExc_TypeError, r);
    ingot_value* v = PyObject_TypeCheck(r, g_np.ndarray) ? array_to_value(c, r) : NULL;
    if (v == NULL && !PyObject_TypeCheck(r, g_np.ndarray)) {
        PyErr_SetString(PyExc_SystemError, "ingot._native: unexpected value from the tensor_copy hook");
    }
    Py_DECREF(r);
    return v;
}

/* Subclasses of the supported types, buffers, numpy values
 * (_convert.other_to_value). */
static ingot_value* other_to_value(Ctx* c, PyObject* obj, int depth) {
    ingot_value* np_value = numpy_to_value(c, obj); /* (first: numpy.float64 is a float subclass) */
    if (np_value != NOT_NUMPY) return np_value;
    if (PyBool_Check(obj)) return created(c, c->f->create_bool(obj == Py_True));
    if (PyLong_Check(obj)) {
        PyObject* value = PyNumber_Long(obj);
        if (value == NULL) return NULL;
        ingot_value* v = int_to_value(c, value);
        Py_DECREF(value);
        return v;
    }
    if (PyFloat_Check(obj)) {
        PyObject* value = PyNumber_Float(obj); /* float(obj) */
        if (value == NULL) return NULL;
        ingot_value* v = created(c, c->f->create_float64(PyFloat_AsDouble(value)));
        Py_DECREF(value);
        return v;
    }
    if (PyUnicode_Check(obj)) {
        PyObject* s = PyObject_Str(obj); /* str(obj) */
        if (s != NULL && !PyUnicode_CheckExact(s)) Py_SETREF(s, PyUnicode_FromObject(s));
        if (s == NULL) return NULL;
        ingot_value* v = str_to_value(c, s);
        Py_DECREF(s);
        return v;
    }
    if (PyByteArray_CheckExact(obj)) {
        return created(c, c->f->create_bytes(PyByteArray_AS_STRING(obj), (size_t)PyByteArray_GET_SIZE(obj)));
    }
    if (PyBytes_Check(obj) || PyByteArray_Check(obj) || PyMemoryView_Check(obj)) {
        PyObject* b = PyObject_Bytes(obj); /* bytes(obj) */
        if (b == NULL) return NULL;
        ingot_value* v = created(c, c->f->create_bytes(PyBytes_AS_STRING(b), (size_t)PyBytes_GET_SIZE(b)));
        Py_DECREF(b);
        return v;
    }
    if (PyTuple_Check(obj)) return iterable_to_value(c, obj, KIND_TUPLE, depth);
    if (PyList_Check(obj)) return iterable_to_value(c, obj, KIND_LIST, depth);
    if (PyAnySet_Check(obj)) return iterable_to_value(c, obj, KIND_SET, depth);
    if (PyDict_Check(obj)) return dict_to_value(c, obj, depth);
    return unsupported_type(c, obj);
}

/* A new value for `obj`, owned by the caller (_convert.to_value). */
static ingot_value* to_value(Ctx* c, PyObject* obj, int depth) {
    PyTypeObject* t = Py_TYPE(obj);
    if (t == &PyFloat_Type) return created(c, c->f->create_float64(PyFloat_AS_DOUBLE(obj)));
    if (t == &PyLong_Type) return int_to_value(c, obj);
    if (t == &PyUnicode_Type) return str_to_value(c, obj);
    if (t == &PyBool_Type) return created(c, c->f->create_bool(obj == Py_True));
    if (obj == Py_None) return created(c, c->f->create_none());
    if (t == &PyList_Type) return sequence_to_value(c, obj, KIND_LIST, depth);
    if (t == &PyTuple_Type) return sequence_to_value(c, obj, KIND_TUPLE, depth);
    if (t == &PyDict_Type) return dict_to_value(c, obj, depth);
    if (t == &PySet_Type || t == &PyFrozenSet_Type) return iterable_to_value(c, obj, KIND_SET, depth);
    if (t == &PyBytes_Type) {
        return created(c, c->f->create_bytes(PyBytes_AS_STRING(obj), (size_t)PyBytes_GET_SIZE(obj)));
    }
    return other_to_value(c, obj, depth);
}

/* ---- ingot -> Python -------------------------------------------------------- */

static PyObject* from_value(Ctx* c, const ingot_value* v);

/* A str from UTF-8 (strict, as bytes.decode("utf-8")). Short ASCII text,
 * the common case, is copied straight into a new str. */
static PyObject* str_from_utf8(const char* data, size_t size) {
    if (size >= 2 && size <= 64) {
        unsigned char high = 0;
        for (size_t i = 0; i < size; ++i) high |= (unsigned char)data[i];
        if (high < 0x80) {
            PyObject* s = PyUnicode_New((Py_ssize_t)size, 127);
            if (s != NULL) memcpy(PyUnicode_1BYTE_DATA(s), data, size);
            return s;
        }
    }
    return PyUnicode_DecodeUTF8(size ? data : "", (Py_ssize_t)size, NULL);
}

static PyObject* data_from_value(Ctx* c, const ingot_value* v, int kind) {
    const char* data = NULL;
    size_t size = 0;
    if (c->f->get_data(v, &data, &size) != STATUS_OK) return abi_failure(c->f, "ingot_value_get_data");
    if (kind == KIND_STRING) return str_from_utf8(data, size);
    return PyBytes_FromStringAndSize(size ? data : "", (Py_ssize_t)size);
}

/* A scalar of known kind, or any value. */
static inline PyObject* item_from_value(Ctx* c, const ingot_value* v, int kind) {
    const Functions* f = c->f;
    switch (kind) {
        case KIND_FLOAT64: {
            double x;
            if (f->get_float64(v, &x) != STATUS_OK) return abi_failure(f, "ingot_value_get_float64");
            return PyFloat_FromDouble(x);
        }
        case KIND_INT64: {
            int64_t x;
            if (f->get_int64(v, &x) != STATUS_OK) return abi_failure(f, "ingot_value_get_int64");
            return PyLong_FromLongLong((long long)x);
        }
        case KIND_STRING:
        case KIND_BYTES:
            return data_from_value(c, v, kind);
        case KIND_BOOL: {
            bool x;
            if (f->get_bool(v, &x) != STATUS_OK) return abi_failure(f, "ingot_value_get_bool");
            return PyBool_FromLong(x);
        }
        case KIND_NONE:
            Py_RETURN_NONE;
        default:
            return from_value(c, v);
    }
}

/* A packed LIST (ABI 1.1): its array read in one call. */
static PyObject* packed_list_from_value(Ctx* c, const ingot_value* v, int packed_kind) {
    const Functions* f = c->f;
    const void* data = NULL;
    const size_t* offsets = NULL;
    size_t n = 0;
    int status;
    switch (packed_kind) {
        case KIND_FLOAT64: status = f->get_float64_array(v, (const double**)&data, &n); break;
        case KIND_INT64: status = f->get_int64_array(v, (const int64_t**)&data, &n); break;
        case KIND_BOOL: status = f->get_bool_array(v, (const bool**)&data, &n); break;
        case KIND_STRING: status = f->get_string_array(v, (const char**)&data, &offsets, &n); break;
        default: return PyErr_Format(ingot_error_class(), "the library returned a list packed as unknown kind %d", packed_kind);
    }
    if (status != STATUS_OK) return abi_failure(f, "reading a packed list");
    if (n > (size_t)PY_SSIZE_T_MAX) return PyErr_NoMemory();
    PyObject* out = PyList_New((Py_ssize_t)n);
    if (out == NULL) return NULL;
    for (size_t i = 0; i < n; ++i) {
        PyObject* o;
        switch (packed_kind) {
            case KIND_FLOAT64: o = PyFloat_FromDouble(((const double*)data)[i]); break;
            case KIND_INT64: o = PyLong_FromLongLong((long long)((const int64_t*)data)[i]); break;
            case KIND_BOOL: o = PyBool_FromLong(((const bool*)data)[i]); break;
            default: o = str_from_utf8((const char*)data + offsets[i], offsets[i + 1] - offsets[i]); break;
        }
        if (o == NULL) {
            Py_DECREF(out); /* unset items are NULL, which list deallocation skips */
            return NULL;
        }
        PyList_SET_ITEM(out, (Py_ssize_t)i, o);
    }
    return out;
}

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)0)
#endif
/* Items are fetched this many ahead of their conversion, and their memory
 * prefetched (a hint only: the values are not read outside the ABI), which
 * hides most cache misses on large results. */
#define AHEAD 8

/* LIST, TUPLE or SET. Items are usually of one kind: after a FLOAT64
 * (INT64) first item the float (int) accessor is tried directly, until it
 * fails once. */
static PyObject* items_from_value(Ctx* c, const ingot_value* v, int kind) {
    const Functions* f = c->f;
    size_t n = 0;
    if (f->get_length(v, &n) != STATUS_OK) return abi_failure(f, "ingot_value_get_length");
    if (n > (size_t)PY_SSIZE_T_MAX) return PyErr_NoMemory();
    PyObject* out = kind == KIND_TUPLE ? PyTuple_New((Py_ssize_t)n) : PyList_New((Py_ssize_t)n);
    if (out == NULL) return NULL;
    int guess = -1;
    const ingot_value* ahead[AHEAD];
    size_t fetched = 0;
    for (; fetched < n && fetched < AHEAD; ++fetched) {
        if (f->get_item(v, fetched, &ahead[fetched]) != STATUS_OK) {
            abi_failure(f, "ingot_value_get_item");
            goto fail;
        }
        PREFETCH(ahead[fetched]);
    }
    for (size_t i = 0; i < n; ++i) {
        const ingot_value* item = ahead[i % AHEAD];
        if (fetched < n) {
            if (f->get_item(v, fetched, &ahead[fetched % AHEAD]) != STATUS_OK) {
                abi_failure(f, "ingot_value_get_item");
                goto fail;
            }
            PREFETCH(ahead[fetched % AHEAD]);
            ++fetched;
        }
        PyObject* o;
        if (guess == KIND_FLOAT64) {
            double x;
            if (f->get_float64(item, &x) == STATUS_OK) {
                o = PyFloat_FromDouble(x);
                goto store;
            }
            guess = -2;
        } else if (guess == KIND_INT64) {
            int64_t x;
            if (f->get_int64(item, &x) == STATUS_OK) {
                o = PyLong_FromLongLong((long long)x);
                goto store;
            }
            guess = -2;
        }
        {
            const int item_kind = f->get_kind(item);
            if (guess == -1) guess = item_kind == KIND_FLOAT64 || item_kind == KIND_INT64 ? item_kind : -2;
            o = item_from_value(c, item, item_kind);
        }
    store:
        if (o == NULL) goto fail;
        if (kind == KIND_TUPLE) {
            PyTuple_SET_ITEM(out, (Py_ssize_t)i, o);
        } else {
            PyList_SET_ITEM(out, (Py_ssize_t)i, o);
        }
    }
    c->values += (Py_ssize_t)n;
    if (kind == KIND_SET) {
        PyObject* set = PySet_New(out);
        Py_DECREF(out);
        return set;
    }
    return out;
fail:
    Py_DECREF(out); /* unset items are NULL, which list and tuple deallocation skip */
    return NULL;
}

static PyObject* dict_from_value(Ctx* c, const ingot_value* v) {
    const Functions* f = c->f;
    size_t n = 0;
    if (f->get_length(v, &n) != STATUS_OK) return abi_failure(f, "ingot_value_get_length");
    PyObject* out = PyDict_New();
    if (out == NULL) return NULL;
    for (size_t i = 0; i < n; ++i) {
        const ingot_value* k = NULL;
        const ingot_value* item = NULL;
        if (f->get_pair(v, i, &k, &item) != STATUS_OK) {
            abi_failure(f, "ingot_value_get_pair");
            goto fail;
        }
        PyObject* key = item_from_value(c, k, f->get_kind(k));
        if (key == NULL) goto fail;
        PyObject* value = item_from_value(c, item, f->get_kind(item));
        if (value == NULL) {
            Py_DECREF(key);
            goto fail;
        }
        int failed = PyDict_SetItem(out, key, value);
        Py_DECREF(key);
        Py_DECREF(value);
        if (failed) goto fail;
    }
    c->values += 2 * (Py_ssize_t)n;
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* Owns a prediction's result value while numpy arrays view its tensors. */
typedef struct {
    PyObject_HEAD
    const Functions* f;
    PyObject* capsule; /* keeps f alive */
    ingot_value* value; /* NULL until the result is taken */
} ValueOwner;

static void value_owner_dealloc(PyObject* self) {
    ValueOwner* o = (ValueOwner*)self;
    if (o->value != NULL) o->f->value_free(o->value);
    Py_XDECREF(o->capsule);
    Py_TYPE(self)->tp_free(self);
}

static PyTypeObject ValueOwner_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ingot._native.ValueOwner",
    .tp_basicsize = sizeof(ValueOwner),
    .tp_dealloc = value_owner_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A prediction's result, freed when the last numpy array viewing it goes.",
};

/* One tensor's memory as a buffer (numpy.asarray makes the array). */
typedef struct {
    PyObject_VAR_HEAD
    PyObject* owner; /* a ValueOwner, or NULL (memory that outlives the view) */
    void* data;
    const char* format;
    Py_ssize_t itemsize;
    Py_ssize_t len;
    int ndim;
    Py_ssize_t dims[1]; /* shape[ndim], then strides[ndim] */
} TensorView;

static int tensor_view_getbuffer(PyObject* self, Py_buffer* view, int flags) {
    TensorView* t = (TensorView*)self;
    Py_INCREF(self);
    view->obj = self;
    view->buf = t->data;
    view->len = t->len;
    view->readonly = 0;
    view->itemsize = t->itemsize;
    view->format = (flags & PyBUF_FORMAT) ? (char*)t->format : NULL;
    view->ndim = t->ndim;
    view->shape = (flags & PyBUF_ND) == PyBUF_ND ? t->dims : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? t->dims + t->ndim : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}

static void tensor_view_dealloc(PyObject* self) {
    Py_XDECREF(((TensorView*)self)->owner);
    Py_TYPE(self)->tp_free(self);
}

static PyBufferProcs tensor_view_buffer = {tensor_view_getbuffer, NULL};

static PyTypeObject TensorView_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ingot._native.TensorView",
    .tp_basicsize = offsetof(TensorView, dims),
    .tp_itemsize = sizeof(Py_ssize_t),
    .tp_dealloc = tensor_view_dealloc,
    .tp_as_buffer = &tensor_view_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "The memory of one tensor of a prediction's result, as a buffer.",
};

/* The owner of the result being converted (its value is set once the
 * conversion succeeded: see native_predict). */
static PyObject* new_value_owner(Ctx* c) {
    ValueOwner* o = PyObject_New(ValueOwner, &ValueOwner_Type);
    if (o == NULL) return NULL;
    o->f = c->f;
    o->capsule = c->capsule;
    Py_INCREF(c->capsule);
    o->value = NULL;
    return (PyObject*)o;
}

static _Alignas(16) char g_no_data[16]; /* the data of empty tensors the library gives no address for */

static PyObject* tensor_from_value(Ctx* c, const ingot_value* v) {
    int dtype = 0;
    const int64_t* shape = NULL;
    int32_t ndim = 0;
    const void* data = NULL;
    if (c->f->get_tensor(v, &dtype, &shape, &ndim, &data) != STATUS_OK) {
        return abi_failure(c->f, "ingot_value_get_tensor");
    }
    if (dtype < 0 || dtype >= DTYPE_COUNT) {
        return PyErr_Format(ingot_error_class(), "the library returned a tensor of unknown dtype %d", dtype);
    }
    if (ndim < 0 || ndim > 64) {
        return PyErr_Format(ingot_error_class(), "the library returned a tensor of %d dimensions", (int)ndim);
    }
    if (numpy_ready(true) < 0) return NULL;
    Py_ssize_t count = 1;
    for (int32_t i = 0; i < ndim; ++i) {
        if (shape[i] < 0 || (shape[i] > 0 && count > PY_SSIZE_T_MAX / kDtypeSize[dtype] / shape[i])) {
            return PyErr_Format(ingot_error_class(), "the library returned a tensor of bad shape");
        }
        count *= (Py_ssize_t)shape[i];
    }
    if (data == NULL) {
        if (count != 0) return PyErr_Format(ingot_error_class(), "the library returned a tensor without data");
        data = g_no_data;
    }
    /* Viewed in place when the array outlives this call and has memory. */
    const bool view = ndim > 0 && count > 0 && !c->copy_tensors && c->capsule != NULL;
    if (view && c->owner == NULL && (c->owner = new_value_owner(c)) == NULL) return NULL;
    if (ingot_np_api_ready()) {
        return view ? ingot_np_view(dtype, ndim, shape, (void*)data, c->owner) : ingot_np_copy(dtype, ndim, shape, data);
    }
    TensorView* t = PyObject_NewVar(TensorView, &TensorView_Type, 2 * (Py_ssize_t)ndim);
    if (t == NULL) return NULL;
    t->owner = NULL;
    t->data = (void*)data;
    t->format = kDtypeFormat[dtype];
    t->itemsize = kDtypeSize[dtype];
    t->len = count * kDtypeSize[dtype];
    t->ndim = (int)ndim;
    Py_ssize_t stride = kDtypeSize[dtype];
    for (int32_t i = ndim - 1; i >= 0; --i) {
        t->dims[i] = (Py_ssize_t)shape[i];
        t->dims[ndim + i] = stride;
        stride *= shape[i] > 0 ? (Py_ssize_t)shape[i] : 1;
    }
    if (view) {
        t->owner = c->owner;
        Py_INCREF(c->owner);
    }
    PyObject* array = PyObject_CallOneArg(g_np.asarray, (PyObject*)t);
    Py_DECREF(t);
    if (array == NULL || view || (ndim > 0 && count == 0)) return array;
    /* 0-d: the numpy scalar; otherwise a copy the caller may keep. */
    PyObject* out = ndim == 0 ? PyObject_GetItem(array, g_empty_tuple) : PyObject_CallMethod(array, "copy", NULL);
    Py_DECREF(array);
    return out;
}

/* A new Python object for `v` (_convert.from_value). */
static PyObject* from_value(Ctx* c, const ingot_value* v) {
    const int kind = c->f->get_kind(v);
    PyObject* out;
    c->values += 1;
    switch (kind) {
        case KIND_LIST:
            if (has_packed_lists(c->f)) {
                int packed_kind = KIND_NONE;
                if (c->f->get_packed_kind(v, &packed_kind) != STATUS_OK) {
                    return abi_failure(c->f, "ingot_value_get_packed_kind");
                }
                if (packed_kind != KIND_NONE) return packed_list_from_value(c, v, packed_kind);
            }
            /* fall through: a list held item by item */
        case KIND_TUPLE:
        case KIND_SET:
        case KIND_DICT:
            if (Py_EnterRecursiveCall(" while converting a prediction's result")) return NULL;
            out = kind == KIND_DICT ? dict_from_value(c, v) : items_from_value(c, v, kind);
            Py_LeaveRecursiveCall();
            return out;
        case KIND_TENSOR:
            return tensor_from_value(c, v);
        case KIND_FLOAT64:
        case KIND_INT64:
        case KIND_STRING:
        case KIND_BYTES:
        case KIND_BOOL:
        case KIND_NONE:
            return item_from_value(c, v, kind);
        default:
            return PyErr_Format(ingot_error_class(), "the library returned a value of unknown kind %d", kind);
    }
}

/* ---- module functions ------------------------------------------------------- */

static void functions_destructor(PyObject* capsule) {
    PyMem_Free(PyCapsule_GetPointer(capsule, CAPSULE_NAME));
}

static const Functions* get_functions(PyObject* capsule) {
    return (const Functions*)PyCapsule_GetPointer(capsule, CAPSULE_NAME);
}

PyDoc_STRVAR(bind_doc,
             "bind(addresses) -> capsule\n\n"
             "The function table of one loaded bundle library: `addresses` maps each\n"
             "ingot_* function name of include/ingot.h to its address (an int). The\n"
             "functions added after ABI 1.0 (packed lists) may be missing or None.");

static PyObject* native_bind(PyObject* module, PyObject* addresses) {
    (void)module;
    if (!PyDict_Check(addresses)) {
        PyErr_SetString(PyExc_TypeError, "bind() takes a dict of function addresses");
        return NULL;
    }
    Functions* f = PyMem_Calloc(1, sizeof(Functions));
    if (f == NULL) return PyErr_NoMemory();
    for (size_t i = 0; i < sizeof kFunctions / sizeof kFunctions[0]; ++i) {
        PyObject* address = PyDict_GetItemString(addresses, kFunctions[i].name);
        void* p = address ? PyLong_AsVoidPtr(address) : NULL;
        if (p == NULL) {
            if (!PyErr_Occurred()) PyErr_Format(PyExc_ValueError, "bind(): no address for %s", kFunctions[i].name);
            PyMem_Free(f);
            return NULL;
        }
        memcpy((char*)f + kFunctions[i].offset, &p, sizeof p);
    }
    bool all_optional = true;
    for (size_t i = 0; i < sizeof kOptionalFunctions / sizeof kOptionalFunctions[0]; ++i) {
        PyObject* address = PyDict_GetItemString(addresses, kOptionalFunctions[i].name);
        void* p = address && address != Py_None ? PyLong_AsVoidPtr(address) : NULL;
        if (p == NULL && PyErr_Occurred()) {
            PyMem_Free(f);
            return NULL;
        }
        all_optional = all_optional && p != NULL;
        memcpy((char*)f + kOptionalFunctions[i].offset, &p, sizeof p);
    }
    if (!all_optional) { /* a partial set is of no use: take the item-by-item paths */
        for (size_t i = 0; i < sizeof kOptionalFunctions / sizeof kOptionalFunctions[0]; ++i) {
            memset((char*)f + kOptionalFunctions[i].offset, 0, sizeof(void*));
        }
    }
    PyObject* capsule = PyCapsule_New(f, CAPSULE_NAME, functions_destructor);
    if (capsule == NULL) PyMem_Free(f);
    return capsule;
}

PyDoc_STRVAR(configure_doc,
             "configure(ingot_error, numpy_types, tensor_copy)\n\n"
             "The exception class of Ingot's own failures and the two numpy hooks of\n"
             "ingot/_convert.py (_numpy_types, _tensor_copy). Called once, when ingot\n"
             "is imported.");

static PyObject* native_configure(PyObject* module, PyObject* const* args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "configure() takes 3 arguments");
        return NULL;
    }
    Py_INCREF(args[0]);
    Py_XSETREF(g_ingot_error, args[0]);
    Py_INCREF(args[1]);
    Py_XSETREF(g_numpy_types, args[1]);
    Py_INCREF(args[2]);
    Py_XSETREF(g_tensor_copy, args[2]);
    Py_RETURN_NONE;
}

/* The exception for a failed predict (_abi.Library.status_error). */
static void raise_status(const Functions* f, const char* what, int status) {
    PyObject* detail = last_error(f);
    const char* text = f->status_string(status);
    PyObject* message = text ? PyUnicode_FromFormat("%s failed: %s", what, text)
                             : PyUnicode_FromFormat("%s failed: status %d", what, status);
    if (message != NULL && detail != NULL && PyUnicode_GET_LENGTH(detail) > 0) {
        PyObject* full = PyUnicode_FromFormat("%U: %U", message, detail);
        Py_SETREF(message, full);
    }
    Py_XDECREF(detail);
    if (message == NULL) return;
    PyErr_SetObject(status == STATUS_OUT_OF_MEMORY ? PyExc_MemoryError : ingot_error_class(), message);
    Py_DECREF(message);
}

static PyObject* decode_replace(const char* text) {
    if (text == NULL) text = "";
    return PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
}

PyDoc_STRVAR(predict_doc,
             "predict(fns, handle, kwargs, names, entry)\n"
             "    -> (result, error_type, error_message, logs, latency_ms)\n\n"
             "One prediction: converts `kwargs` (parameter name -> value; `names` maps\n"
             "each parameter name to its UTF-8 bytes) into an input map, runs the\n"
             "predictor at address `handle` with the GIL released, and converts the\n"
             "result. When the function raised, result is None and error_type /\n"
             "error_message (str) name the exception; else both are None. logs is\n"
             "bytes. Bad arguments raise (TypeError, OverflowError, ValueError naming\n"
             "the argument); a failing library raises ingot.IngotError or MemoryError.");

/* What one prediction gave (all new references once run_prediction succeeded). */
typedef struct {
    PyObject* value;         /* the result; None when the function raised */
    PyObject* error_type;    /* str, or None */
    PyObject* error_message; /* str, or None */
    PyObject* logs;          /* bytes */
    double latency_ms;
} Outcome;

static void outcome_clear(Outcome* o) {
    Py_CLEAR(o->value);
    Py_CLEAR(o->error_type);
    Py_CLEAR(o->error_message);
    Py_CLEAR(o->logs);
}

/* One prediction (see predict_doc): 0 with `o` filled, or -1 with an
 * exception set and `o` empty. `capsule` is the Functions capsule. */
static int run_prediction(PyObject* capsule, ingot_predictor* handle, PyObject* kwargs, PyObject* names,
                          PyObject* entry, Outcome* o) {
    memset(o, 0, sizeof *o);
    const Functions* f = get_functions(capsule);
    if (f == NULL) return -1;
    if (!PyDict_Check(kwargs) || !PyDict_Check(names)) {
        PyErr_SetString(PyExc_TypeError, "predict(): kwargs and names must be dicts");
        return -1;
    }

    ingot_value_map* inputs = f->map_create();
    if (inputs == NULL) {
        PyObject* detail = last_error(f);
        if (detail != NULL) {
            PyErr_Format(PyExc_MemoryError, "ingot_value_map_create failed: %U", detail);
            Py_DECREF(detail);
        }
        return -1;
    }
    Ctx c;
    ctx_init(&c, f);
    Py_ssize_t pos = 0;
    PyObject *name, *obj;
    while (PyDict_Next(kwargs, &pos, &name, &obj)) {
        PyObject* key = PyDict_GetItemWithError(names, name);
        if (key == NULL || !PyBytes_Check(key)) {
            if (!PyErr_Occurred()) {
                PyErr_Format(PyExc_TypeError, "%S() got an unexpected keyword argument %R", entry, name);
            }
            goto fail;
        }
        /* Converting may run Python code (__int__, __iter__, repr, ...). */
        Py_INCREF(name);
        Py_INCREF(obj);
        Py_INCREF(key);
        ingot_value* v = to_value(&c, obj, 0);
        Py_DECREF(obj);
        if (v == NULL) {
            raise_conversion_error(&c, name);
            Py_DECREF(name);
            Py_DECREF(key);
            goto fail;
        }
        Py_DECREF(name);
        const int set_status = f->map_set(inputs, PyBytes_AS_STRING(key), v);
        Py_DECREF(key);
        if (set_status != STATUS_OK) {
            abi_failure(f, "ingot_value_map_set");
            f->value_free(v);
            goto fail;
        }
    }
    /* Inputs holding numpy buffers are freed with the GIL held (their release
     * callbacks need it); others without. */
    const bool pinned_inputs = c.tensors_in;
    ctx_done(&c);

    ingot_prediction* prediction = NULL;
    int status;
    Py_BEGIN_ALLOW_THREADS
    status = f->predict(handle, inputs, &prediction);
    if (status == STATUS_OK && !pinned_inputs) {
        f->map_free(inputs);
        inputs = NULL;
    }
    Py_END_ALLOW_THREADS
    if (status != STATUS_OK) {
        raise_status(f, "ingot_predictor_predict", status); /* before map_free clears the message */
        f->map_free(inputs);
        return -1;
    }
    if (inputs != NULL) f->map_free(inputs);

    int rc = -1;
    ctx_init(&c, f);
    c.capsule = capsule;
    const char* log_text = f->get_logs(prediction);
    o->logs = PyBytes_FromString(log_text ? log_text : "");
    o->latency_ms = f->get_latency_ms(prediction);
    const ingot_value* result = f->get_result(prediction);
    if (o->logs == NULL) goto done;
    if (result != NULL) {
        o->value = from_value(&c, result);
        if (o->value == NULL) goto done;
        if (c.owner != NULL) {
            /* numpy arrays view the result: their owner takes it over. */
            ingot_value* taken = f->take_result(prediction);
            if (taken != result) {
                if (taken != NULL) f->value_free(taken);
                PyErr_SetString(ingot_error_class(), "ingot_prediction_take_result did not hand over the result");
                goto done;
            }
            ((ValueOwner*)c.owner)->value = taken;
        }
        Py_INCREF(Py_None);
        o->error_type = Py_None;
        Py_INCREF(Py_None);
        o->error_message = Py_None;
    } else {
        const char* type_name = f->get_error_type(prediction);
        if (type_name == NULL) {
            PyErr_Format(ingot_error_class(), "%S(): the bundle returned neither a result nor an exception", entry);
            goto done;
        }
        Py_INCREF(Py_None);
        o->value = Py_None;
        o->error_type = decode_replace(type_name);
        o->error_message = decode_replace(f->get_error_message(prediction));
        if (o->error_type == NULL || o->error_message == NULL) goto done;
    }
    rc = 0;
done:
    if (c.values >= LARGE_VALUES) {
        Py_BEGIN_ALLOW_THREADS
        f->prediction_free(prediction);
        Py_END_ALLOW_THREADS
    } else {
        f->prediction_free(prediction);
    }
    ctx_done(&c);
    if (rc < 0) outcome_clear(o);
    return rc;

fail:
    ctx_done(&c);
    f->map_free(inputs);
    return -1;
}

static PyObject* native_predict(PyObject* module, PyObject* const* args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 5) {
        PyErr_SetString(PyExc_TypeError, "predict() takes 5 arguments");
        return NULL;
    }
    ingot_predictor* handle = (ingot_predictor*)PyLong_AsVoidPtr(args[1]);
    if (handle == NULL && PyErr_Occurred()) return NULL;
    Outcome o;
    if (run_prediction(args[0], handle, args[2], args[3], args[4], &o) < 0) return NULL;
    PyObject* latency_ms = PyFloat_FromDouble(o.latency_ms);
    PyObject* out = latency_ms ? PyTuple_Pack(5, o.value, o.error_type, o.error_message, o.logs, latency_ms) : NULL;
    Py_XDECREF(latency_ms);
    outcome_clear(&o);
    return out;
}

/* ---- PredictorBase: the call path of ingot.Predictor ------------------------
 *
 * ingot.Predictor (_predictor.py) subclasses this type, which keeps the
 * fields a call reads in C slots and implements calling, so that
 * `predictor(x=...)` runs no Python code between the caller and the library:
 * binding positional arguments by name, the prediction, recording logs and
 * latency. What is rare stays in Python, as methods of the subclass:
 * `_bind` (arguments to check against the signature, with CPython's
 * TypeErrors), `_raise` (the function's exception), `_echo` (print()
 * output, written out when echo_logs is set),
 * and `_call_python` (libraries without this module's function table). */

typedef struct {
    PyObject_HEAD
    PyObject* handle;      /* int address of the ingot_predictor, or None once closed */
    PyObject* functions;   /* the Functions capsule, or None */
    PyObject* names;       /* {parameter name: UTF-8 bytes} */
    PyObject* param_names; /* list of parameter names, in order */
    PyObject* entry;       /* the function's name */
    PyObject* logs;        /* bytes: print() output of the last call */
    Py_ssize_t arity;
    double latency_ms;     /* of the last call */
} PredictorBase;

static int predictor_base_traverse(PyObject* self, visitproc visit, void* arg) {
    PredictorBase* p = (PredictorBase*)self;
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(p->functions);
    Py_VISIT(p->names);
    Py_VISIT(p->param_names);
    return 0;
}

static int predictor_base_clear(PyObject* self) {
    PredictorBase* p = (PredictorBase*)self;
    Py_CLEAR(p->handle);
    Py_CLEAR(p->functions);
    Py_CLEAR(p->names);
    Py_CLEAR(p->param_names);
    Py_CLEAR(p->entry);
    Py_CLEAR(p->logs);
    return 0;
}

static void predictor_base_dealloc(PyObject* self) {
    PyTypeObject* type = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    /* The subclass's __del__ (closing the predictor) has run by now. */
    predictor_base_clear(self);
    type->tp_free(self);
    Py_DECREF(type);
}

/* Calls self.<method>(*args, **kwargs) of the Python subclass. */
static PyObject* call_method(PyObject* self, const char* method, PyObject* args, PyObject* kwargs) {
    PyObject* fn = PyObject_GetAttrString(self, method);
    if (fn == NULL) return NULL;
    PyObject* out = PyObject_Call(fn, args, kwargs);
    Py_DECREF(fn);
    return out;
}

/* {name: value} for a call: the arguments themselves when they already are
 * exactly the parameters by name, else built here or by self._bind. */
static PyObject* bound_arguments(PredictorBase* p, PyObject* args, PyObject* kwargs) {
    const Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    const Py_ssize_t nkw = kwargs ? PyDict_GET_SIZE(kwargs) : 0;
    if (nargs == 0 && nkw == p->arity) {
        if (kwargs != NULL) {
            Py_INCREF(kwargs);
            return kwargs;
        }
        return PyDict_New();
    }
    if (nkw == 0 && nargs == p->arity && PyList_CheckExact(p->param_names) &&
        PyList_GET_SIZE(p->param_names) == nargs) {
        PyObject* bound = PyDict_New();
        if (bound == NULL) return NULL;
        for (Py_ssize_t i = 0; i < nargs; ++i) {
            if (PyDict_SetItem(bound, PyList_GET_ITEM(p->param_names, i), PyTuple_GET_ITEM(args, i)) < 0) {
                Py_DECREF(bound);
                return NULL;
            }
        }
        return bound;
    }
    PyObject* empty = kwargs ? NULL : PyDict_New();
    PyObject* bind_args = kwargs || empty ? PyTuple_Pack(2, args, kwargs ? kwargs : empty) : NULL;
    Py_XDECREF(empty);
    if (bind_args == NULL) return NULL;
    PyObject* bound = call_method((PyObject*)p, "_bind", bind_args, NULL);
    Py_DECREF(bind_args);
    return bound;
}

static PyObject* predictor_base_call(PyObject* self, PyObject* args, PyObject* kwargs) {
    PredictorBase* p = (PredictorBase*)self;
    if (p->handle == NULL || p->handle == Py_None) {
        PyErr_SetString(PyExc_ValueError, "the predictor is closed");
        return NULL;
    }
    if (p->functions == NULL || p->functions == Py_None) return call_method(self, "_call_python", args, kwargs);
    ingot_predictor* handle = (ingot_predictor*)PyLong_AsVoidPtr(p->handle);
    if (handle == NULL && PyErr_Occurred()) return NULL;
    PyObject* bound = bound_arguments(p, args, kwargs);
    if (bound == NULL) return NULL;
    /* (the fields may be replaced by another thread while the GIL is released) */
    PyObject* functions = p->functions;
    PyObject* names = p->names;
    PyObject* entry = p->entry;
    Py_INCREF(functions);
    Py_XINCREF(names);
    Py_XINCREF(entry);
    Outcome o;
    const int rc = names && entry ? run_prediction(functions, handle, bound, names, entry, &o) : -1;
    if (!(names && entry)) PyErr_SetString(PyExc_SystemError, "ingot.Predictor: not initialised");
    Py_DECREF(functions);
    Py_XDECREF(names);
    Py_XDECREF(entry);
    Py_DECREF(bound);
    if (rc < 0) return NULL;
    Py_XSETREF(p->logs, o.logs);
    o.logs = NULL;
    p->latency_ms = o.latency_ms;
    if (PyBytes_GET_SIZE(p->logs) > 0) {
        PyObject* echoed = PyObject_CallMethod(self, "_echo", "O", p->logs);
        if (echoed == NULL) {
            outcome_clear(&o);
            return NULL;
        }
        Py_DECREF(echoed);
    }
    if (o.error_type != Py_None) {
        PyObject* raised = PyObject_CallMethod(self, "_raise", "OO", o.error_type, o.error_message);
        outcome_clear(&o);
        Py_XDECREF(raised); /* (_raise raises: NULL with the exception set) */
        return NULL;
    }
    PyObject* value = o.value;
    o.value = NULL;
    outcome_clear(&o);
    return value;
}

static PyMemberDef predictor_base_members[] = {
    {"_handle", T_OBJECT, offsetof(PredictorBase, handle), 0, "the ingot_predictor address (None: closed)"},
    {"_native", T_OBJECT, offsetof(PredictorBase, functions), 0, "the library's function table (None: pure Python)"},
    {"_names", T_OBJECT, offsetof(PredictorBase, names), 0, "{parameter name: UTF-8 bytes}"},
    {"_param_names", T_OBJECT, offsetof(PredictorBase, param_names), 0, "the parameter names, in order"},
    {"entry", T_OBJECT, offsetof(PredictorBase, entry), 0, "the compiled function's name"},
    {"_logs", T_OBJECT, offsetof(PredictorBase, logs), 0, "print() output of the last call (bytes)"},
    {"_arity", T_PYSSIZET, offsetof(PredictorBase, arity), 0, "the number of parameters"},
    {"latency_ms", T_DOUBLE, offsetof(PredictorBase, latency_ms), 0, "time spent in the compiled function by the last call"},
    {NULL, 0, 0, 0, NULL},
};

static PyType_Slot predictor_base_slots[] = {
    {Py_tp_doc, "The call path of ingot.Predictor, in C (subclassed by it; not used directly)."},
    {Py_tp_call, predictor_base_call},
    {Py_tp_members, predictor_base_members},
    {Py_tp_traverse, predictor_base_traverse},
    {Py_tp_clear, predictor_base_clear},
    {Py_tp_dealloc, predictor_base_dealloc},
    {0, NULL},
};

static PyType_Spec predictor_base_spec = {
    .name = "ingot._native.PredictorBase",
    .basicsize = sizeof(PredictorBase),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .slots = predictor_base_slots,
};

PyDoc_STRVAR(to_value_doc,
             "to_value(fns, obj, name='value') -> int\n\n"
             "The address of a new ingot_value for `obj`, owned by the caller (free it\n"
             "with ingot_value_free). Errors name `name` as the argument.");

static PyObject* native_to_value(PyObject* module, PyObject* const* args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2 && nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "to_value() takes 2 or 3 arguments");
        return NULL;
    }
    const Functions* f = get_functions(args[0]);
    if (f == NULL) return NULL;
    Ctx c;
    ctx_init(&c, f);
    ingot_value* v = to_value(&c, args[1], 0);
    if (v == NULL) {
        PyObject* name = nargs == 3 ? args[2] : NULL;
        if (name == NULL) name = PyUnicode_FromString("value");
        else Py_INCREF(name);
        if (name != NULL) {
            raise_conversion_error(&c, name);
            Py_DECREF(name);
        }
        ctx_done(&c);
        return NULL;
    }
    ctx_done(&c);
    PyObject* address = PyLong_FromVoidPtr(v);
    if (address == NULL) f->value_free(v);
    return address;
}

PyDoc_STRVAR(from_value_doc,
             "from_value(fns, address) -> object\n\n"
             "A new Python object for the ingot_value at `address` (which stays the\n"
             "caller's).");

static PyObject* native_from_value(PyObject* module, PyObject* const* args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "from_value() takes 2 arguments");
        return NULL;
    }
    const Functions* f = get_functions(args[0]);
    if (f == NULL) return NULL;
    const ingot_value* v = (const ingot_value*)PyLong_AsVoidPtr(args[1]);
    if (v == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "from_value(): NULL value");
        return NULL;
    }
    Ctx c;
    ctx_init(&c, f);
    c.copy_tensors = true; /* the value stays the caller's */
    PyObject* out = from_value(&c, v);
    ctx_done(&c);
    return out;
}

static PyMethodDef native_methods[] = {
    {"bind", (PyCFunction)native_bind, METH_O, bind_doc},
    {"configure", (PyCFunction)(void (*)(void))native_configure, METH_FASTCALL, configure_doc},
    {"predict", (PyCFunction)(void (*)(void))native_predict, METH_FASTCALL, predict_doc},
    {"to_value", (PyCFunction)(void (*)(void))native_to_value, METH_FASTCALL, to_value_doc},
    {"from_value", (PyCFunction)(void (*)(void))native_from_value, METH_FASTCALL, from_value_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef native_module = {
    PyModuleDef_HEAD_INIT,
    "ingot._native",
    "Python objects <-> ingot values and one prediction call, in C (see ingot/_convert.py).",
    -1,
    native_methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC PyInit__native(void) {
    if (PyType_Ready(&ValueOwner_Type) < 0 || PyType_Ready(&TensorView_Type) < 0) return NULL;
    if (g_numpy_name == NULL && (g_numpy_name = PyUnicode_InternFromString("numpy")) == NULL) return NULL;
    if (g_empty_tuple == NULL && (g_empty_tuple = PyTuple_New(0)) == NULL) return NULL;
    PyObject* m = PyModule_Create(&native_module);
    if (m == NULL) return NULL;
    PyObject* predictor_base = PyType_FromSpec(&predictor_base_spec);
    if (predictor_base == NULL || PyModule_AddObject(m, "PredictorBase", predictor_base) < 0) {
        Py_XDECREF(predictor_base);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "VERSION", NATIVE_VERSION) < 0 ||
        PyModule_AddIntConstant(m, "ABI_VERSION", INGOT_ABI_VERSION) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
