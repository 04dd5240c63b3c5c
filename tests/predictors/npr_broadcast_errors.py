"""np.broadcast_to into an incompatible shape: numpy's ValueError."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-broadcast-errors", description="broadcast_to errors")
def broadcast_errors(a: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    return np.broadcast_to(a, shape)


CASES = [
    dict(a=np.arange(3), shape=(2, 3)),
    dict(a=np.arange(3), shape=(2, 4)),
    dict(a=np.arange(6).reshape(2, 3), shape=(4, 3)),
    dict(a=np.arange(6).reshape(2, 3), shape=(2, 3)),
    dict(a=np.ones((1, 3)), shape=(5, 3)),
    dict(a=np.ones((2, 2, 2)), shape=(2, 2)),
    dict(a=np.ones((3, 1)), shape=(3, -1)),
]
GENERATE = False
