"""Broadcasting: result shapes of mixed ranks and numpy's ValueError message
("operands could not be broadcast together with shapes (2,3) (4,) ") for +, ==, where, maximum."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-broadcast-errors", description="broadcast shapes and errors")
def bcast(a: np.ndarray, b: np.ndarray) -> list[tuple[int, ...]]:
    out: list[tuple[int, ...]] = []
    try:
        out.append((a + b).shape)
    except ValueError as e:
        print("+:", e)
    try:
        out.append((a == b).shape)
    except ValueError as e:
        print("==:", e)
    try:
        out.append(np.maximum(a, b).shape)
    except ValueError as e:
        print("maximum:", e)
    try:
        out.append(np.where(a > 0, a, b).shape)
    except ValueError as e:
        print("where:", e)
    try:
        out.append(np.clip(a, b, 10).shape)
    except ValueError as e:
        print("clip:", e)
    return out


CASES = [
    dict(a=np.ones((2, 3)), b=np.ones(4)),
    dict(a=np.ones((2, 3)), b=np.ones((2, 1))),
    dict(a=np.ones((2, 1, 3)), b=np.ones((4, 1))),
    dict(a=np.ones((0, 3)), b=np.ones((1,))),
    dict(a=np.ones((0, 3)), b=np.ones((2, 1))),
    dict(a=np.ones(()), b=np.ones((3, 2))),
    dict(a=np.ones((3,)), b=np.ones((3, 2))),
]
NUMPY_DTYPES = ["float64", "int32"]
NUMPY_SHAPES = dict(max_dims=3, max_side=3)
