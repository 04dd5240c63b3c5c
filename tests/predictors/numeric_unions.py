"""Values that are an int or a float depending on the data, as CPython keeps
them: a running total that starts at the int 0, sum() of an empty list of
floats, min() of mixed numbers, and `-> float` functions that return ints."""
from ingot import compile


def mean(xs: list[float]) -> float:
    if not xs:
        return 0
    total = 0
    for x in xs:
        total += x
    return total / len(xs)


@compile(tag="tests/numeric-unions", description="Totals that may stay ints")
def stats(xs: list[float], n: int) -> tuple[float, float, float, float, str]:
    total = 0
    for x in xs:
        total += x
    smallest = min(n, 2.5)
    s = sum(xs)
    return total, s, mean(xs), smallest, f"{total} {s * 2} {-total}"


CASES = [
    dict(xs=[], n=1),
    dict(xs=[1.5, 2.0], n=7),
    dict(xs=[0.1, 0.2], n=3),
    dict(xs=[-2.0], n=-4),
]
