"""Unpacking: starred at the front/middle/end, nested targets, swaps, loop targets with tuples."""
from ingot import compile


@compile(tag="tests/c-tuple-unpack", description="Splits sequences by unpacking")
def split(xs: list[int], pairs: list[tuple[tuple[int, int], str]]) -> tuple[int, list[int], list[int], int, list[int], list[str]]:
    first, *rest = xs
    *init, last = xs
    a, *middle, z = xs
    out: list[int] = []
    names: list[str] = []
    for (p, q), name in pairs:
        out.append(p - q)
        names.append(name)
    (u, v), w = (first, last), a + z
    u, v = v, u
    return first, rest, init, last + u * 0 + w * 0 + v * 0, middle + out, names


CASES = [
    dict(xs=[1, 2], pairs=[]),
    dict(xs=[1, 2, 3, 4, 5], pairs=[((1, 2), "a"), ((5, -5), "b")]),
    dict(xs=[7, 8, 9], pairs=[((0, 0), "")]),
    dict(xs=[1], pairs=[]),  # ValueError: not enough values to unpack (expected at least 2, got 1)
    dict(xs=[], pairs=[]),  # ValueError: not enough values to unpack (expected at least 1, got 0)
]


def strategies(st):
    return {"xs": st.lists(st.integers(-9, 9), max_size=6)}
