"""ingot._native (the C conversions) against the pure-Python codec of
ingot/_convert.py, which is the reference: on the same bundles, every value
must come back identical (types, float bits, order) and every bad argument
must raise the same exception class with the same message.

    python3 -m pytest -q bindings/python/tests

Skips when the extension is not built (pip install -e bindings/python).
The end-to-end behaviour of the package is tested in tests/python.
"""

from __future__ import annotations

import collections
import enum
import math
import os
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "testing"))

import bundles  # noqa: E402
import ingot  # noqa: E402
from ingot import _convert  # noqa: E402

if _convert._native is None:
    pytest.skip("ingot._native is not built or is turned off (INGOT_PURE_PYTHON)", allow_module_level=True)
native = _convert._native


@pytest.fixture(scope="session", params=["fake", "real"])
def builder(request, tmp_path_factory):
    try:
        return bundles.session_builder(request.param, tmp_path_factory.getbasetemp())
    except bundles.Unavailable as e:
        pytest.skip(f"{request.param} runtime: {e}")


@pytest.fixture
def make(builder, tmp_path):
    loaded = []

    def make(behaviour):
        p = ingot.load(builder.bundle(behaviour, tmp_path / behaviour))
        loaded.append(p)
        return p

    yield make
    for p in loaded:
        p.close()


@pytest.fixture
def echo(make):
    return make("echo")


def outcome(call, p, kwargs):
    """What one codec makes of a call: ("value", v), ("raised", exc) for the
    function's exception, or ("error", type, message) for bad arguments."""
    try:
        raised, value, logs, _ = call(p._handle, dict(kwargs), p._names, p.entry)
    except Exception as e:  # noqa: BLE001
        return ("error", type(e), str(e))
    return ("raised" if raised else "value", value, logs)


def both(p, **kwargs):
    pure = outcome(_convert.make_codec(p._lib), p, kwargs)
    fast = outcome(_convert.make_native_codec(p._lib, _convert.native_functions(p._lib)), p, kwargs)
    return pure, fast


def identical(a, b) -> bool:
    """Same types, float bits, items in the same order (sets included)."""
    if type(a) is not type(b):
        return False
    if type(a).__module__ == "numpy" and hasattr(a, "dtype"):  # arrays and numpy scalars: dtype, shape, bytes
        return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()
    if isinstance(a, float):
        return struct.pack("<d", a) == struct.pack("<d", b)
    if isinstance(a, (list, tuple, set, frozenset)):
        return len(a) == len(b) and all(identical(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return len(a) == len(b) and all(identical(ka, kb) and identical(va, vb)
                                        for (ka, va), (kb, vb) in zip(a.items(), b.items()))
    if isinstance(a, BaseException):
        return type(a) is type(b) and str(a) == str(b) and repr(a) == repr(b)
    return a == b


def assert_agree(p, **kwargs):
    pure, fast = both(p, **kwargs)
    assert pure[0] == fast[0], (pure, fast)
    if pure[0] == "error":
        assert pure[1] is fast[1] and pure[2] == fast[2], (pure, fast)
    else:
        assert identical(pure[1], fast[1]), (pure, fast)
        assert pure[2] == fast[2]
    return fast


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------


def nan(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


class IntSub(int):
    pass


class IntWithInt(int):
    def __int__(self):
        return 42


class FloatWithFloat(float):
    def __float__(self):
        return 2.5


class StrWithStr(str):
    def __str__(self):
        return "other"


class BytesWithBytes(bytes):
    def __bytes__(self):
        return b"from __bytes__"


class Backwards(tuple):
    def __iter__(self):
        return iter(list(tuple.__iter__(self))[::-1])


class ItemsReversed(dict):
    def items(self):
        return list(reversed(list(dict.items(self))))


class Color(enum.IntEnum):
    RED = 3


Point = collections.namedtuple("Point", "x y")

VALUES = [
    None, True, False, 0, 1, -1, 2**63 - 1, -(2**63), 0.0, -0.0, 1.5, float("inf"), float("-inf"), 5e-324,
    nan(0x7FF8000000000000), nan(0xFFF8000000000000), nan(0x7FF4000000000001),
    "", "abc", "é", "ÿ" * 40, "é ß 😀 中文", "a\x00b", "\U0010ffff", "\u07ff\u0800\uffff\U00010000", "x" * 10000,
    "ü" * 5000 + "😀" * 5000, b"", b"\x00\xff\x80", bytearray(b"ab"), memoryview(b"abc"),
    memoryview(b"abcdef")[::2], [], (), set(), frozenset(), {}, [1, [2, [3, []]]], (1,), (1, "a", None, 2.5),
    {1, 2, 3}, {"x", ""}, {1, 1.0, True}, {"b": 1, "a": 2}, {1: "a", (1, 2): [3], None: 0, 2.5: 1, False: {}, b"k": ()},
    {1: "a", 1.0: "b", True: "c"}, [1, 1.5, "a", None, True, 2, 3.0, b"", (), [], {}], [True, 1, 1.0],
    [2.0, 2.0, 7, 7, 1.0, "x"], [1, 2.0] * 50, list(range(5000)), [i / 7 for i in range(5000)],
    [str(i) for i in range(5000)], [f"é{i}" for i in range(100)], {i: str(i) for i in range(100)},
    ((((),),),), {(1, "a"), (2, "b")}, [[0.5] * 10] * 10, [{"k": (i, float(i))} for i in range(100)],
    IntSub(5), IntWithInt(1), FloatWithFloat(1.0), StrWithStr("s"), type("S", (str,), {})("plain sub"),
    BytesWithBytes(b"raw"), Backwards((1, 2, 3)), ItemsReversed(a=1, b=2), Color.RED, Point(1, 2),
    collections.OrderedDict(b=1, a=2), collections.defaultdict(int, {"k": 1}), collections.Counter("aab"),
    type("L", (list,), {})([1, "2"]), type("FS", (frozenset,), {})({9}),
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: f"{type(v).__name__}:{repr(v)[:30]}")
def test_values_round_trip_identically(echo, value):
    assert assert_agree(echo, x=value)[0] == "value"


def test_floats_keep_their_bits(echo):
    for bits in (0x7FF8000000000000, 0xFFF8000000000000, 0x7FF4000000000001, 0x8000000000000000, 1):
        out = echo(x=[nan(bits)] * 3)
        assert [struct.pack("<d", f) for f in out] == [struct.pack("<d", nan(bits))] * 3


def test_deep_values(echo):
    deep: list = []
    for _ in range(199):
        deep = [deep]
    assert_agree(echo, x=deep)
    assert_agree(echo, x=[deep])  # 201 levels: too deep


def test_generated_values(echo):
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    scalars = (st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.integers() | st.floats()
               | st.text() | st.binary())
    hashable = st.recursive(scalars, lambda inner: st.tuples(inner, inner) | st.frozensets(inner, max_size=3),
                            max_leaves=6)
    values = st.recursive(
        scalars,
        lambda inner: (st.lists(inner, max_size=6) | st.tuples(inner, inner)
                       | st.dictionaries(hashable, inner, max_size=4) | st.sets(hashable, max_size=4)),
        max_leaves=30,
    )

    @hypothesis.settings(max_examples=400, deadline=None, database=None)
    @hypothesis.given(values)
    def check(value):
        assert_agree(echo, x=value)

    check()


# ---------------------------------------------------------------------------
# Bad arguments: same class, same message
# ---------------------------------------------------------------------------


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


class LongRepr:
    def __repr__(self):
        return "L" * 100


def self_list():
    a: list = []
    a.append(a)
    return a


def self_dict():
    d: dict = {}
    d["d"] = [d]
    return d


ERRORS = [
    object(), 1j, len, range(3), Ellipsis, [1, 2, object()], (1, range(3)), {"k": [None, {1: object()}]},
    {object(): 1}, {1, 2.5, Ellipsis}, {BadRepr()}, {LongRepr(): object()}, {(1, BadRepr()): 0},
    2**63, -(2**63) - 1, 10**30, [0, 1, {"k": 2**64}], IntSub(2**70), {2**64: 1}, {"k": [1, 2**64]},
    "bad \udc80", ["ok", "bad \ud800 x"], {"k": "\udfff"}, {"é\udc80": 1}, type("S", (str,), {})("\udc80"),
    self_list(), self_dict(), [[[object()]]], Point(1, object()), Backwards((1, object())),
    ItemsReversed(a=object()), [1.5, "x", 2**64],
]


@pytest.mark.parametrize("value", ERRORS, ids=lambda v: type(v).__name__)
def test_bad_arguments_raise_the_same_errors(echo, value):
    fast = assert_agree(echo, x=value)
    assert fast[0] == "error"


def test_unexpected_keyword(echo):
    assert_agree(echo, x=1, y=2)


def test_errors_raised_by_the_value_itself_propagate(echo):
    class Exploding(list):
        def __iter__(self):
            raise KeyError("boom")

    fast = assert_agree(echo, x=Exploding([1]))
    assert fast[1] is KeyError


def test_numpy(echo):
    np = pytest.importorskip("numpy", reason="numpy is not installed")
    for array in (np.arange(12, dtype=np.float64).reshape(3, 4), np.array([[True, False]]),
                  np.arange(-5, 5, dtype=np.int8), np.zeros((0, 3), dtype=np.int32), np.array(7, dtype=np.int64),
                  np.arange(20, dtype=np.float64)[::3], np.array([0.5, 65504], dtype=np.float16),
                  np.arange(6, dtype=np.uint16).reshape(2, 3).T, np.zeros(3, dtype=">i4")):
        assert_agree(echo, x=array)
        assert_agree(echo, x=[array, {"k": (array,)}])
    assert_agree(echo, x=[np.int64(1), np.float64(2.5), np.bool_(True), np.str_("s"), np.float16(-0.0),
                          np.uint64(2**64 - 1), np.longlong(-3)])
    assert_agree(echo, x=np.zeros(2, dtype=np.complex128))
    assert_agree(echo, x=[1, np.zeros(2, dtype="U3")])
    assert_agree(echo, x={"k": np.complex64(1)})
    assert_agree(echo, x={"k": np.datetime64(1, "s")})
    assert_agree(echo, x=np.zeros(2, dtype=object))


# ---------------------------------------------------------------------------
# Calls
# ---------------------------------------------------------------------------


def test_exceptions_logs_and_latency(make):
    p = make("raise")
    for kwargs in ({"type": "KeyError", "message": "'kiwi'"}, {"type": "ValueError", "message": "bad", "text": "log"},
                   {"type": "", "text": "printed\n"}, {"type": "NotAnException", "message": "m"}):
        pure, fast = both(p, **kwargs)
        assert pure[0] == fast[0] and identical(pure[1], fast[1]) and pure[2] == fast[2], (pure, fast)
    p(type="", text="hello")
    assert p.logs == "hello" and p.latency_ms >= 0


def test_missing_result_is_an_ingot_error(fake_only_make):
    assert_agree(fake_only_make("null_result"))


@pytest.fixture
def fake_only_make(tmp_path, tmp_path_factory):
    b = bundles.session_builder("fake", tmp_path_factory.getbasetemp())
    return lambda behaviour: ingot.load(b.bundle(behaviour, tmp_path / behaviour))


def test_large_lists(make):
    floats, total, echo, strings, lengths = make("floats"), make("sum"), make("echo"), make("strings"), make("lengths")
    for _ in range(5):
        out = floats(n=100_000)
        assert len(out) == 100_000 and out[-1] == 49999.5
        assert total(xs=out) == sum(out)
    words = strings(n=20_000)
    assert words[:3] == ["w0", "w1", "w2"] and words[-1] == "w4999"
    assert lengths(xs=words) == sum(map(len, words))
    mixed = [f"é{i}" if i % 3 else i for i in range(20_000)]
    assert identical(echo(x=mixed), mixed)


def test_threads(make):
    echo, total = make("echo"), make("sum")
    values = [[{"k": (i, float(i), str(i))}, {i, -i}] for i in range(50)]
    xs = [0.5] * 20_000
    errors = []

    def work():
        try:
            for _ in range(20):
                for v in values:
                    assert echo(x=v) == v
                assert total(xs=xs) == 10_000.0
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_calls_in_a_forked_child(make):
    if not hasattr(os, "fork"):
        pytest.skip("no fork")
    floats, total = make("floats"), make("sum")
    out = floats(n=50_000)
    total(xs=out)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            for _ in range(3):
                code = 0 if total(xs=floats(n=50_000)) == sum(out) else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert total(xs=out) == sum(out)


def test_interpreter_exit_after_large_calls(builder, tmp_path):
    floats = builder.bundle("floats", tmp_path / "floats")
    code = (f"import sys; sys.path.insert(0, {str(HERE.parent)!r}); import ingot; "
            f"p = ingot.load({str(floats)!r}); [p(n=200_000) for _ in range(4)]; print('ok')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_bind_refuses_an_incomplete_table():
    with pytest.raises(ValueError, match="no address for ingot_"):
        native.bind({})
    with pytest.raises(ValueError, match="PyCapsule"):
        native.predict(object(), 0, {}, {}, "f")


def test_pure_python_fallback(builder, tmp_path):
    echo = builder.bundle("echo", tmp_path / "echo")
    code = (f"import sys; sys.path.insert(0, {str(HERE.parent)!r}); import ingot; from ingot import _convert; "
            f"assert _convert._native is None; p = ingot.load({str(echo)!r}); "
            f"assert p(x=[1, 'a', (2.5,)]) == [1, 'a', (2.5,)]; print('ok')")
    env = dict(os.environ, INGOT_PURE_PYTHON="1")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_round_trip_without_predicting(echo):
    codec = _convert.codec_for(echo._lib)
    assert identical(codec.round_trip([1, "a", {2: (3.5,)}]), [1, "a", {2: (3.5,)}])
    with pytest.raises(TypeError, match=r"argument 'value'\[1\]"):
        codec.round_trip([1, object()])
    assert math.isinf(codec.round_trip(float("inf")))
