"""np.take_along_axis with argsort's indices (top-k per row)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-take-along-axis", description="take_along_axis")
def take_along(a: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = np.argsort(-a, axis=-1, kind="stable")
    top = order[..., :k]
    values = np.take_along_axis(a, top, axis=-1)
    ascending = np.take_along_axis(a, np.argsort(a, axis=0, kind="stable"), axis=0)
    flat = np.take_along_axis(a, np.argsort(a, axis=None, kind="stable"), axis=None)
    return values, ascending, flat


CASES = [
    dict(a=np.array([[3.0, 1.0, 2.0], [0.5, 9.0, -1.0]]), k=2),
    dict(a=np.array([[3, 1, 2, 3], [0, 0, 9, -1]], dtype=np.int32), k=1),
    dict(a=np.array([5, 3, 8], dtype=np.int16), k=5),
    dict(a=np.arange(24.0).reshape(2, 3, 4) % 5, k=3),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=1, max_side=4)
NUMPY_DTYPES = ["int8", "int32", "int64", "float32", "float64"]


def strategies(st):
    return {"k": st.integers(0, 5)}
