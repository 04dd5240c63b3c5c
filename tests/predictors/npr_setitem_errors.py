"""Assignments whose value does not fit the selection: numpy's ValueError and IndexError."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-setitem-errors", description="setitem errors")
def setitem_errors(a: np.ndarray, b: np.ndarray, where: str) -> np.ndarray:
    out = a.copy()
    if where == "slice":
        out[1:3] = b
    elif where == "mask":
        out[out > 2] = b
    elif where == "point":
        if out.ndim == 1:
            out[0] = b
        else:
            out[0, -1] = b
    elif where == "index":
        out[np.array([0, 1])] = b
    else:
        out[..., 0] = b
    return out


_VALUES = [np.array(4.0), np.array([1.0, 2.0, 3.0]), np.array([[1.0], [2.0]]), np.array([9.0]), np.array([1.0, 2.0]), np.zeros((0,))]
CASES = [dict(a=a, b=b, where=w)
         for a in (np.arange(5.0), np.arange(12.0).reshape(4, 3))
         for b in _VALUES
         for w in ("slice", "mask", "index", "point", "last")]
GENERATE = False
