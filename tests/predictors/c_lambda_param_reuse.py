"""A lambda parameter whose name is used again later as an ordinary variable (a loop target)."""
from ingot import compile


@compile(tag="tests/c-lambda-param-reuse", description="Sorts, then sums with the same name")
def reuse(xs: list[int]) -> tuple[list[int], int]:
    ys = sorted(xs, key=lambda i: -i)
    t = 0
    for i in ys:
        t += i
    return ys, t


CASES = [dict(xs=[]), dict(xs=[3, 1, 2]), dict(xs=[-1, -1, 5])]


def strategies(st):
    return {"xs": st.lists(st.integers(-100, 100), max_size=6)}
