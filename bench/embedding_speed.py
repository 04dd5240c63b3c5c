#!/usr/bin/env python3
"""Speed, cold start and memory of the compiled MiniLM example against the
usual ways of running all-MiniLM-L6-v2, all measured in the same run.

    bench/embedding_speed.py [--threads N] [--plan 1:20,32:5,256:2] [--rounds 2] [--cold-runs 3]
                             [--engines a,b,...] [--bundle DIR] [--setup-onnx]

Engines, each in its own process (so that each has its own peak memory):

  ingot (Python)    examples/embedding/predictor.py compiled by `ingot compile`
                    (INGOT_BIN overrides build/ingot), called through ingot.load
  ingot (C)         the same bundle called from C through include/ingot.h
                    (bench/c/embed_bench.c, compiled here with cc)
  sentence-transformers
                    the reference: all-MiniLM-L6-v2 from its original folder,
                    PyTorch on the CPU, in the converter's venv
  llama-cpp-python  the same predictor.py run in CPython, on the same GGUF
  onnxruntime       the model exported to ONNX (torch.onnx, once, cached),
                    tokenized by Hugging Face `tokenizers`, mean-pooled and
                    normalised in numpy as sentence-transformers does; only
                    when its venv is there (--setup-onnx makes it)

For batches of 1, 32 and 256 sentences (the 115 sentences of
bench/embedding_quality.py in a fixed shuffled order, each call taking the
next ones, cycling): sentences/s and p50 latency of one
call (medians over the repetitions, after one untimed warm-up call, in
--rounds processes per engine run in turns), and the CPU time per sentence
(less sensitive to the machine's load than wall time); cold start: wall
time from starting a new process to the first embedding returned (median
of --cold-runs processes per engine, run in turns); peak memory: the max
RSS of each engine's process (wait4), for the cold start and for the whole
timed run. Each engine's vectors are checked against sentence-transformers'
(min cosine over the largest batch). The run takes about 3 minutes with
the defaults on 2 busy cores.

Threads: every engine gets the same number, --threads (default 1). For the
llama.cpp engines that means a copy of predictor.py whose Llama(...) call
also passes n_threads and n_threads_batch (the example passes neither:
llama.cpp then runs a batch on every core); torch gets set_num_threads, ONNX
Runtime intra_op_num_threads. --threads 0 leaves every engine at its own
default (the example file as it is: llama.cpp and torch then take both
cores of a 2-core machine). When other work keeps the cores busy, threads
that wait for each other at every operation (llama.cpp's pool spins at a
barrier after each of the hundreds of graph nodes of a call; torch's
OpenMP regions likewise) lose whole scheduler slices: measured at a load
average of 6 on 2 cores, one sentence took 0.1-1 s with two threads against
9 ms with one, for llama.cpp and torch alike. One thread each keeps the
comparison about the engines rather than the scheduler.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import embedding_quality as eq  # noqa: E402  (sentences, paths, prerequisites, compiling the bundle)

REPO = eq.REPO
ONNX_VENV = eq.CACHE / "venv-onnx"                 # onnxruntime, tokenizers, numpy
ONNX_EXPORT_DEPS = eq.CACHE / "onnx-export"        # onnx + protobuf for torch.onnx.export, kept out of the venv
ONNX_MODEL = eq.CACHE / "bench" / "all-MiniLM-L6-v2.onnx"
ONNX_PACKAGES = ["onnxruntime==1.31.1", "tokenizers", "numpy"]
# torch.onnx's TorchScript exporter needs the onnx package, and onnx a newer
# protobuf than the converter venv pins: both go into their own folder, put
# first on sys.path only while exporting, so the converter's venv stays as
# tools/make_minilm_gguf.py made it.
ONNX_EXPORT_PACKAGES = ["onnx==1.23.2", "ml_dtypes", "protobuf>=5.29,<7"]

ENGINES = ["ingot-py", "ingot-c", "sentence-transformers", "llama-cpp-python", "onnxruntime"]
LABELS = {
    "ingot-py": "ingot (Python)",
    "ingot-c": "ingot (C)",
    "sentence-transformers": "sentence-transformers",
    "llama-cpp-python": "llama-cpp-python",
    "onnxruntime": "onnxruntime",
}
REFERENCE = "sentence-transformers"

# One worker for the Python engines, run by the interpreter each needs (the
# project's for ingot and llama-cpp-python, the venvs' for torch and ONNX
# Runtime). It prints the same JSON lines as bench/c/embed_bench.c.
WORKER = r'''
import json, os, sys, time
import numpy as np

args = json.loads(sys.argv[1])
engine, threads = args["engine"], args["threads"]
sentences = [line.rstrip("\n") for line in open(args["sentences"], encoding="utf-8")]


def peak_rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def texts_of(n, start=0):
    return [sentences[(start + i) % len(sentences)] for i in range(n)]


def mean_pool_normalise(hidden, mask):
    mask = mask[:, :, None].astype(np.float32)
    pooled = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


start = time.perf_counter()
if engine == "ingot-py":
    import ingot
    predictor = ingot.load(args["bundle"])
    embed = lambda texts: predictor(texts=texts)[0]
elif engine == "llama-cpp-python":
    import importlib.util
    os.chdir(os.path.dirname(args["predictor"]))   # the model path in predictor.py is relative
    spec = importlib.util.spec_from_file_location("predictor", args["predictor"])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    embed = lambda texts: module.embed(texts)[0]
elif engine == "sentence-transformers":
    import torch
    if threads > 0:
        torch.set_num_threads(threads)
    from sentence_transformers import SentenceTransformer
    model = SentenceTransformer(args["model_dir"], device="cpu")
    # encode's defaults: mini-batches of 32 sorted by length, the model's
    # Normalize module last.
    embed = lambda texts: model.encode(texts, convert_to_numpy=True)
elif engine == "onnxruntime":
    import onnxruntime as ort
    from tokenizers import Tokenizer
    options = ort.SessionOptions()
    if threads > 0:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
    session = ort.InferenceSession(args["onnx"], options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(os.path.join(args["model_dir"], "tokenizer.json"))
    tokenizer.enable_truncation(max_length=256)     # sentence-transformers' max_seq_length
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    def embed(texts):
        # As sentence-transformers does: mini-batches of 32, longest first,
        # each padded to its own longest text.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.empty((len(texts), 384), dtype=np.float32)
        for at in range(0, len(order), 32):
            chunk = order[at:at + 32]
            encodings = tokenizer.encode_batch([texts[i] for i in chunk])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                        "token_type_ids": np.zeros_like(ids)})[0]
            out[chunk] = mean_pool_normalise(hidden, mask)
        return out
else:
    sys.exit(f"unknown engine {engine}")
loaded = time.perf_counter()
first = np.asarray(embed(texts_of(1)))
print(json.dumps({"event": "first", "load_s": loaded - start, "first_s": time.perf_counter() - loaded,
                  "dim": int(first.shape[1]), "peak_rss_kib": peak_rss_kib()}), flush=True)
if args["cold"]:
    sys.exit(0)

for number, (batch, reps) in enumerate(args["plan"]):
    vectors = np.asarray(embed(texts_of(batch)), dtype=np.float32)    # warm-up, not timed
    assert vectors.shape == (batch, 384), vectors.shape
    if batch == args["dump_batch"] and args.get("dump"):
        vectors.tofile(args["dump"])
    times, cpu = [], []
    for rep in range(reps):
        texts = texts_of(batch, rep * batch)   # call after call through all the sentences
        t0, c0 = time.perf_counter(), time.process_time()
        embed(texts)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print(json.dumps({"event": "batch", "batch": batch, "times": times, "cpu": cpu}), flush=True)
threads_used = None
if engine == "sentence-transformers":
    threads_used = torch.get_num_threads()
print(json.dumps({"event": "done", "peak_rss_kib": peak_rss_kib(), "threads": threads_used}), flush=True)
'''

# Exports the original weights (the sentence-transformers folder's BertModel)
# to ONNX with dynamic batch and sequence axes; run in the converter venv.
ONNX_EXPORT = r'''
import sys
sys.path.insert(0, sys.argv[3])
import torch
from transformers import AutoModel
model = AutoModel.from_pretrained(sys.argv[1]).eval()
ids = torch.tensor([[101, 7592, 2088, 102]])
names = ["input_ids", "attention_mask", "token_type_ids"]
axes = {n: {0: "batch", 1: "sequence"} for n in names + ["last_hidden_state"]}
torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), sys.argv[2], input_names=names,
                  output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=17, dynamo=False)
'''


def log(msg: str) -> None:
    print(msg, flush=True)


# ---------------------------------------------------------------------------
# ONNX Runtime: its venv and the exported model
# ---------------------------------------------------------------------------
def setup_onnx() -> None:
    """Makes the ONNX Runtime venv and the export's packages (pip, from PyPI)."""
    py = ONNX_VENV / "bin" / "python"
    if not py.exists():
        log(f"creating {ONNX_VENV} ({', '.join(ONNX_PACKAGES)})")
        subprocess.run([sys.executable, "-m", "venv", str(ONNX_VENV)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", *ONNX_PACKAGES],
                       check=True)
    if not (ONNX_EXPORT_DEPS / "onnx").exists():
        log(f"installing {', '.join(ONNX_EXPORT_PACKAGES)} into {ONNX_EXPORT_DEPS} (for torch.onnx.export)")
        subprocess.run([str(eq.VENV_PYTHON), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "--no-deps", "--target", str(ONNX_EXPORT_DEPS), *ONNX_EXPORT_PACKAGES], check=True)


def onnx_ready() -> tuple[bool, str]:
    """(usable, why not): the venv imports onnxruntime, and the model is exported (exported here if not)."""
    py = ONNX_VENV / "bin" / "python"
    if not py.exists() or not (ONNX_EXPORT_DEPS / "onnx").exists():
        return False, f"no ONNX Runtime venv: run {Path(__file__).relative_to(REPO)} --setup-onnx once"
    r = subprocess.run([str(py), "-c", "import onnxruntime, tokenizers"], capture_output=True, text=True)
    if r.returncode != 0:
        return False, f"onnxruntime does not import in {ONNX_VENV}: {r.stderr.strip().splitlines()[-1:]}"
    if not ONNX_MODEL.exists():
        ONNX_MODEL.parent.mkdir(parents=True, exist_ok=True)
        tmp = ONNX_MODEL.with_suffix(".onnx.tmp")
        start = time.perf_counter()
        env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
        r = subprocess.run([str(eq.VENV_PYTHON), "-W", "ignore", "-c", ONNX_EXPORT, str(eq.MODEL_DIR), str(tmp),
                            str(ONNX_EXPORT_DEPS)], capture_output=True, text=True, env=env)
        if r.returncode != 0:
            return False, f"torch.onnx.export failed: {r.stderr.strip().splitlines()[-1:]}"
        os.replace(tmp, ONNX_MODEL)
        log(f"exported {ONNX_MODEL} in {time.perf_counter() - start:.1f} s")
    return True, ""


# ---------------------------------------------------------------------------
# Running one engine process
# ---------------------------------------------------------------------------
class Run:
    """One engine process: its JSON events, cold-start wall time and peak RSS."""

    def __init__(self, cmd: list[str], env: dict[str, str], cwd: Path | None = None):
        self.events: list[dict] = []
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)
        self.cold_s = None
        for line in proc.stdout:
            if not line.startswith("{"):
                continue
            event = json.loads(line)
            if event["event"] == "first" and self.cold_s is None:
                self.cold_s = time.perf_counter() - start
            self.events.append(event)
        stderr = proc.stderr.read()
        # wait4 rather than Popen.wait: it gives this child's own rusage.
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        self.max_rss_mib = usage.ru_maxrss / 1024.0
        if proc.returncode != 0 or self.cold_s is None:
            raise RuntimeError(f"{cmd[0]} exited {proc.returncode}:\n{stderr[-2000:]}")

    def batches(self) -> dict[int, tuple[list[float], list[float]]]:
        """batch size -> (wall seconds, CPU seconds) of each timed call."""
        return {e["batch"]: (e["times"], e["cpu"]) for e in self.events if e["event"] == "batch"}


class Engines:
    def __init__(self, args, work: Path, bundle: Path, predictor: Path, sentences: Path, c_bench: Path | None,
                 onnx: bool):
        self.args, self.work, self.bundle, self.predictor = args, work, bundle, predictor
        self.sentences, self.c_bench, self.onnx = sentences, c_bench, onnx
        pythonpath = os.pathsep.join(filter(None, [str(eq.BINDINGS), os.environ.get("PYTHONPATH")]))
        self.env = dict(os.environ, PYTHONPATH=pythonpath, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
                        TOKENIZERS_PARALLELISM="false")
        # The venvs' Pythons must not see this checkout's packages.
        self.venv_env = {k: v for k, v in self.env.items() if k != "PYTHONPATH"}
        (work / "worker.py").write_text(WORKER)
        # The vectors of the largest batch are compared with sentence-transformers'.
        self.dump_batch = max(b for b, _ in args.plan)

    def available(self) -> list[str]:
        names = ["ingot-py"] + (["ingot-c"] if self.c_bench else []) + ["sentence-transformers", "llama-cpp-python"]
        return names + (["onnxruntime"] if self.onnx else [])

    def run(self, engine: str, cold: bool, dump: Path | None = None) -> Run:
        plan = [] if cold else self.args.plan
        if engine == "ingot-c":
            cmd = [str(self.c_bench), str(self.bundle), str(self.sentences),
                   ",".join(f"{b}:{r}" for b, r in plan) or "1:0"]
            if cold:
                cmd.append("--cold")
            if dump:
                cmd += ["--dump", str(dump), "--dump-batch", str(self.dump_batch)]
            return Run(cmd, self.env)
        python = {"sentence-transformers": eq.VENV_PYTHON, "onnxruntime": ONNX_VENV / "bin" / "python"}
        spec = {"engine": engine, "threads": self.args.threads, "sentences": str(self.sentences), "cold": cold,
                "plan": plan, "dump": str(dump) if dump else None, "dump_batch": self.dump_batch,
                "bundle": str(self.bundle), "predictor": str(self.predictor), "model_dir": str(eq.MODEL_DIR),
                "onnx": str(ONNX_MODEL)}
        interpreter = str(python.get(engine, sys.executable))
        env = self.venv_env if engine in python else self.env
        return Run([interpreter, str(self.work / "worker.py"), json.dumps(spec)], env)


# ---------------------------------------------------------------------------
# Setup: the bundle (with the thread count), the C program
# ---------------------------------------------------------------------------
def predictor_source(work: Path, threads: int) -> Path:
    """examples/embedding/predictor.py, or a copy whose Llama(...) also sets the thread counts, beside a link
    to the same GGUF (the model path is relative to the file)."""
    if threads <= 0:
        return eq.EXAMPLE
    source = eq.EXAMPLE.read_text()
    anchor = "embedding=True,"
    if source.count(anchor) != 1:
        sys.exit(f"{eq.EXAMPLE}: expected one `{anchor}` in the Llama(...) call, to add the thread counts after")
    folder = work / "predictor"
    folder.mkdir()
    path = folder / "predictor.py"
    path.write_text(source.replace(anchor, f"{anchor} n_threads={threads}, n_threads_batch={threads},"))
    (folder / eq.GGUF_NAME).symlink_to((eq.EXAMPLE_DIR / eq.GGUF_NAME).resolve())
    return path


def build_c_bench(work: Path, bundle: Path) -> tuple[Path | None, str]:
    cc = shutil.which(os.environ.get("CC", "cc"))
    if not cc:
        return None, "no C compiler (cc)"
    out = work / "embed_bench"
    r = subprocess.run([cc, "-O2", "-std=c11", "-Wall", "-Wextra", "-I", str(REPO / "include"),
                        str(BENCH / "c" / "embed_bench.c"), str(bundle / "libpredictor.so"),
                        f"-Wl,-rpath,{bundle}", "-o", str(out)], capture_output=True, text=True)
    if r.returncode != 0:
        return None, f"cc failed: {r.stderr.strip()[-500:]}"
    return out, ""


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------
def ratio(value: float | None, reference: float | None) -> str:
    if value is None or not reference:
        return ""
    return f"{value / reference:.2f}x"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", type=int, default=1,
                    help="threads for every engine (default 1); 0: each engine's own default")
    ap.add_argument("--plan", default="1:20,32:5,256:2",
                    help="BATCH:REPETITIONS,... timed calls per batch size, after one warm-up call each")
    ap.add_argument("--rounds", type=int, default=2,
                    help="timed processes per engine, run in turns (their calls pooled): a burst of load "
                         "elsewhere then hits every engine alike")
    ap.add_argument("--cold-runs", type=int, default=3, help="new processes per engine for the cold start")
    ap.add_argument("--bundle", type=Path, help="a bundle already compiled (only with --threads 0: the others "
                                                "need the thread counts compiled in)")
    ap.add_argument("--engines", default=",".join(ENGINES), help="a subset of " + ",".join(ENGINES))
    ap.add_argument("--setup-onnx", action="store_true",
                    help="make the ONNX Runtime venv (pip: " + ", ".join(ONNX_PACKAGES) + ") and the export's "
                         "packages, then run")
    args = ap.parse_args()
    args.plan = [tuple(int(x) for x in item.split(":")) for item in args.plan.split(",") if item]
    wanted = [e.strip() for e in args.engines.split(",") if e.strip()]
    for e in wanted:
        if e not in ENGINES:
            ap.error(f"unknown engine {e} (one of {', '.join(ENGINES)})")
    if args.bundle and args.threads != 0:
        ap.error("--bundle needs --threads 0 (the bundle's thread counts are compiled in)")
    eq.require(need_venv=REFERENCE in wanted or "onnxruntime" in wanted)
    if args.setup_onnx:
        setup_onnx()

    total_start = time.perf_counter()
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    threads = f"{args.threads} each" if args.threads > 0 else "each engine's default"
    log(f"{os.cpu_count()} cores, load average {load:.1f} at the start; threads: {threads}")
    with tempfile.TemporaryDirectory(prefix="ingot-embs-") as tmp:
        work = Path(tmp)
        predictor = predictor_source(work, args.threads)
        bundle = args.bundle or eq.compile_bundle(predictor, work / "minilm")
        notes = []
        c_bench, why = build_c_bench(work, bundle) if "ingot-c" in wanted else (None, "not asked for")
        if c_bench is None and "ingot-c" in wanted:
            notes.append(f"ingot (C): skipped ({why})")
        onnx = False
        if "onnxruntime" in wanted:
            onnx, why = onnx_ready()
            if not onnx:
                notes.append(f"onnxruntime: skipped ({why})")
        # Shuffled (the same way every run) so that every batch size gets a
        # mix of short and long sentences.
        order = list(eq.SENTENCES)
        random.Random(0).shuffle(order)
        sentences = work / "sentences.txt"
        sentences.write_text("\n".join(order) + "\n", encoding="utf-8")
        engines = Engines(args, work, bundle, predictor, sentences, c_bench, onnx)
        names = [e for e in engines.available() if e in wanted]

        # Cold starts first, in turns, so that a burst of load elsewhere hits
        # every engine alike; the first turn also brings the files into the
        # page cache (all runs here are with a warm page cache).
        cold: dict[str, list[Run]] = {e: [] for e in names}
        phase = time.perf_counter()
        for _ in range(args.cold_runs):
            for e in names:
                cold[e].append(engines.run(e, cold=True))
        log(f"cold starts: {args.cold_runs} x {len(names)} processes in {time.perf_counter() - phase:.0f} s")

        runs: dict[str, list[Run]] = {e: [] for e in names}
        dumps = {e: work / f"{e}.f32" for e in names}
        for turn in range(args.rounds):
            for e in names:
                phase = time.perf_counter()
                runs[e].append(engines.run(e, cold=False, dump=dumps[e] if turn == 0 else None))
                log(f"round {turn + 1}/{args.rounds}, {LABELS[e]}: {time.perf_counter() - phase:.0f} s")

        import numpy as np  # noqa: PLC0415
        vectors = {e: np.fromfile(dumps[e], dtype=np.float32).reshape(engines.dump_batch, -1) for e in names}

    # The table.
    reference_vectors = vectors.get(REFERENCE)
    stats: dict[str, dict] = {}
    for e in names:
        s = {"cold": statistics.median(r.cold_s for r in cold[e]),
             "cold_rss": statistics.median(r.max_rss_mib for r in cold[e]),
             "rss": max(r.max_rss_mib for r in runs[e])}
        for b, _ in args.plan:
            wall = [t for r in runs[e] for t in r.batches()[b][0]]
            cpu = [t for r in runs[e] for t in r.batches()[b][1]]
            p50 = statistics.median(wall)
            s[b] = (b / p50, p50)
            s["cpu", b] = statistics.median(cpu) / b
        if reference_vectors is not None:
            s["cos"] = float(eq.cosines(vectors[e], reference_vectors).min())
        stats[e] = s
    ref = stats.get(REFERENCE, {})
    batches = [b for b, _ in args.plan]
    head = f"{'engine':<22}"
    for b in batches:
        head += f" | {'batch ' + str(b) + ': sent/s':>19} {'p50 ms':>16}"
    head += f" | {'cold start s':>15} | {'peak RSS MiB (cold)':>19} | {'peak RSS MiB (run)':>18} | {'min cos':>8}"
    print()
    print(f"all-MiniLM-L6-v2, threads: {threads}; medians; in brackets: the value / sentence-transformers' "
          "(sent/s: > 1 is faster; ms, s, MiB: < 1 is less)")
    print(head)
    print("-" * len(head))
    for e in names:
        s = stats[e]
        row = f"{LABELS[e]:<22}"
        for b in batches:
            rate, p50 = s.get(b, (None, None))
            ref_rate, ref_p50 = ref.get(b, (None, None))
            row += (f" | {rate:10.1f} ({ratio(rate, ref_rate):>6}) {p50 * 1e3:8.1f} ({ratio(p50, ref_p50):>6})"
                    if rate else f" | {'':>19} {'':>16}")
        row += f" | {s['cold']:6.2f} ({ratio(s['cold'], ref.get('cold')):>6})"
        row += f" | {s['cold_rss']:8.0f} ({ratio(s['cold_rss'], ref.get('cold_rss')):>7})"
        row += f" | {s['rss']:7.0f} ({ratio(s['rss'], ref.get('rss')):>7})"
        row += f" | {s['cos']:8.6f}" if "cos" in s else f" | {'':>8}"
        print(row)
    print()
    print("\nCPU time per sentence, ms (median call's process CPU time / batch; all threads of the process, so "
          "it hardly depends on the load, but counts spinning threads as busy):")
    print(f"{'engine':<22}" + "".join(f" | {'batch ' + str(b):>16}" for b in batches))
    for e in names:
        print(f"{LABELS[e]:<22}" + "".join(
            f" | {stats[e]['cpu', b] * 1e3:7.2f} ({ratio(stats[e]['cpu', b], ref.get(('cpu', b))):>6})"
            for b in batches))
    print()
    reps = ", ".join(f"batch {b}: {r * args.rounds} calls" for b, r in args.plan)
    print(f"timed calls ({reps}) after one warm-up call in each of {args.rounds} processes per engine; "
          f"cold start: median of {args.cold_runs} new processes per engine (process start -> first embedding of "
          "one sentence, model loading and imports included); peak RSS: the process's max RSS (wait4)")
    print(f"sentences: the {len(eq.SENTENCES)} of bench/embedding_quality.py, shuffled, each call taking the next "
          "ones (cycling); min cos: "
          f"lowest cosine similarity with sentence-transformers over the batch of {engines.dump_batch} (llama.cpp "
          "tokenizes two of the sentences, Korean and Hindi, differently from Hugging Face: see "
          "bench/embedding_quality.py)")
    st_threads = next((e.get("threads") for e in runs[REFERENCE][0].events if e["event"] == "done"), None) \
        if REFERENCE in runs else None
    if st_threads is not None:
        print(f"torch threads in the sentence-transformers process: {st_threads}")
    for n in notes:
        print(n)
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    print(f"load average {load:.1f} at the end; {time.perf_counter() - total_start:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
