"""Conformance of `ingot parse` with CPython's ast module over the stdlib.

For every .py file of the running CPython's standard library (site-packages
excluded), `ingot parse FILE` must print exactly
`ast.dump(ast.parse(open(FILE, "rb").read()))` plus a newline, and exit 1 on
exactly the files CPython rejects. A deterministic sample is also compared
with positions (`--positions` vs `include_attributes=True`).

Each worker of a process pool takes one file: it runs ingot, computes
CPython's dump in-process and compares them, so only small verdicts travel
between processes. The full list of disagreements, with the first differing
characters, goes to build/conformance-report.txt.
"""

from __future__ import annotations

import ast
import multiprocessing
import os
import subprocess
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import REPO_ROOT, SUMMARY, first_difference
from stdlib_corpus import every_nth, stdlib_dir, stdlib_files

# Share of files on which ingot must agree with CPython (tree and verdict).
MIN_AGREEMENT = 0.999
# The same for the --positions comparison on the sample.
MIN_POSITIONS_AGREEMENT = 0.999
# The --positions sample: every Nth file of the sorted list, at least this many.
POSITIONS_SAMPLE_MIN = 300
# Seconds one `ingot parse` may take before it counts as a crash (a hang).
INGOT_TIMEOUT = 60
REPORT_PATH = Path(os.environ.get("INGOT_CONFORMANCE_REPORT", REPO_ROOT / "build" / "conformance-report.txt"))

AGREE = "agree"
MISMATCH = "mismatch"            # both accepted, trees differ
FALSE_REJECT = "false-reject"    # CPython accepted, ingot reported a SyntaxError
FALSE_ACCEPT = "false-accept"    # CPython rejected, ingot printed a tree
CRASH = "ingot-crash"            # exit code other than 0/1, a signal or a hang


@dataclass
class Verdict:
    path: str
    positions: bool
    outcome: str
    detail: str = ""


def cpython_dump(source: bytes, positions: bool) -> tuple[str | None, str]:
    """(dump, "") when CPython parses `source`, else (None, the error)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. DeprecationWarning: invalid escape sequence
        try:
            tree = ast.parse(source)
        except Exception as error:  # SyntaxError, ValueError (null bytes), RecursionError, ...
            return None, f"{type(error).__name__}: {error}"
    return ast.dump(tree, include_attributes=positions), ""


def check_file(task: tuple[str, bool, str]) -> Verdict:
    """Runs ingot on one file and compares it with CPython (in a pool worker)."""
    path, positions, ingot = task
    command = [ingot, "parse"] + (["--positions"] if positions else []) + [path]
    try:
        run = subprocess.run(command, capture_output=True, timeout=INGOT_TIMEOUT)
    except subprocess.TimeoutExpired:
        return Verdict(path, positions, CRASH, f"timed out after {INGOT_TIMEOUT}s")
    stderr = run.stderr.decode("utf-8", "replace").strip()
    if run.returncode not in (0, 1):
        how = f"killed by signal {-run.returncode}" if run.returncode < 0 else f"exit {run.returncode}"
        return Verdict(path, positions, CRASH, f"{how}\n    {stderr[-2000:]}")

    with open(path, "rb") as f:
        source = f.read()
    expected, error = cpython_dump(source, positions)

    if expected is None:
        if run.returncode == 1:
            return Verdict(path, positions, AGREE)
        return Verdict(path, positions, FALSE_ACCEPT, f"CPython: {error}")
    if run.returncode == 1:
        return Verdict(path, positions, FALSE_REJECT, f"ingot: {stderr[:1000]}")
    if run.stdout == (expected + "\n").encode("utf-8", "surrogatepass"):
        return Verdict(path, positions, AGREE)
    ours = run.stdout.decode("utf-8", "replace").rstrip("\n")
    return Verdict(path, positions, MISMATCH, first_difference(ours, expected))


def run_all(ingot: str) -> tuple[list[Verdict], list[Verdict], float]:
    files = stdlib_files()
    sample = every_nth(files, POSITIONS_SAMPLE_MIN)
    tasks = [(str(p), False, ingot) for p in files] + [(str(p), True, ingot) for p in sample]
    # Biggest files first, so the pool does not end waiting on one big file.
    sizes = {str(p): p.stat().st_size for p in files}
    tasks.sort(key=lambda t: -sizes[t[0]])
    start = time.monotonic()
    # One more worker than cores: while a worker waits for ingot, another
    # one's CPython parse keeps the core busy.
    workers = (os.cpu_count() or 2) + 1
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        verdicts = list(pool.imap_unordered(check_file, tasks, chunksize=4))
    elapsed = time.monotonic() - start
    verdicts.sort(key=lambda v: v.path)
    return [v for v in verdicts if not v.positions], [v for v in verdicts if v.positions], elapsed


def summarize(label: str, verdicts: list[Verdict]) -> str:
    n = len(verdicts)
    agree = sum(v.outcome == AGREE for v in verdicts)
    crash = sum(v.outcome == CRASH for v in verdicts)
    mismatch = n - agree - crash
    rate = agree / n if n else 0.0
    return (f"{label}: files={n} agree={agree} mismatch={mismatch} ingot-crash={crash} "
            f"({100 * rate:.2f}% agree)")


def write_report(plain: list[Verdict], positions: list[Verdict], elapsed: float) -> None:
    lines = [
        f"ingot conformance report: stdlib at {stdlib_dir()}",
        summarize("ast.dump", plain),
        summarize("ast.dump --positions (sample)", positions),
        f"elapsed: {elapsed:.1f}s",
        "",
    ]
    for title, verdicts in (("ast.dump", plain), ("ast.dump --positions", positions)):
        bad = [v for v in verdicts if v.outcome != AGREE]
        lines.append(f"== {title}: {len(bad)} disagreement(s)")
        for v in bad:
            lines.append(f"[{v.outcome}] {v.path}")
            if v.detail:
                lines.append("    " + v.detail.replace("\n", "\n    ").rstrip())
        lines.append("")
    REPORT_PATH.parent.mkdir(parents=True, exist_ok=True)
    REPORT_PATH.write_text("\n".join(lines), encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def conformance(ingot_bin):
    plain, positions, elapsed = run_all(ingot_bin)
    write_report(plain, positions, elapsed)
    SUMMARY.append(summarize("conformance", plain))
    SUMMARY.append(summarize("conformance --positions (sample)", positions))
    SUMMARY.append(f"conformance: {elapsed:.1f}s; report: {REPORT_PATH}")
    return plain, positions


def describe_failures(verdicts: list[Verdict], outcomes: set[str], limit: int = 10) -> str:
    bad = [v for v in verdicts if v.outcome in outcomes]
    shown = "\n".join(f"[{v.outcome}] {v.path}\n    {v.detail[:400]}" for v in bad[:limit])
    more = f"\n... and {len(bad) - limit} more" if len(bad) > limit else ""
    return f"{shown}{more}\n(full list: {REPORT_PATH})"


def agreement(verdicts: list[Verdict]) -> float:
    return sum(v.outcome == AGREE for v in verdicts) / len(verdicts)


def test_corpus_is_the_stdlib():
    files = stdlib_files()
    assert len(files) > 1000, f"only {len(files)} .py files under {stdlib_dir()}"
    assert not any("site-packages" in p.parts for p in files)
    assert len(every_nth(files, POSITIONS_SAMPLE_MIN)) >= POSITIONS_SAMPLE_MIN


def test_no_crashes(conformance):
    plain, positions = conformance
    crashes = [v for v in plain + positions if v.outcome == CRASH]
    assert not crashes, f"{len(crashes)} crash(es):\n" + describe_failures(crashes, {CRASH})


def test_dump_agreement(conformance):
    plain, _ = conformance
    rate = agreement(plain)
    assert rate >= MIN_AGREEMENT, (
        f"{summarize('ast.dump', plain)} < {100 * MIN_AGREEMENT}%\n"
        + describe_failures(plain, {MISMATCH, FALSE_REJECT, FALSE_ACCEPT, CRASH}))


def test_positions_agreement(conformance):
    _, positions = conformance
    assert len(positions) >= POSITIONS_SAMPLE_MIN
    rate = agreement(positions)
    assert rate >= MIN_POSITIONS_AGREEMENT, (
        f"{summarize('ast.dump --positions', positions)} < {100 * MIN_POSITIONS_AGREEMENT}%\n"
        + describe_failures(positions, {MISMATCH, FALSE_REJECT, FALSE_ACCEPT, CRASH}))
