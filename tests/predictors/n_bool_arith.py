"""Arithmetic on bools gives ints (and floats): True + True, -True, ~False, True / 2."""
from ingot import compile


@compile(tag="tests/n-bool-arith", description="bools in arithmetic")
def bool_arith(p: bool, q: bool, n: int) -> tuple[int, int, int, int, float, int, bool, bool, int, int, int]:
    return (p + q, p - q, p * n, -p, p / 2, ~q, p & q, p | q, p + 0, n + q, abs(q))


CASES = [
    dict(p=True, q=True, n=3),
    dict(p=True, q=False, n=-3),
    dict(p=False, q=True, n=0),
    dict(p=False, q=False, n=2**62),
]
