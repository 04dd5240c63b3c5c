"""Elementwise arithmetic between two arrays with broadcasting (+ - * / // % and unary -)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-arith-broadcast", description="array-array arithmetic with broadcasting")
def arith(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a + b, a - b, a * b, a / b, a // b, a % b, -a]


CASES = [
    dict(a=np.arange(6, dtype=np.int64).reshape(2, 3), b=np.array([1, -2, 3], dtype=np.int64)),
    dict(a=np.arange(6, dtype=np.int32).reshape(2, 3), b=np.array([[2], [-3]], dtype=np.int32)),
    dict(a=np.array([1.5, -2.5, 0.0], dtype=np.float32), b=np.array([[2.0], [0.0]], dtype=np.float64)),
    dict(a=np.array([[7, -7], [8, -8]], dtype=np.int8), b=np.array([2, 253], dtype=np.uint8)),
    dict(a=np.array([5, 6, 7], dtype=np.uint16), b=np.array(0, dtype=np.uint16)),
    dict(a=np.array([1.0, -1.0, 0.0, np.nan]), b=np.array([0.0, 0.0, 0.0, 1.0])),
    dict(a=np.array([[1, 2, 3], [4, 5, 6]]), b=np.array([1, 2, 3, 4])),  # broadcast error
    dict(a=np.array([-128, 127], dtype=np.int8), b=np.array([-1, 1], dtype=np.int8)),
    dict(a=np.zeros((0, 3), dtype=np.float32), b=np.ones(3, dtype=np.float16)),
]
NUMPY_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)
