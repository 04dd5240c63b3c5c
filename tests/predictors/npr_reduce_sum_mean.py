"""sum, prod and mean over an axis, with and without keepdims."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-reduce-sum-mean", description="sum/prod/mean along an axis")
def reduce_sum_mean(a: np.ndarray, axis: int, keepdims: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    ax = axis % a.ndim
    total = np.sum(a)
    return total, a.sum(axis=ax, keepdims=keepdims), np.prod(a, axis=ax, keepdims=keepdims), a.mean(axis=ax, keepdims=keepdims)


CASES = [
    dict(a=np.arange(6.0).reshape(2, 3), axis=0, keepdims=False),
    dict(a=np.arange(6, dtype=np.int32).reshape(2, 3), axis=1, keepdims=True),
    dict(a=np.array([[True, False], [True, True]]), axis=-1, keepdims=False),
    dict(a=np.array([250, 10], dtype=np.uint8), axis=0, keepdims=False),
    dict(a=np.array([120, 10], dtype=np.int8), axis=0, keepdims=True),
    dict(a=np.zeros((0, 3), dtype=np.float32), axis=0, keepdims=False),
    dict(a=np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 7, axis=1, keepdims=True),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=1, max_side=4)
NUMPY_DTYPES = ["bool", "int8", "int32", "int64", "uint8", "uint64", "float32", "float64"]


def strategies(st):
    return {"axis": st.integers(-3, 3)}
