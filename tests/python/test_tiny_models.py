"""The tiny random GGUF models (tests/models/tiny_gguf.py), the GGUF diff helper
(tools/gguf_diff.py) and the torch-free MiniLM converter (tools/gguf_bert.py).

Skipped when the pinned gguf package cannot be imported (llama.cpp's source not
fetched: deps/llama.cpp.sh fetch) and, for the loading tests, when llama_cpp
(llama-cpp-python, deps/llama.cpp.sh python) is not installed. llama.cpp runs in
a subprocess: an abort inside it (a GGML_ASSERT) must fail one test, not end the run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "tests" / "models"))
sys.path.insert(0, str(REPO_ROOT / "tools"))

try:
    import gguf_bert
    gguf_bert.import_gguf()
    import gguf_diff
    import tiny_gguf
except ImportError as e:   # gguf (pinned tree), numpy or pyyaml missing
    pytest.skip(f"gguf cannot be imported: {e}", allow_module_level=True)

HAVE_LLAMA_CPP = importlib.util.find_spec("llama_cpp") is not None
needs_llama_cpp = pytest.mark.skipif(not HAVE_LLAMA_CPP, reason="llama_cpp (llama-cpp-python) is not installed")

WRITERS = {"bert": tiny_gguf.write_tiny_bert, "gemma-embedding": tiny_gguf.write_tiny_gemma_embedding}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def tiny_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("tiny")
    return {kind: write(d / f"tiny-{kind}.gguf", seed=0) for kind, write in WRITERS.items()}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_same_seed_same_bytes(kind, tmp_path, tiny_files):
    again = WRITERS[kind](tmp_path / "again.gguf", seed=0)
    assert _sha256(again) == _sha256(tiny_files[kind])
    other = WRITERS[kind](tmp_path / "other.gguf", seed=1)
    assert _sha256(other) != _sha256(tiny_files[kind])


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_gguf_diff(kind, tmp_path, tiny_files):
    again = WRITERS[kind](tmp_path / "again.gguf", seed=0)
    assert gguf_diff.diff_gguf(tiny_files[kind], again) == []
    # ... and it does see differences: another seed changes every weight and the name.
    other = WRITERS[kind](tmp_path / "other.gguf", seed=1)
    diffs = gguf_diff.diff_gguf(tiny_files[kind], other, max_report=1000)
    assert any(d.startswith("kv general.name: value") for d in diffs), diffs
    assert any(d.startswith("tensor token_embd.weight: data differs") for d in diffs), diffs
    assert not any("only in" in d or "order" in d for d in diffs), diffs


def test_gguf_diff_reports_layout_changes(tmp_path, tiny_files):
    # A 3-layer BERT: the extra block's tensors, the changed block count.
    bigger = tiny_gguf.write_tiny_bert(tmp_path / "bigger.gguf", seed=0, n_layer=3)
    diffs = gguf_diff.diff_gguf(tiny_files["bert"], bigger, max_report=1000)
    assert "kv bert.block_count: value 2 vs 3" in diffs
    assert "tensor blk.2.attn_q.weight: only in B" in diffs


CHECK = r"""
import json, sys
from llama_cpp import Llama
llm = Llama(model_path=sys.argv[1], embedding=True, verbose=False)
print(json.dumps({
    "n_embd": llm.n_embd(),
    "n_vocab": llm.n_vocab(),
    "tokens": llm.tokenize(b"hello world"),
    "pieces": [llm.detokenize([t]).decode() for t in llm.tokenize(b"hello world", add_bos=False)],
    "one": llm.embed("hello world"),
    "many": llm.embed(["a", "b c"]),
}))
"""


@needs_llama_cpp
@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_loads_and_embeds(kind, tiny_files):
    proc = subprocess.run([sys.executable, "-c", CHECK, str(tiny_files[kind])],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout)
    n = got["n_embd"]
    assert n == 32
    # "hello" and "world" are whole words of both vocabularies: BOS/CLS hello world EOS/SEP.
    assert len(got["tokens"]) == 4, got["tokens"]
    assert [p.strip() for p in got["pieces"]][:2] == ["hello", "world"], got["pieces"]
    vectors = [got["one"], *got["many"]]
    assert len(got["many"]) == 2
    for v in vectors:
        assert len(v) == n and all(math.isfinite(x) for x in v)
        assert max(v) - min(v) > 1e-3            # not a constant vector
    # different inputs, clearly different embeddings
    def cos(a, b):
        return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))
    for i in range(3):
        for j in range(i + 1, 3):
            assert cos(vectors[i], vectors[j]) < 0.95, (i, j, cos(vectors[i], vectors[j]))


def test_gguf_bert_matches_official(tmp_path):
    """The torch-free converter gives the bytes of llama.cpp's own converter
    (deps/minilm-l6-v2.sha256) when the MiniLM folder is in the cache."""
    import make_minilm_gguf as mk
    if not (mk.MODEL_DIR / "model.safetensors").is_file():
        pytest.skip(f"{mk.MODEL_DIR} not unpacked (tools/make_minilm_gguf.py makes it)")
    for outtype in ("f32", "f16"):
        want = mk.expected_sha256(f"{mk.NAME}.{outtype}.gguf")
        out = gguf_bert.convert(mk.MODEL_DIR, tmp_path / f"m.{outtype}.gguf", outtype)
        assert _sha256(out) == want, outtype
