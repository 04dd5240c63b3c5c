"""a.sort() in place (also on a copy's view), and sort's kind= values."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-sort-inplace", description="a.sort() in place")
def sort_inplace(a: np.ndarray, kind: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    b = a.copy()
    b.sort()
    c = a.copy()
    c.sort(axis=0, kind=kind)
    d = a.copy()
    d[::-1].sort(axis=0)
    return b, c, d


CASES = [
    dict(a=np.array([[3, 1, 2], [0, 5, -1]]), kind="stable"),
    dict(a=np.array([[3.0, np.nan], [-1.0, 2.0], [0.5, -np.inf]]), kind="quicksort"),
    dict(a=np.array([5, 2, 9], dtype=np.int8), kind="mergesort"),
    dict(a=np.array([5, 2, 9], dtype=np.int8), kind="heapsort"),
    dict(a=np.array([5, 2, 9], dtype=np.int8), kind="bogus"),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=2, min_side=0, max_side=4)


def strategies(st):
    return {"kind": st.sampled_from(["stable", "quicksort", "mergesort"])}
