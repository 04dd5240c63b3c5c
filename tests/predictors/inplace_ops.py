"""Augmented assignment on shared containers changes them in place; tuples of
one type are iterable; set.union returns a new set."""
from ingot import compile


@compile(tag="tests/inplace", description="In-place container updates")
def grow(xs: list[int], s: set[str]) -> tuple[list[int], list[int], set[str], set[str], int]:
    alias = xs
    xs += [9]
    xs += (7, 8)
    xs *= 2
    t = s
    s |= {"z"}
    u = s.union({"q"})
    total = 0
    for k in (1, 2, 3):
        total += k * len(xs)
    return alias, xs, t, u, total + sum((4, 5))


CASES = [
    dict(xs=[], s=set()),
    dict(xs=[1, 2], s={"a"}),
    dict(xs=[-1], s={"z", "q"}),
]
