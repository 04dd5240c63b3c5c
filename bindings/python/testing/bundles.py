"""Builds the hand-written test bundles of test_bundle.cpp (no compiler needed).

Used by tests/python/test_binding.py, tests/python/test_predict_cli.py and
bench/binding_overhead.py:

    builder = BundleBuilder(work_dir, runtime="fake")   # or "real"
    path = builder.bundle("echo", dest_dir, parameters=[{"name": "x", "type": "Any"}])

`runtime="fake"` links testing/fake_runtime.cpp, a stand-in implementation of
include/ingot.h; `runtime="real"` links build/runtime/libingot_runtime.a (the
real runtime) and raises Unavailable when it has not been built.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[2]
CXX = os.environ.get("CXX", "g++")
CXXFLAGS = ["-std=c++20", "-O2", "-fPIC", "-fvisibility=hidden", "-Wall", "-Wextra"]

# Behaviours of test_bundle.cpp (-DINGOT_TEST_BUNDLE_<NAME>) and their default signatures.
BEHAVIOURS: dict[str, dict[str, Any]] = {
    "echo": {"parameters": [{"name": "x", "type": "Any"}], "returns": "Any"},
    "inputs": {
        "parameters": [
            {"name": "a", "type": "Any"},
            {"name": "b", "type": "Any", "default": None},
            {"name": "c", "type": "Any", "default": None},
        ],
        "returns": "dict[str, Any]",
    },
    "describe": {"parameters": [{"name": "x", "type": "Any"}], "returns": "str"},
    "add": {"parameters": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}], "returns": "int"},
    "noop": {"parameters": [], "returns": "None"},
    "floats": {"parameters": [{"name": "n", "type": "int"}], "returns": "list[float]"},
    "tensor": {"parameters": [], "returns": "numpy.ndarray"},
    "tensors": {
        "parameters": [
            {"name": "op", "type": "str"},
            {"name": "x", "type": "Any", "default": None},
            {"name": "dtype", "type": "int", "default": 10},
            {"name": "shape", "type": "list[int]", "default": []},
        ],
        "returns": "Any",
    },
    "sum": {"parameters": [{"name": "xs", "type": "list[float]"}], "returns": "float"},
    "strings": {"parameters": [{"name": "n", "type": "int"}], "returns": "list[str]"},
    "lengths": {"parameters": [{"name": "xs", "type": "list[str]"}], "returns": "int"},
    "raise": {
        "parameters": [
            {"name": "type", "type": "str"},
            {"name": "message", "type": "str", "default": ""},
            {"name": "text", "type": "str", "default": ""},
        ],
        "returns": "None",
    },
    "null_result": {"parameters": [], "returns": "int"},
}
# Only with the test double: a NULL result breaks the real runtime's contract.
FAKE_ONLY = {"null_result"}


class Unavailable(Exception):
    """The requested runtime (or a C++ compiler) is not there: tests skip."""


_session_builders: dict[str, "BundleBuilder | Unavailable"] = {}
_session_lock = threading.Lock()


def session_builder(runtime: str, work_root: Path) -> "BundleBuilder":
    """One BundleBuilder per runtime per process (shared by the test
    modules); raises Unavailable when that runtime cannot be used."""
    with _session_lock:
        builder = _session_builders.get(runtime)
        if builder is None:
            try:
                builder = BundleBuilder(Path(work_root) / f"test-bundles-{runtime}", runtime)
            except Unavailable as e:
                builder = e
            _session_builders[runtime] = builder
    if isinstance(builder, Unavailable):
        raise builder
    return builder


def real_runtime_library() -> Path:
    env = os.environ.get("INGOT_RUNTIME_LIBRARY")
    return Path(env) if env else REPO_ROOT / "build" / "runtime" / "libingot_runtime.a"


def manifest(entry: str, parameters: list[dict], returns: str, tag: str | None = None) -> dict:
    return {
        "ingot_version": "0.1.0",
        "abi_version": 1,
        "tag": tag or f"test/{entry}",
        "description": f"hand-written test bundle {entry!r}",
        "entry": entry,
        "parameters": parameters,
        "returns": returns,
        "target": "x86_64-pc-linux-gnu",
        "source_sha256": "0" * 64,
        "library": "libpredictor.so",
        "resources": [],
    }


class BundleBuilder:
    """Compiles each behaviour once into `work_dir`, then lays out bundle
    folders (a copy of the library + manifest.json + resources/) on demand."""

    def __init__(self, work_dir: Path | str, runtime: str = "fake"):
        self.work_dir = Path(work_dir)
        self.runtime = runtime
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}
        self._libraries: dict[str, Path] = {}
        if shutil.which(CXX) is None:
            raise Unavailable(f"no C++ compiler ({CXX}) to build test bundles")
        self.work_dir.mkdir(parents=True, exist_ok=True)
        if runtime == "fake":
            script = self.work_dir / "exports.map"
            script.write_text("{ global: ingot_*; local: *; };\n")
            self._link_inputs = [self._fake_runtime_object(), f"-Wl,--version-script={script}"]
            self._defines = ["-DINGOT_FAKE_RUNTIME"]
            self._includes = [f"-I{REPO_ROOT / 'include'}", f"-I{HERE}"]
        elif runtime == "real":
            library = real_runtime_library()
            if not library.is_file():
                raise Unavailable(f"the runtime is not built yet ({library} is missing)")
            # The whole archive, so that every ABI function is in the library,
            # ICU (str methods) and OpenBLAS (numpy matmul) as
            # src/build/bundle_builder.cpp links them, and a version script so
            # that only the ingot_* functions are exported.
            script = self.work_dir / "exports.map"
            script.write_text("{ global: ingot_*; local: *; };\n")
            self._link_inputs = ["-Wl,--whole-archive", str(library), "-Wl,--no-whole-archive",
                                 "-licui18n", "-licuuc", "-licudata", "-lopenblas", "-Wl,-z,defs",
                                 f"-Wl,--version-script={script}"]
            self._defines = []
            self._includes = [f"-I{REPO_ROOT / 'include'}", f"-I{REPO_ROOT / 'runtime' / 'include'}"]
        else:
            raise ValueError(f"unknown runtime {runtime!r}")

    def supports(self, behaviour: str) -> bool:
        return self.runtime == "fake" or behaviour not in FAKE_ONLY

    def _run(self, command: list[str]) -> None:
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"build failed: {' '.join(command)}\n{result.stderr}")

    def _fake_runtime_object(self) -> str:
        obj = self.work_dir / "fake_runtime.o"
        if not obj.exists():
            self._run([CXX, *CXXFLAGS, f"-I{REPO_ROOT / 'include'}", "-c", str(HERE / "fake_runtime.cpp"),
                       "-o", str(obj)])
        return str(obj)

    def library(self, behaviour: str) -> Path:
        """The built libpredictor.so of `behaviour` (compiled on first use)."""
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"unknown test bundle {behaviour!r}")
        if not self.supports(behaviour):
            raise Unavailable(f"test bundle {behaviour!r} needs the test double (runtime='fake')")
        with self._lock:
            building = self._building.setdefault(behaviour, threading.Lock())
        with building:
            if behaviour not in self._libraries:
                out = self.work_dir / f"lib-{behaviour}.so"
                self._run([CXX, *CXXFLAGS, *self._defines, *self._includes,
                           f"-DINGOT_TEST_BUNDLE_{behaviour.upper()}", "-shared",
                           str(HERE / "test_bundle.cpp"), *self._link_inputs, "-ldl", "-o", str(out)])
                self._libraries[behaviour] = out
            return self._libraries[behaviour]

    def bundle(self, behaviour: str, dest: Path | str, parameters: list[dict] | None = None,
               returns: str | None = None, entry: str | None = None) -> Path:
        """Writes a bundle folder at `dest` for `behaviour`, with the default
        signature or the given one, and returns its path."""
        dest = Path(dest)
        spec = BEHAVIOURS[behaviour]
        dest.mkdir(parents=True, exist_ok=True)
        (dest / "resources").mkdir(exist_ok=True)
        shutil.copyfile(self.library(behaviour), dest / "libpredictor.so")
        text = json.dumps(
            manifest(entry or behaviour, spec["parameters"] if parameters is None else parameters,
                     spec["returns"] if returns is None else returns),
            indent=2,
        )
        (dest / "manifest.json").write_text(text + "\n", encoding="utf-8")
        return dest
