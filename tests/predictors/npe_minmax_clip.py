"""np.maximum / np.minimum (NaN-propagating) / fmax / fmin and np.clip with array and scalar
bounds, broadcasting, and None."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-minmax-clip", description="maximum minimum clip")
def minmax(a: np.ndarray, b: np.ndarray, lo: int, hi: float) -> list[np.ndarray]:
    return [np.maximum(a, b), np.minimum(a, b), np.fmax(a, b), np.fmin(a, b), np.maximum(a, lo),
            np.minimum(hi, a), np.clip(a, lo, hi), np.clip(a, lo, None), np.clip(a, None, lo), np.clip(a, b, lo),
            a.clip(lo, hi)]


CASES = [
    dict(a=np.array([1.0, np.nan, 3.0, -0.0]), b=np.array([2.0, 1.0, np.nan, 0.0]), lo=0, hi=2.5),
    dict(a=np.array([1, 5, -3], dtype=np.int8), b=np.array([[0], [4]], dtype=np.int8), lo=-1, hi=2.0),
    dict(a=np.array([1, 5, 200], dtype=np.uint8), b=np.array([0, 4, 7], dtype=np.int8), lo=1000, hi=3.0),
    dict(a=np.array([1, 5, 200], dtype=np.uint8), b=np.array([0, 4, 7], dtype=np.uint8), lo=-5, hi=300.0),
    dict(a=np.array([1.5, 2.5], dtype=np.float32), b=np.array([2.0, 2.0], dtype=np.float32), lo=2, hi=np.nan),
    dict(a=np.array([True, False]), b=np.array([False, False]), lo=0, hi=0.5),
    dict(a=np.array([1.0, 2.0]), b=np.array([1.0, 2.0, 3.0]), lo=0, hi=1.0),
]
NUMPY_DTYPES = ["int8", "int32", "int64", "uint8", "uint16", "float16", "float32", "float64"]
NUMPY_SHAPES = dict(max_dims=1, max_side=3)


def strategies(st):
    return {"lo": st.sampled_from([0, -1, 5, 1000, -1000]), "hi": st.sampled_from([0.0, 2.5, -1.0, 1e6, float("nan")])}
