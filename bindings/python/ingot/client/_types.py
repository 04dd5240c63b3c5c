"""Response objects shaped like the official ``openai`` package's types.

They mirror ``openai.types.CreateEmbeddingResponse``, ``Embedding``,
``create_embedding_response.Usage``, ``Model`` and ``openai.pagination.SyncPage``
without depending on ``openai`` or pydantic: attribute access, the same field
order, ``model_dump()`` / ``model_dump_json()`` / ``to_dict()`` / ``to_json()``,
``model_validate()``, equality and a pydantic-style ``repr``. Keys a remote
server adds beyond OpenAI's fields are kept (as pydantic's ``extra="allow"``
does in the official types): readable as attributes and included in dumps.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar, Iterator, List, Union

__all__ = ["BaseModel", "CreateEmbeddingResponse", "Embedding", "Usage", "Model", "SyncPage"]


class BaseModel:
    """The small part of pydantic.BaseModel the response types need."""

    _fields: ClassVar[tuple[str, ...]] = ()
    _nested: ClassVar[dict[str, type]] = {}       # field -> model class (a list of them for list fields)
    _list_fields: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, **data: Any) -> None:
        for name in self._fields:
            object.__setattr__(self, name, data.pop(name, None))
        object.__setattr__(self, "_extra", data)

    def __getattr__(self, name: str) -> Any:
        extra = self.__dict__.get("_extra", {})
        if name in extra:
            return extra[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @classmethod
    def model_validate(cls, obj: Any) -> Any:
        """Builds the object (and the nested ones) from a dict such as a JSON response."""
        if isinstance(obj, cls):
            return obj
        if not isinstance(obj, dict):
            raise TypeError(f"{cls.__name__}.model_validate() takes a dict, not {type(obj).__name__}")
        data = dict(obj)
        for name, sub in cls._nested.items():
            value = data.get(name)
            if value is None:
                continue
            if name in cls._list_fields:
                data[name] = [sub.model_validate(v) for v in value]
            else:
                data[name] = sub.model_validate(value)
        return cls(**data)

    # ---- dumps ------------------------------------------------------------------------

    def model_dump(self, *, mode: str = "python", exclude_none: bool = False, **_ignored: Any) -> dict[str, Any]:
        """The object as plain dicts and lists (the official types' model_dump())."""
        out: dict[str, Any] = {}
        for name in self._fields:
            value = _dump(getattr(self, name), exclude_none)
            if value is None and exclude_none:
                continue
            out[name] = value
        for name, value in self.__dict__["_extra"].items():
            value = _dump(value, exclude_none)
            if value is None and exclude_none:
                continue
            out[name] = value
        return out

    def to_dict(self, *, exclude_none: bool = False, **_ignored: Any) -> dict[str, Any]:
        return self.model_dump(exclude_none=exclude_none)

    def model_dump_json(self, *, indent: int | None = None, exclude_none: bool = False, **_ignored: Any) -> str:
        data = self.model_dump(exclude_none=exclude_none)
        if indent is None:
            return json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        return json.dumps(data, indent=indent, ensure_ascii=False, allow_nan=False)

    def to_json(self, *, indent: int | None = 2, exclude_none: bool = False, **_ignored: Any) -> str:
        return self.model_dump_json(indent=indent, exclude_none=exclude_none)

    # ---- comparisons and display --------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.model_dump() == other.model_dump()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = [f"{name}={getattr(self, name)!r}" for name in self._fields]
        parts += [f"{name}={value!r}" for name, value in self.__dict__["_extra"].items()]
        return f"{type(self).__name__}({', '.join(parts)})"


def _dump(value: Any, exclude_none: bool) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(exclude_none=exclude_none)
    if isinstance(value, list):
        return [_dump(v, exclude_none) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v, exclude_none) for k, v in value.items()}
    return value


class Embedding(BaseModel):
    """One vector: ``embedding`` (a list of floats, or the base64 text of its
    little-endian float32 bytes), ``index`` (its input's position), ``object``
    ("embedding")."""

    _fields = ("embedding", "index", "object")
    embedding: Union[List[float], str]
    index: int
    object: str


class Usage(BaseModel):
    _fields = ("prompt_tokens", "total_tokens")
    prompt_tokens: int
    total_tokens: int


class CreateEmbeddingResponse(BaseModel):
    """``{object: "list", data: [Embedding, ...], model, usage: {prompt_tokens, total_tokens}}``."""

    _fields = ("data", "model", "object", "usage")
    _nested = {"data": Embedding, "usage": Usage}
    _list_fields = frozenset({"data"})
    data: List[Embedding]
    model: str
    object: str
    usage: Usage


class Model(BaseModel):
    """``{id, object: "model", created, owned_by}`` (``client.models.list()``)."""

    _fields = ("id", "created", "object", "owned_by")
    id: str
    created: int
    object: str
    owned_by: str


class SyncPage(BaseModel):
    """A list response (``client.models.list()``): ``data`` and ``object``
    ("list"); iterating it yields the items, as the official client's page does."""

    _fields = ("data", "object")
    _nested = {"data": Model}
    _list_fields = frozenset({"data"})
    data: List[Model]
    object: str

    def __iter__(self) -> Iterator[Model]:  # type: ignore[override]
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __getitem__(self, index: int) -> Model:
        return self.data[index]
