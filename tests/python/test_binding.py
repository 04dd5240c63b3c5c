"""The Python binding (bindings/python/ingot) on hand-built bundles.

The bundles come from bindings/python/testing/test_bundle.cpp, built against
the test double of the runtime (testing/fake_runtime.cpp, always) and against
the real runtime (build/runtime/libingot_runtime.a, when it is built; those
tests skip otherwise). No compiler is needed.
"""

from __future__ import annotations

import gc
import inspect
import math
import os
import re
import shutil
import struct
import subprocess
import threading

import pytest

from support import REPO_ROOT

import sys

sys.path.insert(0, str(REPO_ROOT / "bindings" / "python"))
sys.path.insert(0, str(REPO_ROOT / "bindings" / "python" / "testing"))
sys.path.insert(0, str(REPO_ROOT / "tests" / "predictors"))

import bundles  # noqa: E402
import ingot  # noqa: E402
from _harness import first_difference, same  # noqa: E402

RUNTIMES = ["fake", "real"]


@pytest.fixture(scope="session", params=RUNTIMES)
def builder(request, tmp_path_factory):
    try:
        return bundles.session_builder(request.param, tmp_path_factory.getbasetemp())
    except bundles.Unavailable as e:
        pytest.skip(f"{request.param} runtime: {e}")


@pytest.fixture(scope="session")
def fake_builder(tmp_path_factory):
    try:
        return bundles.session_builder("fake", tmp_path_factory.getbasetemp())
    except bundles.Unavailable as e:
        pytest.skip(str(e))


@pytest.fixture
def make(builder, tmp_path):
    """make(behaviour, **manifest overrides) -> loaded Predictor (closed after the test)."""
    loaded = []

    def make(behaviour, name=None, **kwargs):
        if not builder.supports(behaviour):
            pytest.skip(f"the {behaviour!r} test bundle needs the runtime test double")
        path = builder.bundle(behaviour, tmp_path / (name or behaviour), **kwargs)
        predictor = ingot.load(path)
        loaded.append(predictor)
        return predictor

    yield make
    for p in loaded:
        p.close()


@pytest.fixture
def echo(make):
    return make("echo")


def assert_same(expected, actual):
    assert same(expected, actual), first_difference(expected, actual)


# ---------------------------------------------------------------------------
# Values in and out
# ---------------------------------------------------------------------------

ROUND_TRIP = [
    None, True, False, 0, 1, -1, 2**63 - 1, -(2**63), 0.0, -0.0, 1.5, -2.25, float("inf"), float("-inf"),
    5e-324, 1.7976931348623157e308, 0.1, "", "abc", "é ß 😀 中文", "a\x00b", "\U0010ffff", b"", b"\x00\xff\x80",
    [], (), set(), {}, [1, [2, [3, []]]], (1,), (1, "a", None, 2.5), {1, 2, 3}, {"x", ""},
    {"b": 1, "a": 2}, {1: "a", (1, 2): [3], None: 0, 2.5: 1, False: {}, b"k": ()},
    [1, 1.5, "a", None, True, 2, 3.0, b"", (), [], {}],  # mixed kinds: the fast paths must fall back
    [True, 1, 1.0], [2.0, 2.0, 7, 7, 1.0, "x"], list(range(1000)), [i / 7 for i in range(1000)],
    {i: str(i) for i in range(100)}, ((((),),),), {(1, "a"), (2, "b")},
]


@pytest.mark.parametrize("value", ROUND_TRIP, ids=lambda v: repr(v)[:40])
def test_round_trip_keeps_values_and_types(echo, value):
    assert_same(value, echo(x=value))


def test_nan_round_trips_bit_for_bit(echo):
    for bits in (0x7FF8000000000000, 0xFFF8000000000000, 0x7FF4000000000001):
        nan = struct.unpack("<d", struct.pack("<Q", bits))[0]
        out = echo(x=nan)
        assert math.isnan(out)
        assert struct.pack("<d", out) == struct.pack("<d", nan)


def test_frozenset_and_subclasses_convert_to_base_types(echo):
    import collections
    import enum

    class Color(enum.IntEnum):
        RED = 3

    Point = collections.namedtuple("Point", "x y")
    assert_same({1, 2}, echo(x=frozenset({1, 2})))
    assert_same(3, echo(x=Color.RED))
    assert_same((1, 2), echo(x=Point(1, 2)))
    assert_same({"a": 1}, echo(x=collections.OrderedDict(a=1)))
    assert_same(b"ab", echo(x=bytearray(b"ab")))
    assert_same(b"ab", echo(x=memoryview(b"ab")))
    assert_same("s", echo(x=type("S", (str,), {})("s")))


def test_dict_order_is_kept(echo):
    d = {k: i for i, k in enumerate("zyxwvutsrqponmlkjihgfedcba")}
    out = echo(x=d)
    assert list(out) == list(d)


def test_positional_and_keyword_arguments(make):
    p = make("inputs")
    assert p(1) == {"a": 1}
    assert p(1, 2) == {"a": 1, "b": 2}
    assert p(1, c=3) == {"a": 1, "c": 3}
    assert p(c=3, a=1) == {"c": 3, "a": 1}
    assert p(1, 2, 3) == {"a": 1, "b": 2, "c": 3}


def inputs(a, b=None, c=None):
    """The signature of the "inputs" test bundle, for CPython's messages."""


def add(a, b):
    """The signature of the "add" test bundle."""


def test_argument_errors_match_cpython(make):
    p = make("inputs")
    for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {"a": 2}), ((), {"z": 1}), ((), {}), ((), {"b": 1}),
                         ((1,), {"z": 2})]:
        with pytest.raises(TypeError) as ours:
            p(*args, **kwargs)
        with pytest.raises(TypeError) as cpython:
            inputs(*args, **kwargs)
        assert str(ours.value) == str(cpython.value)

    q = make("add")
    for args in [(), (1,), (1, 2, 3)]:
        with pytest.raises(TypeError) as ours:
            q(*args)
        with pytest.raises(TypeError) as cpython:
            add(*args)
        assert str(ours.value) == str(cpython.value)


def test_int_out_of_int64_raises_overflow_error(echo):
    for big in (2**63, -(2**63) - 1, 10**30):
        with pytest.raises(OverflowError, match=r"too large to convert to .*int64.*argument 'x'"):
            echo(x=big)
    with pytest.raises(OverflowError, match=r"argument 'x'\[2\]\['k'\]"):
        echo(x=[0, 1, {"k": 2**64}])
    assert echo(x=5) == 5  # still usable


@pytest.mark.parametrize(
    "value, where",
    [
        (object(), "argument 'x'"),
        (1j, "argument 'x'"),
        (len, "argument 'x'"),
        ([1, 2, object()], r"argument 'x'\[2\]"),
        ({"k": [None, {1: object()}]}, r"argument 'x'\['k'\]\[1\]\[1\]"),
        ({object(): 1}, "argument 'x'"),
        ((1, range(3)), r"argument 'x'\[1\]"),
        ({1, 2.5, Ellipsis}, "argument 'x'.*set item"),
    ],
    ids=["object", "complex", "builtin", "in-list", "nested", "key", "range", "in-set"],
)
def test_unsupported_values_raise_type_error(echo, value, where):
    with pytest.raises(TypeError, match=f"cannot pass a value of type .*{where}"):
        echo(x=value)
    assert echo(x=[1]) == [1]


def test_lone_surrogate_raises_value_error(echo):
    with pytest.raises(ValueError, match="surrogate"):
        echo(x=["ok", "bad \udc80"])


def test_self_containing_values_are_refused(echo):
    a: list = []
    a.append(a)
    d: dict = {}
    d["d"] = [d]
    for value in (a, d):
        with pytest.raises(ValueError, match="nested more than"):
            echo(x=value)
    deep: list = []
    for _ in range(150):
        deep = [deep]
    assert_same(deep, echo(x=deep))


def test_numpy_arrays_round_trip_as_tensors(echo):
    np = pytest.importorskip("numpy", reason="numpy is not installed")
    for array in (
        np.arange(12, dtype=np.float64).reshape(3, 4),
        np.array([[True, False]]),
        np.arange(-5, 5, dtype=np.int8),
        np.arange(6, dtype=np.uint64).reshape(1, 2, 3),
        np.array([1.5, -0.0, np.nan], dtype=np.float32),
        np.array([0.5, 65504], dtype=np.float16),
        np.zeros((0, 3), dtype=np.int32),
        np.array(7, dtype=np.int64),  # 0-d
        np.arange(20, dtype=np.float64)[::3],  # not contiguous: copied
    ):
        out = echo(x=array)
        assert isinstance(out, np.ndarray) and out.dtype == array.dtype and out.shape == array.shape
        assert np.array_equal(out, array, equal_nan=array.dtype.kind == "f")
        assert out.flags.writeable
    assert_same([1, 2.5, True], echo(x=[np.int64(1), np.float64(2.5), np.bool_(True)]))
    with pytest.raises(TypeError, match="dtype complex128"):
        echo(x=np.zeros(2, dtype=np.complex128))
    with pytest.raises(TypeError, match="dtype"):
        echo(x=np.zeros(2, dtype=">f8"))


def test_tensor_result(make):
    np = pytest.importorskip("numpy", reason="numpy is not installed")
    out = make("tensor")()
    assert out.dtype == np.float32 and out.tolist() == [[0.0, 0.5, 1.0], [1.5, 2.0, 2.5]]


def test_large_lists_in_and_out(make):
    floats = make("floats")
    total = make("sum")
    out = floats(n=100_000)  # packed by the bundle
    assert len(out) == 100_000 and out[:3] == [0.0, 0.5, 1.0] and out[-1] == 49999.5
    assert total(xs=out) == sum(out)
    assert_same(out[:1000], floats(n=-1000))  # the same list built item by item
    words = make("strings")(n=10_000)
    assert len(words) == 10_000 and words[:2] == ["w0", "w1"] and type(words[0]) is str
    assert make("lengths")(xs=words + ["é😀", "a\x00b"]) == sum(map(len, words)) + 6 + 3


# ---------------------------------------------------------------------------
# Packed lists (ABI 1.1): homogeneous lists cross the ABI as one array
# ---------------------------------------------------------------------------

NAN_BITS = struct.unpack("<d", struct.pack("<Q", 0x7FF4000000000001))[0]  # a signalling NaN payload

PACKED_ROUND_TRIP = [
    [1.5], [0.0, -0.0, float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308] * 10,
    [0, 1, -1, 2**63 - 1, -(2**63)], list(range(-500, 500)),
    [True, False, True], [False] * 100,
    ["", "a", "é ß 😀 中文", "a\x00b", "\U0010ffff", "x" * 100, "\x00"], ["only"],
    [[1.5, 2.5], [3], ["a", "b"], [True], []],  # nested packed lists
    # Not packed: mixed kinds, subclasses, bools among ints and floats among ints.
    [1, True], [True, 1], [1, 1.0], [1.0, 1], ["a", b"a"], [1.5, None], [0, "0"],
]


@pytest.fixture(params=["native", "python"])
def codec(request, builder, tmp_path):
    """A codec (ingot._convert) of the `echo` bundle's library: the C extension or the pure-Python one."""
    from ingot import _convert

    lib = ingot.load(builder.bundle("echo", tmp_path / "echo"))._lib
    if request.param == "native":
        functions = _convert.native_functions(lib)
        if functions is None:
            pytest.skip("ingot._native is not built")
        return lib, (lambda obj: _convert._native.to_value(functions, obj, "x")), \
            (lambda v: _convert._native.from_value(functions, v))
    python_codec = _convert.make_codec(lib)
    return lib, python_codec.to_value, python_codec.from_value


def packed_kind(lib, v) -> int:
    import ctypes

    kind = ctypes.c_int(-1)
    assert lib.value_get_packed_kind(v, ctypes.byref(kind)) == 0
    return kind.value


@pytest.mark.parametrize("value", PACKED_ROUND_TRIP, ids=lambda v: repr(v)[:40])
def test_packed_round_trip_keeps_values_and_types(echo, value):
    assert_same(value, echo(x=value))


def test_packed_floats_keep_their_bits(echo):
    out = echo(x=[NAN_BITS, -0.0, float("nan")])
    assert struct.pack("<3d", *out) == struct.pack("<3d", NAN_BITS, -0.0, float("nan"))


def test_homogeneous_lists_are_packed_and_others_not(codec):
    from ingot._abi import KIND_BOOL, KIND_FLOAT64, KIND_INT64, KIND_NONE, KIND_STRING

    lib, to_value, from_value = codec
    assert lib.packed_lists
    cases = [
        ([1.5, 2.5], KIND_FLOAT64), ([1, 2], KIND_INT64), ([True, False], KIND_BOOL), (["a", "é"], KIND_STRING),
        ([], KIND_NONE), ([1, True], KIND_NONE), ([True, 1], KIND_NONE), ([1.0, 2], KIND_NONE),
        ([1, 2**63 - 1, False], KIND_NONE), ((1.5, 2.5), KIND_NONE),
    ]
    import enum

    class Small(enum.IntEnum):
        ONE = 1

    cases.append(([1, Small.ONE], KIND_NONE))  # an int subclass: item by item (as the base type)
    for value, kind in cases:
        v = to_value(value)
        try:
            assert packed_kind(lib, v) == kind, value
            assert_same([int(x) if isinstance(x, enum.Enum) else x for x in value]
                        if isinstance(value, list) else value, from_value(v))
        finally:
            lib.value_free(v)


def test_packed_int_overflow_and_surrogates_name_the_item(echo):
    for big in (2**63, -(2**63) - 1, 10**30):
        with pytest.raises(OverflowError, match=r"too large to convert to C int64 \(in argument 'x'\[2\]\)"):
            echo(x=[1, 2, big, 3])
    with pytest.raises(OverflowError, match=r"argument 'x'\[1\]\[1\]"):
        echo(x=[[1], [0, 2**64]])
    # A mixed list fails where the item-by-item conversion fails: the first bad item.
    with pytest.raises(OverflowError, match=r"argument 'x'\[1\]"):
        echo(x=[1, 2**64, "a"])
    with pytest.raises(ValueError, match=r"surrogate.*argument 'x'\[1\]"):
        echo(x=["ok", "bad \udc80", "fine"])
    assert echo(x=[1, 2]) == [1, 2]


def test_libraries_without_packed_lists_still_work(builder, tmp_path):
    """A library from before ABI 1.1 (no packed-list functions): lists go item by item."""
    import ctypes

    from ingot import _convert
    from ingot._abi import FUNCTIONS

    if _convert._native is None:
        pytest.skip("ingot._native is not built")
    lib = ingot.load(builder.bundle("echo", tmp_path / "echo"))._lib
    addresses = {name: ctypes.cast(getattr(lib, name[len("ingot_"):]), ctypes.c_void_p).value for name in FUNCTIONS}
    old = _convert._native.bind(addresses)
    for value in ([1.5, 2.5], [1, 2], ["a", "b"], [True]):
        v = _convert._native.to_value(old, value, "x")
        try:
            assert packed_kind(lib, v) == 0
            assert_same(value, _convert._native.from_value(old, v))
        finally:
            lib.value_free(v)


# ---------------------------------------------------------------------------
# Exceptions, logs, latency
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "type_name, message, cls",
    [
        ("ValueError", "bad value", ValueError),
        ("ZeroDivisionError", "division by zero", ZeroDivisionError),
        ("IndexError", "list index out of range", IndexError),
        ("OverflowError", "Python int too large to convert to C int64", OverflowError),
        ("TypeError", "unsupported operand type(s) for +: 'int' and 'str'", TypeError),
        ("ValueError", "", ValueError),
        ("AssertionError", "", AssertionError),
        ("RecursionError", "maximum recursion depth exceeded", RecursionError),
        ("UnicodeDecodeError", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
         UnicodeDecodeError),
        ("OSError", "[Errno 2] No such file", OSError),
        ("StopIteration", "", StopIteration),
    ],
)
def test_exceptions_become_builtin_classes(make, type_name, message, cls):
    p = make("raise")
    with pytest.raises(cls) as info:
        p(type=type_name, message=message)
    assert type(info.value).__name__ == type_name
    assert str(info.value) == message


@pytest.mark.parametrize(
    "message, key",
    [("'kiwi'", "kiwi"), ("3", 3), ("(1, 'a')", (1, "a")), ('"it\'s"', "it's"), ("-2.5", -2.5), ("None", None)],
)
def test_key_error_gets_the_original_key(make, message, key):
    p = make("raise")
    with pytest.raises(KeyError) as info:
        p(type="KeyError", message=message)
    assert info.value.args == (key,)
    assert str(info.value) == message


def test_key_error_with_an_unparsable_message_keeps_its_str(make):
    p = make("raise")
    for message in ("<object at 0x1>", "", "'unterminated"):
        with pytest.raises(KeyError) as info:
            p(type="KeyError", message=message)
        assert str(info.value) == message


def test_unknown_exception_class_is_a_prediction_error(fake_builder, tmp_path):
    # (the real runtime can raise builtin classes only)
    p = ingot.load(fake_builder.bundle("raise", tmp_path / "raise"))
    for name in ("CustomError", "json.JSONDecodeError", "SystemExit", "KeyboardInterrupt"):
        with pytest.raises(ingot.PredictionError) as info:
            p(type=name, message="boom")
        assert isinstance(info.value, RuntimeError)
        assert info.value.type_name == name and str(info.value) == "boom"


def test_logs_and_latency(make):
    p = make("raise")
    assert p(type="", text="hello\nworld\n") is None
    assert p.logs == "hello\nworld\n"
    assert isinstance(p.latency_ms, float) and p.latency_ms >= 0
    with pytest.raises(ValueError):
        p(type="ValueError", message="x", text="before raising\n")
    assert p.logs == "before raising\n"
    p(type="")
    assert p.logs == ""


def test_run_returns_a_prediction(make):
    p = make("raise")
    ok = p.run(type="", text="é\n")
    assert ok.error is None and ok.value is None and ok.logs == "é\n" and ok.latency_ms >= 0
    bad = p.run(type="KeyError", message="'k'", text="x")
    assert isinstance(bad.error, KeyError) and bad.logs == "x"
    with pytest.raises(KeyError):
        bad.result()
    assert "KeyError" in repr(bad)


def test_echo_logs(make, capsys):
    p = make("raise")
    p.echo_logs = True
    p(type="", text="shown\n")
    assert capsys.readouterr().out == "shown\n"


def test_bundle_without_result_or_exception_is_an_ingot_error(make):
    p = make("null_result")
    with pytest.raises(ingot.IngotError, match="neither a result nor an exception"):
        p()


# ---------------------------------------------------------------------------
# Loading, metadata, lifetime, threads
# ---------------------------------------------------------------------------


def test_bundles_export_exactly_the_abi(builder):
    """Every function of include/ingot.h, and nothing else (the runtime
    implements the whole ABI; the ctypes declarations cover all of it)."""
    header = (REPO_ROOT / "include" / "ingot.h").read_text()
    declared = set(re.findall(r"INGOT_API\s[^;]*?\b(ingot_\w+)\s*\(", header))
    assert len(declared) >= 40
    from ingot._abi import FUNCTIONS

    assert set(FUNCTIONS) <= declared
    nm = shutil.which("nm")
    if nm is None:
        pytest.skip("no nm")
    out = subprocess.run([nm, "-D", "--defined-only", str(builder.library("add"))], capture_output=True, text=True,
                         check=True).stdout
    exported = {line.split()[-1] for line in out.splitlines() if line.strip()}
    assert exported == declared, (sorted(exported - declared)[:10], sorted(declared - exported))


def test_manifest_signature_and_repr(make):
    p = make("add")
    assert p.manifest["entry"] == "add" and p.manifest["abi_version"] == ingot.ABI_VERSION
    assert p.tag == "test/add" and p.entry == "add" and p.returns == "int"
    assert [q["name"] for q in p.parameters] == ["a", "b"]
    assert str(inspect.signature(p)) == "(a: int, b: int) -> int"
    assert "add(a: int, b: int) -> int" in repr(p)
    q = make("inputs")
    assert str(inspect.signature(q)) == "(a: Any, b: Any = None, c: Any = None) -> dict[str, Any]"


def test_load_accepts_the_library_path(builder, tmp_path):
    path = builder.bundle("add", tmp_path / "b")
    with ingot.load(path / "libpredictor.so") as p:
        assert p(a=2, b=3) == 5


def test_close_and_context_manager(make):
    p = make("add")
    with p as same_p:
        assert same_p(a=1, b=1) == 2
    assert p.closed and "closed" in repr(p)
    with pytest.raises(ValueError, match="closed"):
        p(a=1, b=2)
    p.close()  # idempotent


def test_del_frees_the_predictor(builder, tmp_path):
    path = builder.bundle("add", tmp_path / "b")
    for _ in range(200):
        p = ingot.load(path)
        assert p(a=1, b=2) == 3
        del p
    gc.collect()


@pytest.mark.parametrize(
    "setup, message",
    [
        ("missing", "no such folder"),
        ("empty", "libpredictor.so is missing"),
        ("not_ingot", "not an Ingot bundle library"),
        ("bad_manifest", "cannot load bundle"),
        ("not_a_library", "cannot load"),
    ],
)
def test_load_errors(builder, tmp_path, setup, message):
    path = tmp_path / "bundle"
    if setup != "missing":
        path.mkdir()
    if setup == "not_ingot":
        libm = next((p for p in ("/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6")
                     if os.path.exists(p)), None)
        if libm is None:
            pytest.skip("no libm to copy")
        shutil.copyfile(libm, path / "libpredictor.so")
    if setup == "bad_manifest":
        builder.bundle("add", path)
        (path / "manifest.json").write_text("{not json")
    if setup == "not_a_library":
        (path / "libpredictor.so").write_bytes(b"not an ELF file")
    with pytest.raises(ingot.IngotError, match=message):
        ingot.load(path)


def test_a_rebuilt_bundle_at_the_same_path_runs_the_new_code(builder, tmp_path):
    path = tmp_path / "b"
    builder.bundle("add", path)
    with ingot.load(path) as p:
        assert p(a=1, b=2) == 3
    shutil.rmtree(path)
    builder.bundle("echo", path, parameters=[{"name": "a", "type": "int"}, {"name": "b", "type": "int"}])
    # echo returns input "x", absent here: None
    with ingot.load(path) as p:
        assert p(a=1, b=2) is None


def test_predictor_shared_by_threads(make):
    p = make("add")
    errors = []

    def work(offset):
        try:
            for i in range(2000):
                assert p(a=i, b=offset) == i + offset
                assert p(i, offset) == i + offset
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k * 1000,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_threads_converting_nested_values(make):
    echo = make("echo")
    errors = []
    values = [[{"k": (i, float(i), str(i))}, {i, -i}] for i in range(50)]

    def work():
        try:
            for _ in range(40):
                for v in values:
                    assert_same(v, echo(x=v))
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_no_memory_growth_over_many_calls(make):
    echo = make("echo")
    value = {"xs": [1.5] * 50, "s": "text" * 10, "t": (1, 2, (3,))}

    def rss_kib():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024

    for _ in range(2000):
        echo(x=value)
    before = rss_kib()
    for _ in range(20000):
        echo(x=value)
        try:
            echo(x=[1, object()])
        except TypeError:
            pass
    grown = rss_kib() - before
    # A leak of the ~60 values per call would be tens of MiB.
    assert grown < 8 * 1024, f"RSS grew by {grown} KiB over 20000 calls"


# ---------------------------------------------------------------------------
# @compile in CPython
# ---------------------------------------------------------------------------


def test_compile_decorator_returns_the_function_unchanged():
    from typing import Optional

    def f(text: str, n: Optional[int] = None, xs: list[dict[str, float]] = []) -> tuple[int, ...]:  # noqa: B006
        """Doc."""
        return (len(text),)

    g = ingot.compile(tag="me/f", description="counts")(f)
    assert g is f and g("abc") == (3,)
    spec = f.__ingot__
    assert spec["tag"] == "me/f" and spec["description"] == "counts" and spec["entry"] == "f"
    assert [(p["name"], p["type"]) for p in spec["parameters"]] == [
        ("text", "str"), ("n", "Optional[int]"), ("xs", "list[dict[str, float]]")]
    assert "default" not in spec["parameters"][0] and spec["parameters"][1]["default"] is None
    assert spec["returns"] == "tuple[int, ...]"

    @ingot.compile
    def h(x: int | None, y: set[str], z: bytes) -> None:
        pass

    assert h.__ingot__["tag"] is None
    assert [p["type"] for p in h.__ingot__["parameters"]] == ["int | None", "set[str]", "bytes"]
    assert h.__ingot__["returns"] == "None"


def test_compile_decorator_rejects_bad_arguments():
    with pytest.raises(TypeError):
        ingot.compile(tag=3)
    with pytest.raises(TypeError):
        ingot.compile("owner/name")
    with pytest.raises(TypeError):
        ingot.compile(tag="a/b", model="x")


def test_from_ingot_import_compile():
    from ingot import compile as c

    assert c is ingot.compile
