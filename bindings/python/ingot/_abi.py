"""ctypes declarations of include/ingot.h for one loaded library.

Every bundle's libpredictor.so exports the same functions; values made by one
library must be used and freed by that same library, so each loaded library
gets its own function table (a `Library`), shared by all predictors loaded
from it.

Functions that return quickly and never block (value constructors,
accessors, frees) are called through a `ctypes.PyDLL` handle, which keeps the
GIL for the call and is measurably cheaper per call; the ones that may take
long (creating a predictor, predicting, freeing a predictor) go through a
`ctypes.CDLL` handle, which releases the GIL so that other Python threads run
meanwhile. Both handles are the same dlopen()ed library.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
import threading
from ctypes import c_bool, c_char_p, c_double, c_int, c_int32, c_int64, c_size_t, c_uint32, c_void_p

ABI_VERSION = 1
# The additions of include/ingot.h this package knows (INGOT_ABI_MINOR_VERSION).
ABI_MINOR_VERSION = 1

# ingot_value_kind
KIND_NONE = 0
KIND_BOOL = 1
KIND_INT64 = 2
KIND_FLOAT64 = 3
KIND_STRING = 4
KIND_BYTES = 5
KIND_LIST = 6
KIND_TUPLE = 7
KIND_SET = 8
KIND_DICT = 9
KIND_TENSOR = 10

# ingot_status
STATUS_OK = 0
STATUS_INVALID_ARGUMENT = 1
STATUS_BUNDLE_ERROR = 2
STATUS_OUT_OF_MEMORY = 3
STATUS_INTERNAL_ERROR = 4

# ingot_dtype, by numpy dtype name
DTYPES = {
    "bool": 0, "int8": 1, "int16": 2, "int32": 3, "int64": 4, "uint8": 5, "uint16": 6,
    "uint32": 7, "uint64": 8, "float16": 9, "float32": 10, "float64": 11,
}
DTYPE_NAMES = {code: name for name, code in DTYPES.items()}

# name: (restype, argtypes, releases the GIL)
_P = c_void_p
FUNCTIONS: dict[str, tuple] = {
    "ingot_abi_version": (c_uint32, [], False),
    "ingot_status_string": (c_char_p, [c_int], False),
    "ingot_last_error_message": (c_char_p, [], False),
    "ingot_value_create_none": (_P, [], False),
    "ingot_value_create_bool": (_P, [c_bool], False),
    "ingot_value_create_int64": (_P, [c_int64], False),
    "ingot_value_create_float64": (_P, [c_double], False),
    "ingot_value_create_string": (_P, [c_char_p, c_size_t], False),
    "ingot_value_create_bytes": (_P, [c_char_p, c_size_t], False),
    "ingot_value_create_container": (_P, [c_int], False),
    "ingot_value_create_tensor": (_P, [c_int, _P, c_int32, _P, _P, _P], False),
    "ingot_value_free": (None, [_P], False),
    "ingot_value_get_kind": (c_int, [_P], False),
    "ingot_value_get_bool": (c_int, [_P, _P], False),
    "ingot_value_get_int64": (c_int, [_P, _P], False),
    "ingot_value_get_float64": (c_int, [_P, _P], False),
    "ingot_value_get_data": (c_int, [_P, _P, _P], False),
    "ingot_value_get_length": (c_int, [_P, _P], False),
    "ingot_value_get_item": (c_int, [_P, c_size_t, _P], False),
    "ingot_value_get_pair": (c_int, [_P, c_size_t, _P, _P], False),
    "ingot_value_append": (c_int, [_P, _P], False),
    "ingot_value_dict_set": (c_int, [_P, _P, _P], False),
    "ingot_value_get_tensor": (c_int, [_P, _P, _P, _P, _P], False),
    "ingot_value_map_create": (_P, [], False),
    "ingot_value_map_free": (None, [_P], False),
    "ingot_value_map_set": (c_int, [_P, c_char_p, _P], False),
    "ingot_predictor_create": (c_int, [c_char_p, _P], True),
    "ingot_predictor_free": (None, [_P], True),
    "ingot_predictor_get_manifest": (c_char_p, [_P], False),
    "ingot_predictor_predict": (c_int, [_P, _P, _P], True),
    "ingot_prediction_free": (None, [_P], False),
    "ingot_prediction_get_result": (_P, [_P], False),
    "ingot_prediction_get_error_type": (c_char_p, [_P], False),
    "ingot_prediction_get_error_message": (c_char_p, [_P], False),
    "ingot_prediction_get_logs": (c_char_p, [_P], False),
    "ingot_prediction_get_latency_ms": (c_double, [_P], False),
    "ingot_prediction_take_result": (_P, [_P], False),
}

# Functions added after ABI 1.0, which older libraries lack: a Library binds
# them when present and sets the attribute to None otherwise (the callers
# then take the item-by-item paths). [1.1] packed lists.
OPTIONAL_FUNCTIONS: dict[str, tuple] = {
    "ingot_value_create_float64_list": (_P, [_P, c_size_t], False),
    "ingot_value_create_int64_list": (_P, [_P, c_size_t], False),
    "ingot_value_create_bool_list": (_P, [_P, c_size_t], False),
    "ingot_value_create_string_list": (_P, [c_char_p, _P, c_size_t], False),
    "ingot_value_get_packed_kind": (c_int, [_P, _P], False),
    "ingot_value_get_float64_array": (c_int, [_P, _P, _P], False),
    "ingot_value_get_int64_array": (c_int, [_P, _P, _P], False),
    "ingot_value_get_bool_array": (c_int, [_P, _P, _P], False),
    "ingot_value_get_string_array": (c_int, [_P, _P, _P, _P], False),
}


class IngotError(Exception):
    """Ingot itself failed: a bundle that cannot be loaded, an ABI mismatch,
    or a library call that returned an error status. (A Python exception
    raised by the compiled function is raised as that exception instead.)"""


class Library:
    """One dlopen()ed libpredictor.so and its declared functions, as
    attributes named without the ``ingot_`` prefix (``value_create_int64``)."""

    def __init__(self, path: str):
        self.path = path
        mode = os.RTLD_NOW | os.RTLD_LOCAL
        try:
            blocking = ctypes.CDLL(path, mode=mode)
            fast = ctypes.PyDLL(path, mode=mode)
        except OSError as e:
            raise IngotError(f"cannot load {path}: {e}") from None
        missing = []
        for name, (restype, argtypes, releases_gil) in FUNCTIONS.items():
            try:
                fn = getattr(blocking if releases_gil else fast, name)
            except AttributeError:
                missing.append(name)
                continue
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(self, name[len("ingot_"):], fn)
        if missing:
            raise IngotError(f"{path} is not an Ingot bundle library: it does not export {', '.join(missing)}")
        optional = {}
        for name, (restype, argtypes, releases_gil) in OPTIONAL_FUNCTIONS.items():
            fn = getattr(blocking if releases_gil else fast, name, None)
            if fn is not None:
                fn.restype = restype
                fn.argtypes = argtypes
            optional[name[len("ingot_"):]] = fn
        # All of them or none: a partial set is of no use.
        has_all = all(fn is not None for fn in optional.values())
        for attribute, fn in optional.items():
            setattr(self, attribute, fn if has_all else None)
        #: Whether the library holds lists of floats, ints, bools and strs
        #: packed (ABI 1.1: ingot_value_create_*_list, ingot_value_get_*_array).
        self.packed_lists = has_all
        version = self.abi_version()
        if version != ABI_VERSION:
            raise IngotError(
                f"{path} implements Ingot ABI version {version}, this ingot package speaks version "
                f"{ABI_VERSION}: recompile the bundle with a matching ingot"
            )
        self._local = threading.local()

    def last_error(self) -> str:
        message = self.last_error_message()
        return message.decode("utf-8", "replace") if message else ""

    def status_error(self, what: str, status: int) -> Exception:
        """The exception for a failed call (`status` != OK): MemoryError for
        INGOT_STATUS_OUT_OF_MEMORY, else IngotError with the library's message."""
        text = self.status_string(status)
        text = text.decode("utf-8", "replace") if text else f"status {status}"
        detail = self.last_error()
        message = f"{what} failed: {text}" + (f": {detail}" if detail else "")
        return MemoryError(message) if status == STATUS_OUT_OF_MEMORY else IngotError(message)


_libraries: dict[tuple, Library] = {}
_loaded_paths: dict[str, tuple] = {}
_libraries_lock = threading.Lock()


def open_library(path: str) -> Library:
    """The Library for the file at `path`, loaded once per process (libraries
    are never unloaded: values and predictors may outlive any one Predictor).

    dlopen() hands back the library already loaded from a path even when the
    file has since been replaced (a bundle recompiled in place); such a new
    file is loaded from a private copy instead, so the new code runs."""
    real = os.path.realpath(path)
    try:
        st = os.stat(real)
    except OSError as e:
        raise IngotError(f"cannot load {path}: {e.strerror or e}") from None
    identity = (real, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    with _libraries_lock:
        library = _libraries.get(identity)
        if library is not None:
            return library
        load_from = real
        if real in _loaded_paths:
            directory = tempfile.mkdtemp(prefix="ingot-lib-")
            load_from = os.path.join(directory, os.path.basename(real))
            shutil.copyfile(real, load_from)
        library = Library(load_from)
        _libraries[identity] = library
        _loaded_paths.setdefault(real, identity)
        return library
