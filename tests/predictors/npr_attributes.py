"""a.shape, a.ndim, a.size, a.dtype and len(a) as Python values."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-attributes", description="array attributes")
def attributes(a: np.ndarray) -> tuple[tuple[int, ...], int, int, str, int, bool, int]:
    n = len(a) if a.ndim > 0 else -1
    rows = a.shape[0] if a.ndim > 0 else 0
    return a.shape, a.ndim, a.size, str(a.dtype), n, a.dtype == np.float32, rows


CASES = [
    dict(a=np.zeros((2, 3), dtype=np.float32)),
    dict(a=np.arange(5, dtype=np.uint16)),
    dict(a=np.array(True)),
    dict(a=np.zeros((0, 4, 1), dtype=np.int8)),
]
