"""any and all, as methods and functions, along an axis."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-reduce-any-all", description="any/all")
def any_all(a: np.ndarray, axis: int, keepdims: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, bool]:
    if a.ndim == 0:
        return a.any(), a.all(), np.any(a), np.all(a), bool(a.any())
    ax = axis % a.ndim
    return (a.any(axis=ax, keepdims=keepdims), a.all(axis=ax, keepdims=keepdims), np.any(a),
            np.all(a, axis=ax), bool(np.all(a > 0)))


CASES = [
    dict(a=np.array([[True, False], [False, False]]), axis=0, keepdims=False),
    dict(a=np.array([[1, 2], [0, 3]]), axis=1, keepdims=True),
    dict(a=np.array([np.nan, 0.0]), axis=0, keepdims=False),
    dict(a=np.array([-0.0, 0.0]), axis=0, keepdims=False),
    dict(a=np.zeros((0, 2), dtype=bool), axis=0, keepdims=False),
    dict(a=np.zeros((0, 2), dtype=bool), axis=1, keepdims=True),
    dict(a=np.array(0, dtype=np.uint8), axis=0, keepdims=False),
]


def strategies(st):
    return {"axis": st.integers(-3, 3)}
