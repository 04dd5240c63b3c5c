"""Unpacking errors: 'too many values to unpack (expected 2)', 'not enough values to unpack (expected 3, got 1)'."""
from ingot import compile


@compile(tag="tests/c-tuple-unpack-errors", description="Unpacks a list into fixed targets")
def unpack(xs: list[int], s: str, mode: int) -> tuple[int, int, int]:
    if mode == 0:
        a, b = xs
        return a, b, 0
    if mode == 1:
        a, b, c = xs
        return a, b, c
    if mode == 2:
        x, y = s
        return ord(x), ord(y), 0
    try:
        p, q = xs
        return p, q, -1
    except ValueError as e:
        return len(str(e)), len(xs), -2


CASES = [
    dict(xs=[1, 2], s="ab", mode=0),
    dict(xs=[1, 2, 3], s="ab", mode=0),
    dict(xs=[1], s="ab", mode=1),
    dict(xs=[], s="ab", mode=1),
    dict(xs=[1, 2, 3, 4], s="ab", mode=1),
    dict(xs=[1, 2, 3], s="ab", mode=1),
    dict(xs=[], s="abc", mode=2),
    dict(xs=[], s="é", mode=2),
    dict(xs=[], s="ab", mode=2),
    dict(xs=[4], s="", mode=3),
    dict(xs=[4, 5, 6], s="", mode=3),
]


def strategies(st):
    return {"xs": st.lists(st.integers(-9, 9), max_size=5), "s": st.text(max_size=3), "mode": st.integers(0, 3)}
