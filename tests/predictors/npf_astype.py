"""Fused astype: an integer or float array cast to float32/float64 inside an elementwise tree (the
cast done on load, as image pre-processing); other target dtypes fall back to op by op."""
import numpy as np

from ingot import compile

MEAN = [0.5, 0.25, 0.125]


@compile(tag="tests/npf-astype", description="astype inside fused expressions")
def casts(a: np.ndarray) -> list[np.ndarray]:
    x = a.astype(np.float32) / 255.0
    x = (x - np.array(MEAN, dtype=np.float32)) * 2.0
    return [x, (a.astype(np.float64) - 128) * 0.5, a.astype(np.float16) * 2 - 1, a.astype(np.int32) * 3 + 1]


CASES = [
    dict(a=np.arange(12, dtype=np.uint8).reshape(2, 2, 3) * 20),
    dict(a=np.array([[[0.5, 1.5, 300.0]]])),
    dict(a=np.array([[[-1, 0, 1]]], dtype=np.int64)),
    dict(a=np.array([[[True, False, True]]])),
    dict(a=np.zeros((0, 3), dtype=np.uint8)),
    dict(a=np.array([1, 2], dtype=np.uint8)),  # (2,) does not broadcast with MEAN's (3,)
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, max_side=3)
NUMPY_DTYPES = ["uint8", "int16", "int64", "float32", "float64", "bool"]
