"""np.linalg.norm of vectors and matrices, along an axis, with keepdims and ord."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-norm", description="np.linalg.norm")
def norms(a: np.ndarray, axis: int, keepdims: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    ax = axis % a.ndim
    return (np.linalg.norm(a), np.linalg.norm(a, axis=ax), np.linalg.norm(a, axis=ax, keepdims=keepdims),
            np.linalg.norm(a, ord=1, axis=ax))


CASES = [
    dict(a=np.array([3.0, 4.0]), axis=0, keepdims=False),
    dict(a=np.array([[3.0, 4.0], [5.0, 12.0]], dtype=np.float32), axis=1, keepdims=True),
    dict(a=np.array([[1, -2, 2], [0, 0, 0]], dtype=np.int32), axis=-1, keepdims=False),
    dict(a=np.array([[True, False, True]]), axis=1, keepdims=True),
    dict(a=np.array([np.inf, 1.0, np.nan]), axis=0, keepdims=False),
    dict(a=np.zeros((0, 3)), axis=0, keepdims=False),
    dict(a=np.arange(24.0).reshape(2, 3, 4), axis=2, keepdims=True),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)
NUMPY_DTYPES = ["int8", "int32", "int64", "uint16", "float32", "float64"]


def strategies(st):
    return {"axis": st.integers(-3, 3)}
