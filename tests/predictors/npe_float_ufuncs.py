"""Float ufuncs: exp log sqrt tanh abs floor ceil sign, on every dtype (ints and bool compute
in float16/32/64 by size; floor/ceil keep integer dtypes). Arrays are returned: float32 exp/log/tanh
may differ from numpy's SIMD by an ulp, within the harness's tolerance."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-float-ufuncs", description="unary float ufuncs")
def ufuncs(a: np.ndarray) -> list[np.ndarray]:
    return [np.exp(a), np.log(a), np.sqrt(a), np.tanh(a), np.abs(a), np.absolute(a), np.floor(a), np.ceil(a),
            np.log1p(a), np.expm1(a), np.log2(a), np.log10(a)]


CASES = [
    dict(a=np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 0.5, 100.0])),
    dict(a=np.array([0.0, 1.0, -2.5, 88.0, 89.0, 1e-40], dtype=np.float32)),
    dict(a=np.array([0.0, 1.0, -2.5, 11.0, 12.0], dtype=np.float16)),
    dict(a=np.array([0, 1, 2, -3], dtype=np.int8)),
    dict(a=np.array([0, 1, 2, 300], dtype=np.int16)),
    dict(a=np.array([0, 1, 2, 10**9], dtype=np.int64)),
    dict(a=np.array([True, False])),
    dict(a=np.array(2.0, dtype=np.float32)),
]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)
