"""np.sort and np.argsort (kind="stable") along an axis or flattened; nans last."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-sort", description="sort and argsort")
def sort(a: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    ax = axis % a.ndim
    return (np.sort(a, axis=ax, kind="stable"), np.argsort(a, axis=ax, kind="stable"), np.sort(a),
            np.argsort(a, axis=None, kind="stable"))


CASES = [
    dict(a=np.array([3, 1, 2, 1, 3]), axis=0),
    dict(a=np.array([[3.0, np.nan, 1.0], [-0.0, 0.0, -np.inf]]), axis=1),
    dict(a=np.array([[3.0, np.nan, 1.0], [-0.0, 0.0, -np.inf]], dtype=np.float32), axis=0),
    dict(a=np.array([True, False, True, False]), axis=0),
    dict(a=np.array([200, 3, 255, 0], dtype=np.uint8), axis=-1),
    dict(a=np.zeros((0, 2)), axis=1),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)


def strategies(st):
    return {"axis": st.integers(-3, 3)}
