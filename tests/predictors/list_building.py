"""Lists: comprehensions, append/extend, slicing, reversed, sum/min/max/len."""
from ingot import compile


@compile(tag="tests/list-building", description="Builds lists several ways")
def evens_and_odds(xs: list[int]) -> tuple[list[int], list[int], list[int], int, int]:
    evens = [x * x for x in xs if x % 2 == 0]
    odds: list[int] = []
    for x in xs:
        if x % 2 != 0:
            odds.append(x)
    both = evens[:2] + odds[-2:]
    both.extend(reversed(xs[::2]))
    return (evens, odds, both, sum(xs), len(both))


CASES = [
    dict(xs=[]),
    dict(xs=[1, 2, 3, 4, 5, 6]),
    dict(xs=[-3, -2, -1, 0]),
    dict(xs=[7]),
    dict(xs=[2, 2, 2, 2, 2, 2, 2, 2, 2]),
]
