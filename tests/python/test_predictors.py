"""Differential tests of the predictor corpus (tests/predictors/*.py):
CPython against the bundle `ingot compile` builds from the same file.

See tests/predictors/_harness.py for the rules. Without a working
`ingot compile` the differential tests skip (with the reason), but every
predictor is still checked to be a well-formed predictor that runs in
CPython. INGOT_PREDICTORS_STRICT=1 turns "not supported yet" skips into
failures; INGOT_PREDICTOR_EXAMPLES sets the number of generated inputs.
"""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from support import REPO_ROOT, SUMMARY

sys.path.insert(0, str(REPO_ROOT / "bindings" / "python"))
sys.path.insert(0, str(REPO_ROOT / "tests" / "predictors"))

import _harness as harness  # noqa: E402
import ingot  # noqa: E402

PATHS = harness.predictor_files()
IDS = [p.stem for p in PATHS]

_outcomes: dict[str, str] = {}
_skip_reasons: dict[str, str] = {}


@pytest.fixture(scope="session")
def compiler(tmp_path_factory, ingot_bin):
    c = harness.Compiler(ingot=ingot_bin, work_dir=tmp_path_factory.mktemp("predictor-bundles"))
    yield c
    c.close()
    if _outcomes:
        counts: dict[str, int] = {}
        for outcome in _outcomes.values():
            counts[outcome] = counts.get(outcome, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
        SUMMARY.append(f"predictor corpus vs CPython ({len(PATHS)} predictors): {summary}")
        by_reason: dict[str, list[str]] = {}
        for name, reason in sorted(_skip_reasons.items()):
            # "the compiler refuses it: /path/x.py:3:5: error: MESSAGE" -> "MESSAGE"
            short = re.sub(r"^.*?\.py:\d+:\d+: error: ", "compiler: ", reason)
            by_reason.setdefault(short, []).append(name)
        for reason, names in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
            SUMMARY.append(f"  skipped {len(names):2d}: {reason[:150]}  ({', '.join(names[:6])}"
                           f"{', ...' if len(names) > 6 else ''})")


@pytest.fixture(autouse=True)
def _known_failure(request):
    """Predictors listed in tests/predictors/_known_failures.txt: xfail."""
    differential = ("test_cases_match_cpython", "test_generated_inputs_match_cpython",
                    "test_ingot_predict_cli_matches_cpython")
    if request.node.originalname not in differential:
        return
    path = request.node.callspec.params["path"]
    if Path(path).stem in harness.known_failures():
        request.node.add_marker(pytest.mark.xfail(reason="listed in tests/predictors/_known_failures.txt",
                                                  strict=False))


def bundle_for(compiler: harness.Compiler, path: Path) -> Path:
    try:
        return compiler.bundle(path, PATHS)
    except harness.CompileSkip as e:
        skip, failure = str(e), None
    except harness.CompileFailure as e:
        skip, failure = None, str(e)
    if failure is not None:
        _outcomes[path.stem] = "failed to compile"
        pytest.fail(f"predictor {path.stem}: {failure}", pytrace=False)
    _outcomes.setdefault(path.stem, "skipped")
    _skip_reasons[path.stem] = skip
    pytest.skip(skip)


# ---------------------------------------------------------------------------
# The corpus itself (no compiler needed)
# ---------------------------------------------------------------------------


def test_corpus_size():
    # The compiler-core issue asks for at least 80 differential predictors.
    assert len(PATHS) >= 80, [p.name for p in PATHS]


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_predictor_is_well_formed(path):
    """One fully annotated @compile function with a tag; CASES run in
    CPython with inputs the binding can pass (ints within int64)."""
    p = harness.load_predictor(path)
    spec = p.function.__ingot__
    assert spec["tag"] and "/" in spec["tag"], f"{path.name}: @compile needs tag='owner/name'"
    hints = typing.get_type_hints(p.function)
    for param in inspect.signature(p.function).parameters.values():
        assert param.name in hints, f"{path.name}: parameter {param.name!r} has no annotation"
        assert param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, f"{path.name}: {param.name!r}"
    assert "return" in hints, f"{path.name}: no return annotation"
    for case in p.cases:
        inspect.signature(p.function).bind(**case)
        assert not harness.out_of_int64(case), f"{path.name}: input {case} does not fit in int64"
        harness.run_cpython(p.function, case)  # must not crash the harness
    if p.generated:
        for kwargs in harness.generated_inputs(p, 5):
            inspect.signature(p.function).bind(**kwargs)


def test_harness_comparison_rules():
    same = harness.same
    assert same(1, 1) and not same(1, True) and not same(1, 1.0)
    assert same((1, [2.0]), (1, [2.0])) and not same((1, 2), [1, 2])
    assert same(float("nan"), float("nan")) and not same(0.0, -0.0)
    assert not same({"a": 1, "b": 2}, {"b": 2, "a": 1})
    assert same({1, 2}, {2, 1}) and not same({1}, {True})
    assert harness.compare(harness.Outcome(exc_type="KeyError", message="'a'"),
                           harness.Outcome(exc_type="KeyError", message="a")) is not None
    big = harness.run_cpython(lambda a: a * a, {"a": 2**40})
    assert big.exc_type == "OverflowError" and big.message == harness.INT_OVERFLOW_MESSAGE


class StubBundle:
    """Stands in for a loaded bundle: runs `fn` (possibly wrong on purpose)."""

    def __init__(self, fn):
        self.fn = fn

    def run(self, **kwargs):
        import contextlib
        import io

        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                value = self.fn(**kwargs)
        except Exception as e:  # noqa: BLE001
            return ingot.Prediction(None, e, out.getvalue(), 0.0)
        return ingot.Prediction(value, None, out.getvalue(), 0.0)


def test_harness_reports_mismatches():
    p = harness.load_predictor(harness.PREDICTORS_DIR / "word_count.py")
    assert not harness.check_inputs(p, StubBundle(p.function), p.cases).mismatches

    def reordered(**kwargs):
        return dict(reversed(list(p.function(**kwargs).items())))

    report = harness.check_inputs(p, StubBundle(reordered), p.cases)
    assert report.mismatches
    first = report.mismatches[0]
    assert "predictor word_count" in first and "different order" in first
    assert "input:" in first and "CPython: returned" in first and "bundle:  returned" in first

    def noisy(**kwargs):
        print("debug")
        return p.function(**kwargs)

    assert "printed output" in harness.check_inputs(p, StubBundle(noisy), p.cases[:1]).mismatches[0]

    def raising(**kwargs):
        raise KeyError("kiwi")

    assert "one returned, the other raised" in harness.check_inputs(p, StubBundle(raising), p.cases[:1]).mismatches[0]


def test_harness_checks_generated_inputs():
    pytest.importorskip("hypothesis", reason="hypothesis is not installed")
    p = harness.load_predictor(harness.PREDICTORS_DIR / "bools.py")
    assert harness.check_generated(p, StubBundle(p.function), 20) > 0

    def wrong(xs):
        any_, all_, count, positive, both, two = p.function(xs)
        return any_, all_, count, [int(b) for b in positive], both, two  # ints, not bools

    with pytest.raises(AssertionError, match=r"type bool vs int"):
        harness.check_generated(p, StubBundle(wrong), 50)


# ---------------------------------------------------------------------------
# CPython vs the bundle
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_cases_match_cpython(compiler, path):
    p = harness.load_predictor(path)
    bundle_dir = bundle_for(compiler, path)
    with ingot.load(bundle_dir) as bundle:
        report = harness.check_inputs(p, bundle, p.cases, limit=10)
    if report.mismatches:
        _outcomes[path.stem] = "differ from CPython"
        pytest.fail("\n\n".join(report.mismatches), pytrace=False)
    _outcomes.setdefault(path.stem, "match CPython")


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_generated_inputs_match_cpython(compiler, path):
    p = harness.load_predictor(path)
    if not p.generated:
        pytest.skip("GENERATE = False")
    if p.generate is None:
        pytest.importorskip("hypothesis", reason="hypothesis is not installed (./setup.sh installs it)")
    bundle_dir = bundle_for(compiler, path)
    with ingot.load(bundle_dir) as bundle:
        try:
            harness.check_generated(p, bundle, harness.generated_examples())
        except AssertionError as e:
            _outcomes[path.stem] = "differ from CPython"
            pytest.fail(f"(generated input) {e}", pytrace=False)


def jsonable(value):
    """What `ingot predict` prints for a value, as Python sees it."""
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, bytes):
        return list(value)
    if isinstance(value, dict):
        return {k if isinstance(k, str) else json.dumps(jsonable(k)): jsonable(v) for k, v in value.items()}
    return value


def has_set_or_bytes_or_nonfinite(value) -> bool:
    """Also numpy values: `ingot predict` takes and prints JSON only."""
    if isinstance(value, (set, frozenset, bytes)):
        return True
    if type(value).__module__ == "numpy":
        return True
    if isinstance(value, float):
        return value != value or value in (float("inf"), float("-inf"))
    if isinstance(value, (list, tuple)):
        return any(has_set_or_bytes_or_nonfinite(v) for v in value)
    if isinstance(value, dict):
        return any(has_set_or_bytes_or_nonfinite(k) or has_set_or_bytes_or_nonfinite(v) for k, v in value.items())
    return False


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_ingot_predict_cli_matches_cpython(compiler, ingot_bin, path):
    """`ingot predict` on the compiled bundle prints json.dumps of CPython's
    result (cases whose inputs and result JSON shows unambiguously)."""
    p = harness.load_predictor(path)
    bundle_dir = bundle_for(compiler, path)
    checked = 0
    for case in p.cases:
        if has_set_or_bytes_or_nonfinite(case):
            continue
        expected = harness.run_cpython(p.function, case)
        if not expected.raised and has_set_or_bytes_or_nonfinite(expected.value):
            continue
        args = [f"{k}={json.dumps(jsonable(v), ensure_ascii=False)}" for k, v in case.items()]
        r = subprocess.run([ingot_bin, "predict", str(bundle_dir), *args], capture_output=True, text=True,
                           timeout=120)
        where = f"predictor {p.name}, input {case}: ingot predict exit {r.returncode}\nstdout: {r.stdout}\nstderr: {r.stderr}"
        if expected.raised:
            line = f"{expected.exc_type}: {expected.message}" if expected.message else expected.exc_type
            assert r.returncode == 1 and r.stderr.rstrip("\n").endswith(line), where
        else:
            assert r.returncode == 0, where
            assert r.stdout == json.dumps(jsonable(expected.value), ensure_ascii=False) + "\n", where
            assert r.stderr == expected.logs, where
        checked += 1
    if checked == 0:
        pytest.skip("no case with a JSON-unambiguous input and result")
