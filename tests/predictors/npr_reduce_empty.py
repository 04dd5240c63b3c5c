"""Reductions of empty arrays: identities, nan means and numpy's errors."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-reduce-empty", description="reductions of empty arrays")
def reduce_empty(a: np.ndarray, op: str) -> np.ndarray:
    if op == "sum":
        return a.sum(axis=0)
    if op == "prod":
        return a.prod()
    if op == "max":
        return a.max()
    if op == "min":
        return np.min(a, axis=0)
    if op == "argmax":
        return a.argmax()
    if op == "argmin":
        return a.argmin(axis=0)
    if op == "any":
        return a.any()
    return a.all(axis=0)


CASES = [dict(a=a, op=op)
         for a in (np.zeros((0,)), np.zeros((0, 3), dtype=np.int32), np.zeros((0,), dtype=bool),
                   np.zeros((2, 0), dtype=np.uint8))
         for op in ("sum", "prod", "max", "min", "argmax", "argmin", "any", "all")]
GENERATE = False
