"""Integer ** wraps (square-and-multiply); a negative integer exponent raises ValueError."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-int-power", description="integer power")
def int_power(a: np.ndarray, e: np.ndarray) -> list[np.ndarray]:
    return [a ** e, a ** 2, np.power(a, 3), a ** 0]


CASES = [
    dict(a=np.array([3, -3, 2], dtype=np.int8), e=np.array([5, 3, 8], dtype=np.int8)),
    dict(a=np.array([3, 10], dtype=np.int64), e=np.array([40, 19], dtype=np.int64)),
    dict(a=np.array([2, 2], dtype=np.int32), e=np.array([1, -1], dtype=np.int32)),
    dict(a=np.array([2, 3], dtype=np.uint8), e=np.array([7, 5], dtype=np.uint8)),
    dict(a=np.array([2, 3], dtype=np.uint8), e=np.array([7, 5], dtype=np.int8)),
    dict(a=np.array([True, False]), e=np.array([True, True])),
    dict(a=np.array([2.0, -8.0], dtype=np.float32), e=np.array([0.5, 1.0 / 3], dtype=np.float32)),
]
NUMPY_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
NUMPY_SHAPES = dict(max_dims=1, max_side=4)


def strategies(st):
    from hypothesis.extra import numpy as hnp
    return {"e": hnp.arrays(st.sampled_from([np.int8, np.uint8, np.int64, np.uint32]), st.integers(0, 4),
                            elements=st.integers(0, 70))}
