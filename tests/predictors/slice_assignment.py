"""Slice assignment and deletion on lists, plain and extended."""
from ingot import compile


@compile(tag="tests/slice-assignment", description="xs[a:b:c] = ... and del xs[a:b:c]")
def splice(xs: list[int], a: int, b: int, step: int, fill: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    ys = list(xs)
    ys[a:b] = fill
    out.append(ys)
    zs = list(xs)
    zs[a:] = []
    zs[:0] = fill
    out.append(zs)
    ws = list(xs)
    del ws[a:b]
    out.append(ws)
    vs = list(xs)
    vs[:] = vs + vs
    out.append(vs)
    us = list(xs)
    try:
        us[a:b:step] = fill
    except ValueError as e:
        us = [len(str(e))]
    out.append(us)
    ts = list(xs)
    try:
        del ts[::step]
    except ValueError as e:
        ts = [-len(str(e))]
    out.append(ts)
    words = ["a", "b", "c"]
    words[1:2] = "xyz"
    out.append([len(w) for w in words] + [len(words)])
    return out


CASES = [
    dict(xs=[1, 2, 3, 4, 5], a=1, b=3, step=1, fill=[9, 9, 9]),
    dict(xs=[1, 2, 3, 4, 5], a=0, b=5, step=2, fill=[7, 8, 9]),
    dict(xs=[1, 2, 3, 4, 5], a=-1, b=-4, step=-1, fill=[0, 0, 0]),
    dict(xs=[1, 2, 3], a=5, b=1, step=0, fill=[]),
    dict(xs=[], a=0, b=0, step=-2, fill=[1]),
]


def strategies(st):
    small = st.integers(-8, 8)
    return {"a": small, "b": small, "step": small,
            "xs": st.lists(st.integers(-100, 100), max_size=8), "fill": st.lists(st.integers(-100, 100), max_size=5)}
