#!/usr/bin/env python3
"""Compare `ingot parse` with CPython's ast.dump on one file or snippet.

    tools/compare_parse.py FILE [--positions] [--ingot PATH] [--context N]
    tools/compare_parse.py -c 'x = (1, 2)' [--positions]

Prints "identical" (exit 0), or the first differing character of the two
dumps with the chain of enclosing nodes at that point and a window of both
dumps around it (exit 1). Also reports when only one side rejects the input.
The binary is --ingot, else $INGOT_BIN, else build/ingot, else `ingot` on PATH.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def find_ingot(explicit: str | None) -> str:
    for candidate in (explicit, os.environ.get("INGOT_BIN"), str(REPO_ROOT / "build" / "ingot")):
        if candidate and Path(candidate).is_file():
            return candidate
    found = shutil.which("ingot")
    if found:
        return found
    sys.exit("compare_parse: no ingot binary (build it with ./setup.sh or pass --ingot)")


def cpython_side(source: bytes, positions: bool) -> tuple[str | None, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(source)
        except Exception as error:
            return None, f"{type(error).__name__}: {error}"
    return ast.dump(tree, include_attributes=positions), ""


def enclosing_nodes(dump: str, index: int) -> list[str]:
    """Names of the constructors open at `index` in an ast.dump string,
    outermost first, e.g. ['Module', 'FunctionDef', 'Return', 'BinOp']."""
    stack: list[str] = []
    i = 0
    quote = ""
    while i < index and i < len(dump):
        c = dump[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c == "(":
            j = i
            while j > 0 and (dump[j - 1].isalnum() or dump[j - 1] == "_"):
                j -= 1
            stack.append(dump[j:i] or "(")
        elif c == ")" and stack:
            stack.pop()
        i += 1
    return stack


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", help="Python source file")
    parser.add_argument("-c", dest="code", help="compare this source text instead of a file")
    parser.add_argument("--positions", action="store_true", help="compare with positions")
    parser.add_argument("--ingot", help="path of the ingot binary")
    parser.add_argument("--context", type=int, default=100, help="characters shown around the difference")
    args = parser.parse_args()
    if (args.file is None) == (args.code is None):
        parser.error("give either FILE or -c SOURCE")

    ingot = find_ingot(args.ingot)
    temp = None
    if args.code is not None:
        temp = tempfile.NamedTemporaryFile("wb", suffix=".py", delete=False)
        temp.write(args.code.encode("utf-8"))
        temp.close()
        path = temp.name
    else:
        path = args.file
    try:
        source = Path(path).read_bytes()
        command = [ingot, "parse"] + (["--positions"] if args.positions else []) + [path]
        run = subprocess.run(command, capture_output=True)
    finally:
        if temp is not None:
            os.unlink(temp.name)

    expected, error = cpython_side(source, args.positions)
    stderr = run.stderr.decode("utf-8", "replace").rstrip()

    if run.returncode not in (0, 1):
        print(f"ingot CRASHED (exit {run.returncode}):\n{stderr}")
        return 2
    if expected is None:
        if run.returncode == 1:
            print(f"both reject\n  cpython: {error}\n  ingot:   {stderr}")
            return 0
        print(f"ingot accepts, CPython rejects: {error}")
        return 1
    if run.returncode == 1:
        print(f"ingot rejects, CPython accepts:\n{stderr}")
        return 1

    ours = run.stdout.decode("utf-8", "replace")
    if ours.endswith("\n"):
        ours = ours[:-1]
    else:
        print("note: ingot's output does not end with a newline")
    if ours == expected:
        print(f"identical ({len(ours)} chars)")
        return 0

    limit = min(len(ours), len(expected))
    index = next((i for i in range(limit) if ours[i] != expected[i]), limit)
    start = max(0, index - args.context)
    print(f"first difference at char {index} (ingot {len(ours)} chars, cpython {len(expected)} chars)")
    print("inside: " + " > ".join(enclosing_nodes(expected, index)))
    for label, text in (("ingot  ", ours), ("cpython", expected)):
        window = text[start:index + args.context]
        print(f"{label}: {window}")
        print(" " * (len(label) + 2 + index - start) + "^")
    return 1


if __name__ == "__main__":
    sys.exit(main())
