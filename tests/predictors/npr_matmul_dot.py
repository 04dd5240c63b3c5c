"""a @ b, np.matmul and np.dot over vectors and matrices; shape mismatches raise numpy's errors."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-matmul-dot", description="matmul and dot")
def matmul_dot(a: np.ndarray, b: np.ndarray, op: str) -> np.ndarray:
    if op == "@":
        return a @ b
    if op == "matmul":
        return np.matmul(a, b)
    if op == "dot":
        return np.dot(a, b)
    return a.dot(b)


_PAIRS = [
    (np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4)),
    (np.arange(6, dtype=np.int32).reshape(2, 3), np.array([1, -1, 2], dtype=np.int32)),
    (np.array([1.0, 2.0, 3.0]), np.arange(6.0).reshape(3, 2)),
    (np.array([1.5, 2.0], dtype=np.float32), np.array([4.0, -1.0], dtype=np.float32)),
    (np.array([1, 2], dtype=np.int8), np.array([0.5, 0.25])),
    (np.array([[True, False], [True, True]]), np.array([[True, False], [False, False]])),
    (np.arange(24.0).reshape(2, 3, 4), np.arange(8.0).reshape(4, 2)),
    (np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(2, 3)),
    (np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0])),
    (np.arange(6.0).reshape(2, 3), np.array([1.0, 2.0])),
    (np.zeros((2, 0)), np.zeros((0, 3))),
    (np.array([[1, 2]], dtype=np.uint8), np.array([[200], [100]], dtype=np.uint8)),
]
CASES = [dict(a=a, b=b, op=op) for a, b in _PAIRS for op in ("@", "matmul", "dot", "method")]
CASES += [dict(a=np.array(2.0), b=np.array([1.0, 2.0]), op=op) for op in ("@", "dot")]
GENERATE = False
