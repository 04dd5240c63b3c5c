"""transpose with bad axes: numpy's ValueError."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-transpose-errors", description="transpose errors")
def transpose_errors(a: np.ndarray, axes: tuple[int, int]) -> np.ndarray:
    return np.transpose(a, axes)


CASES = [
    dict(a=np.arange(6).reshape(2, 3), axes=(1, 0)),
    dict(a=np.arange(6).reshape(2, 3), axes=(-1, 0)),
    dict(a=np.arange(6).reshape(2, 3), axes=(0, 0)),
    dict(a=np.arange(6).reshape(2, 3), axes=(1, 1)),
    dict(a=np.zeros((2, 2, 2)), axes=(0, 1)),
    dict(a=np.zeros(3), axes=(0, 1)),
]
GENERATE = False
