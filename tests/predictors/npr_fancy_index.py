"""Integer-array and boolean-mask indexing (copies), alone and next to slices."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-fancy-index", description="integer and boolean array indexing")
def fancy(a: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    picked = a[idx]
    positive = a[a > 0]
    cols = a[:, idx] if a.ndim > 1 else a[idx][::-1]
    mask = a.sum(axis=-1) > 2 if a.ndim > 1 else a > 2
    return picked, positive, cols, a[mask]


CASES = [
    dict(a=np.arange(12).reshape(3, 4) - 4, idx=np.array([2, 0, -1, 2])),
    dict(a=np.array([1.0, -2.0, 3.0, np.nan]), idx=np.array([3, 3], dtype=np.int32)),
    dict(a=np.arange(6.0).reshape(2, 3), idx=np.array([], dtype=np.int64)),
    dict(a=np.arange(6.0).reshape(3, 2), idx=np.array([[0, 1], [2, 0]])),
    dict(a=np.arange(3), idx=np.array([3])),
    dict(a=np.arange(6).reshape(2, 3), idx=np.array([2, 1], dtype=np.uint8)),
    dict(a=np.arange(6).reshape(2, 3), idx=np.array([1, -3])),
    dict(a=np.arange(6).reshape(2, 3), idx=np.array([0, 5])),
]
GENERATE = False
