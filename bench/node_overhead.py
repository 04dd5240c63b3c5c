#!/usr/bin/env python3
"""Cost of calling a bundle from Node.js (clients/node, koffi) next to Python
(ingot.load), measured in one run on the same bundles.

    bench/node_overhead.py [--calls N] [--model real|tiny]

  * a trivial compiled predictor, `echo(x: int) -> int`: median µs per call
    from Node (`load(dir)({ x })`) and from Python (`ingot.load(dir)(x=...)`);
  * the embedding example (examples/embedding/predictor.py) on 32 sentences:
    median ms per call, directly (a Float32Array tensor in Node, an ndarray in
    Python) and through the OpenAI-style client (`embeddings.create`), whose
    extra cost is the conversion of the (32, 384) floats into the response.

--model real uses the all-MiniLM-L6-v2 GGUF (tools/make_minilm_gguf.py);
tiny (the default when the real one is missing) a tiny generated BERT, so the
numbers show the binding's cost rather than the model's. The model computes
on one thread in both. INGOT_BIN overrides build/ingot.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INGOT = os.environ.get("INGOT_BIN", str(ROOT / "build" / "ingot"))
SENTENCES = [f"sentence number {i}: the quick brown fox jumps over the lazy dog" for i in range(32)]

ECHO = '''from ingot import compile


@compile(tag="bench/echo", description="returns its argument")
def echo(x: int) -> int:
    return x
'''

NODE = r'''
const { load, Client } = require(process.argv[1]);  // node -e: the arguments start at [1]
const [echoDir, modelsDir, calls, embedCalls] = [process.argv[2], process.argv[3], +process.argv[4], +process.argv[5]];
const sentences = JSON.parse(process.argv[6]);
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
function time(f, n) {
  const out = [];
  for (let r = 0; r < 7; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f(i);
    out.push(Number(process.hrtime.bigint() - t) / n / 1e3);
  }
  return median(out);  // µs per call
}
(async () => {
  const echo = load(echoDir);
  time((i) => echo({ x: i }), 1000);
  const echoUs = time((i) => echo({ x: i }), calls);
  const embed = load(`${modelsDir}/minilm`);
  embed({ texts: sentences });
  const directMs = time(() => embed({ texts: sentences }), embedCalls) / 1e3;
  const client = new Client({ modelsDir });
  const model = 'sentence-transformers/all-MiniLM-L6-v2';
  await client.embeddings.create({ model, input: sentences });
  const t = [];
  for (let r = 0; r < 7; r++) {
    const s = process.hrtime.bigint();
    for (let i = 0; i < embedCalls; i++) await client.embeddings.create({ model, input: sentences });
    t.push(Number(process.hrtime.bigint() - s) / embedCalls / 1e6);
  }
  console.log(JSON.stringify({ echo_us: echoUs, direct_ms: directMs, client_ms: median(t) }));
  client.close();
})();
'''

PYTHON = r'''
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
import ingot
from ingot import Client
echo_dir, models, calls, embed_calls = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
sentences = json.loads(sys.argv[6])
def timed(f, n):
    out = []
    for _ in range(7):
        t = time.perf_counter()
        for i in range(n):
            f(i)
        out.append((time.perf_counter() - t) / n * 1e6)
    return statistics.median(out)
echo = ingot.load(echo_dir)
timed(lambda i: echo(x=i), 1000)
echo_us = timed(lambda i: echo(x=i), calls)
embed = ingot.load(models + "/minilm")
embed(texts=sentences)
direct_ms = timed(lambda i: embed(texts=sentences), embed_calls) / 1e3
client = Client(models_dir=models)
model = "sentence-transformers/all-MiniLM-L6-v2"
client.embeddings.create(model=model, input=sentences)
client_ms = timed(lambda i: client.embeddings.create(model=model, input=sentences), embed_calls) / 1e3
print(json.dumps({"echo_us": echo_us, "direct_ms": direct_ms, "client_ms": client_ms}))
'''


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=20000, help="calls per round of the trivial predictor")
    ap.add_argument("--model", choices=("real", "tiny"), help="the embedding model (default: real if made)")
    args = ap.parse_args()
    if not shutil.which("node"):
        print("node is not installed (./setup.sh installs it)")
        return 2
    real = subprocess.run([sys.executable, str(ROOT / "tools" / "make_minilm_gguf.py"), "--path"],
                          capture_output=True, text=True)
    model = args.model or ("real" if real.returncode == 0 and Path(real.stdout.strip()).is_file() else "tiny")
    with tempfile.TemporaryDirectory(prefix="ingot-node-bench-") as tmp:
        work = Path(tmp)
        (work / "echo.py").write_text(ECHO)
        # One compute thread: on a machine busy with other work a thread pool
        # waits at every barrier, which would swamp the binding's cost.
        source = (ROOT / "examples" / "embedding" / "predictor.py").read_text()
        (work / "predictor.py").write_text(source.replace("verbose=False)", "n_threads=1, n_threads_batch=1, verbose=False)"))
        if model == "real":
            shutil.copyfile(real.stdout.strip(), work / "all-MiniLM-L6-v2.gguf")
        else:
            subprocess.run([sys.executable, str(ROOT / "tests" / "models" / "tiny_gguf.py"), "bert",
                            str(work / "all-MiniLM-L6-v2.gguf")], check=True, capture_output=True)
        models = work / "models"
        for src, out in ((work / "echo.py", work / "echo"), (work / "predictor.py", models / "minilm")):
            subprocess.run([INGOT, "compile", str(src), "-o", str(out), "-q"], check=True)
        embed_calls = 20 if model == "tiny" else 3
        node = json.loads(subprocess.run(
            ["node", "-e", NODE, "--", str(ROOT / "clients" / "node"), str(work / "echo"), str(models),
             str(args.calls), str(embed_calls), json.dumps(SENTENCES)],
            check=True, capture_output=True, text=True).stdout)
        python = json.loads(subprocess.run(
            [sys.executable, "-c", PYTHON, str(ROOT / "bindings" / "python"), str(work / "echo"), str(models),
             str(args.calls), str(embed_calls), json.dumps(SENTENCES)],
            check=True, capture_output=True, text=True).stdout)
    print(f"Node.js {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()} vs "
          f"Python {sys.version.split()[0]}; embedding model: {model}; medians of 7 rounds")
    print(f"{'':44} {'Node.js':>10} {'Python':>10} {'Node/Python':>12}")
    rows = [("trivial predictor, µs per call", "echo_us"),
            ("embeddings of 32 sentences, direct, ms", "direct_ms"),
            ("embeddings of 32 sentences, client, ms", "client_ms")]
    for label, key in rows:
        print(f"{label:44} {node[key]:10.3f} {python[key]:10.3f} {node[key] / python[key]:11.2f}x")
    print(f"goal: under 10 µs per trivial call from Node.js: {'met' if node['echo_us'] < 10 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
