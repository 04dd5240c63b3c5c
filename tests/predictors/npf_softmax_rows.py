"""Fused elementwise: softmax along the last axis, exp(x - max) fused into one call, then the
division by the row sums (float32 exp within an ulp of numpy's SIMD exp)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-softmax-rows", description="softmax over rows with a fused exp(x - max)")
def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


CASES = [
    dict(x=np.array([[1.0, 2.0, 3.0], [3.0, 1.0, -2.0]], dtype=np.float32)),
    dict(x=np.array([[0.0, 0.0], [1000.0, -1000.0]])),
    dict(x=np.array([[1, 2, 3]], dtype=np.int8)),
    dict(x=np.array([[np.nan, 1.0], [-np.inf, 0.0]])),
    dict(x=np.array([0.5, 1.5], dtype=np.float16)),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=2, min_side=1, max_side=4)


def strategies(st):
    from hypothesis.extra import numpy as hnp
    return {"x": hnp.arrays(st.sampled_from([np.float32, np.float64, np.int16, np.int8]),
                            hnp.array_shapes(min_dims=1, max_dims=2, max_side=4),
                            elements=st.integers(-60, 60))}
