"""Matryoshka truncation: keep the first d dimensions and renormalise."""
import numpy as np

from ingot import compile


@compile(tag="tests/np-matryoshka", description="truncate embeddings and renormalise")
def truncate(embeddings: np.ndarray, dimensions: int) -> np.ndarray:
    cut = embeddings[:, :dimensions]
    return cut / np.linalg.norm(cut, axis=1, keepdims=True)


CASES = [
    dict(embeddings=np.arange(1, 13, dtype=np.float32).reshape(2, 6), dimensions=3),
    dict(embeddings=np.array([[3.0, 4.0, 12.0]]), dimensions=2),
]
