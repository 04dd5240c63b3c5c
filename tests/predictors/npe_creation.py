"""Creation: np.array from lists (with and without dtype), asarray, zeros/ones/full/empty (shape only),
arange, linspace, eye and the *_like functions."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-creation", description="array creation")
def create(n: int, v: float) -> list[np.ndarray]:
    e = np.empty((n, 2))
    return [np.array([1, 2, 3]), np.array([1.5, 2.0]), np.array([[1, 2], [3, 4]], dtype=np.float32),
            np.array([True, False]), np.array([1, 2], dtype=np.uint8), np.asarray([v, v]),
            np.zeros(n), np.ones((2, n), dtype=np.int32), np.full((n,), v), np.full((2, 2), 7),
            np.zeros_like(np.ones((n, 3), dtype=np.int8)), np.ones_like(np.zeros(n)), np.full_like(np.zeros(n, dtype=np.int16), 3),
            np.arange(n), np.arange(1, n, 2), np.arange(0.0, v, 0.5), np.linspace(0, 1, n), np.linspace(-v, v, 5),
            np.eye(n), np.eye(n, dtype=np.int64), np.array(e.shape), np.array(v), np.array(n, dtype=np.float32)]


CASES = [dict(n=3, v=2.5), dict(n=0, v=1.0), dict(n=1, v=-1.0), dict(n=5, v=0.0)]


def strategies(st):
    return {"n": st.integers(0, 6), "v": st.floats(-4, 4)}
