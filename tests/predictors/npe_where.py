"""np.where(cond, x, y): result_type of the branches, broadcasting of all three, scalar branches."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-where", description="np.where")
def where(c: np.ndarray, a: np.ndarray, b: np.ndarray, k: int) -> list[np.ndarray]:
    return [np.where(c, a, b), np.where(c > 0, a, k), np.where(c, 1.5, a), np.where(a > b, a, b), np.where(c, k, -k)]


CASES = [
    dict(c=np.array([True, False, True]), a=np.array([1, 2, 3], dtype=np.int8), b=np.array([1.5, 2.5, 3.5], dtype=np.float32), k=7),
    dict(c=np.array([[1], [0]]), a=np.array([1, 2, 3], dtype=np.uint8), b=np.array(9, dtype=np.int8), k=300),
    dict(c=np.array([0.0, np.nan, -0.0]), a=np.array([1.0, 2.0, 3.0]), b=np.array([4.0, 5.0, 6.0]), k=-1),
    dict(c=np.array([True, False]), a=np.array([1, 2, 3]), b=np.array([1, 2, 3]), k=0),
    dict(c=np.array([True, False]), a=np.array([1, 2], dtype=np.int16), b=np.array([3, 4], dtype=np.uint16), k=2**40),
]
NUMPY_DTYPES = ["bool", "int8", "int16", "int64", "uint8", "uint16", "float32", "float64"]
NUMPY_SHAPES = dict(max_dims=2, max_side=2)


def strategies(st):
    return {"k": st.sampled_from([0, 1, -1, 127, 300, 2**40])}
