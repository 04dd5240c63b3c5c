"""Boolean masks as subscripts: matching shapes, the wrong length (IndexError)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-mask-index", description="boolean mask indexing")
def mask_index(a: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return a[mask], a[~mask]


CASES = [
    dict(a=np.arange(5), mask=np.array([True, False, True, False, False])),
    dict(a=np.arange(6.0).reshape(2, 3), mask=np.array([False, True])),
    dict(a=np.arange(6.0).reshape(2, 3), mask=np.array([[True, False, True], [False, False, True]])),
    dict(a=np.arange(5), mask=np.array([True, False])),
    dict(a=np.arange(6).reshape(2, 3), mask=np.array([True, False, True])),
    dict(a=np.zeros((0, 2)), mask=np.zeros((0,), dtype=bool)),
    dict(a=np.array(3.0), mask=np.array(True)),
]
GENERATE = False
