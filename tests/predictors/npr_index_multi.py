"""Multi-dimensional subscripts: a[i, j], a[i], a[1:3, ::-1], a[:, j], None and the ellipsis."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-index-multi", description="multi-dimensional indexing")
def index_multi(a: np.ndarray, i: int, j: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    return (a[i, j], a[i], a[1:3, ::-1], a[:, j], a[None], a[:, None, 1:], a[..., -1])


CASES = [
    dict(a=np.arange(12).reshape(3, 4), i=1, j=2),
    dict(a=np.arange(12.0).reshape(3, 4), i=-1, j=-4),
    dict(a=np.arange(24, dtype=np.float32).reshape(2, 3, 4), i=0, j=2),
    dict(a=np.array([[True, False], [False, True]]), i=1, j=0),
    dict(a=np.arange(12).reshape(3, 4), i=3, j=0),
    dict(a=np.arange(12).reshape(3, 4), i=0, j=-5),
]
NUMPY_SHAPES = dict(min_dims=2, max_dims=3, min_side=1, max_side=4)


def strategies(st):
    return {"i": st.integers(-2, 1), "j": st.integers(-1, 0)}
