"""max, min, argmax and argmin along an axis; empty arrays raise numpy's errors."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-reduce-minmax", description="max/min/argmax/argmin")
def reduce_minmax(a: np.ndarray, axis: int, keepdims: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if a.ndim == 0:
        return a.max(), a.min(), a.argmax(), a.argmin(), np.max(a)
    ax = axis % a.ndim
    return (a.max(axis=ax, keepdims=keepdims), a.min(axis=ax, keepdims=keepdims),
            a.argmax(axis=ax, keepdims=keepdims), np.argmin(a, axis=ax, keepdims=keepdims), np.amax(a))


CASES = [
    dict(a=np.array([[3.0, 1.0, 2.0], [0.5, 9.0, 9.0]]), axis=1, keepdims=False),
    dict(a=np.array([[3, 1, 2], [0, 9, 9]], dtype=np.int16), axis=0, keepdims=True),
    dict(a=np.array([1.0, np.nan, 3.0]), axis=0, keepdims=False),
    dict(a=np.array([[np.nan, 1.0], [2.0, 3.0]], dtype=np.float32), axis=1, keepdims=False),
    dict(a=np.array([False, True, True]), axis=0, keepdims=False),
    dict(a=np.zeros((0,)), axis=0, keepdims=False),
    dict(a=np.zeros((2, 0), dtype=np.int32), axis=1, keepdims=False),
    dict(a=np.zeros((2, 0), dtype=np.int32), axis=0, keepdims=False),
    dict(a=np.array(5.0), axis=0, keepdims=False),
    dict(a=np.array([-0.0, 0.0]), axis=0, keepdims=False),
]
NUMPY_SHAPES = dict(min_dims=0, max_dims=3, min_side=0, max_side=4)


def strategies(st):
    return {"axis": st.integers(-3, 3)}
