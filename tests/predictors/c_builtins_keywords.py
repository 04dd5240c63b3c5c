"""Builtins with keyword arguments: sum(start=), enumerate(start=), sorted(reverse=) without key, min/max(default=, key=) in any order."""
from ingot import compile


@compile(tag="tests/c-builtins-keywords", description="Calls builtins with keywords")
def kw(xs: list[int], names: list[str]) -> tuple[int, list[tuple[int, str]], list[int], int, str, list[tuple[int, str]]]:
    total = sum(xs, start=10)
    numbered = list(enumerate(names, start=1))
    desc = sorted(xs, reverse=True)
    big = max(xs, default=-1, key=lambda v: -v)
    long = max(names, key=lambda s: len(s), default="-")
    paired = list(zip(xs, names))
    return total, numbered, desc, big, long, paired


CASES = [
    dict(xs=[], names=[]),
    dict(xs=[3, 1, 2], names=["a", "bb", "c"]),
    dict(xs=[3, 1], names=["a", "bb", "c"]),
    dict(xs=[3, 1, 2], names=["a"]),
]


def strategies(st):
    return {"xs": st.lists(st.integers(-9, 9), max_size=4), "names": st.lists(st.text(alphabet="ab", max_size=3), max_size=4)}
