/*
 * ingot._native's direct use of numpy's C API: input arrays pinned and
 * result arrays made without the buffer protocol (which costs a format
 * string, its parsing and an allocation per array: about 0.5 µs of a call
 * with one array in and one out).
 *
 * Optional twice over: the extension is built with numpy's headers when
 * numpy is installed at build time (INGOT_NATIVE_NUMPY), and the API table
 * is only imported once numpy itself has been imported by the process.
 * Without either, every function here reports "not handled" and _native.c
 * takes its buffer-protocol path, with the same results.
 *
 * Dtypes are ingot_dtype codes (include/ingot.h): bool, int8..int64,
 * uint8..uint64, float16, float32, float64 = 0..11.
 */
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdbool.h>
#include <stdint.h>

/* Imports numpy's C API table once numpy is in sys.modules; true when the
 * functions below can be used. Never sets a Python exception. */
bool ingot_np_api_ready(void);

/* When `obj` is an ndarray the library may read and write in place
 * (C-contiguous, aligned, writeable, native byte order, a supported dtype,
 * at most 64 dimensions): fills dtype, ndim, shape (64 slots) and data and
 * returns true. Otherwise false (the caller copies). */
bool ingot_np_pinnable(PyObject* obj, int* dtype, int* ndim, int64_t* shape, void** data);

/* A new C-ordered ndarray viewing `data` (not copied), whose base is
 * `owner` (a new reference is taken). NULL with an exception on failure. */
PyObject* ingot_np_view(int dtype, int ndim, const int64_t* shape, void* data, PyObject* owner);

/* A new ndarray holding a copy of the C-ordered `data`; for ndim 0 the
 * numpy scalar of that dtype. NULL with an exception on failure. */
PyObject* ingot_np_copy(int dtype, int ndim, const int64_t* shape, const void* data);
