"""Mean pooling of token embeddings with an attention mask, then L2
normalisation: the post-processing of a sentence-embedding model."""
import numpy as np

from ingot import compile


@compile(tag="tests/np-mean-pooling", description="masked mean pooling + L2 normalisation")
def pool(token_embeddings: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
    mask = np.expand_dims(attention_mask, -1).astype(token_embeddings.dtype)
    summed = (token_embeddings * mask).sum(axis=1)
    counts = np.clip(mask.sum(axis=1), 1e-9, None)
    pooled = summed / counts
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return pooled / np.maximum(norms, 1e-12)


CASES = [
    dict(token_embeddings=np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 10,
         attention_mask=np.array([[1, 1, 0], [1, 0, 0]], dtype=np.int64)),
    dict(token_embeddings=np.ones((1, 2, 3), dtype=np.float64), attention_mask=np.zeros((1, 2), dtype=np.int64)),
]

# the embeddings and the mask must agree in shape: hand-picked cases only.
GENERATE = False
