"""The @compile decorator: marks a typed function as a predictor.

In CPython the decorator changes nothing about the function: it records the
predictor's spec on it (``fn.__ingot__``) and returns the very same function,
so a predictor file runs as plain Python. ``ingot compile FILE`` reads the
decorator from the source and builds the bundle.
"""

from __future__ import annotations

import inspect
import typing
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_NO_DEFAULT = inspect.Parameter.empty


def annotation_text(annotation: Any) -> str | None:
    """An annotation as the manifest writes it: ``int``, ``list[int]``,
    ``Optional[str]``, ``tuple[int, ...]``; None when absent."""
    if annotation is inspect.Parameter.empty or annotation is inspect.Signature.empty:
        return None
    if isinstance(annotation, str):  # PEP 563 (from __future__ import annotations) or a quoted hint
        return annotation
    if annotation is None or annotation is type(None):
        return "None"
    if isinstance(annotation, type) and not typing.get_args(annotation):
        return annotation.__name__
    return repr(annotation).replace("typing.", "").replace("NoneType", "None")


def predictor_spec(fn: Callable[..., Any], tag: str | None, description: str | None) -> dict[str, Any]:
    """The spec @compile records: what the manifest of the bundle will say
    about the signature (defaults are kept as Python values here)."""
    signature = inspect.signature(fn)
    parameters = []
    for p in signature.parameters.values():
        entry: dict[str, Any] = {"name": p.name, "type": annotation_text(p.annotation), "kind": p.kind.name}
        if p.default is not _NO_DEFAULT:
            entry["default"] = p.default
        parameters.append(entry)
    return {
        "tag": tag,
        "description": description if description is not None else inspect.getdoc(fn),
        "entry": fn.__name__,
        "parameters": parameters,
        "returns": annotation_text(signature.return_annotation),
    }


def compile(fn: F | None = None, /, *, tag: str | None = None, description: str | None = None) -> Any:
    """Marks `fn` as a predictor for ``ingot compile``.

    Used as ``@compile(tag="owner/name", description="...")`` or bare
    ``@compile``. Returns the function unchanged, with the spec in
    ``fn.__ingot__`` (tag, description, entry, parameters, returns).
    """
    if tag is not None and not isinstance(tag, str):
        raise TypeError(f"compile(): tag must be a str like 'owner/name', not {type(tag).__name__}")
    if description is not None and not isinstance(description, str):
        raise TypeError(f"compile(): description must be a str, not {type(description).__name__}")

    def decorate(f: F) -> F:
        if not callable(f):
            raise TypeError(f"@compile decorates a function, not {type(f).__name__}")
        f.__ingot__ = predictor_spec(f, tag, description)  # type: ignore[attr-defined]
        return f

    if fn is not None:
        if isinstance(fn, str):
            raise TypeError("compile(): pass the tag by keyword: @compile(tag='owner/name')")
        return decorate(fn)
    return decorate
