"""Slices with bounds and steps at the int64 extremes (CPython clamps them), on list, str and tuple."""
from ingot import compile


@compile(tag="tests/c-slice-extremes", description="Slices with huge bounds")
def extreme(xs: list[int], s: str, t: tuple[int, ...], a: int, b: int, step: int) -> tuple[list[int], str, tuple[int, ...], list[int], list[int]]:
    return xs[a:b:step], s[a:b:step], t[a:b:step], xs[a:], xs[:b]


BIG = 2**63 - 1
SMALL = -(2**63)
CASES = [
    dict(xs=[0, 1, 2, 3, 4], s="abcde", t=(0, 1, 2, 3, 4), a=SMALL, b=BIG, step=1),
    dict(xs=[0, 1, 2, 3, 4], s="abcde", t=(0, 1, 2, 3, 4), a=BIG, b=SMALL, step=-1),
    dict(xs=[0, 1, 2, 3, 4], s="abcde", t=(0, 1, 2, 3, 4), a=SMALL, b=BIG, step=BIG),
    dict(xs=[0, 1, 2, 3, 4], s="abcde", t=(0, 1, 2, 3, 4), a=BIG, b=SMALL, step=SMALL),
    dict(xs=[0, 1, 2, 3, 4], s="abcde", t=(0, 1, 2, 3, 4), a=-1, b=SMALL, step=-(2**62)),
    dict(xs=[0, 1, 2, 3, 4], s="abcde", t=(0, 1, 2, 3, 4), a=1, b=BIG, step=2**62),
    dict(xs=[0, 1, 2, 3, 4], s="abcde", t=(0, 1, 2, 3, 4), a=4, b=-6, step=-2),
    dict(xs=[], s="", t=(), a=SMALL, b=SMALL, step=SMALL),
    dict(xs=[0, 1, 2], s="a😀b", t=(0, 1, 2), a=0, b=3, step=0),
]


def strategies(st):
    edge = st.sampled_from([0, 1, -1, 2, -2, 5, -5, 2**62, -(2**62), BIG, SMALL, BIG - 1, SMALL + 1])
    return {"xs": st.lists(st.integers(-9, 9), max_size=6), "t": st.lists(st.integers(-9, 9), max_size=6).map(tuple),
            "a": edge, "b": edge, "step": edge}
