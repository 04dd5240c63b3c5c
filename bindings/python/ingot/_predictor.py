"""`load()` and `Predictor`: calling a bundle from Python."""

from __future__ import annotations

import inspect
import json
import os
import sys
import threading
from typing import Any

from ._abi import ABI_VERSION, IngotError, Library, open_library
from ._convert import _native, codec_for, make_exception, native_functions

DEFAULT_LIBRARY = "libpredictor.so"

# The call path in C (ingot._native), when the extension is in use.
_PredictorBase: type = _native.PredictorBase if _native is not None else object


class Prediction:
    """The full outcome of one call (``Predictor.run``): ``value`` (None when
    it raised), ``error`` (the exception, or None), ``logs`` (what print()
    wrote) and ``latency_ms`` (time spent in the compiled function)."""

    __slots__ = ("value", "error", "logs", "latency_ms")

    def __init__(self, value: Any, error: BaseException | None, logs: str, latency_ms: float):
        self.value = value
        self.error = error
        self.logs = logs
        self.latency_ms = latency_ms

    def result(self) -> Any:
        """The value, or raises the exception."""
        if self.error is not None:
            raise self.error
        return self.value

    def __repr__(self) -> str:
        outcome = f"error={self.error!r}" if self.error is not None else f"value={self.value!r}"
        return f"Prediction({outcome}, logs={self.logs!r}, latency_ms={self.latency_ms:.3f})"


class Predictor(_PredictorBase):
    """A loaded bundle. Call it like the Python function it was compiled from.

    ``predictor(*args, **kwargs)`` returns the result or raises the exception
    the function raised (as the builtin class of that name: KeyError,
    ValueError, ...). ``logs`` and ``latency_ms`` describe the last call
    made on this predictor; with several threads use ``run()``, whose
    Prediction carries the logs and latency of that very call.

    Thread safety: one Predictor may be shared by any number of threads.
    The library serialises predictions on one predictor (each call waits for
    the previous one; the GIL is released while waiting and predicting);
    converting arguments and results runs concurrently under the GIL. For
    parallel predictions load one Predictor per thread. Do not close() a
    predictor while calls on it are running.
    """

    def __init__(self, path: str | os.PathLike[str], *, echo_logs: bool = False):
        """Loads the bundle folder `path` (or the library file inside it)."""
        path = os.fspath(path)
        if os.path.isdir(path):
            directory = path
            library_name = _library_name(directory)
        elif os.path.isfile(path) and path.endswith(".so"):
            directory, library_name = os.path.split(os.path.abspath(path))
        elif os.path.exists(path):
            raise IngotError(f"{path} is not a bundle folder (a folder with {DEFAULT_LIBRARY} and manifest.json)")
        else:
            raise IngotError(f"cannot load bundle {path}: no such folder")
        self._handle: int | None = None
        self._lock = threading.Lock()
        library_path = os.path.join(directory, library_name)
        if not os.path.isfile(library_path):
            raise IngotError(f"cannot load bundle {path}: {library_path} is missing")
        self._lib: Library = open_library(library_path)
        # ingot._native's function table for the library (None: pure Python).
        self._native = native_functions(self._lib)
        self.path = os.path.abspath(directory)
        self.echo_logs = echo_logs

        out = _pointer_cell()
        status = self._lib.predictor_create(self.path.encode("utf-8"), out[1])
        if status:
            raise IngotError(
                f"cannot load bundle {path}: {self._lib.status_error('ingot_predictor_create', status)}"
            ) from None
        self._handle = out[0].value

        text = self._lib.predictor_get_manifest(self._handle) or b""
        try:
            self.manifest: dict[str, Any] = json.loads(text.decode("utf-8"))
        except ValueError as e:
            self.close()
            raise IngotError(f"cannot load bundle {path}: its manifest is not valid JSON: {e}") from None
        abi = self.manifest.get("abi_version", ABI_VERSION)
        if abi != ABI_VERSION:
            self.close()
            raise IngotError(f"cannot load bundle {path}: manifest abi_version {abi}, expected {ABI_VERSION}")

        self.entry: str = str(self.manifest.get("entry") or "predictor")
        self.tag: str | None = self.manifest.get("tag")
        params = self.manifest.get("parameters") or []
        self._param_names: list[str] = [str(p["name"]) for p in params]
        self._required: list[str] = [str(p["name"]) for p in params if "default" not in p]
        self._names: dict[str, bytes] = {name: name.encode("utf-8") for name in self._param_names}
        self._arity = len(self._param_names)
        self._logs = b""
        self.latency_ms = 0.0

    # ---- calling ------------------------------------------------------------

    # Calling: ``predictor(*args, **kwargs)`` is _native.PredictorBase's C
    # call path when the extension is built (it reads _handle, _native,
    # _names, _param_names, _arity and entry, sets _logs and latency_ms, and
    # calls back _bind, _raise, _echo and _call_python for what is rare);
    # _call_python is the same call in Python.

    def _call_python(self, *args: Any, **kwargs: Any) -> Any:
        handle = self._handle
        if handle is None:
            raise ValueError("the predictor is closed")
        if args:
            if not kwargs and len(args) == self._arity:
                kwargs = dict(zip(self._param_names, args))
            else:
                kwargs = self._bind(args, kwargs)
        elif len(kwargs) != self._arity:
            kwargs = self._bind(args, kwargs)  # some left out (defaults), or unknown names
        lib = self._lib
        try:
            call = lib._local.codec
        except AttributeError:
            call = codec_for(lib)
        raised, value, logs, latency = call(handle, kwargs, self._names, self.entry)
        self._logs = logs
        self.latency_ms = latency
        if logs:
            self._echo(logs)
        if raised:
            raise value
        return value

    def _raise(self, error_type: str, message: str) -> None:
        raise make_exception(error_type, message)

    def _echo(self, logs: bytes) -> None:
        if self.echo_logs:
            sys.stdout.write(logs.decode("utf-8", "replace"))

    def run(self, *args: Any, **kwargs: Any) -> Prediction:
        """Like calling the predictor, but returns a Prediction instead of
        raising the function's exception (argument errors still raise)."""
        handle = self._handle
        if handle is None:
            raise ValueError("the predictor is closed")
        kwargs = self._bind(args, kwargs)
        raised, value, logs, latency = codec_for(self._lib)(handle, kwargs, self._names, self.entry)
        self._logs = logs
        self.latency_ms = latency
        text = logs.decode("utf-8", "replace") if logs else ""
        if raised:
            return Prediction(None, value, text, latency)
        return Prediction(value, None, text, latency)

    def _bind(self, args: tuple, kwargs: dict) -> dict:
        """kwargs with `args` added by parameter order; CPython's TypeErrors
        for too many positional arguments, duplicates and missing ones."""
        names = self._param_names
        if len(args) > len(names):
            count = len(names)
            low = count - sum(1 for n in names if n not in self._required)
            expected = f"from {low} to {count}" if low != count else str(count)
            plural = "" if count == 1 and low == count else "s"
            given = "was" if len(args) == 1 else "were"
            raise TypeError(
                f"{self.entry}() takes {expected} positional argument{plural} but {len(args)} {given} given"
            )
        for name in kwargs:
            if name not in self._names:
                raise TypeError(f"{self.entry}() got an unexpected keyword argument {name!r}")
        if args:
            bound = dict(zip(names, args))
            for name, value in kwargs.items():
                if name in bound:
                    raise TypeError(f"{self.entry}() got multiple values for argument {name!r}")
                bound[name] = value
        else:
            bound = kwargs
        missing = [n for n in self._required if n not in bound]
        if missing:
            quoted = [repr(n) for n in missing]
            if len(quoted) == 1:
                listed = quoted[0]
            elif len(quoted) == 2:
                listed = f"{quoted[0]} and {quoted[1]}"
            else:
                listed = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
            plural = "argument" if len(missing) == 1 else "arguments"
            raise TypeError(f"{self.entry}() missing {len(missing)} required positional {plural}: {listed}")
        return bound

    # ---- what the bundle says about itself --------------------------------------

    @property
    def logs(self) -> str:
        """What print() wrote during the last call on this predictor."""
        return self._logs.decode("utf-8", "replace") if self._logs else ""

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return list(self.manifest.get("parameters") or [])

    @property
    def returns(self) -> str | None:
        return self.manifest.get("returns")

    @property
    def __signature__(self) -> inspect.Signature:
        """The compiled function's signature, from the manifest (annotations
        are the manifest's type strings)."""
        params = []
        for p in self.parameters:
            default = p["default"] if "default" in p else inspect.Parameter.empty
            annotation = _Annotation(p["type"]) if p.get("type") else inspect.Parameter.empty
            params.append(inspect.Parameter(p["name"], inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                            default=default, annotation=annotation))
        returns = _Annotation(self.returns) if self.returns else inspect.Signature.empty
        return inspect.Signature(params, return_annotation=returns)

    @property
    def description(self) -> str | None:
        return self.manifest.get("description")

    def __repr__(self) -> str:
        state = "closed " if self._handle is None else ""
        try:
            signature = str(self.__signature__)
        except (ValueError, TypeError, KeyError):
            signature = "(...)"
        return f"<{state}ingot.Predictor {self.tag!r} {self.entry}{signature} at {self.path!r}>"

    # ---- lifetime -----------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._handle is None

    def close(self) -> None:
        """Frees the predictor. Idempotent; calls afterwards raise ValueError."""
        with self._lock:
            handle, self._handle = self._handle, None
        if handle is not None:
            self._lib.predictor_free(handle)

    def __enter__(self) -> Predictor:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            if getattr(self, "_handle", None) is not None:
                self.close()
        except Exception:  # interpreter shutdown: modules may be gone
            pass


class _Annotation(str):
    """A manifest type string that shows unquoted in signatures."""

    def __repr__(self) -> str:
        return str(self)


def _library_name(directory: str) -> str:
    """The library a bundle folder names in its manifest.json (default
    libpredictor.so)."""
    try:
        with open(os.path.join(directory, "manifest.json"), "rb") as f:
            name = json.loads(f.read().decode("utf-8")).get("library")
    except (OSError, ValueError, AttributeError):
        return DEFAULT_LIBRARY
    if isinstance(name, str) and name and os.path.basename(name) == name:
        return name
    return DEFAULT_LIBRARY


def _pointer_cell():
    import ctypes

    cell = ctypes.c_void_p()
    return cell, ctypes.addressof(cell)


def load(path: str | os.PathLike[str], *, echo_logs: bool = False) -> Predictor:
    """Loads the bundle at `path` (a folder made by ``ingot compile``) and
    returns a Predictor. With echo_logs=True, what the function prints is
    also written to sys.stdout after each call."""
    return Predictor(path, echo_logs=echo_logs)


if _native is None:
    Predictor.__call__ = Predictor._call_python  # type: ignore[method-assign]
