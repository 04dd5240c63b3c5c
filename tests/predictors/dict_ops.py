"""dict methods and iteration: items/keys/values, get, setdefault, pop, del, in."""
from ingot import compile


@compile(tag="tests/dict-ops", description="Inverts a mapping")
def invert(d: dict[str, int], drop: str = "") -> tuple[dict[int, list[str]], list[str], int, bool]:
    inverted: dict[int, list[str]] = {}
    for key, value in d.items():
        inverted.setdefault(value, []).append(key)
    copy = dict(d)
    removed = copy.pop(drop, -1)
    if "x" in copy:
        del copy["x"]
    return inverted, list(copy.keys()), removed + sum(copy.values()), drop in d


CASES = [
    dict(d={}),
    dict(d={"a": 1, "b": 2, "c": 1}),
    dict(d={"x": 5, "y": 5, "z": 6}, drop="y"),
    dict(d={"b": 0, "a": 0}, drop="nope"),
]
