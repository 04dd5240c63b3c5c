#!/usr/bin/env bash
# The main job: compile a typed Python predictor into a native bundle, then
# call it from the command line and from Python, next to CPython's answer.
# Run ./setup.sh once first.
set -euo pipefail
cd "$(dirname "$0")"

out="build/demo/hello.bundle"
echo "==> ingot compile examples/hello.py -o $out"
ingot compile examples/hello.py -o "$out"

echo
echo "==> ingot predict $out features='[0.5, 1.5]' weights='[2.0, -0.25]'"
ingot predict "$out" features='[0.5, 1.5]' weights='[2.0, -0.25]'

echo
echo "==> from Python: ingot.load(...) next to CPython running the same file"
python3 - "$out" <<'PY'
import importlib.util
import sys

import ingot

spec = importlib.util.spec_from_file_location("hello", "examples/hello.py")
hello = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hello)

compiled = ingot.load(sys.argv[1])
for features, weights in [([0.5, 1.5], [2.0, -0.25]), ([3.0], [-1.0]), ([1.0], [1.0, 2.0])]:
    def run(f):
        try:
            return repr(f(features, weights))
        except Exception as e:  # the same exception class and message
            return f"{type(e).__name__}: {e}"
    print(f"  {features!s:12} {weights!s:14} compiled: {run(compiled):28} CPython: {run(hello.classify)}")
PY
