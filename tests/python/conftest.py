"""Shared fixtures for the Python test suites of Ingot."""

from __future__ import annotations

import os

import pytest

from support import SUMMARY, ingot_path


@pytest.fixture(scope="session")
def ingot_bin() -> str:
    path = ingot_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(f"ingot binary not found at {path}: run ./setup.sh (or set INGOT_BIN)")
    return str(path)


def pytest_terminal_summary(terminalreporter):
    if SUMMARY:
        terminalreporter.section("ingot summary")
        for line in SUMMARY:
            terminalreporter.write_line(line)
