"""Out-of-bounds integer indices and too many indices: numpy's IndexError messages."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-index-errors", description="index errors")
def index_errors(a: np.ndarray, i: int, j: int) -> np.ndarray:
    if a.ndim == 1:
        return a[i]
    return a[i, j]


CASES = [
    dict(a=np.arange(3), i=5, j=0),
    dict(a=np.arange(3), i=-4, j=0),
    dict(a=np.arange(3), i=-3, j=0),
    dict(a=np.arange(6).reshape(2, 3), i=1, j=3),
    dict(a=np.arange(6).reshape(2, 3), i=2, j=0),
    dict(a=np.arange(6).reshape(2, 3), i=-1, j=-4),
    dict(a=np.zeros((0,)), i=0, j=0),
    dict(a=np.array(1.0), i=0, j=0),
    dict(a=np.zeros((2, 2, 2)), i=1, j=1),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)


def strategies(st):
    return {"i": st.integers(-6, 6), "j": st.integers(-6, 6)}
