"""A dtype constant on the left of ==: np.float32 == a.dtype."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-dtype-compare-reversed", description="dtype constant == a.dtype")
def dtype_compare_reversed(a: np.ndarray) -> tuple[bool, bool]:
    return np.float32 == a.dtype, np.int64 != a.dtype


CASES = [dict(a=np.zeros(2, dtype=np.float32)), dict(a=np.zeros(2, dtype=np.int64))]
