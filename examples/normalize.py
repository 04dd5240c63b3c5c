"""numpy post-processing of the kind Ingot compiles: L2-normalise the rows of
an embedding matrix (zero rows stay zero)."""

import numpy as np

from ingot import compile


@compile(tag="examples/normalize", description="L2-normalised rows")
def normalize(embeddings: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(embeddings, axis=1, keepdims=True)
    return embeddings / np.maximum(norms, 1e-12)
