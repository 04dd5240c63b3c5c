"""Differential testing of predictors: CPython against the compiled bundle.

Every ``tests/predictors/<name>.py`` (names starting with ``_`` excepted) is a
predictor file: ``from ingot import compile``, one typed ``@compile``
function, and

    CASES = [dict(x=1), ...]          hand-picked inputs (keyword arguments)

and optionally

    def generate(rng) -> dict         one random input from a random.Random
    def strategies(st) -> dict        hypothesis strategies for some parameters
                                      (the rest are derived from annotations)
    GENERATE = False                  no generated inputs at all
    NUMPY_DTYPES = ["float32", ...]   dtypes of generated arrays (default: all
                                      of ingot_dtype, DEFAULT_NUMPY_DTYPES)
    NUMPY_SHAPES = dict(max_dims=2, max_side=4, min_dims=1)
                                      shapes of generated arrays (default:
                                      rank 0 to 3, sides 0 to 4)

Each input runs through the function in CPython and through the bundle that
``ingot compile`` builds from the same file; the two outcomes must match:
the same value with exactly the same types recursively (bool is not int,
tuple is not list, dict order matters, floats bit for bit with nan == nan),
or the same exception class and str(); and the same print() output.

The one intended difference: compiled ints are 64-bit. When CPython's
result holds an int outside int64, the bundle must raise OverflowError with
the runtime's message instead (INT_OVERFLOW_MESSAGE).

numpy values (docs/numpy.md): arrays must have the same dtype and shape and
equal values: exactly for bool and integer dtypes; for floats within
FLOAT_TOLERANCE (numpy.isclose against CPython's value: rtol 1e-6 and an atol
of a few eps for float16/float32, rtol 1e-12 for float64), with nans at the
same positions and infinities equal. numpy scalars: the same type and value
by the same rules. A 0-d array in CPython's result counts as the numpy scalar
it crosses the ABI as. Parameters annotated np.ndarray / npt.NDArray[...] /
a numpy scalar type get generated arrays (hypothesis.extra.numpy).

Run through pytest (tests/python/test_predictors.py) or directly:

    python3 tests/predictors/_harness.py [NAME ...]     # a table of outcomes
"""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import io
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import typing
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

PREDICTORS_DIR = Path(__file__).resolve().parent
REPO_ROOT = PREDICTORS_DIR.parents[1]
if str(REPO_ROOT / "bindings" / "python") not in sys.path:
    sys.path.insert(0, str(REPO_ROOT / "bindings" / "python"))

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
# runtime/include/ingot/rt/exceptions.h: kIntOverflowMessage
INT_OVERFLOW_MESSAGE = "Python int too large to convert to C int64"

# The dtypes of ingot_dtype (include/ingot.h): what a TENSOR can hold.
DEFAULT_NUMPY_DTYPES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
                        "float16", "float32", "float64")
# Generated arrays: rank 0 to 3, each side 0 to 4 (predictors: NUMPY_SHAPES).
DEFAULT_NUMPY_SHAPES = {"min_dims": 0, "max_dims": 3, "min_side": 0, "max_side": 4}
# Float results: (rtol, atol in units of the dtype's eps), checked with
# numpy.isclose(bundle, cpython): |bundle - cpython| <= atol + rtol * |cpython|.
# The atol only matters for values near 0 (a sum that cancels, computed in
# another order).
FLOAT_TOLERANCE = {"float16": (1e-6, 4.0), "float32": (1e-6, 4.0), "float64": (1e-12, 4.0)}

# `ingot compile` exit codes: 1 = it refused the predictor with a diagnostic
# at a Python line (a construct or type it does not handle yet: the tests
# skip with that diagnostic as the reason, unless strict() or the predictor
# is listed in _must_compile.txt); 3 = internal error (fail); 2 with this
# text = no runtime library to link (skip).
EXIT_REFUSED = 1
NO_RUNTIME = "runtime library was not found"
MUST_COMPILE = PREDICTORS_DIR / "_must_compile.txt"
KNOWN_FAILURES = PREDICTORS_DIR / "_known_failures.txt"


def _names_in(path: Path) -> set[str]:
    """The names listed in a file, one per line, '#' starting a comment."""
    if not path.is_file():
        return set()
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def must_compile() -> set[str]:
    """Predictors the compiler is known to handle: a refusal fails them."""
    return _names_in(MUST_COMPILE)


def known_failures() -> set[str]:
    """Predictors whose differential tests are expected to fail (xfail)."""
    return _names_in(KNOWN_FAILURES)


def generated_examples() -> int:
    return int(os.environ.get("INGOT_PREDICTOR_EXAMPLES", "30"))


def strict() -> bool:
    """INGOT_PREDICTORS_STRICT=1: a predictor the compiler refuses fails
    instead of skipping."""
    return os.environ.get("INGOT_PREDICTORS_STRICT", "") not in ("", "0")


# ---------------------------------------------------------------------------
# Predictor files
# ---------------------------------------------------------------------------


def predictor_files() -> list[Path]:
    return sorted(p for p in PREDICTORS_DIR.glob("*.py") if not p.name.startswith("_"))


@dataclass
class Predictor:
    name: str
    path: Path
    module: Any
    function: Callable[..., Any]
    cases: list[dict[str, Any]]
    generate: Callable[[random.Random], dict[str, Any]] | None
    strategies: Callable[[Any], dict[str, Any]] | None
    generated: bool  # whether generated inputs are wanted
    numpy_dtypes: tuple[str, ...] = DEFAULT_NUMPY_DTYPES  # of generated arrays (NUMPY_DTYPES)
    numpy_shapes: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_NUMPY_SHAPES))  # (NUMPY_SHAPES)


_loaded: dict[Path, Predictor] = {}


def load_predictor(path: Path) -> Predictor:
    """Imports a predictor file as a module of its own (cached)."""
    path = Path(path).resolve()
    if path in _loaded:
        return _loaded[path]
    name = path.stem
    spec = importlib.util.spec_from_file_location(f"ingot_predictor_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    functions = [v for v in vars(module).values() if callable(v) and hasattr(v, "__ingot__")]
    if len(functions) != 1:
        raise AssertionError(f"{path.name}: expected exactly one @compile function, found {len(functions)}")
    cases = getattr(module, "CASES", None)
    if not isinstance(cases, list) or not cases or not all(isinstance(c, dict) for c in cases):
        raise AssertionError(f"{path.name}: CASES must be a non-empty list of dicts of keyword arguments")
    predictor = Predictor(
        name=name,
        path=path,
        module=module,
        function=functions[0],
        cases=cases,
        generate=getattr(module, "generate", None),
        strategies=getattr(module, "strategies", None),
        generated=getattr(module, "GENERATE", True),
        numpy_dtypes=tuple(str(getattr(d, "__name__", d)) if isinstance(d, type) else str(d)
                           for d in getattr(module, "NUMPY_DTYPES", DEFAULT_NUMPY_DTYPES)),
        numpy_shapes={**DEFAULT_NUMPY_SHAPES, **getattr(module, "NUMPY_SHAPES", {})},
    )
    _loaded[path] = predictor
    return predictor


# ---------------------------------------------------------------------------
# Outcomes and their comparison
# ---------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one call did: returned `value`, or raised `exc_type`(`message`);
    `logs` is what it printed."""

    value: Any = None
    exc_type: str | None = None
    message: str = ""
    logs: str = ""
    note: str = ""

    @property
    def raised(self) -> bool:
        return self.exc_type is not None

    def describe(self) -> str:
        if self.raised:
            text = f"raised {self.exc_type}: {self.message}" if self.message else f"raised {self.exc_type}"
        else:
            text = f"returned {short(self.value)}  [{type_tree(self.value)}]"
        if self.logs:
            text += f"\n      printed {short(self.logs)}"
        if self.note:
            text += f"\n      ({self.note})"
        return text


def short(value: Any, limit: int = 600) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 20] + f"... ({len(text)} chars)"


def type_tree(value: Any, depth: int = 0) -> str:
    """The types in a value, e.g. 'list[tuple[str, int]]' (first items only)."""
    t = type(value).__name__
    np = _numpy()
    if np is not None and isinstance(value, np.ndarray):
        return f"ndarray[{value.dtype}, {value.shape}]"
    if depth > 4:
        return t
    if isinstance(value, (list, tuple, set, frozenset)) and value:
        items = list(value)
        if isinstance(value, tuple):
            return f"tuple[{', '.join(type_tree(v, depth + 1) for v in items[:6])}]"
        kinds = sorted({type_tree(v, depth + 1) for v in items[:20]})
        return f"{t}[{' | '.join(kinds)}]"
    if isinstance(value, dict) and value:
        keys = sorted({type_tree(k, depth + 1) for k in list(value)[:20]})
        vals = sorted({type_tree(v, depth + 1) for v in list(value.values())[:20]})
        return f"dict[{' | '.join(keys)}, {' | '.join(vals)}]"
    return t


def float_bits(x: float) -> bytes:
    return struct.pack("<d", x)


# ---- numpy values ----------------------------------------------------------------

def _numpy() -> Any:
    """numpy when it is imported (a numpy value exists only then), else None."""
    return sys.modules.get("numpy")


def is_numpy_value(value: Any) -> bool:
    """An ndarray or a numpy scalar (numpy.float32(1.5), numpy.bool_(True), ...)."""
    np = _numpy()
    return np is not None and isinstance(value, (np.ndarray, np.generic))


def _float_tolerance(dtype: Any) -> tuple[float, float]:
    np = _numpy()
    rtol, eps_atol = FLOAT_TOLERANCE.get(dtype.name, FLOAT_TOLERANCE["float64"])
    return rtol, eps_atol * float(np.finfo(dtype).eps)


def _close_mask(a: Any, b: Any) -> Any:
    """Elementwise: does b (the bundle's) match a (CPython's)? Same dtype and
    shape assumed. Exact for bool and ints; floats by FLOAT_TOLERANCE, nan
    matching nan only, infinities only themselves."""
    np = _numpy()
    a = np.asarray(a)
    b = np.asarray(b)
    if a.dtype.kind != "f":
        return a == b
    rtol, atol = _float_tolerance(a.dtype)
    # (in float64, exact for float16/float32: no overflow in the difference)
    return np.isclose(b.astype(np.float64), a.astype(np.float64), rtol=rtol, atol=atol, equal_nan=True)


def same_numpy(a: Any, b: Any) -> bool:
    """Two numpy values of the same class (checked by same()): the same dtype
    and shape, and the values by _close_mask."""
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    return bool(_close_mask(a, b).all())


def numpy_difference(a: Any, b: Any, path: str) -> str:
    """Where two numpy values of the same class differ."""
    np = _numpy()
    if a.dtype != b.dtype:
        return f"{path}: dtype {a.dtype} vs {b.dtype}"
    if a.shape != b.shape:
        return f"{path}: shape {a.shape} vs {b.shape}"
    bad = ~np.asarray(_close_mask(a, b))
    where = tuple(int(i) for i in np.argwhere(bad)[0]) if bad.ndim else ()
    x, y = np.asarray(a)[where], np.asarray(b)[where]
    tolerance = ""
    if a.dtype.kind == "f":
        rtol, atol = _float_tolerance(a.dtype)
        tolerance = f" (rtol {rtol:g}, atol {atol:.3g})"
    count = int(bad.sum())
    at = f"{path}[{', '.join(map(str, where))}]" if where else path
    return (f"{at}: {x!r} vs {y!r}{tolerance}"
            + (f"; {count} of {bad.size} elements differ" if bad.ndim else ""))


def as_abi_numpy(value: Any) -> Any:
    """CPython's result as it crosses the ABI (docs/numpy.md): a 0-d array
    becomes the numpy scalar of its dtype, in lists, tuples and dicts too."""
    np = _numpy()
    return value if np is None else _as_abi_numpy(value, np)


def _as_abi_numpy(value: Any, np: Any) -> Any:
    if isinstance(value, np.ndarray):
        return value[()] if value.ndim == 0 else value
    t = type(value)
    if t is list or t is tuple:
        items = [_as_abi_numpy(v, np) for v in value]
        return t(items) if any(a is not b for a, b in zip(items, value)) else value
    if t is dict:
        converted = {k: _as_abi_numpy(v, np) for k, v in value.items()}
        return converted if any(converted[k] is not v for k, v in value.items()) else value
    return value


def same(a: Any, b: Any) -> bool:
    """Equal values of exactly the same types, recursively; floats bit for
    bit (nan matches any nan), dicts in the same order, sets as sets; numpy
    arrays and scalars by same_numpy (the same dtype and shape, floats
    within FLOAT_TOLERANCE). `a` is CPython's value, `b` the bundle's."""
    if type(a) is not type(b):
        return False
    if is_numpy_value(a):
        return same_numpy(a, b)
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or float_bits(a) == float_bits(b)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return len(a) == len(b) and all(
            same(ka, kb) and same(va, vb) for (ka, va), (kb, vb) in zip(a.items(), b.items())
        )
    if isinstance(a, (set, frozenset)):
        if len(a) != len(b):
            return False
        if len(a) > 64:  # large: equality plus the same multiset of item types
            return a == b and sorted(type(x).__name__ for x in a) == sorted(type(x).__name__ for x in b)
        remaining = list(b)
        for x in a:
            for i, y in enumerate(remaining):
                if same(x, y):
                    del remaining[i]
                    break
            else:
                return False
        return True
    return a == b


def first_difference(a: Any, b: Any, path: str = "result") -> str:
    """Where two values first differ (for failure messages)."""
    if type(a) is not type(b):
        return f"{path}: type {type(a).__name__} vs {type(b).__name__} ({short(a, 80)} vs {short(b, 80)})"
    if is_numpy_value(a):
        return numpy_difference(a, b, path)
    if isinstance(a, (list, tuple)):
        if len(a) != len(b):
            return f"{path}: length {len(a)} vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            if not same(x, y):
                return first_difference(x, y, f"{path}[{i}]")
    if isinstance(a, dict):
        if list(a) != list(b) and set(a) == set(b):
            return f"{path}: same keys in a different order: {short(list(a), 120)} vs {short(list(b), 120)}"
        for (ka, va), (kb, vb) in zip(a.items(), b.items()):
            if not same(ka, kb):
                return first_difference(ka, kb, f"{path} key")
            if not same(va, vb):
                return first_difference(va, vb, f"{path}[{ka!r}]")
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
    if isinstance(a, float):
        return f"{path}: {a!r} ({float_bits(a).hex()}) vs {b!r} ({float_bits(b).hex()})"
    return f"{path}: {short(a, 120)} vs {short(b, 120)}"


def out_of_int64(value: Any) -> bool:
    if type(value) is int:
        return not INT64_MIN <= value <= INT64_MAX
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(out_of_int64(v) for v in value)
    if isinstance(value, dict):
        return any(out_of_int64(k) or out_of_int64(v) for k, v in value.items())
    return False


def run_cpython(fn: Callable[..., Any], kwargs: dict[str, Any]) -> Outcome:
    """The reference outcome: the function run by CPython, with the int64
    rule applied (see module docstring)."""
    args = copy.deepcopy(kwargs)  # the function may mutate its inputs
    out = io.StringIO()
    np = _numpy()
    # numpy's RuntimeWarnings (overflow, invalid value) are not outcomes: the
    # values are (a predictor's own np.errstate still applies inside it).
    quiet = np.errstate(all="ignore") if np is not None else contextlib.nullcontext()
    try:
        with contextlib.redirect_stdout(out), quiet:
            value = fn(**args)
    except Exception as e:  # noqa: BLE001 - any exception is an outcome to compare
        return Outcome(exc_type=type(e).__name__, message=str(e), logs=out.getvalue())
    if out_of_int64(value):
        return Outcome(exc_type="OverflowError", message=INT_OVERFLOW_MESSAGE, logs=out.getvalue(),
                       note=f"CPython returned {short(value, 200)}, which does not fit in int64")
    return Outcome(value=as_abi_numpy(value), logs=out.getvalue())


def run_bundle(predictor: Any, kwargs: dict[str, Any]) -> Outcome:
    """The outcome of the compiled bundle (an ingot.Predictor)."""
    prediction = predictor.run(**copy.deepcopy(kwargs))
    if prediction.error is not None:
        e = prediction.error
        name = getattr(e, "type_name", None) or type(e).__name__
        return Outcome(exc_type=name, message=str(e), logs=prediction.logs)
    return Outcome(value=prediction.value, logs=prediction.logs)


def compare(expected: Outcome, actual: Outcome) -> str | None:
    """None when the outcomes match, else what differs."""
    problems = []
    if expected.raised != actual.raised:
        problems.append("one returned, the other raised")
    elif expected.raised:
        if expected.exc_type != actual.exc_type:
            problems.append(f"exception class {expected.exc_type} vs {actual.exc_type}")
        elif expected.message != actual.message:
            problems.append(f"exception message {expected.message!r} vs {actual.message!r}")
    elif not same(expected.value, actual.value):
        problems.append(first_difference(expected.value, actual.value))
    if expected.logs != actual.logs:
        problems.append(f"printed output {short(expected.logs, 200)} vs {short(actual.logs, 200)}")
    return "; ".join(problems) or None


def mismatch_report(name: str, kwargs: dict[str, Any], expected: Outcome, actual: Outcome, why: str) -> str:
    return (
        f"predictor {name}: {why}\n"
        f"  input:   {short(kwargs)}\n"
        f"  CPython: {expected.describe()}\n"
        f"  bundle:  {actual.describe()}"
    )


# ---------------------------------------------------------------------------
# Generated inputs
# ---------------------------------------------------------------------------


def seed_for(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


def input_strategy(predictor: Predictor) -> Any:
    """The hypothesis strategy of keyword-argument dicts for a predictor."""
    from hypothesis import strategies as st  # noqa: PLC0415

    overrides = predictor.strategies(st) if predictor.strategies else {}
    return signature_strategy(predictor.function, overrides,
                              NumpyOptions(predictor.numpy_dtypes, predictor.numpy_shapes))


def hypothesis_settings(count: int, shrink: bool) -> Any:
    from hypothesis import HealthCheck, Phase, settings  # noqa: PLC0415

    phases = [Phase.generate, Phase.shrink] if shrink else [Phase.generate]
    return settings(max_examples=count, database=None, deadline=None, derandomize=True, phases=phases,
                    suppress_health_check=list(HealthCheck), report_multiple_bugs=False)


def generated_inputs(predictor: Predictor, count: int) -> list[dict[str, Any]]:
    """Up to `count` inputs from the predictor's generate(rng), else drawn
    from hypothesis strategies derived from its annotations (reproducible)."""
    if predictor.generate is not None:
        rng = random.Random(seed_for(predictor.name))
        return [predictor.generate(rng) for _ in range(count)]
    from hypothesis import given  # noqa: PLC0415

    drawn: list[dict[str, Any]] = []

    @hypothesis_settings(count, shrink=False)
    @given(input_strategy(predictor))
    def collect(kwargs: dict[str, Any]) -> None:
        drawn.append(copy.deepcopy(kwargs))

    collect()
    return drawn


def check_generated(predictor: Predictor, bundle: Any, count: int) -> int:
    """Compares CPython and the bundle on `count` generated inputs; raises
    AssertionError with the report of the first mismatch (with hypothesis:
    of the smallest failing input it finds). Returns the number checked."""
    if predictor.generate is not None:
        report = check_inputs(predictor, bundle, generated_inputs(predictor, count), limit=1)
        if report.mismatches:
            raise AssertionError(report.mismatches[0])
        return report.checked
    from hypothesis import given  # noqa: PLC0415

    checked = [0]

    @hypothesis_settings(count, shrink=True)
    @given(input_strategy(predictor))
    def check(kwargs: dict[str, Any]) -> None:
        checked[0] += 1
        report = check_inputs(predictor, bundle, [kwargs], limit=1)
        if report.mismatches:
            raise AssertionError(report.mismatches[0])

    check()
    return checked[0]


def signature_strategy(fn: Callable[..., Any], overrides: dict[str, Any], numpy: NumpyOptions | None = None) -> Any:
    """A strategy of keyword-argument dicts for `fn`: each parameter from its
    annotation (or `overrides`); parameters with defaults are sometimes left out."""
    import inspect  # noqa: PLC0415

    from hypothesis import strategies as st  # noqa: PLC0415

    hints = typing.get_type_hints(fn)
    required: dict[str, Any] = {}
    optional: dict[str, Any] = {}
    for p in inspect.signature(fn).parameters.values():
        strategy = overrides[p.name] if p.name in overrides else strategy_for(hints.get(p.name, Any), st,
                                                                              numpy=numpy)
        (required if p.default is inspect.Parameter.empty else optional)[p.name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


@dataclass
class NumpyOptions:
    """What generated arrays look like (a predictor's NUMPY_DTYPES, NUMPY_SHAPES)."""

    dtypes: tuple[str, ...] = DEFAULT_NUMPY_DTYPES
    shapes: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_NUMPY_SHAPES))


def _numpy_annotation(annotation: Any) -> str | None:
    """"array" for np.ndarray and npt.NDArray[...], "scalar" for a numpy
    scalar type (np.float32), None for anything else."""
    np = _numpy()
    if np is None:
        return None
    if annotation is np.ndarray or typing.get_origin(annotation) is np.ndarray:
        return "array"
    if isinstance(annotation, type) and issubclass(annotation, np.generic):
        return "scalar"
    return None


def _annotated_dtypes(annotation: Any, options: NumpyOptions) -> list[Any]:
    """The dtypes to generate for an array or scalar annotation: the one it
    names (npt.NDArray[np.float32], np.float32), those of the predictor's list
    within an abstract one (npt.NDArray[np.floating]), else the whole list."""
    np = _numpy()
    scalar = annotation
    if _numpy_annotation(annotation) == "array":
        args = typing.get_args(annotation)
        dtype_args = typing.get_args(args[1]) if len(args) == 2 else ()
        scalar = dtype_args[0] if dtype_args else None
    candidates = [np.dtype(d) for d in options.dtypes]
    if isinstance(scalar, type) and issubclass(scalar, np.generic):
        try:
            return [np.dtype(scalar)]  # a concrete scalar type
        except TypeError:
            pass
        within = [d for d in candidates if np.issubdtype(d, scalar)]  # abstract: np.floating, np.integer
        if not within:
            raise TypeError(f"no dtype of {list(options.dtypes)} is a {scalar.__name__}: set NUMPY_DTYPES")
        return within
    return candidates


def numpy_elements(dtype: Any) -> Any:
    """Element values of a dtype: its whole range; for floats one element in
    ten is nan, ±inf or -0.0 (hypothesis alone draws nan about once in a
    hundred), and subnormals come too."""
    from hypothesis import strategies as st  # noqa: PLC0415
    from hypothesis.extra import numpy as hnp  # noqa: PLC0415

    if dtype.kind != "f":
        return hnp.from_dtype(dtype)
    regular = hnp.from_dtype(dtype, allow_nan=True, allow_infinity=True, allow_subnormal=True)
    special = st.sampled_from([float("nan"), float("inf"), float("-inf"), -0.0])
    return st.integers(0, 9).flatmap(lambda i: special if i == 0 else regular)


def numpy_array_strategy(st: Any, dtypes: list[Any], shapes: dict[str, int] | None = None) -> Any:
    """Arrays of a dtype drawn from `dtypes` and a shape within `shapes`
    (min_dims, max_dims, min_side, max_side; DEFAULT_NUMPY_SHAPES)."""
    from hypothesis.extra import numpy as hnp  # noqa: PLC0415

    bounds = {**DEFAULT_NUMPY_SHAPES, **(shapes or {})}
    shape = hnp.array_shapes(min_dims=bounds["min_dims"], max_dims=bounds["max_dims"], min_side=bounds["min_side"],
                             max_side=bounds["max_side"])

    def arrays(dtype: Any) -> Any:
        return hnp.arrays(dtype, shape, elements=numpy_elements(dtype))

    return st.sampled_from(list(dtypes)).flatmap(arrays)


def numpy_strategy(annotation: Any, st: Any, options: NumpyOptions | None) -> Any:
    """Arrays for np.ndarray / npt.NDArray[...]; numpy scalars of the type for
    a numpy scalar type."""
    np = _numpy()
    options = options or NumpyOptions()
    dtypes = _annotated_dtypes(annotation, options)
    if _numpy_annotation(annotation) == "array":
        return numpy_array_strategy(st, dtypes, options.shapes)
    return st.sampled_from(dtypes).flatmap(lambda d: numpy_elements(d).map(lambda x: np.dtype(d).type(x)))


def strategy_for(annotation: Any, st: Any, hashable: bool = False, numpy: NumpyOptions | None = None) -> Any:
    """A hypothesis strategy for values of a type annotation: ints in a range
    where sums and products of a few stay in int64, floats with the special
    values (no nan where it must be hashable), text with non-ASCII; numpy
    arrays and scalars from hypothesis.extra.numpy (numpy_strategy)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if _numpy_annotation(annotation) is not None:
        return numpy_strategy(annotation, st, numpy)
    if annotation is int:
        return st.one_of(st.integers(-100, 100), st.integers(-(2**31), 2**31))
    if annotation is float:
        return st.floats(allow_nan=not hashable, allow_infinity=True)
    if annotation is bool:
        return st.booleans()
    if annotation is str:
        return st.text(max_size=20)
    if annotation is bytes:
        return st.binary(max_size=20)
    if annotation is None or annotation is type(None):
        return st.none()
    if origin is list:
        return st.lists(strategy_for(args[0], st, numpy=numpy), max_size=8)
    if origin in (set, frozenset):
        return st.sets(strategy_for(args[0], st, hashable=True, numpy=numpy), max_size=8)
    if origin is dict:
        return st.dictionaries(strategy_for(args[0], st, hashable=True, numpy=numpy),
                               strategy_for(args[1], st, numpy=numpy), max_size=8)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(strategy_for(args[0], st, hashable, numpy=numpy), max_size=6).map(tuple)
        return st.tuples(*(strategy_for(a, st, hashable, numpy=numpy) for a in args))
    if origin is typing.Union or type(annotation).__name__ == "UnionType":
        return st.one_of(*(strategy_for(a, st, hashable, numpy=numpy) for a in args))
    raise TypeError(f"no input strategy for the annotation {annotation!r}: define strategies(st) in the predictor")


# ---------------------------------------------------------------------------
# Compiling with `ingot compile` (once per predictor per session)
# ---------------------------------------------------------------------------


class CompileSkip(Exception):
    """The compiler cannot build this yet (not there, or a construct it
    reports as not implemented): the differential tests skip."""


class CompileFailure(Exception):
    """`ingot compile` failed on a valid predictor: the tests fail."""


def ingot_binary() -> Path:
    env = os.environ.get("INGOT_BIN")
    return Path(env) if env else REPO_ROOT / "build" / "ingot"


class Compiler:
    """Compiles predictor files with `ingot compile FILE -o DIR`, all of
    them in parallel on first request, each once per session."""

    def __init__(self, ingot: Path | str | None = None, work_dir: Path | str | None = None):
        self.ingot = str(ingot or ingot_binary())
        self.work_dir = Path(work_dir or tempfile.mkdtemp(prefix="ingot-predictors-"))
        self._futures: dict[Path, Future] = {}
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None
        self._unavailable: str | None = None
        self._checked = False
        self._env = dict(os.environ)

    def unavailable_reason(self) -> str | None:
        """Why `ingot compile` cannot be used at all, or None."""
        if self._checked:
            return self._unavailable
        self._checked = True
        if not Path(self.ingot).is_file():
            self._unavailable = f"{self.ingot} does not exist (run ./setup.sh)"
        else:
            # An ingot without the subcommand prints its top-level help (exit 0) or an error.
            r = subprocess.run([self.ingot, "compile", "--help"], capture_output=True, text=True, timeout=60)
            if r.returncode != 0 or not re.search(r"Usage: \S*ingot compile", r.stdout + r.stderr):
                self._unavailable = f"{self.ingot} has no `compile` subcommand yet (the compiler is not built)"
        return self._unavailable

    def _compile(self, path: Path) -> Path:
        out = self.work_dir / path.stem
        if out.exists():
            shutil.rmtree(out)
        cmd = [self.ingot, "compile", str(path), "-o", str(out)]
        try:
            # An explicit env (snapshot taken in the main thread): with env=None
            # the (v)forked child execs with the process's live environ, which
            # pytest rewrites (PYTEST_CURRENT_TEST) from the main thread
            # meanwhile, and exec could then fail with EFAULT.
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=900, env=self._env)
        except subprocess.TimeoutExpired:
            raise CompileFailure(f"`{' '.join(cmd)}` timed out") from None
        text = (r.stderr + r.stdout).strip()
        if r.returncode == 0 and (out / "libpredictor.so").is_file() and (out / "manifest.json").is_file():
            return out
        if r.returncode == 0:
            raise CompileFailure(f"`{' '.join(cmd)}` exited 0 but {out} has no libpredictor.so/manifest.json\n{text}")
        if NO_RUNTIME in text:
            raise CompileSkip(f"the runtime is not built: {text.splitlines()[0]}")
        if r.returncode == EXIT_REFUSED and not strict() and path.stem not in must_compile():
            line = next((ln for ln in text.splitlines() if "error" in ln), text.splitlines()[0] if text else "")
            raise CompileSkip(f"the compiler refuses it: {line.strip()}")
        raise CompileFailure(f"`{' '.join(cmd)}` failed (exit {r.returncode}):\n{text}")

    def bundle(self, path: Path, all_paths: list[Path] | None = None) -> Path:
        """The bundle folder for `path`; raises CompileSkip / CompileFailure."""
        reason = self.unavailable_reason()
        if reason:
            raise CompileSkip(reason)
        path = Path(path).resolve()
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1))
            for p in [path, *(Path(q).resolve() for q in (all_paths or []))]:
                if p not in self._futures:
                    self._futures[p] = self._pool.submit(self._compile, p)
            future = self._futures[path]
        return future.result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------------------
# Checking one predictor
# ---------------------------------------------------------------------------


@dataclass
class Report:
    checked: int = 0
    mismatches: list[str] = field(default_factory=list)


def check_inputs(predictor: Predictor, bundle: Any, inputs: list[dict[str, Any]], limit: int = 5) -> Report:
    """Runs each input through CPython and the bundle; collects up to
    `limit` mismatch reports."""
    report = Report()
    for kwargs in inputs:
        expected = run_cpython(predictor.function, kwargs)
        try:
            actual = run_bundle(bundle, kwargs)
        except Exception as e:  # noqa: BLE001 - the binding itself refused or failed
            actual = Outcome(exc_type=type(e).__name__, message=str(e), note="raised by the binding, not the bundle")
        report.checked += 1
        why = compare(expected, actual)
        if why is not None:
            report.mismatches.append(mismatch_report(predictor.name, kwargs, expected, actual, why))
            if len(report.mismatches) >= limit:
                break
    return report


def main(argv: list[str]) -> int:
    import ingot  # noqa: PLC0415

    wanted = set(argv)
    compiler = Compiler()
    paths = [p for p in predictor_files() if not wanted or p.stem in wanted]
    status = 0
    for path in paths:
        predictor = load_predictor(path)
        try:
            bundle_dir = compiler.bundle(path, paths)
        except CompileSkip as e:
            print(f"SKIP  {predictor.name}: {e}")
            continue
        except CompileFailure as e:
            print(f"FAIL  {predictor.name}: compile failed\n{e}")
            status = 1
            continue
        with ingot.load(bundle_dir) as bundle:
            report = check_inputs(predictor, bundle, predictor.cases)
            if not report.mismatches and predictor.generated:
                try:
                    report.checked += check_generated(predictor, bundle, generated_examples())
                except AssertionError as e:
                    report.mismatches.append(f"(generated input) {e}")
        if report.mismatches:
            status = 1
            print(f"FAIL  {predictor.name}: {len(report.mismatches)} mismatch(es) in {report.checked} inputs")
            for m in report.mismatches:
                print(m)
        else:
            print(f"PASS  {predictor.name}: {report.checked} inputs")
    compiler.close()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
