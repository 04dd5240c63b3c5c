"""Placeholder embedding model for the client tests: one text per call
(``str -> list[float]``); the client calls it once per input."""

from ingot import compile


@compile(tag="tests/single-embedder", description="Placeholder embeddings of one text at a time")
def embed_one(text: str) -> list[float]:
    n = float(len(text))
    return [1.0, n, float(sum(ord(c) for c in text) % 97)]
