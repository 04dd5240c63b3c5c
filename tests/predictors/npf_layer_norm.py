"""Fused elementwise: layer normalisation, (x - mean) / sqrt(var + eps), one fused call over the
row statistics (float32/float64 arrays run in one pass; ints compute in float64 with the int array
cast on load; float16 and bool fall back to op-by-op evaluation)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-layer-norm", description="layer norm as one fused expression")
def layer_norm(x: np.ndarray) -> np.ndarray:
    m = x.mean(axis=-1, keepdims=True)
    v = x.var(axis=-1, keepdims=True)
    return (x - m) / np.sqrt(v + 1e-5)


CASES = [
    dict(x=np.arange(12, dtype=np.float32).reshape(3, 4) / 7),
    dict(x=np.array([[1.0, 2.0, 4.0], [-1.0, 0.0, 1e300]])),
    dict(x=np.array([[3, 1, 4, 1], [5, 9, 2, 6]], dtype=np.int16)),
    dict(x=np.array([[1.5, -2.0]], dtype=np.float16)),
    dict(x=np.array([[True, False, True]])),
    dict(x=np.zeros((2, 0), dtype=np.float32)),
    dict(x=np.array([np.nan, 1.0, np.inf], dtype=np.float32)),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, max_side=4)
