"""Comparing dtypes: a.dtype == np.float32, a.dtype != b.dtype, a.dtype == "uint8"."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-dtype-compare", description="dtype comparisons")
def dtype_compare(a: np.ndarray, b: np.ndarray) -> tuple[bool, bool, bool, bool, bool]:
    return (a.dtype == np.float32, a.dtype == np.int64, a.dtype != b.dtype, a.dtype == b.dtype,
            a.dtype == "uint8")


CASES = [
    dict(a=np.zeros(2, dtype=np.float32), b=np.zeros(2, dtype=np.float32)),
    dict(a=np.zeros(2, dtype=np.int64), b=np.zeros(2)),
    dict(a=np.zeros(2, dtype=np.uint8), b=np.zeros(2, dtype=bool)),
]
