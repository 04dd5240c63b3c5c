"""Calls whose result is discarded (expression statements): d.pop(k), xs.pop(), d.setdefault(k, v), s.pop()."""
from ingot import compile


@compile(tag="tests/c-discarded-results", description="Pops without keeping the result")
def discard(d: dict[str, int], xs: list[int], key: str) -> tuple[dict[str, int], list[int]]:
    d.setdefault(key, 0)
    d.pop(key)
    if xs:
        xs.pop()
    xs.index(0) if 0 in xs else 0
    return d, xs


CASES = [
    dict(d={}, xs=[], key="a"),
    dict(d={"a": 1, "b": 2}, xs=[1, 0, 2], key="a"),
    dict(d={"b": 2}, xs=[5], key="z"),
]
