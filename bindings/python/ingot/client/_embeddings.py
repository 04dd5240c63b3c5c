"""Embeddings from a local bundle: does its signature fit, checking the
request's input, calling the predictor in batches, token counts,
``dimensions`` (Matryoshka truncation) and the float / base64 encodings.

The conventions a bundle follows to serve embeddings (docs/client.md):

* Input: the predictor's first parameter, typed ``list[str]`` (called with
  up to ``batch_size`` texts at a time) or ``str`` (called once per text).
  Every other parameter must have a default, except ``dimensions``.
* ``dimensions``: a parameter of that name typed ``Optional[int]`` (or
  ``int``) declares that the model supports shortened embeddings. The client
  passes the request's value; when the predictor returns wider rows, the
  client keeps their first ``dimensions`` components and renormalises them
  to unit length. Without that parameter a request with ``dimensions`` is an
  error.
* Result: (N, D) floats — ``list[list[float]]`` or ``np.ndarray`` (for a
  ``str`` input: one row, ``list[float]`` or a 1-d array) — or a tuple
  ``(embeddings, token_counts)`` whose second item is ``list[int]`` (one
  count per text) or ``int`` (the batch's total). ``usage.prompt_tokens``
  and ``usage.total_tokens`` are the sum of those counts; a predictor that
  reports none gives 0 (never an estimate).
"""

from __future__ import annotations

import base64
import math
import re
import struct
from dataclasses import dataclass
from typing import Any, Sequence

from ._errors import InternalServerError, UnsupportedModelError, invalid_request

MAX_INPUTS = 2048  # OpenAI's limit on the number of inputs in one request

_STR_LIST = {"list[str]"}
_STR = {"str"}
_INT_OPTIONAL = {"int", "Optional[int]", "int|None", "None|int", "Union[int,None]", "Union[None,int]"}
_MATRIX = {"list[list[float]]"}
_VECTOR = {"list[float]"}
_ARRAY = re.compile(r"^(np|numpy)\.ndarray$|^((npt|numpy\.typing|np\.typing)\.)?NDArray(\[(?P<dtype>.*)\])?$")
_FLOAT_DTYPES = re.compile(r"^(np\.|numpy\.)?(float16|float32|float64|floating|double|single|half|float_)$|^float$")


def normalise_type(text: Any) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    t = re.sub(r"\s+", "", text).replace("typing.", "")
    for big, small in (("List[", "list["), ("Tuple[", "tuple["), ("Dict[", "dict[")):
        t = t.replace(big, small)
    return t


def _split_top(args: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, c in enumerate(args):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(args[start:i])
            start = i + 1
    parts.append(args[start:])
    return parts


def _array_kind(t: str) -> str | None:
    """'float' for an array type that holds floats or any dtype, 'other:<dtype>' else, None: not an array."""
    m = _ARRAY.match(t)
    if not m:
        return None
    dtype = m.group("dtype")
    if dtype is None or dtype in ("Any", "np.generic", "np.number", "np.inexact"):
        return "float"
    return "float" if _FLOAT_DTYPES.match(dtype) else f"other:{dtype}"


@dataclass(frozen=True)
class EmbeddingSignature:
    """How to call a bundle for embeddings."""

    input_name: str
    batched: bool                 # list[str] input (else str: one call per text)
    dimensions_name: str | None   # the parameter that declares Matryoshka support
    counts: str | None            # "per_input", "total", None (none reported) or "unknown" (checked at run time)
    returns: str | None


def signature_of(model: str, path: str, manifest: dict[str, Any]) -> EmbeddingSignature:
    """The EmbeddingSignature of a bundle, or UnsupportedModelError saying why it does not fit."""
    params = manifest.get("parameters") or []
    entry = manifest.get("entry") or "predictor"
    shown = ", ".join(f"{p.get('name')}: {p.get('type')}" for p in params if isinstance(p, dict))
    where = f"{entry}({shown}) -> {manifest.get('returns')}"

    def refuse(reason: str) -> UnsupportedModelError:
        return invalid_request(  # type: ignore[return-value]
            f"model {model!r} (bundle {path}) cannot serve embeddings: {reason}; its signature is {where}",
            param="model", code="model_not_supported", cls=UnsupportedModelError)

    if not params or not isinstance(params[0], dict):
        raise refuse("it takes no parameters (it needs the texts as its first parameter, list[str] or str)")
    first = params[0]
    first_type = normalise_type(first.get("type"))
    if first_type in _STR_LIST:
        batched = True
    elif first_type in _STR:
        batched = False
    else:
        raise refuse(f"its first parameter {first.get('name')!r} is {first.get('type')}, not list[str] or str "
                     "(the texts to embed)")
    dimensions_name = None
    for p in params[1:]:
        name = p.get("name")
        if name == "dimensions":
            if normalise_type(p.get("type")) not in _INT_OPTIONAL:
                raise refuse(f"its 'dimensions' parameter is {p.get('type')}, not Optional[int]")
            dimensions_name = name
            continue
        if "default" not in p:
            raise refuse(f"its parameter {name!r} has no default, and the client has no value for it")

    returns_text = manifest.get("returns")
    returns = normalise_type(returns_text)
    rows_ok = _MATRIX if batched else _VECTOR
    shape = "(N, D) floats: list[list[float]] or np.ndarray" if batched else \
        "one vector of floats: list[float] or np.ndarray"

    def check_rows(t: str) -> None:
        if t in rows_ok:
            return
        kind = _array_kind(t)
        if kind == "float":
            return
        if kind is not None:
            raise refuse(f"it returns an array of {kind[6:]}, not of floats")
        raise refuse(f"it returns {returns_text}, not {shape} (optionally with token counts: "
                     f"tuple[..., list[int]] or tuple[..., int])")

    if returns is None or returns in ("Any", "object"):
        counts = "unknown"
    elif returns.startswith("tuple[") and returns.endswith("]"):
        items = _split_top(returns[6:-1])
        if len(items) != 2:
            raise refuse(f"it returns {returns_text}: a tuple must be (embeddings, token counts)")
        check_rows(items[0])
        if items[1] == "list[int]" and batched:
            counts = "per_input"
        elif items[1] == "int":
            counts = "total"
        else:
            raise refuse(f"the second item of its result is {items[1]}, not the token counts "
                         f"({'list[int] or int' if batched else 'int'})")
    else:
        check_rows(returns)
        counts = None
    return EmbeddingSignature(str(first.get("name")), batched, dimensions_name, counts, returns_text)


# ---- the request ---------------------------------------------------------------------------------

def texts_of(value: Any) -> list[str]:
    """The texts of an embeddings request's ``input``, or BadRequestError as OpenAI's API gives it."""
    if isinstance(value, str):
        if not value:
            raise invalid_request("'input' must not be an empty string", param="input")
        return [value]
    if isinstance(value, (list, tuple)):
        if not value:
            raise invalid_request("'input' must not be an empty list: give a string or a list of strings",
                                  param="input")
        if _is_int(value[0]) or (isinstance(value[0], (list, tuple)) and value[0] and _is_int(value[0][0])):
            if all(_is_int(x) for x in value) or all(isinstance(x, (list, tuple)) and all(_is_int(t) for t in x)
                                                     for x in value):
                raise invalid_request(
                    "'input' holds token ids: local models take text only for now (a string or a list of "
                    "strings); token-id arrays are not supported yet", param="input", code="unsupported_input")
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise invalid_request(
                    f"'input' must be a string or a list of strings: input[{i}] is {_kind(item)}", param="input")
            if not item:
                raise invalid_request(f"'input' must not contain empty strings: input[{i}] is ''", param="input")
        if len(value) > MAX_INPUTS:
            raise invalid_request(f"'input' has {len(value)} items: at most {MAX_INPUTS} per request",
                                  param="input")
        return list(value)
    raise invalid_request(f"'input' must be a string or a list of strings, not {_kind(value)}", param="input")


def check_dimensions(dimensions: Any) -> int | None:
    if dimensions is None:
        return None
    if not _is_int(dimensions) or dimensions < 1:
        raise invalid_request(f"'dimensions' must be a positive integer, not {dimensions!r}", param="dimensions")
    return int(dimensions)


def check_encoding(encoding_format: Any) -> str:
    if encoding_format is None:
        return "float"
    if encoding_format not in ("float", "base64"):
        raise invalid_request(f"'encoding_format' must be 'float' or 'base64', not {encoding_format!r}",
                              param="encoding_format")
    return encoding_format


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _kind(x: Any) -> str:
    if x is None:
        return "None"
    if isinstance(x, (list, tuple)):
        return f"a {type(x).__name__}" + (" (nested lists are not texts)" if x else " (empty)")
    return f"a {type(x).__name__} ({x!r})" if isinstance(x, (int, float, bool)) else f"a {type(x).__name__}"


# ---- running the predictor ---------------------------------------------------------------------------

def embed(model: str, predictor: Any, sig: EmbeddingSignature, texts: list[str], dimensions: int | None,
          batch_size: int) -> tuple[list[list[float]], int]:
    """(rows, prompt token count) for `texts`, dimensions applied."""
    if dimensions is not None and sig.dimensions_name is None:
        raise invalid_request(
            f"model {model!r} does not support 'dimensions': its predictor declares no 'dimensions' parameter "
            "(see docs/client.md)", param="dimensions", code="unsupported_parameter")
    extra: dict[str, Any] = {}
    if dimensions is not None:
        extra[sig.dimensions_name] = dimensions  # type: ignore[index]
    rows: list[list[float]] = []
    tokens = 0
    if sig.batched:
        step = max(1, batch_size)
        for start in range(0, len(texts), step):
            chunk = texts[start:start + step]
            result = predictor(**{sig.input_name: chunk}, **extra)
            chunk_rows, chunk_tokens = _unpack(model, sig, result, len(chunk), start)
            rows.extend(chunk_rows)
            tokens += chunk_tokens
    else:
        for i, text in enumerate(texts):
            result = predictor(**{sig.input_name: text}, **extra)
            one_rows, one_tokens = _unpack(model, sig, result, 1, i, single=True)
            rows.extend(one_rows)
            tokens += one_tokens
    width = len(rows[0])
    if any(len(r) != width for r in rows):
        raise _bad_result(model, f"its rows have different lengths ({width} and "
                                 f"{next(len(r) for r in rows if len(r) != width)})")
    if dimensions is not None and width != dimensions:
        if width < dimensions:
            raise invalid_request(f"'dimensions' is {dimensions}, larger than the {width} dimensions of model {model!r}",
                                  param="dimensions")
        rows = [truncate(r, dimensions) for r in rows]
    return rows, tokens


def truncate(row: Sequence[float], k: int) -> list[float]:
    """The first k components, rescaled to unit length (Matryoshka)."""
    head = list(row[:k])
    norm = math.sqrt(math.fsum(x * x for x in head))
    return [x / norm for x in head] if norm > 0.0 else head


def _bad_result(model: str, reason: str) -> InternalServerError:
    message = f"model {model!r} returned an unusable result: {reason}"
    return InternalServerError(f"Error code: 500 - {message}", status_code=500,
                               body={"message": message, "type": "server_error", "param": None, "code": None})


def _unpack(model: str, sig: EmbeddingSignature, result: Any, n: int, offset: int,
            single: bool = False) -> tuple[list[list[float]], int]:
    counts: Any = None
    if sig.counts in ("per_input", "total") or (sig.counts == "unknown" and isinstance(result, tuple)):
        if not isinstance(result, tuple) or len(result) != 2:
            raise _bad_result(model, f"expected (embeddings, token counts), got {type(result).__name__}")
        result, counts = result
    rows = rows_of(model, result, n, single)
    tokens = 0
    if counts is not None:
        if _is_int(counts):
            tokens = counts
        elif isinstance(counts, list) and len(counts) == n and all(_is_int(c) for c in counts):
            tokens = sum(counts)
        else:
            raise _bad_result(model, f"its token counts are not an int or {n} ints: {counts!r:.80}")
        if tokens < 0:
            raise _bad_result(model, f"negative token count {tokens}")
    return rows, tokens


def rows_of(model: str, value: Any, n: int, single: bool = False) -> list[list[float]]:
    """`value` (list[list[float]] or a 2-d float ndarray; for single: a vector) as n rows of finite
    Python floats, or an error saying what is wrong."""
    if type(value).__module__ == "numpy" and hasattr(value, "ndim"):
        kind = getattr(value.dtype, "kind", "?")
        if kind != "f":
            raise _bad_result(model, f"an array of {value.dtype}, not of floats")
        if single and value.ndim == 1:
            value = value.reshape(1, -1)
        if value.ndim != 2:
            raise _bad_result(model, f"an array of shape {tuple(value.shape)}, not (N, D)")
        rows = value.tolist()
    elif isinstance(value, list):
        if single and (not value or not isinstance(value[0], list)):
            value = [value]
        rows = value
        for i, row in enumerate(rows):
            if not isinstance(row, list) or not all(isinstance(x, float) for x in row):
                raise _bad_result(model, f"row {i} is not a list of floats")
    else:
        raise _bad_result(model, f"a {type(value).__name__}, not (N, D) floats")
    if len(rows) != n:
        raise _bad_result(model, f"{len(rows)} embeddings for {n} inputs")
    for i, row in enumerate(rows):
        if not row:
            raise _bad_result(model, f"embedding {i} is empty")
        if not all(math.isfinite(x) for x in row):
            raise _bad_result(model, f"embedding {i} has a value that is not finite")
    return rows


# ---- encodings -------------------------------------------------------------------------------------------

def encode(row: list[float], encoding_format: str) -> list[float] | str:
    """A row as the response carries it: the floats, or base64 of their little-endian float32 bytes."""
    if encoding_format == "base64":
        return base64.b64encode(struct.pack(f"<{len(row)}f", *row)).decode("ascii")
    return row


def decode_base64(text: str) -> list[float]:
    """The floats of a base64 embedding (little-endian float32), as Python floats."""
    raw = base64.b64decode(text)
    return list(struct.unpack(f"<{len(raw) // 4}f", raw))
