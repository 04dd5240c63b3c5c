"""Slicing tuples: literal bounds on mixed tuples, any bounds on uniform ones;
dict and list displays holding lists, tuples and empty containers."""
from ingot import compile

PREFIXES = ("ab", "cd", "ef")


@compile(tag="tests/tuple-slices", description="tuple slices and nested displays")
def slices(s: str, n: int, lo: int, hi: int) -> tuple[tuple[str, int], tuple[int, ...], bool, dict[str, list[int]], list[list[int]]]:
    mixed = (s, n, s * 2, n + 1)
    first = mixed[::2][0:1] + mixed[1:2]
    same = (n, n * 2, n * 3, n * 4)
    part = same[lo:hi]
    back = same[::-1][lo:]
    starts = s.startswith(PREFIXES[:2])
    table = {"one": [n], "none": [], "two": [n, lo]}
    grid = [[], [hi], [lo, hi]]
    return first, part + back, starts, table, grid


CASES = [
    dict(s="abc", n=1, lo=1, hi=3),
    dict(s="", n=-4, lo=-2, hi=10),
    dict(s="efg", n=0, lo=5, hi=-5),
]


def strategies(st):
    return {"n": st.integers(-10**6, 10**6), "lo": st.integers(-6, 6), "hi": st.integers(-6, 6)}
