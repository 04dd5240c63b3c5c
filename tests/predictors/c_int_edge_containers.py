"""int64 edges inside container builtins: enumerate(start=2**63-1) past the edge, list * huge (empty list / MemoryError),
sum overflow, list.index/insert/pop with extreme indexes."""
from ingot import compile


@compile(tag="tests/c-int-edge-containers", description="Container builtins at the int64 edges")
def edges(xs: list[int], start: int, n: int) -> tuple[list[tuple[int, int]], int, list[int], int, list[int]]:
    numbered = list(enumerate(xs, start))
    found = xs.index(xs[0], start, n) if len(xs) > 0 and start <= 0 else -1
    ys = list(xs)
    ys.insert(n, 7)
    ys.insert(start, 8)
    total = sum(xs, start % 1000)
    empty = [0] * n if n < 5 else [1]
    return numbered, found, ys, total, empty


BIG = 2**63 - 1
SMALL = -(2**63)
CASES = [
    dict(xs=[1, 2], start=0, n=3),
    dict(xs=[1], start=BIG, n=1),
    dict(xs=[1, 2], start=BIG, n=1),  # enumerate passes 2**63: OverflowError
    dict(xs=[1, 2], start=BIG - 1, n=SMALL),
    dict(xs=[5, 5], start=SMALL, n=BIG),
    dict(xs=[], start=SMALL, n=BIG),
    dict(xs=[BIG, 1], start=0, n=0),  # sum overflows: OverflowError
    dict(xs=[SMALL, -1], start=0, n=0),
]


def strategies(st):
    edge = st.sampled_from([0, 1, -1, 2, BIG, SMALL, BIG - 1, SMALL + 1])
    return {"xs": st.lists(st.integers(-5, 5), max_size=4), "start": edge, "n": edge}
