"""a[None] and a[:, None] (None written directly, as numpy code usually does)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-index-none", description="None as a subscript")
def index_none(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return a[None], a[:, None], a[None, ..., None]


CASES = [
    dict(a=np.arange(6).reshape(2, 3)),
    dict(a=np.arange(3.0)),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)
