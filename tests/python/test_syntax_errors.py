"""Syntax errors: `ingot parse` must report CPython's exception type, message,
line and column (SyntaxError.offset) for every case below, printed as
`FILE:LINE:COL: TYPE: MESSAGE`, then the source line and a caret."""

from __future__ import annotations

import ast
import re
import subprocess

import pytest

# One case per message the front end promises to word as CPython does, plus
# neighbours that exercise the same rules from other statements.
CASES = {
    "never_closed_paren": "(\n",
    "never_closed_call": "foo(1,\n  2\n",
    "never_closed_bracket_later_line": "x = 1\ny = [1,\n",
    "mismatched_same_line": "a = [1, 2)\n",
    "mismatched_other_line": "a = [1,\n 2)\n",
    "unmatched_close": "x = )\n",
    "invalid_syntax": "x = 1 $\n",
    "invalid_syntax_keyword": "else:\n",
    "invalid_syntax_walrus_stmt": "x := 1\n",
    "expected_colon_if": "if x\n  pass\n",
    "expected_colon_while": "while x\n  pass\n",
    "expected_colon_class": "class A\n  pass\n",
    "expected_colon_def": "def f() x:\n  pass\n",
    "expected_colon_for": "for x in y\n  pass\n",
    "expected_colon_try": "try x:\n  pass\n",
    "expected_colon_else": "if x:\n pass\nelse z:\n pass\n",
    "unterminated_string": "x = 'abc\n",
    "unterminated_fstring": "s = f'abc\n",
    "unterminated_string_continued": "x = 'abc\\\ndef\n",
    "unterminated_triple": "x = '''abc\n\n",
    "unindent_mismatch": "if x:\n    a\n  b\n",
    "unindent_mismatch_else": "if True:\n    pass\n  else:\n    pass\n",
    "unexpected_indent_first": "  x = 1\n",
    "unexpected_indent": "x = 1\n    y = 2\n",
    "expected_block_if": "if x:\npass\n",
    "expected_block_elif": "if x:\n  pass\nelif y:\nz\n",
    "expected_block_for": "for x in y:\nz\n",
    "expected_block_while": "while x:\nz\n",
    "expected_block_def": "def f():\nreturn\n",
    "expected_block_async_def": "async def f():\nz\n",
    "expected_block_class": "class A:\nz\n",
    "expected_block_with": "with a:\nb\n",
    "expected_block_try": "try:\nx\n",
    "expected_block_except": "try:\n  x\nexcept E:\nz\n",
    "expected_block_except_star": "try:\n  x\nexcept* A:\nz\n",
    "expected_block_finally": "try:\n  x\nfinally:\nz\n",
    "expected_block_match": "match x:\ncase 1: pass\n",
    "expected_block_case": "match x:\n case 1:\n z\n",
    "invalid_character": "x = 1 \u20ac\n",
    "invalid_character_in_name": "ab\u20accd = 1\n",
    "invalid_non_printable": "x = \x01\n",
    "assign_literal": "1 = x\n",
    "assign_call": "f() = 1\n",
    "assign_expression": "x + 1 = 2\n",
    "assign_literal_chain": "1 = x = y\n",
    "assign_true": "True = 1\n",
    "assign_literal_in_tuple": "(a, 1) = x\n",
    "assign_for_target": "for 1 in x: pass\n",
    "assign_with_target": "with a as 1: pass\n",
    "assign_comprehension_target": "[x for 1 in y]\n",
    "delete_call": "del f()\n",
    "augassign_tuple": "(a, b) += 1\n",
    "annotate_list": "[a]: int\n",
    "annotate_call": "f(): int\n",
    "invalid_decimal": "1abc\n",
    "invalid_decimal_underscore": "1_\n",
    "invalid_decimal_exponent": "1e\n",
    "invalid_hex": "0x\n",
    "invalid_octal_digit": "0o8\n",
    "leading_zeros": "0777\n",
    "line_continuation": "a\\ b\n",
    "eof_after_continuation": "x = 1 +\\\n",
    "tab_error": "if x:\n\tif y:\n        pass\n",
    "too_many_parentheses": "(" * 201 + "\n",
    "positional_after_keyword": "f(a=1, 2)\n",
    "unpacking_after_keyword_unpacking": "f(**a, *b)\n",
    "genexp_not_parenthesized": "f(a for a in b, c)\n",
    "non_default_after_default": "def f(a=1, b):\n pass\n",
    "bare_star": "def f(*):\n pass\n",
    "expected_else": "x = 1 if y\n",
    "mix_bytes": "'a' b'c'\n",
    "fstring_empty": "f'{}'\n",
    "fstring_conversion": "f'{x!z}'\n",
    "fstring_single_brace": "f'}'\n",
    "fstring_expecting_brace": "f'{'\n",
    "yield_target": "x = yield = 1\n",
    "trailing_comma_import": "from x import a,\n",
    "try_without_handlers": "try:\n  x\n",
}

LOCATION = re.compile(r"^(?P<file>.*):(?P<line>\d+):(?P<col>\d+): (?P<type>\w+): (?P<message>.*)$")


def cpython_error(source: str) -> tuple[str, str, int, int]:
    try:
        ast.parse(source)
    except SyntaxError as e:
        return type(e).__name__, e.msg, e.lineno, e.offset
    raise AssertionError("CPython accepts this source; the case is wrong")


@pytest.mark.parametrize("name", sorted(CASES))
def test_syntax_error_matches_cpython(name, ingot_bin, tmp_path):
    source = CASES[name]
    path = tmp_path / f"{name}.py"
    path.write_bytes(source.encode("utf-8"))
    result = subprocess.run([ingot_bin, "parse", str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    match = LOCATION.match(lines[0])
    assert match, f"unexpected diagnostic: {result.stderr!r}"
    want_type, want_msg, want_line, want_offset = cpython_error(source)
    got = (match["type"], match["message"], int(match["line"]), int(match["col"]))
    assert got == (want_type, want_msg, want_line, want_offset)
    assert match["file"] == str(path)


def test_diagnostic_shows_line_and_caret(ingot_bin, tmp_path):
    path = tmp_path / "caret.py"
    path.write_text("x = 1\nif x\n    pass\n")
    result = subprocess.run([ingot_bin, "parse", str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{path}:2:5: SyntaxError: expected ':'",
        "    if x",
        "        ^",
    ]
