"""In-place operators: the array keeps its dtype (numpy's same_kind casting) and
must hold the broadcast result. numpy raises UFuncTypeError (a TypeError) for a
same_kind violation, the bundle TypeError: caught, so only the message is compared."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-inplace", description="a += b and friends")
def inplace(a: np.ndarray, b: np.ndarray, k: int) -> list[np.ndarray]:
    out: list[np.ndarray] = []
    x = a.copy()
    try:
        x += b
        out.append(x)
    except TypeError as e:
        print("+=", e)
    y = a.copy()
    try:
        y -= k
        out.append(y)
    except TypeError as e:
        print("-=", e)
    z = a.copy()
    try:
        z *= 2
        out.append(z)
    except TypeError as e:
        print("*=", e)
    w = a.copy()
    try:
        w //= b
        out.append(w)
    except TypeError as e:
        print("//=", e)
    v = a.copy()
    try:
        v %= 5
        out.append(v)
    except TypeError as e:
        print("%=", e)
    out.append(a)
    return out


CASES = [
    dict(a=np.array([1, 2, 3], dtype=np.int8), b=np.array([100, 100, 100], dtype=np.int8), k=1),
    dict(a=np.array([1, 2, 3], dtype=np.int8), b=np.array([200, 1, 1], dtype=np.uint8), k=1),
    dict(a=np.array([1, 2], dtype=np.uint8), b=np.array([1, 2], dtype=np.int8), k=0),
    dict(a=np.array([1, 2], dtype=np.int64), b=np.array([0.5, 1.5]), k=0),
    dict(a=np.array([1.5, 2.5], dtype=np.float32), b=np.array([2, 3], dtype=np.int64), k=3),
    dict(a=np.array([[1.0, 2.0], [3.0, 4.0]]), b=np.array([10.0, 20.0]), k=-1),
    dict(a=np.array([1.0, 2.0]), b=np.array([[10.0], [20.0]]), k=0),
    dict(a=np.array([1, 2], dtype=np.int8), b=np.array([1, 1], dtype=np.int8), k=1000),
    dict(a=np.array([True, False]), b=np.array([True, True]), k=1),
    dict(a=np.array([1.5, 2.5], dtype=np.float16), b=np.array([1e5, 0.0], dtype=np.float64), k=70000),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=2, max_side=3)  # a 0-d input crosses the ABI as a numpy scalar


def strategies(st):
    return {"k": st.sampled_from([0, 1, -1, 127, 300, 2**40])}
