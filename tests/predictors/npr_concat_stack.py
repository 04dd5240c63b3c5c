"""np.concatenate and np.stack of lists and tuples of arrays, with dtype promotion and errors."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-concat-stack", description="concatenate and stack")
def concat_stack(a: np.ndarray, b: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    joined = np.concatenate([a, b], axis=axis)
    stacked = np.stack((a, b), axis=axis)
    three = np.concatenate([a, a, b])
    return joined, stacked, three


_ARRAYS = [
    (np.arange(6).reshape(2, 3), np.arange(6, 12).reshape(2, 3)),
    (np.arange(6, dtype=np.int8).reshape(2, 3), np.ones((2, 3), dtype=np.float32)),
    (np.array([True, False]), np.array([3, 4], dtype=np.uint8)),
    (np.arange(6.0).reshape(2, 3), np.arange(3.0).reshape(1, 3)),
    (np.arange(6.0).reshape(2, 3), np.arange(4.0).reshape(2, 2)),
    (np.arange(3.0), np.arange(2.0)),
    (np.arange(6.0).reshape(2, 3), np.arange(3.0)),
    (np.zeros((0, 3)), np.ones((0, 3))),
]
# (an axis out of range is numpy's AxisError: compared too)
CASES = [dict(a=a, b=b, axis=axis) for a, b in _ARRAYS for axis in (0, 1, -1, 2, -3)]
GENERATE = False
