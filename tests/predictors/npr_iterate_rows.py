"""for row in a: rows of a matrix are arrays, rows of a vector numpy scalars."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-iterate-rows", description="iteration over the first axis")
def iterate_rows(a: np.ndarray) -> tuple[list[float], list[int], np.ndarray]:
    totals: list[float] = []
    lengths: list[int] = []
    last = np.zeros(0)
    for row in a:
        totals.append(float(row.sum()))
        lengths.append(row.size)
        last = row
    return totals, lengths, last


CASES = [
    dict(a=np.arange(6.0).reshape(2, 3)),
    dict(a=np.array([1, 2, 3], dtype=np.int8)),
    dict(a=np.zeros((0, 3))),
    dict(a=np.arange(24, dtype=np.float32).reshape(2, 3, 4)),
    dict(a=np.array(1.0)),
]
NUMPY_SHAPES = dict(min_dims=0, max_dims=3, min_side=0, max_side=4)
NUMPY_DTYPES = ["bool", "int8", "int64", "uint32", "float32", "float64"]
