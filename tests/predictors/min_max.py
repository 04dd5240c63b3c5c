"""min/max of lists (empty -> ValueError), a tuple result, a helper function."""
from ingot import compile


def spread(lo: int, hi: int) -> int:
    return hi - lo


@compile(tag="tests/min-max", description="Smallest, largest and their distance")
def bounds(xs: list[int]) -> tuple[int, int, int]:
    lo = min(xs)
    hi = max(xs)
    return lo, hi, spread(lo, hi)


CASES = [
    dict(xs=[3, 1, 2]),
    dict(xs=[-5]),
    dict(xs=[]),  # ValueError: min() arg is an empty sequence
    dict(xs=[0, -0, 7, 7]),
]
