"""Fused chains of unary ufuncs (sqrt exp log tanh abs square, unary minus) with arithmetic; ints
and bool compute in float16/32/64 by size, as numpy's float loops."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-unary-chain", description="fused unary ufunc chains")
def chains(a: np.ndarray) -> list[np.ndarray]:
    return [np.sqrt(np.abs(a) + 1.0) * np.exp(-np.square(a * 0.1)) - np.log(np.abs(a) + 2.0),
            np.tanh(a * 0.5) * 0.5 + 0.5, -np.abs(a) - 1, np.square(a - 1) * 2]


CASES = [
    dict(a=np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 0.5, 100.0])),
    dict(a=np.array([[0.0, 1.0], [-2.5, 88.0]], dtype=np.float32)),
    dict(a=np.array([0.0, 1.0, -2.5, 11.0], dtype=np.float16)),
    dict(a=np.array([0, 1, 2, -3], dtype=np.int8)),
    dict(a=np.array([0, 1, 2, 300], dtype=np.int16)),
    dict(a=np.array([True, False])),
    dict(a=np.array(2.0, dtype=np.float32)),
]
NUMPY_SHAPES = dict(max_dims=3, max_side=3)
