"""Tuples: returning, unpacking, swapping, tuples in lists, tuple[int, ...]."""
from ingot import compile


@compile(tag="tests/tuples", description="Swaps pairs and totals them")
def swap(pairs: list[tuple[int, str]], extra: tuple[int, ...] = ()) -> tuple[list[tuple[str, int]], int, tuple[int, ...]]:
    swapped: list[tuple[str, int]] = []
    total = 0
    for number, name in pairs:
        swapped.append((name, number))
        total += number
    a, b = total, len(pairs)
    a, b = b, a
    return swapped, a * 1000 + b, extra + (total,)


CASES = [
    dict(pairs=[]),
    dict(pairs=[(1, "one"), (2, "two")]),
    dict(pairs=[(-5, "")], extra=(1, 2, 3)),
    dict(pairs=[(0, "z"), (0, "z")], extra=(9,)),
]
