"""An empty list literal unified with a typed list across a conditional expression; an empty tuple assigned to tuple[int, ...]."""
from ingot import compile


@compile(tag="tests/c-empty-branch-types", description="Empty containers in typed positions")
def empties(xs: list[int], flag: bool) -> tuple[list[int], tuple[int, ...]]:
    ys = [x * 2 for x in xs] if flag else []
    t: tuple[int, ...] = ()
    for x in xs:
        t = t + (x,)
    return ys, t


CASES = [dict(xs=[], flag=True), dict(xs=[1, 2], flag=False), dict(xs=[1, 2], flag=True)]


def strategies(st):
    return {"xs": st.lists(st.integers(-9, 9), max_size=5)}
