"""np.expand_dims and np.squeeze (all axes or one), and the shapes they give."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-expand-squeeze", description="expand_dims and squeeze")
def expand_squeeze(a: np.ndarray, axis: int) -> tuple[np.ndarray, tuple[int, ...], np.ndarray, tuple[int, ...]]:
    ax = axis % (a.ndim + 1)
    e = np.expand_dims(a, ax)
    s = np.squeeze(e)
    front = np.expand_dims(a, 0)
    return e, s.shape, front.squeeze(axis=0), np.expand_dims(a, -1).shape


CASES = [
    dict(a=np.arange(6).reshape(2, 3), axis=1),
    dict(a=np.arange(3.0), axis=-1),
    dict(a=np.array(2.5, dtype=np.float32), axis=0),
    dict(a=np.zeros((1, 3, 1)), axis=2),
    dict(a=np.zeros((0, 1)), axis=0),
]
NUMPY_SHAPES = dict(min_dims=0, max_dims=3, min_side=0, max_side=3)


def strategies(st):
    return {"axis": st.integers(-4, 4)}
