"""Union[int, float] values set in if/else branches, then used in arithmetic."""
from typing import Union

from ingot import compile


def halve(v: Union[int, float], exact: bool) -> Union[int, float]:
    if exact:
        return v // 2
    return v / 2


@compile(tag="tests/n-union-branches", description="A number that is an int or a float")
def union_branches(a: int, x: float, use_float: bool, k: int) -> tuple[Union[int, float], Union[int, float], Union[int, float], str, bool]:
    v: Union[int, float] = a
    if use_float:
        v = x
    scaled = v * k
    total: Union[int, float] = 0
    for i in range(3):
        if i == 1:
            total = total + v
        else:
            total = total + i
    return scaled, halve(v, k > 0), total % 7 if k != 0 else total, repr(v) + " " + str(-v), v == a


CASES = [
    dict(a=5, x=2.5, use_float=False, k=3),
    dict(a=5, x=2.5, use_float=True, k=3),
    dict(a=-5, x=-2.5, use_float=False, k=-1),
    dict(a=-5, x=-2.5, use_float=True, k=-1),
    dict(a=4, x=0.0, use_float=False, k=0),
    dict(a=0, x=-0.0, use_float=True, k=0),
    dict(a=2**62, x=1e300, use_float=False, k=2),  # v * k overflows
    dict(a=2**62, x=1e300, use_float=True, k=2),
    dict(a=1, x=float("nan"), use_float=True, k=5),
    dict(a=3, x=3.0, use_float=True, k=1),
]


def strategies(st):
    return {"k": st.integers(-3, 3)}
