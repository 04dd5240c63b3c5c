"""Top-k documents by cosine similarity to a query."""
import numpy as np

from ingot import compile


@compile(tag="tests/np-cosine-topk", description="cosine top-k")
def top_k(query: np.ndarray, docs: np.ndarray, k: int) -> list[int]:
    q = query / np.linalg.norm(query)
    d = docs / np.linalg.norm(docs, axis=1, keepdims=True)
    scores = d @ q
    order = np.argsort(-scores, kind="stable")
    return [int(i) for i in order[:k]]


CASES = [
    dict(query=np.array([1.0, 0.0, 1.0]), docs=np.array([[1.0, 0.0, 0.9], [0.0, 1.0, 0.0], [1.0, 1.0, 1.0]]), k=2),
    dict(query=np.array([0.5, 0.5], dtype=np.float32), docs=np.eye(2, dtype=np.float32), k=5),
]

# query and docs must agree in width: hand-picked cases only.
GENERATE = False
