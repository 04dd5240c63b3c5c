"""Predictors that load a model (llama_cpp.Llama), compiled and compared with
llama-cpp-python running the same file in CPython on the same GGUF: token
ids, vectors (within 1e-5), counts, exceptions and messages.

The models are tiny random-weight GGUF files the tests write
(tests/models/tiny_gguf.py): a 2-layer BERT like all-MiniLM-L6-v2 and a
2-layer gemma-embedding like EmbeddingGemma. Also checked here: resources
in the bundle (moved bundles, missing or corrupt files), compile-time
refusals, threads, and memory over many predictors and calls.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "bindings" / "python"))
sys.path.insert(0, str(REPO_ROOT / "tests" / "models"))

import ingot  # noqa: E402

llama_cpp = pytest.importorskip("llama_cpp", reason="llama-cpp-python (the reference) is not installed: ./setup.sh")
try:
    import tiny_gguf  # noqa: E402
except ImportError as e:  # the gguf writer comes from the pinned llama.cpp tree
    pytest.skip(f"cannot write tiny GGUF models: {e}", allow_module_level=True)

PREDICTORS = REPO_ROOT / "tests" / "llama"
EXAMPLES = REPO_ROOT / "examples" / "embedding"
TOLERANCE = 1e-5

TEXTS = ["hello world", "Hello, World!", "the cat sat on the mat", "", "ünïcödé and 日本語",
         "numbers 123 and 4.5", "a", "[CLS] special [SEP] <bos>", "  spaces  and\ttabs\n"]


@pytest.fixture(scope="session")
def model_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("tiny-models")
    files = {"bert": d / "tiny-bert.gguf", "gemma": d / "tiny-gemma-embedding.gguf"}
    tiny_gguf.write_tiny_bert(files["bert"], seed=1)
    tiny_gguf.write_tiny_gemma_embedding(files["gemma"], seed=1)
    return files


@contextlib.contextmanager
def working_directory(path: Path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


class Case:
    """One predictor file next to one model file, compiled and imported."""

    def __init__(self, ingot_bin: str, folder: Path, source: Path, model: Path, model_name: str = "model.gguf"):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.source = folder / source.name
        shutil.copyfile(source, self.source)
        shutil.copyfile(model, folder / model_name)
        self.bundle = folder / "bundle"
        run = subprocess.run([ingot_bin, "compile", str(self.source), "-o", str(self.bundle), "-q"],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        self.compiled = ingot.load(self.bundle)
        # CPython: the same file, imported from its folder (the model path is relative).
        with working_directory(folder):
            spec = importlib.util.spec_from_file_location(f"ref_{folder.name}", self.source)
            self.module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(self.module)
        self.entry = json.loads((self.bundle / "manifest.json").read_text())["entry"]

    def reference(self, **kwargs):
        return outcome(getattr(self.module, self.entry), **kwargs)

    def ours(self, **kwargs):
        return outcome(self.compiled, **kwargs)

    def check(self, **kwargs):
        want, got = self.reference(**kwargs), self.ours(**kwargs)
        assert_same(got, want, kwargs)
        return got


def outcome(f, **kwargs):
    try:
        return ("ok", f(**kwargs))
    except Exception as e:  # compared by class name and message
        return ("raised", type(e).__name__, str(e))


def assert_same(got, want, where, path="result"):
    if isinstance(want, np.ndarray):
        assert isinstance(got, np.ndarray), f"{path}: {type(got).__name__} for an array ({where})"
        assert got.dtype == want.dtype and got.shape == want.shape, f"{path}: {got.dtype}{got.shape} vs {want.dtype}{want.shape}"
        assert np.allclose(got, want, rtol=0, atol=TOLERANCE), f"{path}: max diff {np.abs(got - want).max()} ({where})"
        return
    assert type(got) is type(want), f"{path}: {type(got).__name__} vs {type(want).__name__} ({where}): {got!r} {want!r}"
    if isinstance(want, float):
        assert abs(got - want) <= TOLERANCE, f"{path}: {got} vs {want} ({where})"
    elif isinstance(want, (list, tuple)):
        assert len(got) == len(want), f"{path}: length {len(got)} vs {len(want)} ({where}): {got!r} {want!r}"
        for i, (g, w) in enumerate(zip(got, want)):
            assert_same(g, w, where, f"{path}[{i}]")
    else:
        assert got == want, f"{path}: {got!r} vs {want!r} ({where})"


@pytest.fixture(scope="module")
def cases(ingot_bin, model_files, tmp_path_factory):
    """(predictor, model kind) -> Case, built on first use."""
    built: dict[tuple[str, str], Case] = {}
    root = tmp_path_factory.mktemp("llama-cases")

    def get(name: str, kind: str = "bert") -> Case:
        key = (name, kind)
        if key not in built:
            built[key] = Case(ingot_bin, root / f"{Path(name).stem}-{kind}", PREDICTORS / name, model_files[kind])
        return built[key]

    return get


KINDS = ["bert", "gemma"]
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
words = st.lists(st.sampled_from(["hello", "world", "the", "cat", "sat", "mat", "a", "dog", "run", "!", ",", "1",
                                  "ing", "un", "é", "日本"]), max_size=12).map(" ".join)
few = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("add_bos", [True, False])
@pytest.mark.parametrize("special", [True, False])
def test_tokenize_hand_picked(cases, kind, add_bos, special):
    case = cases("l_tokenize.py", kind)
    for t in TEXTS:
        case.check(text=t, add_bos=add_bos, special=special)


@pytest.mark.parametrize("kind", KINDS)
def test_tokenize_generated(cases, kind):
    case = cases("l_tokenize.py", kind)

    @few
    @given(st.one_of(text, words), st.booleans(), st.booleans())
    def run(t, add_bos, special):
        case.check(text=t, add_bos=add_bos, special=special)

    run()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("normalize", [False, True])
def test_embed_one(cases, kind, normalize):
    case = cases("l_embed_one.py", kind)
    for t in TEXTS:
        status, *value = case.check(text=t, normalize=normalize)
        if status == "ok" and t:
            assert len(value[0]) == 32 and any(abs(x) > 1e-3 for x in value[0])


@pytest.mark.parametrize("kind", KINDS)
def test_embed_batches(cases, kind):
    case = cases("l_embed_batch.py", kind)
    many = [f"the cat {i} sat on mat {i % 7}" for i in range(40)]  # several decode batches of 24 tokens
    long = "hello world " * 30
    for texts in ([], ["a"], TEXTS, many, [long], ["a", long, "b"]):
        for truncate in (True, False):  # truncate=False on a long text: ValueError, as llama-cpp-python
            for normalize in (False, True):
                case.check(texts=texts, normalize=normalize, truncate=truncate)


@pytest.mark.parametrize("kind", KINDS)
def test_embed_generated(cases, kind):
    case = cases("l_embed_batch.py", kind)

    @few
    @given(st.lists(st.one_of(text, words), min_size=1, max_size=8), st.booleans())
    def run(texts, normalize):
        case.check(texts=texts, normalize=normalize)

    run()


@pytest.mark.parametrize("kind", KINDS)
def test_sizes_special_tokens_and_cls_pooling(cases, kind):
    case = cases("l_info.py", kind)
    for t in TEXTS[:4]:
        case.check(text=t)


@pytest.mark.parametrize("kind", KINDS)
def test_create_embedding(cases, kind):
    case = cases("l_create_embedding.py", kind)
    for texts in (["a"], TEXTS[:5], ["hello world"] * 3):
        for name in (None, "my-model"):
            case.check(texts=texts, name=name)


def test_embed_without_embedding_mode(cases):
    status, name, message = cases("l_not_embedding.py").check(text="hello")
    assert (status, name) == ("raised", "RuntimeError") and "embedding=True" in message


@pytest.mark.parametrize("kind", KINDS)
def test_model_call_inside_numpy_code(cases, kind):
    case = cases("l_numpy.py", kind)
    for texts in (["a"], TEXTS[:3], ["hello world"] * 3):
        case.check(texts=texts)


# --- the examples, on tiny models ---------------------------------------------------

@pytest.fixture(scope="module")
def example_cases(ingot_bin, model_files, tmp_path_factory):
    root = tmp_path_factory.mktemp("examples")
    return {
        # the all-MiniLM-L6-v2 example with a tiny BERT in place of the real weights
        "minilm": Case(ingot_bin, root / "minilm", EXAMPLES / "predictor.py", model_files["bert"],
                       "all-MiniLM-L6-v2.gguf"),
        # the same predictor with EmbeddingGemma's prompts and a tiny gemma-embedding model
        "gemma": Case(ingot_bin, root / "gemma", EXAMPLES / "embeddinggemma.py", model_files["gemma"],
                      "embeddinggemma-300m.gguf"),
    }


@pytest.mark.parametrize("which", ["minilm", "gemma"])
def test_embedding_examples(example_cases, which):
    case = example_cases[which]
    for kwargs in (dict(texts=["hello world", "the cat sat"]), dict(texts=TEXTS), dict(texts=["a"], task="query"),
                   dict(texts=["a", "b"], dimensions=8), dict(texts=["a"], dimensions=0),
                   dict(texts=["a"], dimensions=33), dict(texts=["a"], task="nope"), dict(texts=[])):
        got = case.check(**kwargs)
        if got[0] == "ok" and kwargs["texts"]:
            vectors, tokens = got[1]
            assert vectors.dtype == np.float32 and vectors.shape == (len(kwargs["texts"]), kwargs.get("dimensions", 32))
            assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5) and tokens > 0


def test_gemma_prompts_change_the_embedding(example_cases):
    case = example_cases["gemma"]
    q, _ = case.compiled(texts=["the cat"], task="query")
    d, _ = case.compiled(texts=["the cat"], task="document")
    assert not np.allclose(q, d)


# --- the bundle's resources -----------------------------------------------------------

def test_manifest_records_the_model(cases, model_files):
    case = cases("l_embed_one.py")
    manifest = json.loads((case.bundle / "manifest.json").read_text())
    (resource,) = manifest["resources"]
    data = model_files["bert"].read_bytes()
    import hashlib

    assert resource == {"name": "model.gguf", "path": "resources/model.gguf", "kind": "gguf", "size": len(data),
                        "sha256": hashlib.sha256(data).hexdigest()}
    assert (case.bundle / "resources" / "model.gguf").read_bytes() == data


def test_a_moved_bundle_still_runs(cases, tmp_path):
    case = cases("l_embed_one.py")
    want = case.compiled(text="hello world")
    moved = tmp_path / "elsewhere" / "copy"
    shutil.copytree(case.bundle, moved)
    assert ingot.load(moved)(text="hello world") == want


@pytest.mark.parametrize("damage, message", [
    ("delete", "Model path does not exist: resources/model.gguf"),
    ("truncate", "Failed to load model from file: resources/model.gguf"),
    ("garbage", "Failed to load model from file: resources/model.gguf"),
])
def test_a_missing_or_corrupt_model_is_a_clear_error(cases, tmp_path, damage, message):
    bundle = tmp_path / "bundle"
    shutil.copytree(cases("l_embed_one.py").bundle, bundle)
    model = bundle / "resources" / "model.gguf"
    if damage == "delete":
        model.unlink()
    elif damage == "truncate":
        model.write_bytes(model.read_bytes()[: model.stat().st_size // 2])
    else:
        model.write_bytes(b"GGUF" + bytes(range(256)) * 4)
    with pytest.raises(Exception) as e:
        ingot.load(bundle)
    assert message in str(e.value)
    # The process stays usable: a good bundle still loads and runs.
    assert len(ingot.load(cases("l_embed_one.py").bundle)(text="ok")) == 32


REFUSALS = [
    ('model = Llama(model_path="missing.gguf", embedding=True)', "model file not found"),
    ('model = Llama(model_path="notgguf.gguf", embedding=True)', "is not a GGUF file"),
    ('model = Llama(model_path="model.gguf", embedding=True, lora_path="x")', "Llama(lora_path=...) is not supported"),
    ('model = Llama(model_path="model.gguf", n_ctx="big")', "must be a constant int"),
    ('model = Llama(model_path=PATHS)', "model_path must be a constant string"),
]


def refusal(ingot_bin, model_files, folder: Path, text: str, line: int, message: str) -> None:
    """Compiling `text` (as p.py next to the tiny BERT as model.gguf) fails at `line` with `message` and a caret."""
    shutil.copyfile(model_files["bert"], folder / "model.gguf")
    source = folder / "p.py"
    source.write_text(text)
    run = subprocess.run([ingot_bin, "compile", str(source), "-o", str(folder / "b")], capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert f"{source}:{line}:" in run.stderr and message in run.stderr and "^" in run.stderr, run.stderr


@pytest.mark.parametrize("line, message", REFUSALS)
def test_compile_time_refusals(ingot_bin, model_files, tmp_path, line, message):
    (tmp_path / "notgguf.gguf").write_bytes(b"not a model")
    refusal(ingot_bin, model_files, tmp_path,
            f"from llama_cpp import Llama\nfrom ingot import compile\nPATHS = ['model.gguf']\n{line}\n\n"
            "@compile(tag='t', description='d')\ndef f(t: str) -> list[float]:\n    return model.embed(t)\n",
            4, message)


BODY_REFUSALS = [
    ("return str(model)", "'model' (a llama_cpp.Llama) can only be used to call its methods"),
    ("m = model\n    return m.embed(t)", "can only be used to call its methods"),
    ("m = Llama(model_path='model.gguf')\n    return m.embed(t)", "create the model at module level"),
    ("return model.create_chat_completion([])", "no supported method 'create_chat_completion'"),
    ("return model.tokenize(t)", "Llama.tokenize takes bytes, not str"),
]


@pytest.mark.parametrize("body, message", BODY_REFUSALS)
def test_refused_uses_of_a_model(ingot_bin, model_files, tmp_path, body, message):
    refusal(ingot_bin, model_files, tmp_path,
            "from llama_cpp import Llama\nfrom ingot import compile\nmodel = Llama(model_path='model.gguf', embedding=True)\n\n"
            f"@compile(tag='t', description='d')\ndef f(t: str) -> list[float]:\n    {body}\n", 7, message)


def test_return_count_must_be_written_out(ingot_bin, model_files, tmp_path):
    refusal(ingot_bin, model_files, tmp_path,
            "from llama_cpp import Llama\nfrom ingot import compile\nmodel = Llama(model_path='model.gguf', embedding=True)\n\n"
            "@compile(tag='t', description='d')\ndef f(t: str, c: bool) -> list[float]:\n"
            "    return model.embed(t, return_count=c)\n", 7, "return_count must be written")


# --- threads and memory ---------------------------------------------------------------

def test_predictions_from_several_threads(cases):
    case = cases("l_embed_batch.py")
    inputs = [[f"text {i} {j}" for j in range(i % 5 + 1)] for i in range(12)]
    want = [case.compiled(texts=t) for t in inputs]
    failures = []

    def worker(k):
        for i in range(len(inputs)):
            j = (i + k) % len(inputs)
            if case.compiled(texts=inputs[j]) != want[j]:
                failures.append((k, j))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_many_predictors_and_calls_do_not_grow_memory(cases):
    bundle = cases("l_embed_batch.py").bundle
    for _ in range(5):  # warm up allocator pools
        ingot.load(bundle).close()
    before = rss_mib()
    for _ in range(20):
        p = ingot.load(bundle)
        p(texts=["hello world"])
        p.close()
    grown_loads = rss_mib() - before
    p = ingot.load(bundle)
    for _ in range(200):
        p(texts=["hello world", "the cat"])
    before = rss_mib()
    for _ in range(1000):
        p(texts=["hello world", "the cat"])
    grown_calls = rss_mib() - before
    p.close()
    assert grown_loads < 8, f"20 predictors created and freed: RSS grew {grown_loads:.1f} MiB"
    assert grown_calls < 4, f"1000 calls: RSS grew {grown_calls:.1f} MiB"


LIFETIME_C = r"""
#include <stdio.h>
#include "ingot.h"
int main(int argc, char** argv) {
  for (int round = 0; round < 3; ++round) {
    ingot_predictor* p = NULL;
    if (ingot_predictor_create(argv[1], &p) != INGOT_STATUS_OK) { printf("create: %s\n", ingot_last_error_message()); return 1; }
    ingot_value_map* in = ingot_value_map_create();
    ingot_value_map_set(in, "text", ingot_value_create_string("hello world", 11));
    ingot_prediction* out = NULL;
    if (ingot_predictor_predict(p, in, &out) != INGOT_STATUS_OK || ingot_prediction_get_error_type(out)) return 2;
    ingot_prediction_free(out);
    ingot_value_map_free(in);
    ingot_predictor_free(p);
  }
  puts("ok");
  return 0;
}
"""


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_freeing_a_predictor_releases_everything(cases, tmp_path):
    """create → predict → free, three times, under valgrind: no leak."""
    bundle = cases("l_embed_one.py").bundle
    (tmp_path / "lifetime.c").write_text(LIFETIME_C)
    exe = tmp_path / "lifetime"
    subprocess.run(["cc", "-o", str(exe), str(tmp_path / "lifetime.c"), f"-I{REPO_ROOT / 'include'}",
                    str(bundle / "libpredictor.so"), f"-Wl,-rpath,{bundle}"], check=True)
    run = subprocess.run(["valgrind", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
                          "--error-exitcode=99", str(exe), str(bundle)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0 and "ok" in run.stdout, run.stderr[-3000:]


# --- the OpenAI-style client on the example bundle --------------------------------------

def test_client_on_the_embedding_example(example_cases, tmp_path):
    from ingot.client import BadRequestError, Client

    case = example_cases["minilm"]
    models = tmp_path / "models"
    shutil.copytree(case.bundle, models / "minilm")
    texts = ["hello world", "the cat sat on the mat", "ünïcödé 日本語"]
    with Client(models_dir=models) as client:
        r = client.embeddings.create(model="sentence-transformers/all-MiniLM-L6-v2", input=texts)
        dump = r.model_dump()
        assert set(dump) == {"object", "data", "model", "usage"} and dump["object"] == "list"  # the openai types' order
        want, _ = case.compiled(texts=texts)
        for i, item in enumerate(r.data):
            assert (item.object, item.index) == ("embedding", i)
            assert item.embedding == [float(x) for x in want[i]]
        # usage: the model's own tokenizer, as llama-cpp-python counts
        tokens = sum(len(case.module.model.tokenize(t.encode())) for t in texts)
        assert r.usage.prompt_tokens == r.usage.total_tokens == tokens
        short = client.embeddings.create(model="sentence-transformers/all-MiniLM-L6-v2", input="hello", dimensions=8)
        assert len(short.data[0].embedding) == 8
        many = client.embeddings.create(model="sentence-transformers/all-MiniLM-L6-v2",
                                        input=[f"sentence {i}" for i in range(2048)])
        assert len(many.data) == 2048 and many.data[-1].index == 2047
        for bad in (42, [["a"]], [], [1, 2]):
            with pytest.raises(BadRequestError):
                client.embeddings.create(model="sentence-transformers/all-MiniLM-L6-v2", input=bad)


# --- the real all-MiniLM-L6-v2, when its GGUF has been made ---------------------------------

def real_minilm() -> Path | None:
    run = subprocess.run([sys.executable, str(REPO_ROOT / "tools" / "make_minilm_gguf.py"), "--path"],
                         capture_output=True, text=True)
    path = Path(run.stdout.strip()) if run.returncode == 0 and run.stdout.strip() else None
    return path if path and path.is_file() else None


def test_the_real_minilm_example_matches_llama_cpp_python(ingot_bin, tmp_path):
    """The example with the real weights (made by ./demo.sh or tools/make_minilm_gguf.py):
    the same vectors and counts as llama-cpp-python. Its agreement with
    sentence-transformers is bench/embedding_quality.py (it needs PyTorch)."""
    model = real_minilm()
    if model is None:
        pytest.skip("the all-MiniLM-L6-v2 GGUF is not made (run tools/make_minilm_gguf.py)")
    case = Case(ingot_bin, tmp_path / "real", EXAMPLES / "predictor.py", model, "all-MiniLM-L6-v2.gguf")
    texts = ["A man is playing a guitar.", "The stock market fell sharply today.", "ünïcödé", "word " * 300]
    for kwargs in (dict(texts=texts), dict(texts=texts[:2], dimensions=128), dict(texts=["hello"], task="query")):
        status, (vectors, tokens) = case.check(**kwargs)
        assert vectors.shape[1] == kwargs.get("dimensions", 384)
