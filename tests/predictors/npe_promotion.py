"""numpy 2 promotion across dtype pairs: the result dtype of + and * and /, and np.result_type-like
behaviour of mixed int/uint/float arrays (int64 + uint64 is float64, int8 + uint8 is int16, ...)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-promotion", description="dtype promotion table")
def promote(a: np.ndarray, b: np.ndarray) -> list[str]:
    return [str((a + b).dtype), str((a * b).dtype), str((a / b).dtype), str((a // b).dtype), str((a == b).dtype),
            str(np.maximum(a, b).dtype), str(np.where(a > 0, a, b).dtype), str((a + 1).dtype), str((a + 1.0).dtype),
            str((b * True).dtype)]


CASES = [
    dict(a=np.array([1], dtype=np.int64), b=np.array([1], dtype=np.uint64)),
    dict(a=np.array([1], dtype=np.int8), b=np.array([1], dtype=np.uint8)),
    dict(a=np.array([1], dtype=np.int16), b=np.array([1], dtype=np.float16)),
    dict(a=np.array([1], dtype=np.int8), b=np.array([1], dtype=np.float16)),
    dict(a=np.array([1], dtype=np.uint32), b=np.array([1], dtype=np.float32)),
    dict(a=np.array([True]), b=np.array([True])),
    dict(a=np.array([True]), b=np.array([1], dtype=np.uint16)),
]
NUMPY_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"]
NUMPY_SHAPES = dict(min_dims=1, max_dims=1, min_side=1, max_side=1)
