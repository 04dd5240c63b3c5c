"""Placeholder embedding model for the client tests returning a numpy
array: ``list[str] -> np.ndarray`` of shape (N, 4), float32."""

import numpy as np

from ingot import compile


@compile(tag="tests/array-embedder", description="Placeholder embeddings as a float32 array")
def embed(texts: list[str]) -> np.ndarray:
    rows: list[list[float]] = []
    for text in texts:
        rows.append([1.0, float(len(text)), float(text.count(" ")), 0.5])
    return np.array(rows, dtype=np.float32)
