"""dtype values known at run time (a.dtype, b.dtype, np.dtype("...")) as the
dtype= of creation functions and as astype()'s argument."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-dtype-argument", description="a.dtype as dtype=")
def dtype_argument(a: np.ndarray, b: np.ndarray, name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray,
                                                                     np.ndarray, np.ndarray, np.ndarray, str]:
    z = np.zeros((2, 1), dtype=a.dtype)
    o = np.ones_like(b, dtype=a.dtype)
    f = np.full(3, 7, dtype=b.dtype)
    c = b.astype(a.dtype)
    d = np.array([1, 0, 3], dtype=a.dtype)
    e = np.eye(2, dtype=b.dtype) + np.empty(0, dtype=a.dtype).sum()
    dt = np.dtype(name)
    n = np.linspace(0, 3, 4, dtype=dt).astype(np.dtype(b.dtype))
    return z, o, f, c, d, e, n, str(dt)


CASES = [
    dict(a=np.array([1.5], dtype=np.float32), b=np.arange(4, dtype=np.int8), name="float16"),
    dict(a=np.array([True]), b=np.array([[2.5, -1.0]]), name="int32"),
    dict(a=np.array(3, dtype=np.uint16), b=np.zeros((0, 2), dtype=np.float16), name="uint8"),
    dict(a=np.arange(3), b=np.arange(3, dtype=np.uint64), name="bool"),
    dict(a=np.arange(3), b=np.arange(3), name="float"),  # np.dtype("float"): float64
    dict(a=np.arange(3), b=np.arange(3), name="flot32"),  # TypeError: data type 'flot32' not understood
]
NUMPY_SHAPES = dict(min_dims=0, max_dims=2, min_side=0, max_side=3)


def strategies(st):
    return {"name": st.sampled_from(["bool", "int8", "uint16", "int64", "float16", "float32", "float64", "f4", "i8"])}
