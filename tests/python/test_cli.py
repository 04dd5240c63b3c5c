"""Behaviour of the `ingot` command line: output, exit codes, error text."""

from __future__ import annotations

import ast
import re
import subprocess
import warnings

import pytest

SMALL_PROGRAM = '''\
"""A small module."""
import math
from typing import Sequence


def predict(features: Sequence[float], weights: list[float], bias: float = 0.5) -> float:
    total = bias
    for x, w in zip(features, weights):
        total += x * w
    return 1.0 / (1.0 + math.exp(-total)) if total > -50 else 0.0


class Model:
    scale: int = 2 ** 70

    def __call__(self, *args, **kwargs):
        return [a for a in args if a is not None], {k: v for k, v in kwargs.items()}
'''


def run(ingot: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([ingot, *args], input=stdin, capture_output=True, timeout=60)


def cpython_dump(source: bytes, positions: bool = False) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source)
    return (ast.dump(tree, include_attributes=positions) + "\n").encode("utf-8")


def cpython_error(source: bytes) -> SyntaxError:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(SyntaxError) as info:
            ast.parse(source)
    return info.value


@pytest.fixture
def write(tmp_path):
    def write(name: str, content: bytes | str) -> str:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)
    return write


# --- output ------------------------------------------------------------------

def test_parse_prints_cpython_dump(ingot_bin, write):
    path = write("small.py", SMALL_PROGRAM)
    result = run(ingot_bin, "parse", path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    assert result.stdout == cpython_dump(SMALL_PROGRAM.encode())


def test_parse_positions(ingot_bin, write):
    path = write("small.py", SMALL_PROGRAM)
    result = run(ingot_bin, "parse", "--positions", path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == cpython_dump(SMALL_PROGRAM.encode(), positions=True)


def test_empty_file(ingot_bin, write):
    result = run(ingot_bin, "parse", write("empty.py", b""))
    assert result.returncode == 0
    assert result.stdout == b"Module(body=[], type_ignores=[])\n"


@pytest.mark.parametrize("name, source", [
    ("bom_crlf.py", b"\xef\xbb\xbfx = 'caf\xc3\xa9'\r\nif x:\r\n    y = 1\r\n"),
    ("latin1.py", b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n"),
    ("unicode.py", "s = '\U0001f600 \\ud800 \u00e9'\nb = b'\\xff\\n'\n\u00e9t\u00e9 = 1\n"),
    ("numbers.py", "a = 0x_ff + 1_000_000 + 12345678901234567890123 + 1e400 + 2.5j + 0o17\n"),
], ids=["bom-crlf", "latin1", "unicode", "numbers"])
def test_source_bytes_are_read_raw(ingot_bin, write, name, source):
    source_bytes = source.encode("utf-8") if isinstance(source, str) else source
    result = run(ingot_bin, "parse", write(name, source_bytes))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == cpython_dump(source_bytes)


def test_stdin(ingot_bin):
    source = b"x: int = 1\n"
    result = run(ingot_bin, "parse", "-", stdin=source)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == cpython_dump(source)


# --- syntax errors -----------------------------------------------------------

@pytest.mark.parametrize("source", [
    b"x = (1,\n",
    b"def f(:\n    pass\n",
    b"if x\n    pass\n",
], ids=["never-closed", "bad-def", "missing-colon"])
def test_syntax_error(ingot_bin, write, source):
    path = write("bad.py", source)
    error = cpython_error(source)
    result = run(ingot_bin, "parse", path)
    assert result.returncode == 1
    assert result.stdout == b""
    first_line = result.stderr.decode().splitlines()[0]
    match = re.fullmatch(r"(.*):(\d+):(\d+): SyntaxError: (.*)", first_line)
    assert match, first_line
    assert match.group(1) == path
    assert int(match.group(2)) == error.lineno
    assert match.group(4) == error.msg


@pytest.mark.parametrize("source", [
    b"(" * 1000 + b")" * 1000 + b"\n",
    b"x = " + b"-" * 100_000 + b"1\n",
    b"x = " + b"[" * 150 + b"]" * 150 + b"\n",
    b"\x00\x01\x02",
    b"\xff\xfe\xfd",
    b"'''unterminated",
    b"def f():\n\tif x:\n        pass\n",
], ids=["deep-parens", "deep-unary", "deep-lists", "control-bytes", "invalid-utf8",
        "unterminated-string", "tab-mix"])
def test_hostile_input_does_not_crash(ingot_bin, write, source):
    result = run(ingot_bin, "parse", write("hostile.py", source))
    assert result.returncode in (0, 1), result.stderr.decode()[-2000:]
    if result.returncode == 1:  # SyntaxError or a subclass (IndentationError, TabError)
        assert re.search(rb":\d+:\d+: \w*Error: ", result.stderr), result.stderr


# --- --check -----------------------------------------------------------------

def test_check_good_files_prints_nothing(ingot_bin, write):
    paths = [write(f"good{i}.py", SMALL_PROGRAM) for i in range(3)]
    result = run(ingot_bin, "parse", "--check", *paths)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    assert result.stderr == b""


def test_check_reports_every_bad_file(ingot_bin, write):
    good = write("good.py", SMALL_PROGRAM)
    bad1 = write("bad1.py", b"x = (1,\n")
    bad2 = write("bad2.py", b"def f(:\n    pass\n")
    result = run(ingot_bin, "parse", "--check", bad1, good, bad2)
    assert result.returncode == 1
    assert result.stdout == b""
    stderr = result.stderr.decode()
    assert f"{bad1}:" in stderr and f"{bad2}:" in stderr
    assert f"{good}:" not in stderr
    assert stderr.count("SyntaxError") == 2


# --- unreadable files and usage errors ---------------------------------------

def test_missing_file(ingot_bin, tmp_path):
    path = str(tmp_path / "nope.py")
    result = run(ingot_bin, "parse", path)
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == f"ingot: error: cannot read {path}: No such file or directory\n"


def test_directory(ingot_bin, tmp_path):
    result = run(ingot_bin, "parse", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode() == f"ingot: error: cannot read {tmp_path}: Is a directory\n"


def test_check_with_missing_file_still_checks_the_rest(ingot_bin, write, tmp_path):
    missing = str(tmp_path / "nope.py")
    bad = write("bad.py", b"x = (1,\n")
    result = run(ingot_bin, "parse", "--check", missing, bad)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert f"cannot read {missing}" in stderr
    assert f"{bad}:" in stderr


def test_version(ingot_bin):
    result = run(ingot_bin, "--version")
    assert result.returncode == 0
    assert re.fullmatch(rb"ingot \d+\.\d+\.\d+\n", result.stdout)


@pytest.mark.parametrize("args", [
    [],
    ["parse"],
    ["parse", "a.py", "b.py"],
    ["parse", "--no-such-flag", "a.py"],
    ["no-such-command"],
])
def test_usage_errors_exit_2(ingot_bin, args):
    result = run(ingot_bin, *args)
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr != b""


def test_help(ingot_bin):
    result = run(ingot_bin, "--help")
    assert result.returncode == 0
    assert b"parse" in result.stdout
