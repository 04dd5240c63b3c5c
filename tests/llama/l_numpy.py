"""A model call inside numpy post-processing, in a helper function."""
import numpy as np
from llama_cpp import Llama

from ingot import compile

model = Llama(model_path="model.gguf", embedding=True, n_ctx=64, n_threads=1, n_threads_batch=1, verbose=False)


def unit_rows(vectors: list[list[float]]) -> np.ndarray:
    m = np.array(vectors, dtype=np.float32)
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)


@compile(tag="tests/l-numpy", description="cosine similarity matrix")
def similarity(texts: list[str]) -> np.ndarray:
    m = unit_rows(model.embed(texts))
    return m @ m.T
