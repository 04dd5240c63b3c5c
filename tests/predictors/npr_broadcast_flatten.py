"""np.broadcast_to, flatten and ravel (of views too), and broadcast errors."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-broadcast-flatten", description="broadcast_to, flatten, ravel")
def broadcast_flatten(a: np.ndarray, rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    b = np.broadcast_to(a, (rows,) + a.shape)
    return b, b.flatten(), a.T.ravel(), a[::-1].flatten()


CASES = [
    dict(a=np.arange(3), rows=2),
    dict(a=np.arange(6.0).reshape(2, 3), rows=3),
    dict(a=np.array([True, False]), rows=0),
    dict(a=np.arange(3), rows=-1),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=2, min_side=0, max_side=4)


def strategies(st):
    return {"rows": st.integers(0, 3)}
