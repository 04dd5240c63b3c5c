"""In-place on a numpy scalar rebinds it; /= on an int array, **= and |= in place
(TypeErrors caught: numpy's class is UFuncTypeError, the message is compared)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-inplace-scalar", description="in-place operators, more")
def inplace2(a: np.ndarray, x: float) -> list[np.ndarray]:
    s = a[0]
    s += 1
    t = a[0]
    t *= x
    out = [s, t]
    c = a.copy()
    try:
        c /= 2
        out.append(c)
    except TypeError as e:
        print("/=", e)
    d = a.copy()
    try:
        d **= 2
        out.append(d)
    except TypeError as e:
        print("**=", e)
    e2 = a.copy()
    try:
        e2 |= 1
        out.append(e2)
    except TypeError as e:
        print("|=", e)
    f = a.copy()
    try:
        f **= 0.5
        out.append(f)
    except TypeError as e:
        print("**= 0.5", e)
    return out


CASES = [
    dict(a=np.array([1.5, 2.5], dtype=np.float32), x=2.0),
    dict(a=np.array([3, 4], dtype=np.int64), x=0.5),
    dict(a=np.array([3, 4], dtype=np.uint8), x=1.0),
    dict(a=np.array([True, False]), x=1.0),
    dict(a=np.array([1.0, -2.0, -np.inf, -0.0]), x=-1.0),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=1, min_side=1, max_side=3)  # a[0] is a numpy scalar
