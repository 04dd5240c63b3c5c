"""Fused np.clip with one or both bounds (one bound is maximum/minimum in the loop dtype; a NaN
anywhere propagates); integer arrays with out-of-range Python int bounds fall back to op by op."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-clip", description="clip inside fused expressions")
def clips(a: np.ndarray, lo: float) -> list[np.ndarray]:
    return [np.clip(a * 2.0, 0, None) + 1, np.clip(a - 1, None, 3.5) / 2, np.clip(a / 2, -1.0, 1.0) + lo,
            np.clip(a - lo, lo, lo + 2) * 3, np.clip(a + 1, -1000, 1000) * 2]


CASES = [
    dict(a=np.array([-3.0, -0.5, 0.0, 0.5, 7.0, np.nan], dtype=np.float32), lo=0.25),
    dict(a=np.array([[-3.0, 9.0], [np.inf, -np.inf]]), lo=float("nan")),
    dict(a=np.array([-3, 0, 5, 100], dtype=np.int8), lo=1.0),
    dict(a=np.array([0, 7, 255], dtype=np.uint8), lo=-2.0),
    dict(a=np.array([1.5, -2.5], dtype=np.float16), lo=0.5),
]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)


def strategies(st):
    return {"lo": st.sampled_from([0.0, 0.25, -1.5, 3.0, float("nan")])}
