"""Insertion order: update with a dict and with pairs, del then re-insert goes last, overwrite keeps place."""
from ingot import compile


@compile(tag="tests/c-dict-update-order", description="Updates a dict several ways")
def reorder(d: dict[str, int], other: dict[str, int], pairs: list[tuple[str, int]], move: str) -> tuple[list[str], list[int], dict[str, int], bool]:
    d.update(other)
    d.update(pairs)
    if move in d:
        value = d[move]
        del d[move]
        d[move] = value
    for k in list(d.keys()):
        if d[k] < 0:
            d[k] = 0
    present = move in d and "zz" not in d
    return list(d.keys()), list(d.values()), d, present


CASES = [
    dict(d={}, other={}, pairs=[], move="a"),
    dict(d={"a": 1, "b": 2, "c": 3}, other={"b": 20, "d": 4}, pairs=[("e", -5), ("a", 10)], move="a"),
    dict(d={"a": 1, "b": 2}, other={}, pairs=[("b", 1), ("b", 2)], move="b"),
    dict(d={"x": -1}, other={"y": -2}, pairs=[], move="q"),
]


def strategies(st):
    key = st.text(alphabet="abcd", max_size=1)
    return {
        "d": st.dictionaries(key, st.integers(-5, 5), max_size=4),
        "other": st.dictionaries(key, st.integers(-5, 5), max_size=4),
        "pairs": st.lists(st.tuples(key, st.integers(-5, 5)), max_size=4),
        "move": key,
    }
