"""sort/sorted of tuples with key on a field, reverse, stability; sorted returns a new list."""
from ingot import compile


@compile(tag="tests/c-list-sort-tuples", description="Sorts records")
def order(records: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[tuple[str, int]], list[str], list[tuple[str, int]]]:
    by_score = sorted(records, key=lambda r: r[1], reverse=True)
    by_name = sorted(records)
    names = sorted([name for name, _ in records], key=lambda s: s.lower())
    records.sort(key=lambda r: (r[1] % 3, r[0]))
    return by_score, by_name, names, records


CASES = [
    dict(records=[]),
    dict(records=[("b", 2), ("a", 2), ("c", 1), ("a", 1)]),
    dict(records=[("B", 5), ("a", 5), ("b", 5), ("A", 5)]),
    dict(records=[("x", -1), ("y", -4), ("z", 2)]),
]


def strategies(st):
    return {"records": st.lists(st.tuples(st.text(alphabet="abAB", max_size=2), st.integers(-5, 5)), max_size=8)}
