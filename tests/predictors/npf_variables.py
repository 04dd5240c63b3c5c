"""Fusion through variables: a value assigned and read once afterwards joins the tree that reads it
(also in a loop body); read twice, or with something that can raise in between, it does not, and
Python's order of exceptions is kept (a broadcast error before a later IndexError)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-variables", description="fused trees across assignments")
def through_variables(a: np.ndarray, b: np.ndarray, n: int) -> list[np.ndarray]:
    x = a / 4.0
    x = (x - b) * 2.0
    y = a * 3.0
    z = y + y * 0.5
    acc = a * 0.0
    for i in range(n):
        t = a * float(i)
        acc = acc + t * 0.5
    u = a + b
    w = b[n]
    return [x, z, acc, u * 2.0 - w]


CASES = [
    dict(a=np.array([1.0, 2.0, 3.0], dtype=np.float32), b=np.array([0.5, 0.25, 0.0], dtype=np.float32), n=2),
    dict(a=np.array([[1.0, 2.0], [3.0, 4.0]]), b=np.array([1.0, -1.0]), n=1),
    dict(a=np.array([1, 2, 3], dtype=np.int32), b=np.array([4, 5, 6], dtype=np.int32), n=0),
    dict(a=np.array([1.0, 2.0, 3.0]), b=np.array([1.0, 2.0]), n=5),  # a + b fails before b[5]
    dict(a=np.array([1.0, 2.0]), b=np.array([1.0, 2.0]), n=5),  # b[5] fails
]
NUMPY_DTYPES = ["float32", "float64", "int16", "uint8"]
NUMPY_SHAPES = dict(min_dims=1, max_dims=2, min_side=1, max_side=3)


def strategies(st):
    return {"n": st.integers(0, 3)}
