"""Fused elementwise over two arrays that broadcast (or not: the error is numpy's, from the first
operation that fails), of the same or mixed dtypes (int operands are cast on load when the tree
computes in float32/float64; otherwise op by op)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-broadcast", description="fused trees over two broadcasting arrays")
def two_arrays(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [(a - b) * (a + b) / 2.0, np.maximum(a - b, 0) + np.minimum(a, b) * 1.5, (a * 0.5 - b) / (b * b + 1.0),
            np.sqrt(np.abs(a - b)) + b]


CASES = [
    dict(a=np.arange(6, dtype=np.float32).reshape(2, 3), b=np.array([1.0, -2.0, 0.5], dtype=np.float32)),
    dict(a=np.arange(6, dtype=np.float64).reshape(2, 3), b=np.array([[2.0], [-3.0]])),
    dict(a=np.array([1.5, -2.5, 0.0], dtype=np.float32), b=np.array([[2.0], [0.0]], dtype=np.float64)),
    dict(a=np.array([[7, -7], [8, -8]], dtype=np.int8), b=np.array([2.5, 0.5], dtype=np.float32)),
    dict(a=np.array([1, 2, 3], dtype=np.int64), b=np.array([4, 5, 6], dtype=np.int64)),
    dict(a=np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), b=np.array([1.0, 2.0, 3.0, 4.0])),
    dict(a=np.zeros((0, 3), dtype=np.float32), b=np.ones(3, dtype=np.float32)),
    dict(a=np.array(3.0), b=np.array([1.0, 2.0], dtype=np.float32)),
    dict(a=np.array([1.0, 2.0], dtype=np.float16), b=np.array([3.0], dtype=np.float32)),
]
NUMPY_DTYPES = ["float32", "float64", "int8", "int32", "uint8", "float16", "bool"]
NUMPY_SHAPES = dict(max_dims=3, max_side=3)
