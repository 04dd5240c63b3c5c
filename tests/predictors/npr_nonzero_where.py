"""np.nonzero, a.nonzero() and one-argument np.where: tuples of index arrays."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-nonzero-where", description="nonzero and where(cond)")
def nonzero_where(a: np.ndarray) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...], int, np.ndarray]:
    nz = np.nonzero(a)
    w = np.where(a > 0)
    count = len(a.nonzero())
    picked = a[nz[0]] if a.ndim == 1 else a[a != 0]
    return nz, w, count, picked


CASES = [
    dict(a=np.array([0, 3, 0, -1])),
    dict(a=np.array([[0.0, 1.5], [np.nan, -0.0]])),
    dict(a=np.array([[[True, False], [False, True]]])),
    dict(a=np.zeros((0, 3))),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)
