"""Placeholder embedding model for the client tests: the brief's simplest
shape, ``list[str] -> list[list[float]]`` with a ``dimensions`` parameter it
does not act on (the client then truncates and renormalises), and no token
counts (the client reports 0; see docs/client.md)."""

import math
from typing import Optional

from ingot import compile


@compile(tag="tests/plain-embedder", description="Placeholder embeddings, 8 components, no token counts")
def embed(texts: list[str], dimensions: Optional[int] = None) -> list[list[float]]:
    rows: list[list[float]] = []
    for text in texts:
        v = [1.0] * 8
        for i, ch in enumerate(text):
            v[(ord(ch) + i) % 8] += float(ord(ch) % 13)
        norm = math.sqrt(sum(x * x for x in v))
        rows.append([x / norm for x in v])
    return rows
