"""a[np.nonzero(a)]: the tuple of index arrays as a subscript (several index arrays at once)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-index-tuple", description="a tuple of index arrays as a subscript")
def index_tuple(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    nz = np.nonzero(a)
    return a[nz], a[np.where(a > 1)]


CASES = [
    dict(a=np.array([0, 3, 0, -1])),
    dict(a=np.array([[0.0, 1.5], [2.0, -0.0]])),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)
