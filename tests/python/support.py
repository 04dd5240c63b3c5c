"""Helpers shared by the Python test suites (imported by conftest.py and the
test modules; pytest puts this directory on sys.path)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# Lines printed in the "ingot summary" section at the end of a pytest run.
SUMMARY: list[str] = []


def ingot_path() -> Path:
    """The binary under test: $INGOT_BIN, else build/ingot of this checkout."""
    env = os.environ.get("INGOT_BIN")
    return Path(env) if env else REPO_ROOT / "build" / "ingot"


def first_difference(ours: str, theirs: str, context: int = 60) -> str:
    """Where two dumps first differ, as a short excerpt of each."""
    limit = min(len(ours), len(theirs))
    index = next((i for i in range(limit) if ours[i] != theirs[i]), limit)
    if index == limit and len(ours) == len(theirs):
        return "identical"
    start = max(0, index - context)
    return (
        f"first difference at char {index} (ingot {len(ours)} chars, cpython {len(theirs)} chars)\n"
        f"    ingot:   {ours[start:index + context]!r}\n"
        f"    cpython: {theirs[start:index + context]!r}"
    )
