"""np.squeeze of an axis whose size is not one: numpy's ValueError."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-squeeze-errors", description="squeeze errors")
def squeeze_errors(a: np.ndarray, axis: int) -> np.ndarray:
    return np.squeeze(a, axis=axis)


CASES = [
    dict(a=np.zeros((1, 3)), axis=0),
    dict(a=np.zeros((1, 3)), axis=1),
    dict(a=np.zeros((1, 3)), axis=-2),
    dict(a=np.zeros((2, 1, 3), dtype=np.int8), axis=1),
    dict(a=np.zeros((2, 1, 3), dtype=np.int8), axis=0),
]
GENERATE = False
