"""Python values <-> ingot values, and one prediction call, for one Library.

`make_codec(library)` builds closures over the library's functions and over
out-parameter cells of its own. The cells are written by one ABI call and
read right after it, so a codec must not be shared between threads: each
thread gets its own (`codec_for`). Nothing here runs Python code of the
caller's between an ABI call and the read of its cells, so a codec is
re-entrant within its thread.

Python -> ingot (inputs)
    None → NONE, bool → BOOL, int → INT64 (must fit in int64, else
    OverflowError), float → FLOAT64, str → STRING (UTF-8), bytes / bytearray /
    memoryview → BYTES, list → LIST, tuple → TUPLE, set / frozenset → SET,
    dict → DICT (insertion order), numpy.ndarray → TENSOR, numpy scalars
    (numpy.float32(1.5), numpy.int64(3), numpy.bool_(True), ...) → 0-d
    TENSOR. Subclasses convert as their base type. Anything else raises
    TypeError naming the argument and where in it.

ingot -> Python (results): the inverse, exactly: TUPLE → tuple, SET → set,
    DICT → dict in the library's order, BYTES → bytes, TENSOR →
    numpy.ndarray, a 0-d TENSOR → the numpy scalar of its dtype.

numpy (optional: imported only for a TENSOR result; inputs find it in
sys.modules, since a numpy object cannot exist before numpy is imported):
    * an ndarray argument that is C-contiguous, aligned, writable and of a
      supported dtype (ingot_dtype: bool, int8..int64, uint8..uint64,
      float16, float32, float64) in native byte order crosses WITHOUT
      copying: the TENSOR borrows its buffer, and the array is kept alive
      until the library calls the release callback (so a predictor writing
      into its input writes into the caller's array, as in CPython). Any
      other array is copied once into one that is (`_tensor_copy`); other
      dtypes (complex, object, str, datetime, ...) raise TypeError naming
      the argument and the dtype.
    * a TENSOR result becomes an ndarray viewing the result's memory without
      copying; the array's base holds the result value (taken from the
      prediction with ingot_prediction_take_result), freed once, when the
      last array viewing it is gone. `from_value` alone (the value stays
      the caller's) copies instead.

Packed lists: when the library has the ABI 1.1 functions
(`Library.packed_lists`), a non-empty list whose items are all exact floats,
all exact ints, all bools or all exact strs crosses as one array
(ingot_value_create_*_list), and packed results are read as one array
(ingot_value_get_*_array). Types stay exact (True is not packed with ints);
errors are those of the item-by-item path, at the same index.

Two implementations of the same conversions: the C extension `ingot._native`
(built by `pip install -e bindings/python`; a whole prediction in one C call,
tens of ns per list item) and the pure-Python codec below over ctypes (the
reference, used when the extension is not built or INGOT_PURE_PYTHON=1 is
set). `native_functions(lib)` is the extension's function table for a
library, or None; `codec_for(lib)` is the codec to call either way.
"""

from __future__ import annotations

import ast
import builtins
import ctypes
import itertools
import os
import re
import sys
from typing import Any, Callable

from ._abi import (
    ABI_VERSION,
    DTYPE_NAMES,
    DTYPES,
    FUNCTIONS,
    OPTIONAL_FUNCTIONS,
    KIND_BOOL,
    KIND_BYTES,
    KIND_DICT,
    KIND_FLOAT64,
    KIND_INT64,
    KIND_LIST,
    KIND_NONE,
    KIND_SET,
    KIND_STRING,
    KIND_TENSOR,
    KIND_TUPLE,
    IngotError,
    Library,
)

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
# Containers nested deeper than this are refused (a container that contains
# itself would otherwise recurse until RecursionError).
MAX_DEPTH = 200


class ConversionError(Exception):
    """Raised inside the converter; carries the exception class to raise,
    its message, and the path into the argument (built while unwinding)."""

    def __init__(self, exc_type: type, message: str):
        super().__init__(message)
        self.exc_type = exc_type
        self.message = message
        self.path: list[str] = []

    def to_exception(self, argument: str) -> BaseException:
        where = f"argument {argument!r}" + "".join(reversed(self.path))
        return self.exc_type(f"{self.message} (in {where})")


class PredictionError(RuntimeError):
    """A Python exception raised by the compiled function whose class is not
    a builtin exception: ``type_name`` is the class name the bundle reported,
    ``str(e)`` is the exception's message."""

    def __init__(self, type_name: str, message: str):
        super().__init__(message)
        self.type_name = type_name

    def __repr__(self) -> str:
        return f"PredictionError({self.type_name!r}, {str(self)!r})"


class _KeyRepr(str):
    """A KeyError argument whose repr is exactly the reported message (for
    keys the message does not let us rebuild)."""

    def __repr__(self) -> str:
        return str(self)


_exception_classes: dict[str, type | None] = {}
_fixed_str_classes: dict[type, type] = {}


def _exception_class(name: str) -> type | None:
    try:
        return _exception_classes[name]
    except KeyError:
        pass
    cls = getattr(builtins, name, None)
    if not (isinstance(cls, type) and issubclass(cls, Exception)):
        cls = None  # unknown, or BaseException-only (SystemExit, KeyboardInterrupt): not raised as such
    _exception_classes[name] = cls
    return cls


def _fixed_str(self: BaseException) -> str:
    return self.args[0] if self.args else ""


# numpy's AxisError message: "[prefix: ]axis 2 is out of bounds for array of dimension 2".
_AXIS_MESSAGE = re.compile(r"(?:(.*): )?axis (-?\d+) is out of bounds for array of dimension (\d+)", re.S)


class _AxisErrorFallback(ValueError, IndexError):
    """AxisError when numpy cannot be imported (numpy's own class has the
    same bases, ValueError then IndexError)."""


_AxisErrorFallback.__name__ = _AxisErrorFallback.__qualname__ = "AxisError"


def _axis_error(message: str) -> BaseException:
    """numpy.exceptions.AxisError as numpy raises it: built from (axis, ndim)
    when the message is numpy's wording, so that e.axis and e.ndim are set."""
    try:
        from numpy.exceptions import AxisError  # noqa: PLC0415 (numpy is optional)
    except ImportError:
        return _AxisErrorFallback(message)
    m = _AXIS_MESSAGE.fullmatch(message)
    if m is not None:
        axis, ndim, prefix = int(m.group(2)), int(m.group(3)), m.group(1)
        exc = AxisError(axis, ndim) if prefix is None else AxisError(axis, ndim, prefix)
        if str(exc) == message:
            return exc
    return AxisError(message)


def make_exception(type_name: str, message: str) -> BaseException:
    """The exception a prediction reported, rebuilt so that
    ``type(e).__name__ == type_name`` and ``str(e) == message``."""
    if type_name == "AxisError":
        return _axis_error(message)
    cls = _exception_class(type_name)
    if cls is None:
        return PredictionError(type_name, message)
    if cls is KeyError:
        # str(KeyError(k)) is repr(k): rebuild the key when the message is
        # the repr of a literal (a str, int, tuple, ...).
        if not message:
            return KeyError()
        try:
            key = ast.literal_eval(message)
            if repr(key) == message:
                return KeyError(key)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            pass
        return KeyError(_KeyRepr(message))
    try:
        exc = cls(message) if message else cls()
        if str(exc) == message:
            return exc
    except Exception:
        pass
    # Classes whose constructor wants other arguments (UnicodeDecodeError) or
    # formats its message: a subclass of the same name whose str() is the message.
    sub = _fixed_str_classes.get(cls)
    if sub is None:
        sub = type(cls.__name__, (cls,), {"__str__": _fixed_str, "__module__": cls.__module__,
                                          "__qualname__": cls.__qualname__})
        _fixed_str_classes[cls] = sub
    exc = sub.__new__(sub, message)
    exc.args = (message,)
    return exc


NUMPY_MISSING = ("the predictor returned a numpy array (a TENSOR value), but numpy is not installed "
                 "(pip install numpy)")
SUPPORTED_DTYPES = "bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float16, float32, float64"


def _numpy():
    """numpy, imported now (for a TENSOR result); ImportError saying why when
    it is not installed."""
    try:
        import numpy  # noqa: PLC0415 (optional dependency, imported when a tensor shows up)
    except ImportError as e:
        raise ImportError(NUMPY_MISSING) from e
    return numpy


_scalar_codes_cache: dict = {}


def _scalar_codes(np: Any) -> dict:
    """{numpy scalar type: ingot_dtype} for every scalar type of a supported
    dtype (numpy.longlong too, a type of its own next to numpy.int64)."""
    codes = _scalar_codes_cache.get(id(np))
    if codes is None:
        codes = {np.dtype(name).type: code for name, code in DTYPES.items()}
        for t in set(getattr(np, "sctypeDict", {}).values()):
            try:
                dtype = np.dtype(t)
            except TypeError:
                continue
            code = DTYPES.get(dtype.name)
            if code is not None and dtype.isnative and isinstance(t, type) and issubclass(t, np.generic):
                codes.setdefault(t, code)
        _scalar_codes_cache[id(np)] = codes
    return codes


def _numpy_types(required: bool) -> Any:
    """For ingot._native: (numpy.asarray, numpy.ndarray, numpy.generic,
    _scalar_codes) when numpy is imported (imported now when `required`);
    None when it is not and not required."""
    np = sys.modules.get("numpy")
    if np is None or not hasattr(np, "generic"):  # (not imported, or being imported)
        if not required:
            return None
        np = _numpy()
    return np.asarray, np.ndarray, np.generic, _scalar_codes(np)


def _tensor_copy(obj: Any) -> Any:
    """For both codecs: an array that cannot be handed over as it is (not
    C-contiguous, read-only, unaligned or byte-swapped) copied once into one
    that can, or the TypeError message (a str) for an array or a numpy
    scalar of an unsupported dtype."""
    np = sys.modules["numpy"]
    dtype = obj.dtype
    if DTYPES.get(dtype.name) is None:
        kind = "array" if isinstance(obj, np.ndarray) else "scalar"
        return f"cannot pass a numpy {kind} of dtype {dtype} to a predictor (supported: {SUPPORTED_DTYPES})"
    # (np.array, not ascontiguousarray, which would make a 0-d array 1-d; a
    # scalar of a subclass of a scalar type becomes a 0-d array)
    return np.array(obj, dtype=dtype.newbyteorder("="), order="C", copy=True)


def _array_from(dtype: int, shape: tuple, data_at: int | None) -> Any:
    """A new numpy array copied from a TENSOR's data (the numpy scalar for a
    0-d one)."""
    dtype_name = DTYPE_NAMES.get(dtype)
    if dtype_name is None:
        raise IngotError(f"the library returned a tensor of unknown dtype {dtype}")
    np = _numpy()
    array = np.empty(shape, dtype=dtype_name)
    if array.nbytes:
        ctypes.memmove(array.ctypes.data, data_at, array.nbytes)
    return array[()] if not shape else array


class _ValueOwner:
    """Owns a prediction's result while numpy arrays view its tensors
    (pure-Python codec); frees it when the last one goes."""

    __slots__ = ("free", "value")

    def __init__(self, free: Callable):
        self.free = free
        self.value = None

    def __del__(self) -> None:
        if self.value:
            self.free(self.value)


class _TensorView:
    """One tensor's memory for numpy.asarray (its base), holding the owner."""

    __slots__ = ("__array_interface__", "owner")


# Input arrays handed over without copying (pure-Python codec), by the key
# passed as the TENSOR's release context, until the library releases them.
_pinned: dict[int, Any] = {}
_pin_keys = itertools.count(1)


@ctypes.CFUNCTYPE(None, ctypes.c_void_p)
def _release_pinned(key: int | None) -> None:
    _pinned.pop(key, None)


_RELEASE_PINNED = ctypes.cast(_release_pinned, ctypes.c_void_p).value


def make_codec(lib: Library) -> Callable:
    """Returns `call(handle, kwargs, names, entry)` for `lib`, with
    `call.to_value` and `call.from_value` attached (see module docstring)."""
    create_none = lib.value_create_none
    create_bool = lib.value_create_bool
    create_int64 = lib.value_create_int64
    create_float64 = lib.value_create_float64
    create_string = lib.value_create_string
    create_bytes = lib.value_create_bytes
    create_container = lib.value_create_container
    create_tensor = lib.value_create_tensor
    value_free = lib.value_free
    get_kind = lib.value_get_kind
    get_bool = lib.value_get_bool
    get_int64 = lib.value_get_int64
    get_float64 = lib.value_get_float64
    get_data = lib.value_get_data
    get_length = lib.value_get_length
    get_item = lib.value_get_item
    get_pair = lib.value_get_pair
    get_tensor = lib.value_get_tensor
    append = lib.value_append
    dict_set = lib.value_dict_set
    map_create = lib.value_map_create
    map_free = lib.value_map_free
    map_set = lib.value_map_set
    predict = lib.predictor_predict
    prediction_free = lib.prediction_free
    get_result = lib.prediction_get_result
    get_error_type = lib.prediction_get_error_type
    get_error_message = lib.prediction_get_error_message
    get_logs = lib.prediction_get_logs
    get_latency = lib.prediction_get_latency_ms
    take_result = lib.prediction_take_result
    string_at = ctypes.string_at
    # Packed lists (ABI 1.1), when the library has them.
    packed_lists = lib.packed_lists
    create_float64_list = lib.value_create_float64_list
    create_int64_list = lib.value_create_int64_list
    create_bool_list = lib.value_create_bool_list
    create_string_list = lib.value_create_string_list
    get_packed_kind = lib.value_get_packed_kind
    get_float64_array = lib.value_get_float64_array
    get_int64_array = lib.value_get_int64_array
    get_bool_array = lib.value_get_bool_array
    get_string_array = lib.value_get_string_array

    # Out-parameter cells of this codec, passed by address.
    bool_cell = ctypes.c_bool()
    int_cell = ctypes.c_int64()
    float_cell = ctypes.c_double()
    ptr_cell = ctypes.c_void_p()
    ptr2_cell = ctypes.c_void_p()
    size_cell = ctypes.c_size_t()
    int32_cell = ctypes.c_int32()
    dtype_cell = ctypes.c_int()
    bool_at = ctypes.addressof(bool_cell)
    int_at = ctypes.addressof(int_cell)
    float_at = ctypes.addressof(float_cell)
    ptr_at = ctypes.addressof(ptr_cell)
    ptr2_at = ctypes.addressof(ptr2_cell)
    size_at = ctypes.addressof(size_cell)
    int32_at = ctypes.addressof(int32_cell)
    dtype_at = ctypes.addressof(dtype_cell)
    # While call() converts a result: [the _ValueOwner that its numpy views
    # hold, made by the first one]; None otherwise (tensors are copied).
    viewing: list | None = None

    def created(v: int | None) -> int:
        if v is None:
            raise ConversionError(MemoryError, f"the library could not create a value: {lib.last_error()}")
        return v

    def bad_int(obj: int) -> ConversionError:
        # The runtime's own wording for ints that do not fit (no digits: a
        # huge int may not even convert to str).
        return ConversionError(OverflowError, "Python int too large to convert to C int64")

    def encode(obj: str) -> bytes:
        try:
            return obj.encode("utf-8")
        except UnicodeEncodeError as e:
            raise ConversionError(
                ValueError, f"str with an unpaired surrogate {obj[e.start]!r} at index {e.start} is not valid UTF-8"
            ) from None

    # ---- Python -> ingot ------------------------------------------------

    def to_value(obj: Any, depth: int = 0) -> int:
        """A new value for `obj`, owned by the caller."""
        t = type(obj)
        if t is float:
            v = create_float64(obj)
        elif t is int:
            if not INT64_MIN <= obj <= INT64_MAX:
                raise bad_int(obj)
            v = create_int64(obj)
        elif t is str:
            b = encode(obj)
            v = create_string(b, len(b))
        elif t is bool:
            v = create_bool(obj)
        elif obj is None:
            v = create_none()
        elif t is list:
            if packed_lists and obj:
                v = packed_list_to_value(obj)
                if v is not None:
                    return v
            return items_to_value(obj, KIND_LIST, depth)
        elif t is tuple:
            return items_to_value(obj, KIND_TUPLE, depth)
        elif t is dict:
            return dict_to_value(obj, depth)
        elif t is set or t is frozenset:
            return items_to_value(obj, KIND_SET, depth)
        elif t is bytes:
            v = create_bytes(obj, len(obj))
        else:
            return other_to_value(obj, depth)
        if v is None:
            created(v)
        return v

    def too_deep() -> ConversionError:
        return ConversionError(
            ValueError, f"the value is nested more than {MAX_DEPTH} levels deep (does a container contain itself?)"
        )

    def items_to_value(items: Any, kind: int, depth: int) -> int:
        if depth >= MAX_DEPTH:
            raise too_deep()
        c = created(create_container(kind))
        index = 0
        try:
            for item in items:
                t = type(item)
                if t is float:
                    v = create_float64(item)
                elif t is int and INT64_MIN <= item <= INT64_MAX:
                    v = create_int64(item)
                else:
                    v = to_value(item, depth + 1)
                if v is None:
                    created(v)
                if append(c, v):
                    detail = lib.last_error()  # (before value_free clears it)
                    value_free(v)
                    raise ConversionError(IngotError, f"ingot_value_append failed: {detail}")
                index += 1
        except ConversionError as e:
            value_free(c)
            e.path.append(f"[{index}]" if kind != KIND_SET else f" (a set item: {_short_repr(item)})")
            raise
        except BaseException:
            value_free(c)
            raise
        return c

    def packed_list_to_value(items: list) -> int | None:
        """A packed value (one ABI call) for a non-empty list whose items are
        all exact floats, ints, bools or strs; None for any other list.
        Errors are the item-by-item path's, at the same index."""
        t = type(items[0])
        if t not in (float, int, bool, str):
            return None
        for item in items:
            if type(item) is not t:
                return None
        n = len(items)
        if t is float:
            return created(create_float64_list((ctypes.c_double * n)(*items), n))
        if t is bool:
            return created(create_bool_list((ctypes.c_bool * n)(*items), n))
        if t is int:
            if not (INT64_MIN <= min(items) and max(items) <= INT64_MAX):
                index = next(i for i, x in enumerate(items) if not INT64_MIN <= x <= INT64_MAX)
                e = bad_int(items[index])
                e.path.append(f"[{index}]")
                raise e
            return created(create_int64_list((ctypes.c_int64 * n)(*items), n))
        encoded = []
        for index, item in enumerate(items):
            try:
                encoded.append(encode(item))
            except ConversionError as e:
                e.path.append(f"[{index}]")
                raise
        offsets = (ctypes.c_size_t * (n + 1))(0, *itertools.accumulate(map(len, encoded)))
        return created(create_string_list(b"".join(encoded), offsets, n))

    def dict_to_value(d: Any, depth: int) -> int:
        if depth >= MAX_DEPTH:
            raise too_deep()
        c = created(create_container(KIND_DICT))
        key = None
        try:
            for key, item in d.items():
                k = to_value(key, depth + 1)
                try:
                    v = to_value(item, depth + 1)
                except BaseException:
                    value_free(k)
                    raise
                if dict_set(c, k, v):
                    detail = lib.last_error()  # (before value_free clears it)
                    value_free(k)
                    value_free(v)
                    raise ConversionError(IngotError, f"ingot_value_dict_set failed: {detail}")
        except ConversionError as e:
            value_free(c)
            e.path.append(f"[{_short_repr(key)}]")
            raise
        except BaseException:
            value_free(c)
            raise
        return c

    def other_to_value(obj: Any, depth: int) -> int:
        """Subclasses of the supported types, buffers, numpy values."""
        np = sys.modules.get("numpy")
        if np is not None and hasattr(np, "generic"):  # (first: numpy.float64 is a float subclass)
            if isinstance(obj, np.ndarray):
                return tensor_to_value(obj, np)
            if isinstance(obj, np.generic) and not isinstance(obj, (str, bytes)):
                return numpy_scalar_to_value(obj, np)
        if isinstance(obj, bool):
            return created(create_bool(bool(obj)))
        if isinstance(obj, int):
            value = int(obj)
            if not INT64_MIN <= value <= INT64_MAX:
                raise bad_int(value)
            return created(create_int64(value))
        if isinstance(obj, float):
            return created(create_float64(float(obj)))
        if isinstance(obj, str):
            b = encode(str(obj))
            return created(create_string(b, len(b)))
        if isinstance(obj, (bytes, bytearray, memoryview)):
            b = bytes(obj)
            return created(create_bytes(b, len(b)))
        if isinstance(obj, tuple):
            return items_to_value(obj, KIND_TUPLE, depth)
        if isinstance(obj, list):
            return items_to_value(obj, KIND_LIST, depth)
        if isinstance(obj, (set, frozenset)):
            return items_to_value(obj, KIND_SET, depth)
        if isinstance(obj, dict):
            return dict_to_value(obj, depth)
        raise ConversionError(TypeError, f"cannot pass a value of type {type(obj).__qualname__!r} to a predictor")

    def tensor_to_value(array: Any, np: Any) -> int:
        """A TENSOR borrowing the array's buffer (a copy's, when it cannot be
        handed over as it is), pinned in _pinned until the library releases it."""
        code = DTYPES.get(array.dtype.name)
        flags = array.flags
        if code is None or not (flags.c_contiguous and flags.aligned and flags.writeable and array.dtype.isnative):
            array = _tensor_copy(array)
            if isinstance(array, str):
                raise ConversionError(TypeError, array)
            code = DTYPES[array.dtype.name]
        dims = array.shape
        shape = (ctypes.c_int64 * max(len(dims), 1))(*dims)
        key = next(_pin_keys)
        _pinned[key] = array
        # (on failure the library has called the release callback already)
        return created(create_tensor(code, ctypes.addressof(shape), len(dims), array.ctypes.data, _RELEASE_PINNED,
                                     key))

    def numpy_scalar_to_value(obj: Any, np: Any) -> int:
        """A 0-d TENSOR holding a copy of a numpy scalar."""
        code = _scalar_codes(np).get(type(obj))
        if code is None:
            array = _tensor_copy(obj)
            if isinstance(array, str):
                raise ConversionError(TypeError, array)
            return tensor_to_value(array, np)
        data = obj.tobytes()
        return created(create_tensor(code, None, 0, data, None, None))

    # ---- ingot -> Python ------------------------------------------------

    def from_value(v: int) -> Any:
        kind = get_kind(v)
        if kind == KIND_FLOAT64:
            get_float64(v, float_at)
            return float_cell.value
        if kind == KIND_INT64:
            get_int64(v, int_at)
            return int_cell.value
        if kind == KIND_STRING:
            get_data(v, ptr_at, size_at)
            n = size_cell.value
            return string_at(ptr_cell.value, n).decode("utf-8") if n else ""
        if kind == KIND_BOOL:
            get_bool(v, bool_at)
            return bool_cell.value
        if kind == KIND_NONE:
            return None
        if kind == KIND_LIST:
            if packed_lists:
                if get_packed_kind(v, dtype_at):
                    raise IngotError(f"ingot_value_get_packed_kind failed: {lib.last_error()}")
                if dtype_cell.value != KIND_NONE:
                    return packed_list_from_value(v, dtype_cell.value)
            return items_from_value(v)
        if kind == KIND_TUPLE:
            return tuple(items_from_value(v))
        if kind == KIND_DICT:
            return dict_from_value(v)
        if kind == KIND_SET:
            return set(items_from_value(v))
        if kind == KIND_BYTES:
            get_data(v, ptr_at, size_at)
            n = size_cell.value
            return string_at(ptr_cell.value, n) if n else b""
        if kind == KIND_TENSOR:
            return tensor_from_value(v)
        raise IngotError(f"the library returned a value of unknown kind {kind}")

    def packed_list_from_value(v: int, kind: int) -> list:
        """The items of a packed LIST, read as one array."""
        if kind == KIND_STRING:
            status = get_string_array(v, ptr_at, ptr2_at, size_at)
        else:
            getter, cell_type = packed_readers.get(kind, (None, None))
            if getter is None:
                raise IngotError(f"the library returned a list packed as unknown kind {kind}")
            status = getter(v, ptr_at, size_at)
        if status:
            raise IngotError(f"reading a packed list failed: {lib.last_error()}")
        n = size_cell.value
        if kind != KIND_STRING:
            return (cell_type * n).from_address(ptr_cell.value)[:]
        offsets = (ctypes.c_size_t * (n + 1)).from_address(ptr2_cell.value)[:]
        data = string_at(ptr_cell.value, offsets[n]) if offsets[n] else b""
        return [data[a:b].decode("utf-8") for a, b in zip(offsets, offsets[1:])]

    packed_readers = {
        KIND_FLOAT64: (get_float64_array, ctypes.c_double),
        KIND_INT64: (get_int64_array, ctypes.c_int64),
        KIND_BOOL: (get_bool_array, ctypes.c_bool),
    }

    def items_from_value(v: int) -> list:
        if get_length(v, size_at):
            raise IngotError(f"ingot_value_get_length failed: {lib.last_error()}")
        n = size_cell.value
        out = [None] * n
        # Items are usually all of one kind: after a float (int), try the
        # float (int) accessor directly, which fails cleanly on another kind.
        previous = -1
        for index in range(n):
            if get_item(v, index, ptr_at):
                raise IngotError(f"ingot_value_get_item failed: {lib.last_error()}")
            item = ptr_cell.value
            if previous == KIND_FLOAT64:
                if not get_float64(item, float_at):
                    out[index] = float_cell.value
                    continue
            elif previous == KIND_INT64:
                if not get_int64(item, int_at):
                    out[index] = int_cell.value
                    continue
            previous = kind = get_kind(item)
            if kind == KIND_FLOAT64:
                get_float64(item, float_at)
                out[index] = float_cell.value
            elif kind == KIND_INT64:
                get_int64(item, int_at)
                out[index] = int_cell.value
            else:
                out[index] = from_value(item)
        return out

    def dict_from_value(v: int) -> dict:
        if get_length(v, size_at):
            raise IngotError(f"ingot_value_get_length failed: {lib.last_error()}")
        out = {}
        for index in range(size_cell.value):
            if get_pair(v, index, ptr_at, ptr2_at):
                raise IngotError(f"ingot_value_get_pair failed: {lib.last_error()}")
            item = ptr2_cell.value
            key = from_value(ptr_cell.value)
            out[key] = from_value(item)
        return out

    def tensor_from_value(v: int) -> Any:
        if get_tensor(v, dtype_at, ptr_at, int32_at, ptr2_at):
            raise IngotError(f"ingot_value_get_tensor failed: {lib.last_error()}")
        shape_at, data_at = ptr_cell.value, ptr2_cell.value
        ndim = int32_cell.value
        dtype = dtype_cell.value
        shape = tuple((ctypes.c_int64 * ndim).from_address(shape_at)) if ndim else ()
        if viewing is None or not ndim or not data_at or 0 in shape:
            return _array_from(dtype, shape, data_at)  # a copy, or the numpy scalar
        name = DTYPE_NAMES.get(dtype)
        if name is None:
            raise IngotError(f"the library returned a tensor of unknown dtype {dtype}")
        np = _numpy()
        if viewing[0] is None:
            viewing[0] = _ValueOwner(value_free)
        view = _TensorView()
        view.__array_interface__ = {"version": 3, "shape": shape, "typestr": np.dtype(name).str,
                                    "data": (data_at, False)}
        view.owner = viewing[0]
        return np.asarray(view)

    # ---- one prediction ---------------------------------------------------

    def call(handle: int, kwargs: dict, names: dict, entry: str):
        """Runs one prediction. Returns (raised, value_or_exception, logs
        bytes, latency_ms); raises for bad arguments or a failing library."""
        inputs = map_create()
        if inputs is None:
            raise MemoryError(f"ingot_value_map_create failed: {lib.last_error()}")
        try:
            for name, obj in kwargs.items():
                key = names.get(name)
                if key is None:
                    raise TypeError(f"{entry}() got an unexpected keyword argument {name!r}")
                try:
                    v = to_value(obj)
                except ConversionError as e:
                    raise e.to_exception(name) from None
                if map_set(inputs, key, v):
                    detail = lib.last_error()  # (before value_free clears it)
                    value_free(v)
                    raise IngotError(f"ingot_value_map_set failed: {detail}")
            status = predict(handle, inputs, ptr_at)
            prediction = ptr_cell.value
            # (the library's message, before map_free clears it)
            failure = lib.status_error("ingot_predictor_predict", status) if status else None
        finally:
            map_free(inputs)
        if failure is not None:
            raise failure
        try:
            logs = get_logs(prediction)
            latency = get_latency(prediction)
            result = get_result(prediction)
            if result is not None:
                nonlocal viewing
                viewing = state = [None]
                try:
                    value = from_value(result)
                finally:
                    viewing = None
                if state[0] is not None:  # numpy arrays view the result: their owner takes it over
                    taken = take_result(prediction)
                    if taken != result:
                        raise IngotError("ingot_prediction_take_result did not hand over the result")
                    state[0].value = taken
                return False, value, logs, latency
            error_type = get_error_type(prediction)
            if error_type is None:
                raise IngotError(f"{entry}(): the bundle returned neither a result nor an exception")
            message = get_error_message(prediction) or b""
            return True, make_exception(error_type.decode("utf-8", "replace"),
                                        message.decode("utf-8", "replace")), logs, latency
        finally:
            prediction_free(prediction)

    def converted(obj: Any) -> Any:
        """Round trip obj → value → Python without predicting (for tests)."""
        try:
            v = to_value(obj)
        except ConversionError as e:
            raise e.to_exception("value") from None
        try:
            return from_value(v)
        finally:
            value_free(v)

    call.to_value = to_value  # type: ignore[attr-defined]
    call.from_value = from_value  # type: ignore[attr-defined]
    call.round_trip = converted  # type: ignore[attr-defined]
    return call


def make_native_codec(lib: Library, functions: Any) -> Callable:
    """The codec of make_codec() over ingot._native: `call(handle, kwargs,
    names, entry)` with the same results and exceptions, and `round_trip`.
    It keeps no state between calls, so any thread may use it."""
    predict = _native.predict
    to_value = _native.to_value
    from_value = _native.from_value
    value_free = lib.value_free

    def call(handle: int, kwargs: dict, names: dict, entry: str):
        value, error_type, message, logs, latency = predict(functions, handle, kwargs, names, entry)
        if error_type is not None:
            return True, make_exception(error_type, message), logs, latency
        return False, value, logs, latency

    def converted(obj: Any) -> Any:
        v = to_value(functions, obj, "value")
        try:
            return from_value(functions, v)
        finally:
            value_free(v)

    call.round_trip = converted  # type: ignore[attr-defined]
    return call


def native_functions(lib: Library) -> Any:
    """ingot._native's function table for `lib` (made once per library), or
    None when the extension is not in use."""
    if _native is None:
        return None
    functions = lib.__dict__.get("_native_functions")
    if functions is None:
        addresses = {name: ctypes.cast(getattr(lib, name[len("ingot_"):]), ctypes.c_void_p).value
                     for name in FUNCTIONS}
        if lib.packed_lists:
            addresses.update({name: ctypes.cast(getattr(lib, name[len("ingot_"):]), ctypes.c_void_p).value
                              for name in OPTIONAL_FUNCTIONS})
        functions = lib._native_functions = _native.bind(addresses)
    return functions


def codec_for(lib: Library) -> Callable:
    """The codec for `lib`: the native one (shared by all threads) when the
    extension is in use, else this thread's pure-Python codec."""
    codec = lib.__dict__.get("_native_codec")
    if codec is not None:
        return codec
    functions = native_functions(lib)
    if functions is not None:
        codec = lib._native_codec = make_native_codec(lib, functions)
        return codec
    local = lib._local
    try:
        return local.codec
    except AttributeError:
        codec = local.codec = make_codec(lib)
        return codec


def _short_repr(obj: Any, limit: int = 40) -> str:
    try:
        text = repr(obj)
    except Exception:
        text = f"<{type(obj).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _load_native() -> Any:
    """ingot._native when it is built, matches this package and is not
    turned off by INGOT_PURE_PYTHON=1; else None (the pure-Python codec)."""
    if os.environ.get("INGOT_PURE_PYTHON", "") not in ("", "0"):
        return None
    try:
        from . import _native as native  # noqa: PLC0415
    except ImportError:
        return None
    if getattr(native, "VERSION", None) != 4 or getattr(native, "ABI_VERSION", None) != ABI_VERSION:
        return None  # a stale build of another interface: rebuild with pip install -e bindings/python
    native.configure(IngotError, _numpy_types, _tensor_copy)
    return native


_native = _load_native()
