"""Basic slicing: steps, negative indices and bounds past the ends (views)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-slicing", description="basic slicing")
def slicing(a: np.ndarray, lo: int, hi: int, step: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    return a[lo:hi:step], a[::-1], a[-2:], a[:lo], a[hi::step]


CASES = [
    dict(a=np.arange(10), lo=2, hi=8, step=2),
    dict(a=np.arange(10.0), lo=-3, hi=-1, step=1),
    dict(a=np.arange(10), lo=8, hi=2, step=-3),
    dict(a=np.arange(5, dtype=np.uint8), lo=-100, hi=100, step=1),
    dict(a=np.arange(12).reshape(4, 3), lo=1, hi=3, step=1),
    dict(a=np.arange(5), lo=0, hi=5, step=0),
    dict(a=np.zeros((0,)), lo=0, hi=1, step=1),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=5)


def strategies(st):
    return {"lo": st.integers(-6, 6), "hi": st.integers(-6, 6), "step": st.integers(-3, 3).filter(lambda s: s != 0)}
