"""The OpenAI-style client (bindings/python/ingot/client, docs/client.md).

Placeholder embedding predictors of tests/client_fixtures are compiled with
build/ingot into a temporary models folder (INGOT_MODELS); the client's
answers are compared with calling the predictors directly, with OpenAI's
response shape field by field (and with the official `openai` package's
types when it is installed), and with NumPy references for base64 and
`dimensions`. The hybrid mode talks to a stub OpenAI server on 127.0.0.1
started by the tests.
"""

from __future__ import annotations

import base64
import json
import math
import os
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest

from support import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "bindings" / "python"))

import ingot  # noqa: E402
from ingot.client import (  # noqa: E402
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    Client,
    CreateEmbeddingResponse,
    InternalServerError,
    NotFoundError,
    UnsupportedModelError,
    decode_base64,
)
from ingot.client import _embeddings as E  # noqa: E402

FIXTURES = REPO_ROOT / "tests" / "client_fixtures"
# fixture file -> folder in the models folder (word_count in an owner/name layout)
BUNDLES = {
    "hash_embedder": "hash-embedder",
    "plain_embedder": "plain-embedder",
    "single_embedder": "single-embedder",
    "word_count": "tests/word-count",
    "number_scaler": "number-scaler",
}
HASH = "tests/hash-embedder"
PLAIN = "tests/plain-embedder"
SINGLE = "tests/single-embedder"
TEXTS = ["The quick brown fox", "jumps over", "the lazy dog", "héllo wörld ✓", "a"]


@pytest.fixture(scope="session")
def models_dir(ingot_bin, tmp_path_factory) -> Path:
    """A models folder with the fixtures compiled (in parallel) by `ingot compile FILE -o DIR`."""
    root = tmp_path_factory.mktemp("models")
    runs = []
    for name, folder in BUNDLES.items():
        out = root / folder
        out.parent.mkdir(parents=True, exist_ok=True)
        runs.append((name, subprocess.Popen([ingot_bin, "compile", str(FIXTURES / f"{name}.py"), "-o", str(out)],
                                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)))
    for name, run in runs:
        output, _ = run.communicate(timeout=300)
        assert run.returncode == 0, f"ingot compile {name}.py failed:\n{output}"
    return root


@pytest.fixture
def client(models_dir):
    with Client(models_dir=models_dir) as c:
        yield c


def direct(models_dir: Path, folder: str, *args, **kwargs):
    with ingot.load(models_dir / folder) as p:
        return p(*args, **kwargs)


# ---- the response, against the predictor and OpenAI's shape ------------------------------------

def test_response_shape_field_by_field(client, models_dir):
    r = client.embeddings.create(model=HASH, input=TEXTS)
    rows, counts = direct(models_dir, "hash-embedder", TEXTS)
    assert isinstance(r, CreateEmbeddingResponse)
    dump = r.model_dump()
    assert list(dump) == ["data", "model", "object", "usage"]
    assert dump["object"] == "list" and r.object == "list"
    assert dump["model"] == HASH and r.model == HASH
    assert dump["usage"] == {"prompt_tokens": sum(counts), "total_tokens": sum(counts)}
    assert r.usage.prompt_tokens == r.usage.total_tokens == sum(counts) == 13
    assert len(r.data) == len(TEXTS)
    for i, item in enumerate(r.data):
        assert list(dump["data"][i]) == ["embedding", "index", "object"]
        assert item.object == "embedding" and item.index == i
        assert item.embedding == rows[i]  # exactly the predictor's floats
        assert all(type(x) is float for x in item.embedding)
    assert json.loads(r.model_dump_json()) == dump
    assert json.loads(r.to_json()) == dump and r.to_dict() == dump
    assert CreateEmbeddingResponse.model_validate(dump) == r
    assert repr(r).startswith("CreateEmbeddingResponse(data=[Embedding(embedding=[")


def test_matches_the_official_openai_types(client):
    openai_types = pytest.importorskip("openai.types")
    r = client.embeddings.create(model=HASH, input=TEXTS[:2])
    official = openai_types.CreateEmbeddingResponse.model_validate(r.model_dump())
    assert official.model_dump() == r.model_dump()
    assert official.model_dump_json() == r.model_dump_json()
    assert repr(official) == repr(r)
    # (base64 embeddings are str, which the official type annotates as List[float]: the official
    # client builds such responses without validating them, as this client does)
    for m in client.models.list():
        assert openai_types.Model.model_validate(m.model_dump()).model_dump(exclude_none=True) == m.model_dump()


def test_a_string_input_is_one_embedding(client, models_dir):
    r = client.embeddings.create(model=HASH, input="jumps over")
    rows, counts = direct(models_dir, "hash-embedder", ["jumps over"])
    assert [d.embedding for d in r.data] == rows and r.data[0].index == 0
    assert r.usage.prompt_tokens == 2


def test_unit_vectors(client):
    for d in client.embeddings.create(model=HASH, input=TEXTS).data:
        assert math.isclose(math.sqrt(sum(x * x for x in d.embedding)), 1.0, rel_tol=1e-12)


def test_base64_is_little_endian_float32(client):
    floats = client.embeddings.create(model=HASH, input=TEXTS)
    b64 = client.embeddings.create(model=HASH, input=TEXTS, encoding_format="base64")
    assert b64.usage == floats.usage and b64.model == floats.model
    for f, b in zip(floats.data, b64.data):
        assert isinstance(b.embedding, str)
        raw = base64.b64decode(b.embedding, validate=True)
        assert len(raw) == 4 * len(f.embedding)
        decoded = np.frombuffer(raw, dtype="<f4")
        np.testing.assert_array_equal(decoded, np.asarray(f.embedding, dtype=np.float32))
        assert decode_base64(b.embedding) == decoded.astype(np.float64).tolist()


def test_str_input_predictor_is_called_once_per_text(client, models_dir):
    r = client.embeddings.create(model=SINGLE, input=["x", "yy", "zzz"])
    assert [d.embedding for d in r.data] == [direct(models_dir, "single-embedder", t) for t in ["x", "yy", "zzz"]]
    assert r.usage.prompt_tokens == 0 and r.usage.total_tokens == 0  # it reports no token counts


def test_plain_list_result_without_token_counts(client, models_dir):
    r = client.embeddings.create(model=PLAIN, input=TEXTS)
    assert [d.embedding for d in r.data] == direct(models_dir, "plain-embedder", TEXTS)
    assert r.usage.model_dump() == {"prompt_tokens": 0, "total_tokens": 0}


# ---- dimensions --------------------------------------------------------------------------------------------

def numpy_matryoshka(rows, k):
    a = np.asarray(rows, dtype=np.float64)[:, :k]
    return a / np.linalg.norm(a, axis=1, keepdims=True)


@pytest.mark.parametrize("k", [1, 3, 8, 16])
def test_dimensions_done_by_the_predictor(client, k):
    full = [d.embedding for d in client.embeddings.create(model=HASH, input=TEXTS).data]
    r = client.embeddings.create(model=HASH, input=TEXTS, dimensions=k)
    got = np.asarray([d.embedding for d in r.data])
    assert got.shape == (len(TEXTS), k)
    np.testing.assert_allclose(got, numpy_matryoshka(full, k), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("k", [1, 5, 8])
def test_dimensions_done_by_the_client(client, models_dir, k):
    full = direct(models_dir, "plain-embedder", TEXTS)
    r = client.embeddings.create(model=PLAIN, input=TEXTS, dimensions=k)
    got = np.asarray([d.embedding for d in r.data])
    assert got.shape == (len(TEXTS), k)
    np.testing.assert_allclose(got, numpy_matryoshka(full, k), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(np.linalg.norm(got, axis=1), 1.0, rtol=1e-12)
    b = client.embeddings.create(model=PLAIN, input=TEXTS, dimensions=k, encoding_format="base64")
    np.testing.assert_array_equal(np.asarray([decode_base64(d.embedding) for d in b.data]),
                                  got.astype(np.float32).astype(np.float64))


def test_dimensions_unsupported_is_an_error(client):
    with pytest.raises(BadRequestError, match="does not support 'dimensions'.*declares no 'dimensions' parameter") as e:
        client.embeddings.create(model=SINGLE, input="x", dimensions=2)
    assert e.value.status_code == 400 and e.value.param == "dimensions"


def test_dimensions_too_large(client):
    with pytest.raises(BadRequestError, match="'dimensions' is 9, larger than the 8 dimensions of model 'tests/plain-embedder'"):
        client.embeddings.create(model=PLAIN, input="x", dimensions=9)
    # the hash embedder checks it itself: its exception propagates unchanged
    with pytest.raises(ValueError, match="dimensions must be between 1 and 16, got 17"):
        client.embeddings.create(model=HASH, input="x", dimensions=17)


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "4"])
def test_dimensions_must_be_a_positive_int(client, bad):
    with pytest.raises(BadRequestError, match="'dimensions' must be a positive integer"):
        client.embeddings.create(model=HASH, input="x", dimensions=bad)


# ---- input errors, as OpenAI's API gives them --------------------------------------------------------------

@pytest.mark.parametrize("value, message", [
    ([1, 2, 3], "token ids"),
    ([[1, 2], [3]], "token ids"),
    (5, r"a string or a list of strings, not a int \(5\)"),
    (None, "not None"),
    ([["a"]], r"input\[0\] is a list \(nested lists are not texts\)"),
    (["a", 3], r"input\[1\] is a int"),
    ([], "must not be an empty list"),
    ("", "must not be an empty string"),
    (["a", ""], r"must not contain empty strings: input\[1\]"),
    ({"a": 1}, "not a dict"),
])
def test_bad_input(client, value, message):
    with pytest.raises(BadRequestError, match=message) as e:
        client.embeddings.create(model=HASH, input=value)
    assert e.value.status_code == 400 and e.value.param == "input" and e.value.type == "invalid_request_error"
    assert isinstance(e.value, ValueError)


def test_bad_encoding_format(client):
    with pytest.raises(BadRequestError, match="'encoding_format' must be 'float' or 'base64', not 'hex'"):
        client.embeddings.create(model=HASH, input="x", encoding_format="hex")


def test_2048_inputs_in_batches(models_dir):
    texts = [f"sentence number {i} {'x' * (i % 17)}" for i in range(2048)]
    with Client(models_dir=models_dir, batch_size=100) as small, Client(models_dir=models_dir, batch_size=4096) as big:
        a = small.embeddings.create(model=HASH, input=texts)
        b = big.embeddings.create(model=HASH, input=texts)
    assert len(a.data) == 2048 and [d.index for d in a.data] == list(range(2048))
    assert a == b
    assert a.usage.prompt_tokens == sum(len(t.split()) for t in texts)
    with pytest.raises(BadRequestError, match="2049 items: at most 2048"):
        Client(models_dir=models_dir).embeddings.create(model=HASH, input=texts + ["one more"])


# ---- resolution -------------------------------------------------------------------------------------------

def test_unknown_model_names_the_model_and_the_folder(client, models_dir):
    with pytest.raises(NotFoundError) as e:
        client.embeddings.create(model="acme/nope", input="x")
    text = str(e.value)
    assert "'acme/nope'" in text and str(models_dir) in text and "tests/hash-embedder" in text
    assert e.value.status_code == 404 and e.value.code == "model_not_found"


def test_ingot_models_and_the_default_folder(models_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("INGOT_MODELS", str(models_dir))
    with Client() as c:
        assert c.models_dir == str(models_dir)
        assert c.embeddings.create(model=HASH, input="x").model == HASH
    monkeypatch.delenv("INGOT_MODELS")
    monkeypatch.setenv("HOME", str(tmp_path))
    c = Client()
    assert c.models_dir == str(tmp_path / ".ingot" / "models")
    with pytest.raises(NotFoundError, match=r"\.ingot/models \(the default; set \$INGOT_MODELS, which does not exist\)"):
        c.embeddings.create(model=HASH, input="x")
    assert c.models.list().data == []


def test_a_bundle_path_is_a_model(client, models_dir, monkeypatch):
    r = client.embeddings.create(model=str(models_dir / "hash-embedder"), input="x")
    assert r.model == HASH
    monkeypatch.chdir(models_dir)
    assert client.embeddings.create(model="./plain-embedder", input="x").model == PLAIN


def test_predictors_are_cached_per_model(client):
    client.embeddings.create(model=HASH, input="x")
    first = client._embedder(HASH)[0]
    client.embeddings.create(model=HASH, input="y")
    assert client._embedder(HASH)[0] is first and len(client._loaded) == 1
    client.close()
    assert client._loaded == {}
    client.embeddings.create(model=HASH, input="x")  # loaded again


def test_a_bundle_added_later_is_found(models_dir, tmp_path):
    root = tmp_path / "models"
    root.mkdir()
    c = Client(models_dir=root)
    with pytest.raises(NotFoundError):
        c.embeddings.create(model=HASH, input="x")
    shutil.copytree(models_dir / "hash-embedder", root / "h")
    assert c.embeddings.create(model=HASH, input="x").model == HASH


def test_two_bundles_with_one_tag_are_ambiguous(models_dir, tmp_path):
    root = tmp_path / "models"
    for name in ("one", "two"):
        shutil.copytree(models_dir / "hash-embedder", root / name)
    with pytest.raises(BadRequestError, match="'tests/hash-embedder' is ambiguous: .*one and .*two"):
        Client(models_dir=root).embeddings.create(model=HASH, input="x")


@pytest.mark.parametrize("model, reason", [
    ("tests/word-count", r"it returns dict\[str, int\], not \(N, D\) floats"),
    ("tests/number-scaler", r"its first parameter 'xs' is list\[float\], not list\[str\] or str"),
])
def test_bundles_that_are_not_embedding_models(client, model, reason):
    with pytest.raises(UnsupportedModelError, match=reason) as e:
        client.embeddings.create(model=model, input="x")
    assert "cannot serve embeddings" in str(e.value) and "its signature is" in str(e.value)
    assert e.value.code == "model_not_supported"


def test_models_list(client, models_dir):
    page = client.models.list()
    dump = page.model_dump()
    assert dump["object"] == "list"
    ids = [m["id"] for m in dump["data"]]
    assert ids == sorted(["tests/hash-embedder", "tests/plain-embedder", "tests/single-embedder",
                          "tests/word-count", "tests/number-scaler"])
    for m in page:
        assert list(m.model_dump()) == ["id", "created", "object", "owned_by"]
        assert m.object == "model" and m.owned_by == "tests" and isinstance(m.created, int) and m.created > 0
    assert client.models.retrieve(HASH).id == HASH


# ---- signatures and results, without compiling ----------------------------------------------------------

def manifest(first="list[str]", returns="list[list[float]]", more=()):
    return {"entry": "f", "parameters": [{"name": "texts", "type": first}, *more], "returns": returns}


@pytest.mark.parametrize("returns, counts", [
    ("list[list[float]]", None),
    ("np.ndarray", None),
    ("npt.NDArray[np.float32]", None),
    ("tuple[np.ndarray, list[int]]", "per_input"),
    ("Tuple[List[List[float]], int]", "total"),
    (None, "unknown"),
])
def test_accepted_signatures(returns, counts):
    sig = E.signature_of("m", "/b", manifest(returns=returns,
                                             more=[{"name": "dimensions", "type": "int | None", "default": None},
                                                   {"name": "normalize", "type": "bool", "default": True}]))
    assert sig.counts == counts and sig.batched and sig.dimensions_name == "dimensions"


@pytest.mark.parametrize("m, reason", [
    (manifest(returns="npt.NDArray[np.int64]"), "an array of np.int64, not of floats"),
    (manifest(returns="list[list[int]]"), r"it returns list\[list\[int\]\]"),
    (manifest(returns="tuple[list[list[float]], str]"), "not the token counts"),
    (manifest(first="str", returns="list[list[float]]"), r"not one vector of floats"),
    (manifest(more=[{"name": "k", "type": "int"}]), "'k' has no default"),
    (manifest(more=[{"name": "dimensions", "type": "str"}]), "'dimensions' parameter is str"),
    ({"parameters": [], "returns": "list[list[float]]"}, "takes no parameters"),
])
def test_refused_signatures(m, reason):
    with pytest.raises(UnsupportedModelError, match=reason):
        E.signature_of("m", "/b", m)


def test_array_results():
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    assert E.rows_of("m", a, 2) == [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
    assert E.rows_of("m", np.ones(3), 1, single=True) == [[1.0, 1.0, 1.0]]
    for bad, reason in [(np.ones((2, 3), dtype=np.int32), "int32, not of floats"),
                        (np.ones(3), r"shape \(3,\), not \(N, D\)"),
                        (np.ones((3, 2)), "3 embeddings for 2 inputs"),
                        (np.array([[1.0, np.nan], [0.0, 1.0]]), "not finite"),
                        ([[1.0], [1.0, 2.0]], None),
                        ([[1.0], [1]], "row 1 is not a list of floats")]:
        if reason is None:
            continue
        with pytest.raises(InternalServerError, match=reason):
            E.rows_of("m", bad, 2)


# ---- hybrid: a stub OpenAI server ------------------------------------------------------------------------

class StubOpenAI:
    """An OpenAI-compatible server on 127.0.0.1: /v1/embeddings (3-d vectors,
    float or base64), /v1/models; requests are recorded. api key 'sk-test'."""

    def __init__(self):
        self.requests: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def reply(self, status, body):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def error(self, status, message, type_, code=None, param=None):
                self.reply(status, {"error": {"message": message, "type": type_, "param": param, "code": code}})

            def handle_one(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                stub.requests.append({"method": method, "path": self.path, "headers": dict(self.headers),
                                      "body": json.loads(raw) if raw else None})
                if self.headers.get("Authorization") != "Bearer sk-test":
                    return self.error(401, "Incorrect API key provided: sk-wrong.", "invalid_request_error",
                                      "invalid_api_key")
                if method == "GET" and self.path == "/v1/models":
                    return self.reply(200, {"object": "list", "data": [
                        {"id": "text-embedding-3-small", "object": "model", "created": 1705948997,
                         "owned_by": "system"},
                        {"id": HASH, "object": "model", "created": 1, "owned_by": "remote"}]})
                if method == "POST" and self.path == "/v1/embeddings":
                    body = json.loads(raw)
                    if body["model"] == "boom":
                        return self.error(500, "The server had an error", "server_error")
                    if body["model"] == "not-json":
                        data = b"<html>bad gateway</html>"
                        self.send_response(502)
                        self.send_header("Content-Length", str(len(data)))
                        self.end_headers()
                        return self.wfile.write(data)
                    if body["model"] != "text-embedding-3-small":
                        return self.error(404, f"The model `{body['model']}` does not exist or you do not have "
                                               "access to it.", "invalid_request_error", "model_not_found")
                    texts = [body["input"]] if isinstance(body["input"], str) else body["input"]
                    data = []
                    for i, t in enumerate(texts):
                        v = [0.5, float(len(t)), -1.25]
                        if body.get("encoding_format") == "base64":
                            v = base64.b64encode(np.asarray(v, dtype="<f4").tobytes()).decode()
                        data.append({"object": "embedding", "index": i, "embedding": v})
                    return self.reply(200, {"object": "list", "data": data, "model": "text-embedding-3-small",
                                            "usage": {"prompt_tokens": 7, "total_tokens": 7}})
                return self.error(404, f"Invalid URL ({method} {self.path})", "invalid_request_error")

            def do_GET(self):
                self.handle_one("GET")

            def do_POST(self):
                self.handle_one("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub():
    s = StubOpenAI()
    yield s
    s.close()


@pytest.fixture
def hybrid(models_dir, stub):
    with Client(base_url=stub.url + "/", api_key="sk-test", models_dir=models_dir, timeout=10) as c:
        yield c


def test_remote_embeddings(hybrid, stub):
    r = hybrid.embeddings.create(model="text-embedding-3-small", input=["ab", "abcd"], dimensions=3, user="u-1")
    assert r.model_dump() == {
        "data": [{"embedding": [0.5, 2.0, -1.25], "index": 0, "object": "embedding"},
                 {"embedding": [0.5, 4.0, -1.25], "index": 1, "object": "embedding"}],
        "model": "text-embedding-3-small", "object": "list", "usage": {"prompt_tokens": 7, "total_tokens": 7}}
    assert r.data[1].embedding[1] == 4.0 and r.usage.total_tokens == 7
    (req,) = stub.requests
    assert req["method"] == "POST" and req["path"] == "/v1/embeddings"
    assert req["headers"]["Authorization"] == "Bearer sk-test"
    assert req["headers"]["Content-Type"] == "application/json"
    assert req["body"] == {"model": "text-embedding-3-small", "input": ["ab", "abcd"], "encoding_format": "float",
                           "dimensions": 3, "user": "u-1"}
    b = hybrid.embeddings.create(model="text-embedding-3-small", input="abc", encoding_format="base64")
    assert decode_base64(b.data[0].embedding) == [0.5, 3.0, -1.25]
    assert stub.requests[-1]["body"] == {"model": "text-embedding-3-small", "input": "abc", "encoding_format": "base64"}


def test_local_models_stay_local(hybrid, stub, models_dir):
    r = hybrid.embeddings.create(model=HASH, input="x")
    assert r.data[0].embedding == direct(models_dir, "hash-embedder", ["x"])[0][0]
    with pytest.raises(BadRequestError, match="token ids"):
        hybrid.embeddings.create(model=HASH, input=[1, 2])
    assert stub.requests == []


def test_token_arrays_go_to_the_server_for_remote_models(hybrid, stub):
    r = hybrid.embeddings.create(model="text-embedding-3-small", input=[[1, 2]])
    assert stub.requests[-1]["body"]["input"] == [[1, 2]] and len(r.data) == 1


def test_remote_models_list_after_local(hybrid, stub):
    page = hybrid.models.list()
    ids = [m.id for m in page]
    assert ids[-1] == "text-embedding-3-small" and ids.count(HASH) == 1 and len(ids) == 6
    assert page.data[-1].model_dump() == {"id": "text-embedding-3-small", "created": 1705948997, "object": "model",
                                          "owned_by": "system"}
    assert next(m for m in page if m.id == HASH).owned_by == "tests"  # the local bundle wins
    assert stub.requests[-1]["path"] == "/v1/models" and stub.requests[-1]["method"] == "GET"


def test_remote_errors(hybrid, stub, models_dir):
    with pytest.raises(NotFoundError) as e:
        hybrid.embeddings.create(model="gpt-nope", input="x")
    assert e.value.status_code == 404 and e.value.code == "model_not_found"
    assert str(e.value) == "Error code: 404 - The model `gpt-nope` does not exist or you do not have access to it."
    assert e.value.body["type"] == "invalid_request_error"
    with pytest.raises(InternalServerError, match="Error code: 500 - The server had an error") as e:
        hybrid.embeddings.create(model="boom", input="x")
    assert e.value.status_code == 500
    with pytest.raises(InternalServerError, match="Error code: 502 - <html>bad gateway</html>"):
        hybrid.embeddings.create(model="not-json", input="x")
    with Client(base_url=stub.url, api_key="sk-wrong", models_dir=models_dir) as wrong:
        with pytest.raises(AuthenticationError, match="Error code: 401 - Incorrect API key provided") as e:
            wrong.models.list()
        assert e.value.status_code == 401 and e.value.code == "invalid_api_key"


def test_api_key_from_the_environment(stub, models_dir, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    with Client(base_url=stub.url, models_dir=models_dir) as c:
        assert c.embeddings.create(model="text-embedding-3-small", input="x").usage.prompt_tokens == 7
    assert stub.requests[-1]["headers"]["Authorization"] == "Bearer sk-test"
    assert Client(models_dir=models_dir).api_key is None  # local only: no key read


def test_unreachable_server(models_dir):
    import socket

    with socket.socket() as s:  # a port with nothing listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c = Client(base_url=f"http://127.0.0.1:{port}/v1", api_key="k", models_dir=models_dir, timeout=5)
    with pytest.raises(APIConnectionError, match=f"Connection error: POST http://127.0.0.1:{port}/v1/embeddings"):
        c.embeddings.create(model="remote-model", input="x")
    assert c.embeddings.create(model=HASH, input="x").model == HASH  # local models need no server
