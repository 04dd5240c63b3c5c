"""len() of a 0-d array raises TypeError as numpy; len of other arrays is the first extent."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-len-scalar", description="len of 0-d arrays")
def len_scalar(a: np.ndarray) -> int:
    return len(a)


CASES = [
    dict(a=np.array([1.5, 2.0])),
    dict(a=np.zeros((0, 2), dtype=np.int8)),
    dict(a=np.array(3, dtype=np.int32)),
    dict(a=np.zeros((3, 2))),
]
