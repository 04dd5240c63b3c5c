"""``Client``: OpenAI's client surface over local bundles, and optionally a
remote OpenAI-compatible server for the models not found locally."""

from __future__ import annotations

import os
import threading
from typing import Any

from . import _embeddings as E
from ._errors import NotFoundError, invalid_request
from ._resolve import AmbiguousModel, Bundle, Resolver
from ._types import CreateEmbeddingResponse, Embedding, Model, SyncPage, Usage

DEFAULT_TIMEOUT = 600.0
DEFAULT_BATCH_SIZE = 256


class Client:
    """An OpenAI-style client whose models are compiled bundles.

    ``Client()`` serves the bundles under ``models_dir`` (default
    ``$INGOT_MODELS``, else ``~/.ingot/models``), one subfolder each, found
    by their tag. With ``base_url`` (e.g. ``"https://api.openai.com/v1"``) a
    model that is not found locally is sent to that OpenAI-compatible server
    (``api_key`` as the Bearer token; default ``$OPENAI_API_KEY``).

    ``client.embeddings.create(model=..., input=...)`` and
    ``client.models.list()`` answer in OpenAI's shapes. Loaded predictors are
    cached per model until ``close()``. A Client may be shared by threads.
    """

    def __init__(self, base_url: str | None = None, api_key: str | None = None,
                 models_dir: str | os.PathLike[str] | None = None, *, timeout: float = DEFAULT_TIMEOUT,
                 batch_size: int = DEFAULT_BATCH_SIZE, default_headers: dict[str, str] | None = None):
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
            raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
        self._resolver = Resolver(models_dir)
        self.base_url = base_url.rstrip("/") if base_url else None
        if api_key is None and self.base_url:
            api_key = os.environ.get("OPENAI_API_KEY")
        self.api_key = api_key
        self.timeout = timeout
        self.batch_size = batch_size
        self._remote = None
        if self.base_url:
            from ._remote import Remote

            self._remote = Remote(self.base_url, api_key, timeout, default_headers)
        self._lock = threading.Lock()
        self._loaded: dict[str, tuple[Any, Bundle, E.EmbeddingSignature]] = {}   # bundle path -> ...
        self._names: dict[str, str] = {}                                          # model name -> bundle path
        self.embeddings = Embeddings(self)
        self.models = Models(self)

    @property
    def models_dir(self) -> str:
        """The folder searched for bundles."""
        return self._resolver.models_dir

    def __repr__(self) -> str:
        remote = f", base_url={self.base_url!r}" if self.base_url else ""
        return f"<ingot.Client models_dir={self.models_dir!r}{remote}>"

    # ---- local models ---------------------------------------------------------------------------------

    def _find(self, model: str) -> Bundle | None:
        try:
            return self._resolver.find(model)
        except AmbiguousModel as e:
            raise invalid_request(f"model {model!r} is ambiguous: bundles with that tag are "
                                  f"{' and '.join(e.paths)}", param="model", code="model_ambiguous") from None

    def _embedder(self, model: str) -> tuple[Any, Bundle, E.EmbeddingSignature] | None:
        """The loaded predictor for `model` (cached), None when there is no such local bundle."""
        with self._lock:
            path = self._names.get(model)
            if path is not None:
                return self._loaded[path]
        bundle = self._find(model)
        if bundle is None:
            return None
        sig = E.signature_of(model, bundle.path, bundle.manifest)
        with self._lock:
            loaded = self._loaded.get(bundle.path)
            if loaded is None:
                from .._predictor import load  # the native binding, only when a local model is used

                loaded = (load(bundle.path), bundle, sig)
                self._loaded[bundle.path] = loaded
            self._names[model] = bundle.path
            return loaded

    def _not_found(self, model: str) -> NotFoundError:
        known = [b.id for b in self._resolver.scan()]
        listed = f" (it has: {', '.join(known[:10])}{', ...' if len(known) > 10 else ''})" if known else \
            " (it has no bundles)"
        remote = "" if self.base_url else "; no base_url is set for a remote server"
        message = (f"The model {model!r} does not exist: no bundle with that tag under "
                   f"{self._resolver.where()}{listed}{remote}")
        return invalid_request(message, param="model", code="model_not_found", cls=NotFoundError)  # type: ignore

    def close(self) -> None:
        """Frees the loaded predictors (they are loaded again when used)."""
        with self._lock:
            loaded, self._loaded, self._names = self._loaded, {}, {}
        for predictor, _, _ in loaded.values():
            predictor.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


class Embeddings:
    """``client.embeddings``."""

    def __init__(self, client: Client):
        self._client = client

    def create(self, *, model: str, input: Any, encoding_format: str | None = "float",
               dimensions: int | None = None, user: str | None = None,
               timeout: float | None = None) -> CreateEmbeddingResponse:
        """Embeds `input` (a string or a list of strings) with `model`.

        Returns ``{object: "list", data: [{object: "embedding", index,
        embedding}], model, usage: {prompt_tokens, total_tokens}}``;
        ``encoding_format="base64"`` gives each embedding as the base64 of
        its little-endian float32 bytes. ``dimensions`` shortens the
        embeddings (a local model must declare a ``dimensions`` parameter).
        ``user`` is passed on to a remote server; local models do not use it.
        Errors: BadRequestError (400) for invalid requests,
        UnsupportedModelError for a bundle that is not an embedding model,
        NotFoundError (404) for an unknown model, and the remote server's
        errors by status. An exception raised inside a local predictor
        propagates unchanged.
        """
        client = self._client
        if not isinstance(model, str) or not model:
            raise invalid_request(f"'model' must be a non-empty string, not {model!r}", param="model")
        local = client._embedder(model)
        if local is None:
            if client._remote is None:
                raise client._not_found(model)
            body: dict[str, Any] = {"model": model, "input": input}
            if encoding_format is not None:
                body["encoding_format"] = encoding_format
            if dimensions is not None:
                body["dimensions"] = dimensions
            if user is not None:
                body["user"] = user
            return CreateEmbeddingResponse.model_validate(
                client._remote.request("POST", "/embeddings", body, timeout=timeout))
        predictor, bundle, sig = local
        texts = E.texts_of(input)
        fmt = E.check_encoding(encoding_format)
        k = E.check_dimensions(dimensions)
        if user is not None and not isinstance(user, str):
            raise invalid_request(f"'user' must be a string, not {type(user).__name__}", param="user")
        rows, tokens = E.embed(model, predictor, sig, texts, k, client.batch_size)
        return CreateEmbeddingResponse(
            data=[Embedding(embedding=E.encode(row, fmt), index=i, object="embedding") for i, row in enumerate(rows)],
            model=bundle.manifest.get("tag") or model,
            object="list",
            usage=Usage(prompt_tokens=tokens, total_tokens=tokens),
        )


class Models:
    """``client.models``."""

    def __init__(self, client: Client):
        self._client = client

    def list(self, *, timeout: float | None = None) -> SyncPage:
        """The local bundles (``{id: tag, object: "model", created: the
        manifest's modification time, owned_by: the tag's owner}``), then the
        remote server's models whose id is not a local one."""
        client = self._client
        data = [Model(id=b.id, created=b.created, object="model", owned_by=b.owned_by)
                for b in client._resolver.scan()]
        seen = {m.id for m in data}
        if client._remote is not None:
            page = client._remote.request("GET", "/models", timeout=timeout)
            for item in (page.get("data") or []) if isinstance(page, dict) else []:
                if isinstance(item, dict) and item.get("id") not in seen:
                    data.append(Model.model_validate(item))
        return SyncPage(data=data, object="list")

    def retrieve(self, model: str, *, timeout: float | None = None) -> Model:
        """One model, local or (with base_url) remote."""
        client = self._client
        bundle = client._find(model)
        if bundle is not None:
            return Model(id=bundle.id, created=bundle.created, object="model", owned_by=bundle.owned_by)
        if client._remote is None:
            raise client._not_found(model)
        from urllib.parse import quote

        return Model.model_validate(client._remote.request("GET", f"/models/{quote(model, safe='')}",
                                                           timeout=timeout))
