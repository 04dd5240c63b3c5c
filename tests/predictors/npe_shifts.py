"""Shifts: by the width or more give 0 (or -1 right-shifting a negative), as numpy."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-shifts", description="<< and >>")
def shifts(a: np.ndarray, s: np.ndarray) -> list[np.ndarray]:
    return [a << s, a >> s, a << 1, a >> 2]


CASES = [
    dict(a=np.array([1, -1, 5, -128], dtype=np.int8), s=np.array([7, 1, 8, 9], dtype=np.int8)),
    dict(a=np.array([1, 2**63, 5], dtype=np.uint64), s=np.array([63, 1, 64], dtype=np.uint64)),
    dict(a=np.array([-8, 8], dtype=np.int64), s=np.array([[1], [70]], dtype=np.int64)),
    dict(a=np.array([1, 2], dtype=np.int32), s=np.array([-1, 2], dtype=np.int32)),
    dict(a=np.array([1.0]), s=np.array([1])),
    dict(a=np.array([True]), s=np.array([True])),
]
NUMPY_DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
NUMPY_SHAPES = dict(max_dims=1, max_side=4)


def strategies(st):
    from hypothesis.extra import numpy as hnp
    return {"s": hnp.arrays(st.sampled_from([np.int8, np.uint8, np.int64, np.uint32]), st.integers(0, 4),
                            elements=st.integers(0, 70))}
