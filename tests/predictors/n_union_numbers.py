"""Union[int, float] values whose type depends on the data, in arithmetic."""
from typing import Union

from ingot import compile


def scale(v: Union[int, float], k: int) -> Union[int, float]:
    if k > 0:
        return v * k
    return v / 2 if k < 0 else v


@compile(tag="tests/n-union-numbers", description="Numbers that are ints or floats")
def union_numbers(a: int, x: float, use_float: bool, k: int) -> tuple[Union[int, float], Union[int, float], str, Union[int, float]]:
    v: Union[int, float] = x if use_float else a
    w = scale(v, k)
    total: Union[int, float] = 0
    for i in range(3):
        total = total + (v if i == 1 else i)
    return w, total, repr(w) + " " + repr(v // 2) + " " + repr(-v), abs(v) % 7


CASES = [
    dict(a=5, x=2.5, use_float=False, k=3),
    dict(a=5, x=2.5, use_float=True, k=3),
    dict(a=-5, x=-2.5, use_float=False, k=-1),
    dict(a=-5, x=-2.5, use_float=True, k=-1),
    dict(a=4, x=0.0, use_float=False, k=0),
    dict(a=4, x=-0.0, use_float=True, k=0),
    dict(a=2**62, x=1e300, use_float=False, k=2),  # v * k overflows
    dict(a=2**62, x=1e300, use_float=True, k=2),
    dict(a=1, x=float("nan"), use_float=True, k=5),
]


def strategies(st):
    return {"k": st.integers(-3, 3)}
