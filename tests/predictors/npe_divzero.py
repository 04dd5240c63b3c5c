"""Division by zero: floats give inf/nan, integers give 0 (numpy's loops, warnings silenced)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-divzero", description="division by zero")
def divzero(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a / b, a // b, a % b, np.fmod(a, b), np.floor_divide(a, b), np.remainder(a, b)]


CASES = [
    dict(a=np.array([1.0, -1.0, 0.0, np.inf, np.nan]), b=np.zeros(5)),
    dict(a=np.array([1.0, -1.0, 0.0, 5.5]), b=np.array([-0.0, -0.0, -0.0, np.inf])),
    dict(a=np.array([1, -1, 0, 7], dtype=np.int32), b=np.zeros(4, dtype=np.int32)),
    dict(a=np.array([-128, 7, -7], dtype=np.int8), b=np.array([-1, -2, 2], dtype=np.int8)),
    dict(a=np.array([5, 0], dtype=np.uint8), b=np.array([0, 0], dtype=np.uint8)),
    dict(a=np.array([1.0, -3.0], dtype=np.float32), b=np.array([0.0, 2.0], dtype=np.float32)),
    dict(a=np.array([-7.5, 7.5], dtype=np.float16), b=np.array([2.0, -2.0], dtype=np.float16)),
    dict(a=np.array([True, False]), b=np.array([False, False])),
]
NUMPY_DTYPES = ["int8", "int32", "uint8", "uint64", "int64", "float16", "float32", "float64"]
NUMPY_SHAPES = dict(max_dims=1, max_side=4)
