/* ingot._native's direct use of numpy's C API (see _native_numpy.h). */
#include "_native_numpy.h"

#include <string.h>

#ifdef INGOT_NATIVE_NUMPY

#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>

enum { MAX_DIMS = 64, DTYPE_COUNT = 12 };

/* numpy's type number of each ingot_dtype code. */
static const int kTypeNum[DTYPE_COUNT] = {NPY_BOOL,   NPY_INT8,   NPY_INT16,  NPY_INT32, NPY_INT64, NPY_UINT8,
                                          NPY_UINT16, NPY_UINT32, NPY_UINT64, NPY_HALF,  NPY_FLOAT, NPY_DOUBLE};

static int g_state; /* 0: not tried; 1: ready; -1: unusable (numpy 1.x ABI mismatch, ...) */

bool ingot_np_api_ready(void) {
    if (g_state != 0) return g_state > 0;
    PyObject* name = PyUnicode_FromString("numpy");
    if (name == NULL) {
        PyErr_Clear();
        return false;
    }
    PyObject* module = PyImport_GetModule(name);
    Py_DECREF(name);
    if (module == NULL) {
        PyErr_Clear();
        return false; /* not imported yet: try again at the next array */
    }
    Py_DECREF(module);
    if (_import_array() < 0) {
        PyErr_Clear();
        g_state = -1;
        return false;
    }
    g_state = 1;
    return true;
}

/* The ingot_dtype code of an array's dtype, or -1. Integer types go by
 * size, as numpy's long and longlong are both int64 on LP64. */
static int dtype_code(PyArrayObject* a) {
    const int size = (int)PyArray_ITEMSIZE(a);
    switch (PyArray_TYPE(a)) {
        case NPY_BOOL: return 0;
        case NPY_BYTE: case NPY_SHORT: case NPY_INT: case NPY_LONG: case NPY_LONGLONG:
            return size == 1 ? 1 : size == 2 ? 2 : size == 4 ? 3 : size == 8 ? 4 : -1;
        case NPY_UBYTE: case NPY_USHORT: case NPY_UINT: case NPY_ULONG: case NPY_ULONGLONG:
            return size == 1 ? 5 : size == 2 ? 6 : size == 4 ? 7 : size == 8 ? 8 : -1;
        case NPY_HALF: return 9;
        case NPY_FLOAT: return 10;
        case NPY_DOUBLE: return 11;
        default: return -1;
    }
}

bool ingot_np_pinnable(PyObject* obj, int* dtype, int* ndim, int64_t* shape, void** data) {
    if (g_state <= 0 || !PyArray_Check(obj)) return false;
    PyArrayObject* a = (PyArrayObject*)obj;
    const int flags = NPY_ARRAY_C_CONTIGUOUS | NPY_ARRAY_ALIGNED | NPY_ARRAY_WRITEABLE;
    if (!PyArray_CHKFLAGS(a, flags) || !PyArray_ISNOTSWAPPED(a) || PyArray_NDIM(a) > MAX_DIMS) return false;
    const int code = dtype_code(a);
    if (code < 0) return false;
    *dtype = code;
    *ndim = PyArray_NDIM(a);
    const npy_intp* dims = PyArray_DIMS(a);
    for (int i = 0; i < *ndim; ++i) shape[i] = (int64_t)dims[i];
    *data = PyArray_DATA(a);
    return true;
}

static bool copy_dims(int ndim, const int64_t* shape, npy_intp* dims) {
    if (ndim < 0 || ndim > MAX_DIMS) {
        PyErr_Format(PyExc_SystemError, "ingot._native: a tensor of %d dimensions", ndim);
        return false;
    }
    for (int i = 0; i < ndim; ++i) dims[i] = (npy_intp)shape[i];
    return true;
}

PyObject* ingot_np_view(int dtype, int ndim, const int64_t* shape, void* data, PyObject* owner) {
    npy_intp dims[MAX_DIMS];
    if (dtype < 0 || dtype >= DTYPE_COUNT || !copy_dims(ndim, shape, dims)) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "ingot._native: bad tensor dtype");
        return NULL;
    }
    PyArray_Descr* descr = PyArray_DescrFromType(kTypeNum[dtype]);
    if (descr == NULL) return NULL;
    /* (steals descr) */
    PyObject* array = PyArray_NewFromDescr(&PyArray_Type, descr, ndim, dims, NULL, data, NPY_ARRAY_CARRAY, NULL);
    if (array == NULL) return NULL;
    Py_INCREF(owner);
    if (PyArray_SetBaseObject((PyArrayObject*)array, owner) < 0) { /* (steals owner, also on failure) */
        Py_DECREF(array);
        return NULL;
    }
    return array;
}

PyObject* ingot_np_copy(int dtype, int ndim, const int64_t* shape, const void* data) {
    npy_intp dims[MAX_DIMS];
    if (dtype < 0 || dtype >= DTYPE_COUNT || !copy_dims(ndim, shape, dims)) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "ingot._native: bad tensor dtype");
        return NULL;
    }
    if (ndim == 0) {
        PyArray_Descr* descr = PyArray_DescrFromType(kTypeNum[dtype]);
        if (descr == NULL) return NULL;
        PyObject* scalar = PyArray_Scalar((void*)data, descr, NULL);
        Py_DECREF(descr);
        return scalar;
    }
    PyObject* array = PyArray_SimpleNew(ndim, dims, kTypeNum[dtype]);
    if (array == NULL) return NULL;
    const size_t bytes = (size_t)PyArray_NBYTES((PyArrayObject*)array);
    if (bytes > 0) memcpy(PyArray_DATA((PyArrayObject*)array), data, bytes);
    return array;
}

#else /* built without numpy's headers: _native.c's buffer-protocol path does all */

bool ingot_np_api_ready(void) { return false; }

bool ingot_np_pinnable(PyObject* obj, int* dtype, int* ndim, int64_t* shape, void** data) {
    (void)obj, (void)dtype, (void)ndim, (void)shape, (void)data;
    return false;
}

PyObject* ingot_np_view(int dtype, int ndim, const int64_t* shape, void* data, PyObject* owner) {
    (void)dtype, (void)ndim, (void)shape, (void)data, (void)owner;
    PyErr_SetString(PyExc_SystemError, "ingot._native was built without numpy's headers");
    return NULL;
}

PyObject* ingot_np_copy(int dtype, int ndim, const int64_t* shape, const void* data) {
    (void)dtype, (void)ndim, (void)shape, (void)data;
    PyErr_SetString(PyExc_SystemError, "ingot._native was built without numpy's headers");
    return NULL;
}

#endif
