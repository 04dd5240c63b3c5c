"""np.newaxis in subscripts: a[np.newaxis], a[:, np.newaxis]."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-index-newaxis", description="np.newaxis as a subscript")
def index_newaxis(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return a[np.newaxis], a[:, np.newaxis]


CASES = [dict(a=np.arange(6).reshape(2, 3)), dict(a=np.arange(3.0))]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)
