#!/usr/bin/env python3
"""Parse throughput of `ingot parse --check` vs CPython's ast.parse.

Both sides parse every .py file of the stdlib (site-packages excluded) in
one run of this script, each as a whole process (start-up included): ingot
gets all files as arguments of one process (batched like xargs only if the
command line would be too long, the batches' times added up), CPython one
`python3 -c` that reads and ast.parse()s every file. Best wall time of
--repeat runs (default 3). Then the peak RSS of each parsing the largest
file alone.

    bench/parse_throughput.py [--ingot PATH] [--python PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tests" / "python"))
from stdlib_corpus import stdlib_dir, stdlib_files  # noqa: E402

CPYTHON_PARSE_ALL = r"""
import ast, sys, warnings
warnings.simplefilter("ignore")
failed = 0
for path in sys.stdin.read().split("\0"):
    if not path:
        continue
    with open(path, "rb") as f:
        source = f.read()
    try:
        ast.parse(source)
    except Exception:
        failed += 1
sys.exit(1 if failed else 0)
"""

CPYTHON_PARSE_ONE = r"""
import ast, sys
with open(sys.argv[1], "rb") as f:
    source = f.read()
ast.parse(source)
"""


def run_measured(command: list[str], stdin_data: bytes | None = None) -> tuple[float, int, int]:
    """Runs `command` to completion; returns (wall seconds, exit code, peak RSS
    in KiB; the RSS can include this script's own, copied at fork)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin_data is not None:
        proc.stdin.write(stdin_data)
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, proc.returncode, usage.ru_maxrss


def peak_rss_kib(command: list[str]) -> int:
    """Peak RSS of `command` in KiB, measured by GNU time (a small parent, so
    the figure is the child's own), else by wait4() from this process."""
    gnu_time = shutil.which("time", path="/usr/bin:/bin")
    if gnu_time:
        with tempfile.NamedTemporaryFile("r", suffix=".txt") as out:
            subprocess.run([gnu_time, "-f", "%M", "-o", out.name, *command],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return int(out.read().strip().splitlines()[-1])
    return run_measured(command)[2]


def batches(prefix: list[str], files: list[str]) -> list[list[str]]:
    """Splits `files` into command lines that fit in ARG_MAX (with margin for
    the environment), like xargs does."""
    limit = os.sysconf("SC_ARG_MAX") - sum(len(k) + len(v) + 2 for k, v in os.environ.items()) - 64 * 1024
    base = sum(len(a) + 1 + 8 for a in prefix)
    out: list[list[str]] = []
    current: list[str] = []
    size = base
    for f in files:
        cost = len(f.encode()) + 1 + 8  # the string, its NUL, its argv pointer
        if current and size + cost > limit:
            out.append(prefix + current)
            current, size = [], base
        current.append(f)
        size += cost
    if current:
        out.append(prefix + current)
    return out


def time_ingot(ingot: str, files: list[str]) -> tuple[float, list[int]]:
    total = 0.0
    codes = []
    for command in batches([ingot, "parse", "--check"], files):
        elapsed, code, _ = run_measured(command)
        total += elapsed
        codes.append(code)
    return total, codes


def time_cpython(python: str, files: list[str]) -> tuple[float, int]:
    elapsed, code, _ = run_measured([python, "-c", CPYTHON_PARSE_ALL], "\0".join(files).encode())
    return elapsed, code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ingot", default=os.environ.get("INGOT_BIN", str(REPO_ROOT / "build" / "ingot")))
    parser.add_argument("--python", default=sys.executable, help="the CPython to compare with")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not Path(args.ingot).is_file():
        sys.exit(f"no ingot binary at {args.ingot}: run ./setup.sh")

    paths = stdlib_files()
    files = [str(p) for p in paths]
    total_bytes = sum(p.stat().st_size for p in paths)
    total_lines = 0
    for p in paths:
        with open(p, "rb") as f:
            total_lines += f.read().count(b"\n")
    mb = total_bytes / 1e6
    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    print(f"corpus: {len(files)} files, {mb:.1f} MB, {total_lines:,} lines ({stdlib_dir()})")
    print(f"ingot:  {args.ingot} ({len(batches([args.ingot, 'parse', '--check'], files))} process(es))")
    print(f"python: {args.python} (CPython {version})")

    # Warm the page cache, then alternate the two sides within each round.
    for p in paths:
        p.read_bytes()
    ingot_times, cpython_times = [], []
    ingot_codes: list[int] = []
    cpython_code = 0
    for _ in range(args.repeat):
        t, ingot_codes = time_ingot(args.ingot, files)
        ingot_times.append(t)
        t, cpython_code = time_cpython(args.python, files)
        cpython_times.append(t)
    if any(code not in (0, 1) for code in ingot_codes):
        print(f"WARNING: ingot exited with {ingot_codes} (a crash?)")

    print()
    print(f"{'':8} {'best s':>8} {'MB/s':>8} {'lines/s':>12}   (all runs)")
    for name, times in (("ingot", ingot_times), ("cpython", cpython_times)):
        best = min(times)
        runs = " ".join(f"{t:.2f}" for t in times)
        print(f"{name:8} {best:8.3f} {mb / best:8.1f} {total_lines / best:12,.0f}   ({runs})")
    ratio = min(cpython_times) / min(ingot_times)
    print(f"ingot is {ratio:.2f}x {'faster' if ratio >= 1 else 'slower'} than CPython's ast.parse "
          f"(exit codes: ingot {ingot_codes}, cpython {cpython_code})")

    largest = max(paths, key=lambda p: p.stat().st_size)
    size_mb = largest.stat().st_size / 1e6
    ingot_rss = peak_rss_kib([args.ingot, "parse", "--check", str(largest)])
    python_rss = peak_rss_kib([args.python, "-c", CPYTHON_PARSE_ONE, str(largest)])
    python_base = peak_rss_kib([args.python, "-c", "import ast"])
    ingot_base = peak_rss_kib([args.ingot, "--version"])
    print()
    print(f"peak RSS parsing the largest file, {largest.relative_to(stdlib_dir())} ({size_mb:.2f} MB):")
    print(f"  ingot parse --check: {ingot_rss / 1024:7.1f} MiB   (ingot --version: {ingot_base / 1024:.1f} MiB)")
    print(f"  python3 ast.parse:   {python_rss / 1024:7.1f} MiB   (python3 -c 'import ast': {python_base / 1024:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
