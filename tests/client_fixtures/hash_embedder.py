"""Placeholder embedding model for the client tests (tests/python/test_client.py,
clients/node/test/client.test.js): deterministic unit vectors computed from
the character codes of each text. Not a language model: it only has the
signature of one.

Conventions it follows (see docs/client.md):
* the texts come in as ``list[str]`` (the first parameter);
* ``dimensions: Optional[int]`` declares Matryoshka truncation: given k, the
  vectors are cut to their first k components and renormalised;
* it returns ``(embeddings, token_counts)``: the (N, D) rows, and one token
  count per text (here: whitespace-separated words, a stand-in for a
  tokenizer; a real model reports its tokenizer's counts).
"""

import math
from typing import Optional

from ingot import compile

DIM = 16


def _vector(text: str) -> list[float]:
    v = [1.0 / (j + 1) for j in range(DIM)]
    for i, ch in enumerate(text):
        c = ord(ch)
        v[(c * 31 + i) % DIM] += 1.0 + (c % 7) / 7.0
        v[(c + 7 * i) % DIM] -= (c % 3) / 3.0
    return v


def _unit(v: list[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in v))
    if norm == 0.0:
        return v
    return [x / norm for x in v]


@compile(tag="tests/hash-embedder", description="Placeholder embeddings: unit vectors from character codes")
def embed(texts: list[str], dimensions: Optional[int] = None) -> tuple[list[list[float]], list[int]]:
    size = DIM
    if dimensions is not None:
        if dimensions < 1 or dimensions > DIM:
            raise ValueError(f"dimensions must be between 1 and {DIM}, got {dimensions}")
        size = dimensions
    rows: list[list[float]] = []
    counts: list[int] = []
    for text in texts:
        rows.append(_unit(_vector(text)[:size]))
        counts.append(len(text.split()))
    return rows, counts
