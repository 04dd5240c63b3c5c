"""The test corpus: every .py file of the running CPython's standard library.

Shared by the conformance tests, the benchmark, the fuzzer's seeding and the
sanitizer pass in test.sh. Run as a script it prints the paths, one a line
(or NUL-separated with -0), sorted.

    python3 tests/python/stdlib_corpus.py [-0] [--every N]
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path


def stdlib_dir() -> Path:
    return Path(sysconfig.get_paths()["stdlib"]).resolve()


def stdlib_files() -> list[Path]:
    """All .py files under the stdlib directory, sorted, without site-packages
    (third-party code) and without __pycache__."""
    root = stdlib_dir()
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == root:
            dirnames[:] = [d for d in dirnames if d not in ("site-packages", "dist-packages")]
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in filenames:
            if name.endswith(".py"):
                files.append(Path(dirpath) / name)
    files.sort()
    return files


def every_nth(files: list[Path], minimum: int) -> list[Path]:
    """A deterministic sample of at least `minimum` files (all when fewer):
    every Nth of the sorted list."""
    if len(files) <= minimum:
        return list(files)
    step = max(1, len(files) // minimum)
    return files[::step]


def main(argv: list[str]) -> int:
    sep = "\n"
    step = 1
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "-0":
            sep = "\0"
        elif arg == "--every":
            step = int(args.pop(0))
        else:
            print(f"usage: {sys.argv[0]} [-0] [--every N]", file=sys.stderr)
            return 2
    out = sys.stdout
    for path in stdlib_files()[::step]:
        out.write(str(path) + sep)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
