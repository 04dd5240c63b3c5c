"""len() of a numpy scalar: TypeError naming its type (a 0-d array says "len() of unsized object")."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-len-numpy-scalar", description="len of a numpy scalar")
def len_numpy_scalar(a: np.ndarray) -> int:
    return len(a[0])


CASES = [
    dict(a=np.array([1.5, 2.0])),
    dict(a=np.array([1, 2], dtype=np.int32)),
    dict(a=np.array([[1, 2]], dtype=np.uint8)),
]
GENERATE = False
