"""Code Ingot cannot compile is refused at the user's Python line, with
`file.py:LINE:COL: error: MESSAGE`, the source line and a caret — and never
with C++ compiler output."""

from __future__ import annotations

import re
import subprocess
import textwrap

import pytest

HEADER = "from ingot import compile\n\n"

# name: (predictor body after the header, expected line, column, message part)
CASES = {
    "unannotated_parameter": (
        '@compile(tag="t/x", description="d")\ndef f(x) -> int:\n    return 1\n',
        4, 7, "parameter 'x' needs a type annotation"),
    "missing_return_annotation": (
        '@compile(tag="t/x", description="d")\ndef f(x: int):\n    return x\n',
        4, 1, "needs a return annotation"),
    "unknown_name": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    return y\n',
        5, 12, "name 'y' is not defined"),
    "int_plus_str": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    return x + "a"\n',
        5, 12, "unsupported operand type(s) for +: 'int' and 'str'"),
    "eval_is_refused": (
        '@compile(tag="t/x", description="d")\ndef f(x: str) -> int:\n    return eval(x)\n',
        5, 12, "name 'eval' is not defined"),
    "exec_is_refused": (
        '@compile(tag="t/x", description="d")\ndef f(x: str) -> None:\n    exec(x)\n',
        5, 5, "name 'exec' is not defined"),
    "unknown_module": (
        'import os\n\n@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    return x\n',
        3, 8, "unsupported module 'os'"),
    "return_type_mismatch": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> str:\n    return x\n',
        5, 12, "annotated to return str but this returns int"),
    "falls_off_end": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    if x > 0:\n        return x\n',
        4, 1, "may reach its end without a return statement"),
    "type_changes_in_branch": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    y = 1\n'
        '    if x > 0:\n        y = "a"\n    return x\n',
        7, 9, "'y' has type int but is assigned a str"),
    "maybe_unassigned": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    if x > 0:\n        y = 1\n'
        '    return y\n',
        7, 12, "local variable 'y' may be used before it is assigned"),
    "break_outside_loop": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    break\n',
        5, 5, "'break' outside loop"),
    "class_refused": (
        'class A:\n    pass\n\n@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    a = A()\n'
        '    return x\n',
        8, 9, "classes are not supported yet ('A' at line 3)"),
    "module_level_change_refused_where_read": (
        'LABELS = ["a"]\nLABELS.append("b")\n\n@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n'
        '    return len(LABELS)\n',
        8, 16, "'LABELS' is changed by module-level code (line 4)"),
    "generator_refused": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    yield x\n',
        5, 5, "generators (yield) are not supported yet"),
    "local_read_before_assignment": (
        'N = 1\n\n@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    y = N\n    N = 2\n'
        '    return y\n',
        7, 9, "local variable 'N' is read before it is assigned"),
    "assigning_a_global": (
        'N = 1\n\n@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    global N\n    N = x\n'
        '    return N\n',
        8, 5, "assigning to the module-level name 'N' is not supported"),
    "isinstance_of_unknown_class": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> bool:\n    return isinstance(x, range)\n',
        5, 26, "isinstance() is supported with the builtin types"),
    "numpy_function_not_supported": (
        'import numpy as np\n\n@compile(tag="t/x", description="d")\ndef f(x: np.ndarray) -> np.ndarray:\n'
        '    return np.cumsum(x)\n',
        7, 12, "numpy.cumsum is not supported yet"),
    "numpy_unsupported_annotation_dtype": (
        'import numpy.typing as npt\nimport numpy as np\n\n@compile(tag="t/x", description="d")\n'
        'def f(x: int) -> npt.NDArray[np.complex64]:\n    return 1\n',
        7, 30, "unsupported array dtype in this annotation"),
    "no_entry_point": ("def f(x: int) -> int:\n    return x\n", 1, 1, "no function decorated with @compile"),
    "mixed_list": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    a = [1, "b"]\n    return x\n',
        5, 13, "list items have different types (int and str)"),
    "bad_method": (
        '@compile(tag="t/x", description="d")\ndef f(x: str) -> str:\n    return x.frobnicate()\n',
        5, 12, "has no supported method 'frobnicate'"),
    "comparison_of_unorderable": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> bool:\n    return x < "a"\n',
        5, 12, "'<' not supported between instances of 'int' and 'str'"),
    "empty_list_never_used": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    a = []\n    return len(a)\n',
        4, 1, "cannot infer the element type"),
    "huge_literal": (
        '@compile(tag="t/x", description="d")\ndef f(x: int) -> int:\n    return x + 99999999999999999999\n',
        5, 16, "does not fit in 64 bits"),
}

LOCATION = re.compile(r"^(?P<file>.*):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.*)$")


@pytest.mark.parametrize("name", sorted(CASES))
def test_refused_with_python_location(name, ingot_bin, tmp_path):
    body, line, col, message = CASES[name]
    path = tmp_path / f"{name}.py"
    path.write_text(HEADER + body)
    result = subprocess.run([ingot_bin, "inspect", str(path), "--ir"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    match = LOCATION.match(lines[0])
    assert match, result.stderr
    assert (int(match["line"]), int(match["col"])) == (line, col), result.stderr
    assert message in match["message"], result.stderr
    assert len(lines) == 3 and lines[2].strip().startswith("^"), result.stderr
    # Nothing from a C++ compiler ever reaches the user.
    assert "error:" not in "\n".join(lines[1:]) and ".cpp" not in result.stderr


def test_caret_points_at_the_operand(ingot_bin, tmp_path):
    path = tmp_path / "caret.py"
    path.write_text(HEADER + textwrap.dedent('''\
        @compile(tag="t/x", description="d")
        def f(x: int) -> int:
            return x + "a"
        '''))
    result = subprocess.run([ingot_bin, "inspect", str(path), "--ir"], capture_output=True, text=True, timeout=60)
    assert result.stderr.splitlines()[1:] == ['    return x + "a"', "           ^^^^^^^"]
