"""Assigning Python ints into integer arrays: numpy's OverflowError when out of range."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-setitem-int", description="setitem of Python ints")
def setitem_int(a: np.ndarray, i: int, v: int) -> np.ndarray:
    out = a.copy()
    out[i] = v
    out[out > 100] = v
    return out


CASES = [
    dict(a=np.arange(4, dtype=np.uint8), i=1, v=255),
    dict(a=np.arange(4, dtype=np.uint8), i=1, v=256),
    dict(a=np.arange(4, dtype=np.uint8), i=1, v=-1),
    dict(a=np.arange(4, dtype=np.int8), i=-1, v=-128),
    dict(a=np.arange(4, dtype=np.int8), i=0, v=200),
    dict(a=np.arange(4.0), i=2, v=2**40),
    dict(a=np.arange(4), i=4, v=1),
    dict(a=np.array([False, True]), i=0, v=5),
]
GENERATE = False
