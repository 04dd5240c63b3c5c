"""Integer arithmetic wraps as numpy's C loops; ** wraps; negative integer powers raise."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-int-overflow", description="wrapping integer arithmetic")
def wrap(a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    return [a + b, a - b, a * b, a * a, -a, abs(a), np.abs(b), a ** 3, np.square(b)]


CASES = [
    dict(a=np.array([127, -128, 100], dtype=np.int8), b=np.array([1, -1, 100], dtype=np.int8)),
    dict(a=np.array([255, 0, 200], dtype=np.uint8), b=np.array([1, 1, 100], dtype=np.uint8)),
    dict(a=np.array([2**62, -(2**63)], dtype=np.int64), b=np.array([2**62, -1], dtype=np.int64)),
    dict(a=np.array([2**31 - 1, -(2**31)], dtype=np.int32), b=np.array([1, -1], dtype=np.int32)),
    dict(a=np.array([65535, 300], dtype=np.uint16), b=np.array([65535, 300], dtype=np.uint16)),
    dict(a=np.array([2**64 - 1], dtype=np.uint64), b=np.array([2], dtype=np.uint64)),
]
NUMPY_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
NUMPY_SHAPES = dict(max_dims=1, min_side=1, max_side=4)
