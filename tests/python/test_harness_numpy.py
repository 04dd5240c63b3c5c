"""The differential harness (tests/predictors/_harness.py) on numpy values:
comparing CPython's result with a bundle's, and generating array inputs.

No compiled numpy predictor is needed: the comparison functions are called
directly, generation runs on predictor files written here, and a stand-in
bundle (StubBundle) plays the compiled one.
"""

from __future__ import annotations

import math
import sys
import textwrap

import pytest

from support import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "tests" / "predictors"))
sys.path.insert(0, str(REPO_ROOT / "bindings" / "python"))

import _harness as harness  # noqa: E402
import ingot  # noqa: E402

np = pytest.importorskip("numpy", reason="numpy is not installed")
pytest.importorskip("hypothesis", reason="hypothesis is not installed")

same = harness.same
FLOATS = ["float16", "float32", "float64"]
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]


def eps(dtype):
    return float(np.finfo(dtype).eps)


# ---------------------------------------------------------------------------
# Comparing
# ---------------------------------------------------------------------------


def test_arrays_need_the_same_dtype_and_shape():
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    assert same(a, a.copy())
    assert same(a, np.ascontiguousarray(a.T).T)  # layout does not matter
    assert not same(a, a.astype(np.float64))
    assert not same(a, a.reshape(3, 2)) and not same(a, a.reshape(1, 2, 3)) and not same(a, a.ravel())
    assert not same(np.zeros(0, np.int32), np.zeros((0, 1), np.int32))
    assert not same(a, a.tolist()) and not same(a.tolist(), a)
    assert not same(np.arange(3), np.arange(3, dtype=np.int32))  # int64 vs int32
    assert same(np.zeros((0, 3), np.int8), np.zeros((0, 3), np.int8))


@pytest.mark.parametrize("dtype", ["bool", *INTS])
def test_bool_and_int_arrays_are_exact(dtype):
    info = np.iinfo(dtype) if dtype != "bool" else None
    values = [0, 1] if info is None else [info.min, info.max, 0, 1]
    a = np.array(values, dtype=dtype)
    assert same(a, a.copy())
    b = a.copy()
    b[-1] = 0 if dtype != "bool" else False
    assert not same(a, b)
    if info is not None:
        big = np.array([info.max], dtype=dtype)
        assert not same(big, big - 1)


@pytest.mark.parametrize("dtype", ["float16", "float32"])
def test_float16_and_float32_within_1e_6_relative(dtype):
    base = np.array([1.0, 1000.0, -3.5, 65000.0 if dtype == "float16" else 1e30], dtype=dtype)
    assert same(base, base.copy())
    # One ulp apart: allowed only where an ulp is within 1e-6 relative (float32 near 1e30? eps/2 = 6e-8: yes).
    step = np.nextafter(base, np.array(np.inf, dtype=dtype))
    ulp_relative = float(eps(dtype))
    assert same(base, step) == (ulp_relative <= 1e-6)
    # A few eps absolute near 0 (a sum that cancels in another order).
    tiny = np.array([0.0, 1e-30 if dtype == "float32" else 1e-7], dtype=dtype)
    near = np.array([2 * eps(dtype), 0.0], dtype=dtype)
    assert same(tiny, near)
    assert not same(tiny, np.array([10 * eps(dtype), 0.0], dtype=dtype))
    assert not same(np.array([1.0], dtype), np.array([1.01], dtype))


def test_float32_tolerance_boundaries():
    a = np.array([1.0, 100.0, 1e6], dtype=np.float32)
    assert same(a, (a.astype(np.float64) * (1 + 5e-7)).astype(np.float32))
    assert not same(a, (a.astype(np.float64) * (1 + 5e-6)).astype(np.float32))
    # The tolerance is relative to CPython's value (the first argument).
    assert same(np.float32(1e-3), np.float32(1e-3 * (1 + 9e-7)))


def test_float64_within_1e_12_relative():
    a = np.array([1.0, -2.5e100, 3e-200, 123456.789])
    assert same(a, a * (1 + 1e-13))
    assert not same(a, a * (1 + 1e-11))
    assert same(np.array([0.0]), np.array([4 * eps("float64")]))  # near 0: a few eps absolute
    assert not same(np.array([0.0]), np.array([1e-14]))
    assert same(np.array([0.0]), np.array([-0.0]))  # values, not bits


@pytest.mark.parametrize("dtype", FLOATS)
def test_nan_and_inf_positions(dtype):
    a = np.array([np.nan, np.inf, -np.inf, 1.0], dtype=dtype)
    assert same(a, a.copy())
    assert not same(a, np.array([1.0, np.inf, -np.inf, np.nan], dtype=dtype))  # nan moved
    assert not same(a, np.array([np.nan, np.inf, np.inf, 1.0], dtype=dtype))  # -inf vs inf
    assert not same(a, np.array([np.nan, np.finfo(dtype).max, -np.inf, 1.0], dtype=dtype))  # inf vs max
    assert not same(np.array([np.nan], dtype), np.array([0.0], dtype))
    assert not same(np.array([0.0], dtype), np.array([np.nan], dtype))


def test_numpy_scalars_same_type_and_value():
    assert same(np.float32(1.5), np.float32(1.5))
    assert same(np.float32(1.0), np.float32(1.0) + np.float32(eps("float32")) / 2)
    assert not same(np.float32(1.5), np.float64(1.5))  # type
    assert not same(np.float64(1.5), 1.5) and not same(1.5, np.float64(1.5))  # numpy.float64 is not float
    assert not same(np.int64(3), 3) and not same(np.int64(3), np.int32(3))
    assert same(np.float64(np.nan), np.float64(np.nan)) and not same(np.float64(np.nan), np.float64(1.0))
    assert same(np.float16(np.inf), np.float16(np.inf)) and not same(np.float16(np.inf), np.float16(-np.inf))
    assert same(np.bool_(True), np.bool_(True)) and not same(np.bool_(True), np.bool_(False))
    assert not same(np.bool_(True), True)
    assert same(np.uint64(2**64 - 1), np.uint64(2**64 - 1)) and not same(np.uint64(1), np.uint64(2))
    assert not same(np.float32(1.5), np.array(1.5, dtype=np.float32))  # scalar vs 0-d array


def test_numpy_values_inside_containers():
    a = np.arange(4.0)
    assert same([a, {"k": (np.float32(1), a)}], [a.copy(), {"k": (np.float32(1), a.copy())}])
    assert not same([a, {"k": (np.float32(1), a)}], [a.copy(), {"k": (np.float32(2), a.copy())}])
    assert same({np.int64(1), np.int64(2)}, {np.int64(2), np.int64(1)})


def test_python_values_keep_their_rules():
    # (numpy values must not relax the existing rules)
    assert not same(0.0, -0.0) and same(float("nan"), float("nan")) and not same(1, True)
    assert not same(1.0, 1.0 + 1e-15)


def test_first_difference_names_the_place():
    diff = harness.first_difference
    a = np.zeros((2, 3), dtype=np.float32)
    assert "dtype float32 vs float64" in diff(a, a.astype(np.float64))
    assert "shape (2, 3) vs (3, 2)" in diff(a, a.reshape(3, 2))
    b = a.copy()
    b[1, 2] = 0.5
    b[0, 1] = np.nan
    text = diff({"x": [a]}, {"x": [b]})
    assert text.startswith("result['x'][0][0, 1]: ") and "nan" in text and "2 of 6 elements differ" in text
    assert "rtol 1e-06" in text
    assert "type float32 vs float64" in diff(np.float32(1), np.float64(1))
    assert "result: np.float32(1.0) vs np.float32(2.0)" in diff(np.float32(1), np.float32(2))
    ints = diff(np.array([1, 2, 3]), np.array([1, 2, 4]))
    assert "result[2]: np.int64(3) vs np.int64(4)" in ints and "rtol" not in ints
    assert "ndarray[float32, (2, 3)]" in harness.type_tree([a])


def test_zero_d_results_compare_as_numpy_scalars():
    """A 0-d array CPython returns crosses the ABI as a numpy scalar (docs/numpy.md)."""
    outcome = harness.run_cpython(lambda a: (a.sum(keepdims=False), np.array(2.5), [np.array(1, np.int8)]),
                                  {"a": np.ones(3, dtype=np.float32)})
    value = outcome.value
    assert type(value[0]) is np.float32 and type(value[1]) is np.float64 and type(value[2][0]) is np.int8
    assert harness.compare(outcome, harness.Outcome(value=(np.float32(3), np.float64(2.5), [np.int8(1)]))) is None
    arrays = harness.run_cpython(lambda: {"a": np.zeros(2)}, {})
    assert type(arrays.value["a"]) is np.ndarray


def test_exceptions_and_inputs_as_today():
    def f(a):
        a += 1  # mutates its (copied) input
        raise ValueError(f"bad {a.sum()}")

    a = np.zeros(3)
    outcome = harness.run_cpython(f, {"a": a})
    assert outcome.exc_type == "ValueError" and outcome.message == "bad 3.0" and not a.any()
    assert harness.compare(outcome, harness.Outcome(exc_type="ValueError", message="bad 3.0")) is None
    assert harness.compare(outcome, harness.Outcome(exc_type="TypeError", message="bad 3.0")) is not None
    assert not harness.out_of_int64(np.array([2**63 - 1]))


# ---------------------------------------------------------------------------
# Generating
# ---------------------------------------------------------------------------

PREDICTOR = '''
import numpy as np
import numpy.typing as npt
from ingot import compile


@compile(tag="tests/harness-numpy")
def f(a: np.ndarray, b: npt.NDArray[np.float32], c: int, d: np.float64, e: npt.NDArray[np.integer] | None = None) -> float:
    return float(a.size)


CASES = [dict(a=np.zeros(2), b=np.zeros(2, np.float32), c=1, d=np.float64(1))]
{extra}
'''


def write_predictor(tmp_path, name, extra=""):
    path = tmp_path / f"{name}.py"
    path.write_text(PREDICTOR.format(extra=textwrap.dedent(extra)))
    return harness.load_predictor(path)


def draw(predictor, count=300):
    return harness.generated_inputs(predictor, count)


def test_generated_arrays_cover_dtypes_shapes_and_special_values(tmp_path):
    p = write_predictor(tmp_path, "numpy_default")
    inputs = draw(p)
    assert len(inputs) >= 100
    dtypes, ranks, specials = set(), set(), set()
    for kwargs in inputs:
        a, b, d = kwargs["a"], kwargs["b"], kwargs["d"]
        assert type(a) is np.ndarray and a.dtype.name in harness.DEFAULT_NUMPY_DTYPES
        assert a.ndim <= 3 and all(side <= 4 for side in a.shape)
        dtypes.add(a.dtype.name)
        ranks.add(a.ndim)
        assert type(b) is np.ndarray and b.dtype == np.float32 and b.ndim <= 3
        assert type(d) is np.float64 and type(kwargs["c"]) is int
        if "e" in kwargs and kwargs["e"] is not None:
            assert np.issubdtype(kwargs["e"].dtype, np.integer)
        for x in (b, d, *([a] if a.dtype.kind == "f" else [])):
            flat = np.asarray(x, dtype=np.float64).ravel()
            specials.update(["nan"] if np.isnan(flat).any() else [])
            specials.update(["inf"] if np.isposinf(flat).any() else [])
            specials.update(["-inf"] if np.isneginf(flat).any() else [])
            specials.update(["-0.0"] if any(v == 0 and math.copysign(1, v) < 0 for v in flat) else [])
    assert len(dtypes) >= 8, dtypes
    assert ranks == {0, 1, 2, 3}
    assert specials == {"nan", "inf", "-inf", "-0.0"}
    assert any(0 in kwargs["a"].shape for kwargs in inputs)  # empty arrays too


def test_predictors_choose_dtypes_and_shapes(tmp_path):
    p = write_predictor(tmp_path, "numpy_chosen", '''
        NUMPY_DTYPES = ["float32", np.int16]
        NUMPY_SHAPES = dict(min_dims=1, max_dims=2, min_side=1, max_side=3)
    ''')
    assert p.numpy_dtypes == ("float32", "int16")
    seen = set()
    for kwargs in draw(p, 150):
        a = kwargs["a"]
        seen.add(a.dtype.name)
        assert a.dtype.name in ("float32", "int16") and 1 <= a.ndim <= 2 and all(1 <= s <= 3 for s in a.shape)
        assert kwargs["b"].dtype == np.float32  # the annotation's dtype wins
        if kwargs.get("e") is not None:
            assert kwargs["e"].dtype == np.int16  # np.integer within the predictor's list
    assert seen == {"float32", "int16"}


def test_strategies_still_override(tmp_path):
    p = write_predictor(tmp_path, "numpy_override", '''
        def strategies(st):
            from hypothesis.extra import numpy as hnp
            return {"a": hnp.arrays(np.uint8, (2, 2)), "c": st.just(7)}
    ''')
    for kwargs in draw(p, 50):
        assert kwargs["a"].dtype == np.uint8 and kwargs["a"].shape == (2, 2) and kwargs["c"] == 7


def test_generated_numpy_inputs_run_through_the_checks(tmp_path):
    """check_generated with numpy inputs: a faithful stand-in passes, one off
    by more than the tolerance is caught (and shrunk)."""
    path = tmp_path / "numpy_scale.py"
    path.write_text(textwrap.dedent('''
        import numpy as np
        from ingot import compile


        @compile
        def scale(a: np.ndarray) -> np.ndarray:
            return a * 2


        CASES = [dict(a=np.arange(3.0))]
        NUMPY_DTYPES = ["float32", "float64", "int32"]
    '''))
    p = harness.load_predictor(path)

    class StubBundle:
        def __init__(self, fn):
            self.fn = fn

        def run(self, **kwargs):
            try:
                with np.errstate(all="ignore"):
                    return ingot.Prediction(harness.as_abi_numpy(self.fn(**kwargs)), None, "", 0.0)
            except Exception as e:  # noqa: BLE001
                return ingot.Prediction(None, e, "", 0.0)

    assert harness.check_generated(p, StubBundle(p.function), 40) > 0

    def rounded(a):
        out = a * 2
        if out.dtype.kind == "f" and out.size:
            out = out.copy()
            out.flat[0] = out.flat[0] * (1 + 1e-4) + 1  # beyond any tolerance
        return out

    with pytest.raises(AssertionError, match=r"predictor numpy_scale: result"):
        harness.check_generated(p, StubBundle(rounded), 100)

    def as_float64(a):
        return (a * 2).astype(np.float64)

    with pytest.raises(AssertionError, match=r"(dtype|type) (float32|int32) vs float64"):
        harness.check_generated(p, StubBundle(as_float64), 100)


def test_harness_imports_without_numpy_for_plain_predictors():
    import subprocess

    script = (
        "import sys\n"
        "class NoNumpy:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'numpy':\n"
        "            raise ImportError('numpy is not installed here')\n"
        "sys.meta_path.insert(0, NoNumpy())\n"
        f"sys.path[:0] = [{str(REPO_ROOT / 'tests' / 'predictors')!r}, {str(REPO_ROOT / 'bindings' / 'python')!r}]\n"
        "import _harness as h\n"
        "assert h.same([1.5, {'a': (1,)}], [1.5, {'a': (1,)}]) and not h.same(1, 1.0)\n"
        "p = h.load_predictor(h.PREDICTORS_DIR / 'word_count.py')\n"
        "assert h.generated_inputs(p, 3)\n"
        "assert 'numpy' not in sys.modules\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr
