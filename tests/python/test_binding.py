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
# numpy: arrays and numpy scalars cross as TENSOR values (docs/numpy.md)
# ---------------------------------------------------------------------------

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32",
          "float64"]
DTYPE_CODES = {name: code for code, name in enumerate(DTYPES)}  # ingot_dtype
SHAPES = [(), (5,), (2, 3), (2, 1, 3), (1, 2, 2, 3), (0,), (3, 0, 2)]


@pytest.fixture
def np():
    return pytest.importorskip("numpy", reason="numpy is not installed")


@pytest.fixture(params=["native", "python"])
def via(request):
    """call(predictor, **kwargs) through ingot._native or through the
    pure-Python codec (what INGOT_PURE_PYTHON=1 uses)."""
    from ingot import _convert

    if request.param == "native":
        if _convert._native is None:
            pytest.skip("ingot._native is not built or turned off")
        return lambda p, **kwargs: p(**kwargs)
    codecs = {}

    def call(p, **kwargs):
        codec = codecs.get(id(p._lib))
        if codec is None:
            codec = codecs[id(p._lib)] = _convert.make_codec(p._lib)
        raised, value, _, _ = codec(p._handle, p._bind((), kwargs), p._names, p.entry)
        if raised:
            raise value
        return value

    return call


def sample(np, dtype, shape):
    """An array of `dtype` and `shape` cycling through the dtype's edge values
    (min, max, nan, ±inf, -0.0, subnormals)."""
    dt = np.dtype(dtype)
    if dt.kind == "b":
        pool = [True, False, False]
    elif dt.kind in "iu":
        info = np.iinfo(dt)
        pool = [info.min, info.max, 0, 1, info.max // 3, info.min // 7]
    else:
        info = np.finfo(dt)
        pool = [np.nan, np.inf, -np.inf, -0.0, 0.0, 1.5, info.max, -info.tiny, info.smallest_subnormal, 1 / 3]
    n = math.prod(shape)
    return np.array([pool[i % len(pool)] for i in range(n)], dtype=dt).reshape(shape)


def assert_identical_array(expected, actual):
    """Same class (ndarray, or the numpy scalar type), dtype, shape and bytes."""
    assert type(actual) is type(expected), (type(expected), type(actual))
    assert actual.dtype == expected.dtype and actual.shape == expected.shape
    assert actual.tobytes() == expected.tobytes(), (expected, actual)


def live(t):
    """Buffers the `tensors` test bundle made and the library has not released."""
    return t(op="live")


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: "x".join(map(str, s)) or "0d")
@pytest.mark.parametrize("dtype", DTYPES)
def test_numpy_round_trip_every_dtype_and_rank(np, make, via, dtype, shape):
    echo = make("echo")
    array = sample(np, dtype, shape)
    out = via(echo, x=array)
    # A 0-d array comes back as the numpy scalar of its dtype (docs/numpy.md).
    assert_identical_array(array[()] if array.ndim == 0 else array, out)
    if array.ndim:
        assert out.flags.c_contiguous and out.flags.writeable


@pytest.mark.parametrize("dtype", DTYPES)
def test_numpy_scalars_cross_as_0d_tensors(np, make, via, dtype):
    scalar = np.dtype(dtype).type(1)
    t = make("tensors")
    address, code, shape = via(t, op="address", x=scalar)
    assert (code, shape) == (DTYPE_CODES[dtype], ())
    out = via(make("echo"), x=scalar)
    assert type(out) is type(scalar) and out == scalar


def test_numpy_scalar_values_and_neighbours(np, echo, via):
    for scalar in (np.float32(1.5), np.float64(-0.0), np.float16(np.inf), np.int64(-(2**63)), np.uint64(2**64 - 1),
                   np.bool_(True), np.int8(-128)):
        assert_identical_array(scalar, via(echo, x=scalar))
    out = via(echo, x=np.float64(np.nan))
    assert type(out) is np.float64 and np.isnan(out)  # a numpy scalar, not a Python float
    assert_identical_array(np.int64(3), via(echo, x=np.longlong(3)))  # (numpy.longlong: an int64 too)
    assert type(via(echo, x=np.str_("s"))) is str and type(via(echo, x=np.bytes_(b"b"))) is bytes
    assert_same([1.5, 2, True], via(echo, x=[1.5, 2, True]))  # Python scalars stay Python scalars
    mixed = via(echo, x=[np.float32(0.5), 0.5, {"k": np.int16(7)}])
    assert type(mixed[0]) is np.float32 and type(mixed[1]) is float and type(mixed[2]["k"]) is np.int16


def test_numpy_inputs_are_not_copied(np, make, via):
    t = make("tensors")
    for dtype in DTYPES:
        for a in (sample(np, dtype, (7,)), sample(np, dtype, (2, 3, 4)), np.array(sample(np, dtype, (1,))[0]),
                  sample(np, dtype, (0, 2))):
            assert via(t, op="address", x=a) == (a.ctypes.data, DTYPE_CODES[dtype], a.shape)
    big = np.arange(100, dtype=np.float64)
    part = big[10:20]  # a C-contiguous view into another array: its own memory, still not copied
    assert via(t, op="address", x=part)[0] == part.ctypes.data
    # The predictor writes into its input: the caller's array sees it (as in CPython).
    assert via(t, op="fill", x=part) is None
    assert big[10] == 42 and part[0] == 42
    ints = np.zeros((2, 2), dtype=np.int32)
    via(t, op="fill", x=ints)
    assert ints.tolist() == [[42, 0], [0, 0]]


def test_other_layouts_are_copied_once_in_c_order(np, make, via):
    t = make("tensors")
    echo = make("echo")
    base = np.arange(24, dtype=np.float32).reshape(4, 6)
    readonly = base.copy()
    readonly.flags.writeable = False
    unaligned = np.zeros(8 * 4 + 1, dtype=np.uint8)[1:].view(np.float64)
    unaligned[:] = [1.5, -2.5, 3.5, 0.25]
    assert not unaligned.flags.aligned
    cases = [base[:, ::2], base.T, np.asfortranarray(base), base[::-1], readonly, unaligned,
             np.arange(6, dtype=">i4").reshape(2, 3), np.arange(5, dtype="<i2")[::2]]
    for a in cases:
        address, code, shape = via(t, op="address", x=a)
        assert address != a.ctypes.data and shape == a.shape
        assert code == DTYPE_CODES[a.dtype.newbyteorder("=").name]
        out = via(echo, x=a)
        assert out.dtype == a.dtype.newbyteorder("=") and out.shape == a.shape and out.flags.c_contiguous
        assert np.array_equal(out, a)
        before = a.copy()
        if a.flags.writeable:
            via(t, op="fill", x=a)  # writes into the copy, not into `a`
            assert np.array_equal(a, before)


@pytest.mark.parametrize("dtype", DTYPES)
def test_tensor_results_view_the_result_memory(np, make, via, dtype):
    t = make("tensors")
    for shape in [(6,), (2, 3), (2, 1, 3), (2, 2, 1, 3), (1000,)]:
        n = math.prod(shape)
        out, address = via(t, op="make", dtype=DTYPE_CODES[dtype], shape=list(shape))
        assert type(out) is np.ndarray and out.ctypes.data == address  # not copied
        expected = np.arange(n).astype(dtype).reshape(shape)
        assert_identical_array(expected, out)
        assert out.flags.writeable and not out.flags.owndata and out.flags.c_contiguous
        out[...] = expected[::-1].reshape(shape)  # writing is fine: the result is the caller's
    scalar, _ = via(t, op="make", dtype=DTYPE_CODES[dtype], shape=[])
    assert_identical_array(np.dtype(dtype).type(0), scalar)
    empty, _ = via(t, op="make", dtype=DTYPE_CODES[dtype], shape=[2, 0])
    assert empty.shape == (2, 0) and empty.dtype == dtype
    del out, empty
    gc.collect()
    assert live(t) == 0


def test_tensor_results_keep_their_value_alive_and_free_it_once(np, make, via):
    t = make("tensors")
    out, _ = via(t, op="make", dtype=DTYPE_CODES["float64"], shape=[1000])
    assert live(t) == 1
    part = out[10:20]
    del out
    gc.collect()
    assert live(t) == 1 and part.tolist() == list(map(float, range(10, 20)))
    del part
    assert live(t) == 0
    # Nested tensors of one result share its value: freed with the last array.
    nested = via(t, op="nested")
    assert live(t) == 2
    assert_identical_array(np.arange(4, dtype=np.float32).reshape(2, 2), nested["a"][0])
    assert_identical_array(np.arange(3, dtype=np.int64), nested["a"][1][0])
    assert_identical_array(np.float64(2.5), nested["s"]) and nested["n"] == 1
    kept = nested["a"][1][0]
    del nested
    gc.collect()
    assert live(t) == 2 and kept.tolist() == [0, 1, 2]
    del kept
    assert live(t) == 0
    # The arrays outlive the predictor (libraries are never unloaded).
    out, _ = via(t, op="make", dtype=DTYPE_CODES["int32"], shape=[3])
    t.close()
    assert out.tolist() == [0, 1, 2]
    again = ingot.load(t.path)
    assert live(again) == 1
    del out
    assert live(again) == 0
    again.close()


def test_many_tensor_calls_neither_leak_nor_double_free(np, make, via):
    t = make("tensors")
    echo = make("echo")
    a = np.linspace(0, 1, 1000, dtype=np.float32)
    refs = sys.getrefcount(a)

    def rss_kib():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024

    for _ in range(500):
        via(echo, x=a)
        via(t, op="make", dtype=DTYPE_CODES["float64"], shape=[512])
    before = rss_kib()
    kept = []
    for i in range(10_000):
        out = via(echo, x=[a, {"k": a}])
        assert out[0].shape == (1000,)
        made, _ = via(t, op="make", dtype=DTYPE_CODES["float64"], shape=[512])
        assert via(t, op="address", x=a)[0] == a.ctypes.data
        if i % 100 == 0:
            kept.append(made)  # some results outlive many later calls
        if i % 1000 == 0:
            gc.collect()
    del out, made
    gc.collect()
    assert live(t) == len(kept)
    assert sum(float(k[511]) for k in kept) == 511.0 * len(kept)
    del kept
    gc.collect()
    assert live(t) == 0
    # Each input buffer was released exactly once: fewer would leave references, more would crash or drop below.
    assert sys.getrefcount(a) == refs
    grown = rss_kib() - before
    # A leak of the 12 KB of tensors per call would be over 100 MiB.
    assert grown < 16 * 1024, f"RSS grew by {grown} KiB over 10000 calls"


def test_large_arrays_in_and_out(np, make, via):
    echo = make("echo")
    t = make("tensors")
    a = np.random.default_rng(1).standard_normal(1_000_000).astype(np.float32)
    assert via(t, op="address", x=a)[0] == a.ctypes.data
    out = via(echo, x=a)
    assert out.dtype == np.float32 and np.array_equal(out, a)
    made, address = via(t, op="make", dtype=DTYPE_CODES["float32"], shape=[1000, 1000])
    assert made.ctypes.data == address and made[999, 999] == 999_999


@pytest.mark.parametrize("dtype", ["complex64", "complex128", "object", "U3", "S2", "datetime64[s]", "timedelta64[ms]",
                                   "longdouble", "V4", [("a", "i4"), ("b", "f8")]],
                         ids=lambda d: str(d))
def test_unsupported_dtypes_raise_type_error(np, echo, via, dtype):
    dt = np.dtype(dtype)
    bad = np.zeros(3, dtype=dt)
    good = np.arange(4.0)
    refs = sys.getrefcount(good)
    with pytest.raises(TypeError, match=f"numpy array of dtype {re.escape(str(dt))} .*argument 'x'"):
        via(echo, x=bad)
    with pytest.raises(TypeError, match=rf"dtype {re.escape(str(dt))} .*argument 'x'\[1\]\['k'\]"):
        via(echo, x=[good, {"k": bad}])
    assert sys.getrefcount(good) == refs  # `good` was handed over, then released with the failed value
    if dt.kind not in "OVUS":  # (numpy.str_ and numpy.bytes_ are a str and a bytes)
        with pytest.raises(TypeError, match=rf"numpy scalar of dtype {re.escape(str(dt))} .*argument 'x'\[0\]"):
            via(echo, x=[bad[0]])
    assert_identical_array(good, via(echo, x=good))  # still usable


def test_from_value_copies_tensors(np, codec):
    """to_value / from_value without a prediction: the value stays the caller's, so the array is a copy."""
    lib, to_value, from_value = codec
    a = np.arange(12, dtype=np.int16).reshape(3, 4)
    refs = sys.getrefcount(a)
    v = to_value(a)
    assert sys.getrefcount(a) == refs + 1  # pinned, not copied
    out = from_value(v)
    lib.value_free(v)
    assert sys.getrefcount(a) == refs
    assert_identical_array(a, out)
    assert out.ctypes.data != a.ctypes.data
    assert_identical_array(np.float16(2.5), from_value_of(lib, to_value, from_value, np.float16(2.5)))


def from_value_of(lib, to_value, from_value, obj):
    v = to_value(obj)
    try:
        return from_value(v)
    finally:
        lib.value_free(v)


def test_tensors_across_threads(np, make):
    t = make("tensors")
    echo = make("echo")
    errors = []

    def work(k):
        try:
            a = np.full((50, 20), k, dtype=np.int32)
            for _ in range(300):
                assert np.array_equal(echo(x=a), a)
                out, address = t(op="make", dtype=DTYPE_CODES["uint16"], shape=[64])
                assert out.ctypes.data == address and int(out[63]) == 63
                assert t(op="address", x=a)[0] == a.ctypes.data
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors, errors
    gc.collect()
    assert live(t) == 0


NO_NUMPY_SCRIPT = r"""
import sys
sys.path[:0] = [{binding!r}]
if {block}:
    sys.modules["numpy"] = None  # `import numpy` raises ImportError, as when it is not installed
import ingot
p = ingot.load({bundle!r})
assert p(op="live") == 0 and p(op="live") == 0  # no numpy needed
assert "numpy" not in sys.modules or sys.modules["numpy"] is None, "ingot imported numpy"
try:
    p(op="make", dtype=10, shape=[2])
except ImportError as e:
    print("ImportError:", e)
else:
    print("returned", type(p(op="make", dtype=10, shape=[2])[0]).__name__)
"""


@pytest.mark.parametrize("pure", ["0", "1"])
def test_numpy_is_optional(builder, tmp_path, pure):
    bundle = builder.bundle("tensors", tmp_path / "tensors")
    for block, expected in ((True, "ImportError: the predictor returned a numpy array (a TENSOR value), but numpy "
                                   "is not installed (pip install numpy)"), (False, "returned ndarray")):
        if not block:
            pytest.importorskip("numpy", reason="numpy is not installed")
        script = NO_NUMPY_SCRIPT.format(binding=str(REPO_ROOT / "bindings" / "python"), block=block,
                                        bundle=str(bundle))
        r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env={**os.environ, "INGOT_PURE_PYTHON": pure})
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == expected

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
