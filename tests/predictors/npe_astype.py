"""astype across all dtype pairs: numpy's C casts (float -> int truncates, nan/inf -> INT_MIN pattern,
int -> narrower int wraps, -> bool is != 0, float64 -> float16 rounds once)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-astype", description="astype to every dtype")
def casts(a: np.ndarray) -> list[np.ndarray]:
    return [a.astype(np.bool_), a.astype(np.int8), a.astype(np.int16), a.astype(np.int32), a.astype(np.int64),
            a.astype(np.uint8), a.astype(np.uint16), a.astype(np.uint32), a.astype(np.uint64),
            a.astype(np.float16), a.astype(np.float32), a.astype(np.float64), a.astype(float), a.astype(int),
            a.astype(bool), a.astype("float32"), a.astype(a.dtype)]


CASES = [
    dict(a=np.array([0.0, -0.0, 1.7, -1.7, 300.7, -300.7, 1e10, -1e10, np.nan, np.inf, -np.inf, 65520.0, 1e-8])),
    dict(a=np.array([0.5, -2.5, 3e9, -3e9, np.nan], dtype=np.float32)),
    dict(a=np.array([0, -1, 127, -128, 255, 256, 2**31, -(2**31) - 1, 2**63 - 1, -(2**63)], dtype=np.int64)),
    dict(a=np.array([0, 2**63, 2**64 - 1], dtype=np.uint64)),
    dict(a=np.array([True, False])),
    dict(a=np.array([1.5, -65504.0, np.inf], dtype=np.float16)),
]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)
