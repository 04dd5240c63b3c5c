"""list.remove (first occurrence, ValueError), index with start/end, count."""
from ingot import compile


@compile(tag="tests/c-list-remove-index", description="Finds and removes values")
def find_remove(xs: list[int], x: int, start: int, end: int) -> tuple[int, int, int, list[int]]:
    n = xs.count(x)
    try:
        i = xs.index(x, start, end)
    except ValueError as e:
        i = -1000 - len(str(e))
    j = xs.index(x, start) if x in xs[start:] else -1
    ys = xs[:]
    ys.remove(x)
    return n, i, j, ys


CASES = [
    dict(xs=[1, 2, 3, 2, 1], x=2, start=0, end=5),
    dict(xs=[1, 2, 3, 2, 1], x=2, start=2, end=5),
    dict(xs=[1, 2, 3, 2, 1], x=2, start=-2, end=-1),
    dict(xs=[1, 2, 3, 2, 1], x=2, start=-100, end=100),
    dict(xs=[1, 2, 3, 2, 1], x=2, start=4, end=2),
    dict(xs=[1, 2, 3], x=4, start=0, end=3),  # ValueError: list.remove(x): x not in list
    dict(xs=[], x=0, start=0, end=0),
    dict(xs=[5, 5, 5], x=5, start=1, end=2),
]


def strategies(st):
    return {
        "xs": st.lists(st.integers(-3, 3), max_size=8),
        "x": st.integers(-3, 3),
        "start": st.integers(-10, 10),
        "end": st.integers(-10, 10),
    }
