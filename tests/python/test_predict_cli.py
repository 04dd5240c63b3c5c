"""`ingot predict DIR NAME=JSON ...` on hand-built bundles (see test_binding.py):
JSON in by the manifest's types, json.dumps-style JSON out, logs and errors
on stderr, exit codes."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys

import pytest

from support import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "bindings" / "python" / "testing"))

import bundles  # noqa: E402


@pytest.fixture(scope="session", params=["fake", "real"])
def builder(request, tmp_path_factory):
    try:
        return bundles.session_builder(request.param, tmp_path_factory.getbasetemp())
    except bundles.Unavailable as e:
        pytest.skip(f"{request.param} runtime: {e}")


@pytest.fixture
def bundle(builder, tmp_path):
    """bundle(behaviour, parameters=None, returns=None) -> bundle folder."""
    count = [0]

    def bundle(behaviour, parameters=None, returns=None):
        if not builder.supports(behaviour):
            pytest.skip(f"the {behaviour!r} test bundle needs the runtime test double")
        count[0] += 1
        return str(builder.bundle(behaviour, tmp_path / f"{behaviour}{count[0]}", parameters=parameters,
                                  returns=returns))

    return bundle


def predict(ingot_bin, *args, check=None):
    r = subprocess.run([ingot_bin, "predict", *map(str, args)], capture_output=True, text=True, timeout=60)
    if check is not None:
        assert r.returncode == check, f"exit {r.returncode}\nstdout: {r.stdout}\nstderr: {r.stderr}"
    return r


def described(ingot_bin, directory, **values):
    """What the "describe" bundle saw: the kinds of the converted inputs."""
    r = predict(ingot_bin, directory, *(f"{k}={v}" for k, v in values.items()), check=0)
    return json.loads(r.stdout)


def typed(bundle, **types):
    return bundle("describe", parameters=[{"name": n, "type": t} for n, t in types.items()])


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def test_add(ingot_bin, bundle):
    r = predict(ingot_bin, bundle("add"), "a=2", "b=40", check=0)
    assert r.stdout == "42\n" and r.stderr == ""


@pytest.mark.parametrize(
    "value",
    [
        None, True, 0, -(2**63), 2**63 - 1, 0.1, 1.0, 1e16, 1e-5, 123456789.125, 1e100, -0.0, 5e-324,
        "", "plain", "é 😀 \u2028", "quote\" back\\slash\nnl\ttab\x01\x1f\x7f", [], {}, [1, [2.5, [None]]],
        {"b": 1, "a": {"c": [True, False]}},
    ],
    ids=repr,
)
def test_output_is_json_dumps(ingot_bin, bundle, value):
    text = json.dumps(value, ensure_ascii=False)
    r = predict(ingot_bin, bundle("echo"), f"x={text}", check=0)
    assert r.stdout == text + "\n"


def test_json_round_trip_of_generated_values(ingot_bin, bundle):
    """Any JSON value through an Any parameter comes out as json.dumps writes it."""
    hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed")
    st = hypothesis.strategies
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1),
                        st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12))
    values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                           st.dictionaries(st.text(max_size=5), inner, max_size=4)),
                          max_leaves=12)
    echo = bundle("echo")
    texts = []

    @hypothesis.settings(max_examples=150, database=None, deadline=None, derandomize=True,
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(values)
    def collect(value):
        texts.append(json.dumps(value, ensure_ascii=False))

    collect()
    for text in texts:
        r = predict(ingot_bin, echo, f"x={text}", check=0)
        assert r.stdout == text + "\n"


def test_output_of_non_json_python_values(ingot_bin, bundle):
    echo = bundle("echo", parameters=[{"name": "x", "type": "dict[int, tuple[float, bytes]]"}])
    r = predict(ingot_bin, echo, 'x={"1": [1.5, "ab"], "-2": ["nan", [0, 255]]}', check=0)
    assert r.stdout == json.dumps({1: [1.5, [97, 98]], -2: [float("nan"), [0, 255]]}) + "\n"
    echo = bundle("echo", parameters=[{"name": "x", "type": "set[float]"}])
    r = predict(ingot_bin, echo, 'x=["inf", "-inf", 2]', check=0)
    assert json.loads(r.stdout) == [math.inf, -math.inf, 2.0]
    echo = bundle("echo", parameters=[{"name": "x", "type": "dict[tuple[int, str], bool | None]"}])
    r = predict(ingot_bin, echo, 'x=[[[1, "a"], true], [[2, "b"], null]]', check=0)
    assert r.stdout == '{"[1, \\"a\\"]": true, "[2, \\"b\\"]": null}\n'
    echo = bundle("echo", parameters=[{"name": "x", "type": "dict[Union[bool, float], None]"}])
    r = predict(ingot_bin, echo, 'x={"true": null, "1.5": null}', check=0)
    assert r.stdout == json.dumps({True: None, 1.5: None}) + "\n"


# ---------------------------------------------------------------------------
# Input conversion by the manifest's types
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "type_text, json_text, seen",
    [
        ("int", "7", "int 7"),
        ("int", "-9223372036854775808", "int -9223372036854775808"),
        ("float", "7", "float 7"),
        ("float", "2.5", "float 2.5"),
        ("float", '"nan"', "float nan"),
        ("float", '"-Infinity"', "float -inf"),
        ("bool", "true", "bool True"),
        ("str", '"é"', "str 'é'"),
        ("bytes", '"ab"', "bytes 97 98"),
        ("bytes", "[0, 255]", "bytes 0 255"),
        ("None", "null", "None"),
        ("list[int]", "[1, 2]", "list[int 1, int 2]"),
        ("List[float]", "[1]", "list[float 1]"),
        ("set[str]", '["a", "b"]', "set[str 'a', str 'b']"),
        ("tuple[int, str]", '[1, "a"]', "tuple[int 1, str 'a']"),
        ("tuple[int, ...]", "[1, 2, 3]", "tuple[int 1, int 2, int 3]"),
        ("typing.Tuple[()]", "[]", "list[]"),
        ("dict[str, int]", '{"b": 1, "a": 2}', "dict{str 'b': int 1, str 'a': int 2}"),
        ("dict[int, str]", '{"10": "x", "-1": "y"}', "dict{int 10: str 'x', int -1: str 'y'}"),
        ("dict[float, int]", '{"0.5": 1, "nan": 2}', "dict{float 0.5: int 1, float nan: int 2}"),
        ("dict[bool, int]", '{"true": 1}', "dict{bool True: int 1}"),
        ("dict[tuple[int, int], int]", '{"[1, 2]": 3}', "dict{tuple[int 1, int 2]: int 3}"),
        ("dict[int, int]", "[[1, 2], [3, 4]]", "dict{int 1: int 2, int 3: int 4}"),
        ("Optional[int]", "null", "None"),
        ("Optional[int]", "3", "int 3"),
        ("int | None", "3", "int 3"),
        ("Union[float, int]", "3", "int 3"),
        ("Union[float, int]", "3.0", "float 3"),
        ("Union[int, str]", '"3"', "str '3'"),
        ("Union[list[int], list[str]]", '["a"]', "list[str 'a']"),
        ("list[tuple[str, Optional[float]]]", '[["a", null], ["b", 1]]',
         "list[tuple[str 'a', None], tuple[str 'b', float 1]]"),
        ("Any", '{"k": [1, 2.5, "s", null, true]}',
         "dict{str 'k': list[int 1, float 2.5, str 's', None, bool True]}"),
        ("SomeClass", "[1]", "list[int 1]"),
    ],
)
def test_inputs_follow_the_manifest_types(ingot_bin, bundle, type_text, json_text, seen):
    assert described(ingot_bin, typed(bundle, x=type_text), x=json_text) == f"x={seen}"


def test_inputs_keep_command_line_order_and_read_files(ingot_bin, bundle, tmp_path):
    d = typed(bundle, a="int", b="list[int]")
    (tmp_path / "b.json").write_text("[1,\n 2]\n")
    assert described(ingot_bin, d, b=f"@{tmp_path / 'b.json'}", a="1") == "b=list[int 1, int 2]; a=int 1"
    r = subprocess.run([ingot_bin, "predict", d, "a=@-", "b=[]"], input="42", capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0 and json.loads(r.stdout) == "a=int 42; b=list[]"


@pytest.mark.parametrize(
    "type_text, json_text, message",
    [
        ("int", "1.5", "expected int"),
        ("int", "9223372036854775808", "does not fit in int64"),
        ("int", "1e30", "does not fit in int64"),
        ("int", '"1"', "expected int"),
        ("int", "true", "expected int"),
        ("str", "1", "expected str"),
        ("float", '"abc"', "expected float"),
        ("tuple[int, int]", "[1]", "tuple of 2 items"),
        ("list[int]", '[1, "x"]', r"at \[1\]: expected int"),
        ("dict[int, str]", '{"one": "x"}', 'key "one"'),
        ("dict[str, int]", '{"k": []}', r'at \["k"\]: expected int'),
        ("bytes", "[256]", "0..255"),
        ("Optional[int]", '"x"', "fits no alternative"),
        ("None", "0", "expected None"),
    ],
)
def test_ill_typed_inputs_exit_2(ingot_bin, bundle, type_text, json_text, message):
    r = predict(ingot_bin, typed(bundle, x=type_text), f"x={json_text}", check=2)
    assert r.stdout == ""
    assert "ingot predict: bad value for 'x'" in r.stderr
    assert re.search(message, r.stderr), r.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["a=1", "b=x"], "not valid JSON"),
        (["a=1", "b="], "not valid JSON"),
        (["a=1", "b=2", "c=3"], "has no parameter 'c'"),
        (["a=1", "a=2", "b=3"], "given more than once"),
        (["a=1"], "missing a value for 'b'"),
        (["a"], "expected NAME=JSON"),
        (["=1"], "expected NAME=JSON"),
        (["a=1", "b=@/nonexistent/file.json"], "cannot read /nonexistent/file.json"),
    ],
)
def test_usage_errors_exit_2(ingot_bin, bundle, args, message):
    r = predict(ingot_bin, bundle("add"), *args, check=2)
    assert message in r.stderr and r.stdout == ""


def test_missing_or_broken_bundle_exits_2(ingot_bin, tmp_path):
    r = predict(ingot_bin, tmp_path / "nope", check=2)
    assert "cannot load bundle" in r.stderr and "No such file" in r.stderr
    (tmp_path / "empty").mkdir()
    r = predict(ingot_bin, tmp_path / "empty", check=2)
    assert "cannot load bundle" in r.stderr
    (tmp_path / "file").write_text("x")
    r = predict(ingot_bin, tmp_path / "file", check=2)
    assert "not a folder" in r.stderr


# ---------------------------------------------------------------------------
# Exceptions, logs, latency
# ---------------------------------------------------------------------------


def test_exception_exits_1_with_type_and_message(ingot_bin, bundle):
    d = bundle("raise")
    r = predict(ingot_bin, d, 'type="KeyError"', "message=\"'kiwi'\"", 'text="log line\\n"', check=1)
    assert r.stdout == ""
    assert r.stderr == "log line\nKeyError: 'kiwi'\n"
    r = predict(ingot_bin, d, 'type="ZeroDivisionError"', 'message="division by zero"', check=1)
    assert r.stderr == "ZeroDivisionError: division by zero\n"
    r = predict(ingot_bin, d, 'type="AssertionError"', check=1)
    assert r.stderr == "AssertionError\n"


def test_logs_go_to_stderr(ingot_bin, bundle):
    r = predict(ingot_bin, bundle("raise"), 'type=""', 'text="a\\nb\\n"', check=0)
    assert r.stdout == "null\n" and r.stderr == "a\nb\n"


def test_latency_flag(ingot_bin, bundle):
    r = predict(ingot_bin, "--latency", bundle("noop"), check=0)
    assert r.stdout == "null\n"
    assert r.stderr.startswith("latency: ") and r.stderr.endswith(" ms\n")


def test_bundle_returning_nothing_is_an_internal_error(ingot_bin, bundle):
    r = predict(ingot_bin, bundle("null_result"), check=3)
    assert "neither a result nor an exception" in r.stderr


def test_tensor_output_is_nested_arrays(ingot_bin, bundle):
    r = predict(ingot_bin, bundle("tensor"), check=0)
    assert r.stdout == "[[0.0, 0.5, 1.0], [1.5, 2.0, 2.5]]\n"


def test_large_output(ingot_bin, bundle):
    r = predict(ingot_bin, bundle("floats"), "n=100000", check=0)
    values = json.loads(r.stdout)
    assert len(values) == 100000 and values[-1] == 49999.5


def test_help(ingot_bin):
    r = subprocess.run([ingot_bin, "predict", "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "NAME=JSON" in r.stdout
