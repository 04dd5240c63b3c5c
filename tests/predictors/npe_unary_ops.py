"""Unary operators -a, +a, ~a, abs(a) on every dtype: bool refuses - and + (TypeError), floats refuse ~,
-unsigned wraps, abs(INT_MIN) wraps."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-unary-ops", description="unary operators")
def unary(a: np.ndarray) -> list[np.ndarray]:
    out: list[np.ndarray] = [abs(a), np.negative(a) if a.dtype != np.bool_ else a]
    try:
        out.append(-a)
    except TypeError as e:
        print("-:", e)
    try:
        out.append(+a)
    except TypeError as e:
        print("+:", e)
    try:
        out.append(~a)
    except TypeError as e:
        print("~:", e)
    return out


CASES = [
    dict(a=np.array([True, False])),
    dict(a=np.array([-128, 0, 127], dtype=np.int8)),
    dict(a=np.array([0, 1, 255], dtype=np.uint8)),
    dict(a=np.array([-0.0, 1.5, -np.inf, np.nan], dtype=np.float32)),
    dict(a=np.array([-(2**63), 5], dtype=np.int64)),
]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)
