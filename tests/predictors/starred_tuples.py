"""Starred unpacking of fixed-shape tuples and of lists."""
from ingot import compile


def split_ends(t: tuple[int, int, int, int]) -> tuple[int, list[int], int]:
    first, *middle, last = t
    return first, middle, last


@compile(tag="tests/starred-tuples", description="a, *rest = tuple")
def unpack(a: int, b: int, s: str, xs: list[str]) -> list[str]:
    head, *tail = (a, b, a + b)
    *init, end = (s, s.upper())
    x, y, *none = (a, b)
    none.append(a * b)
    out = [str(head), repr(tail), repr(init), end, repr(none), repr(split_ends((a, b, b, a)))]
    if len(xs) >= 1:
        first, *rest = xs
        out.append(first + "|" + ",".join(rest))
    try:
        p, q, *r = xs
        out.append(p + q + str(len(r)))
    except ValueError as e:
        out.append(str(e))
    return out


CASES = [dict(a=1, b=2, s="x", xs=["a", "b", "c"]), dict(a=-5, b=0, s="", xs=[]), dict(a=0, b=9, s="ß", xs=["q"])]


def strategies(st):
    return {"a": st.integers(-10**9, 10**9), "b": st.integers(-10**9, 10**9)}
