"""Tuples: indexing, negative index, slicing, comparison, count/index, tuples as dict keys and in sets, concatenation."""
from ingot import compile


@compile(tag="tests/c-tuple-ops", description="Works with coordinate tuples")
def coords(points: list[tuple[int, int]], probe: tuple[int, int]) -> tuple[dict[tuple[int, int], int], bool, bool, int, tuple[int, ...], tuple[int, int], int]:
    seen: dict[tuple[int, int], int] = {}
    for p in points:
        seen[p] = seen.get(p, 0) + 1
    flat = tuple([v for p in points for v in p])
    less = probe < (0, 0)
    member = probe in set(points)
    found = flat.index(probe[0]) if probe[0] in flat else -1
    return seen, less, member, flat.count(probe[1]), flat[1:-1:2], (probe[-1], probe[0]), found


CASES = [
    dict(points=[], probe=(0, 0)),
    dict(points=[(1, 2), (1, 2), (0, -1)], probe=(1, 2)),
    dict(points=[(0, 0)], probe=(-1, 5)),
    dict(points=[(3, 4), (4, 3)], probe=(0, -1)),
]


def strategies(st):
    t = st.tuples(st.integers(-3, 3), st.integers(-3, 3))
    return {"points": st.lists(t, max_size=6), "probe": t}
