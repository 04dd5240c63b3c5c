"""reshape's errors: sizes that do not divide, two unknown extents, negative extents."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-reshape-errors", description="reshape errors")
def reshape_errors(n: int, shape: tuple[int, int]) -> np.ndarray:
    a = np.arange(n)
    return a.reshape(shape)


CASES = [
    dict(n=6, shape=(4, -1)),
    dict(n=6, shape=(-1, -1)),
    dict(n=6, shape=(2, 3)),
    dict(n=6, shape=(3, 3)),
    dict(n=6, shape=(-2, 3)),
    dict(n=0, shape=(0, -1)),
    dict(n=0, shape=(3, -1)),
    dict(n=6, shape=(-1, 6)),
]


def strategies(st):
    return {"n": st.integers(0, 12), "shape": st.tuples(st.integers(-2, 6), st.integers(-2, 6))}
