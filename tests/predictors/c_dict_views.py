"""dict views and order: sorted(d), reversed(d), list(d.items()), min/max over keys and values, len, bool, copy and clear."""
from ingot import compile


@compile(tag="tests/c-dict-views", description="Reads a dict through its views")
def views(d: dict[str, int]) -> tuple[list[str], list[str], list[tuple[str, int]], str, int, bool, dict[str, int], dict[str, int]]:
    keys = sorted(d)
    back = list(reversed(d))
    items = sorted(d.items(), key=lambda kv: kv[1])
    first = min(d, default="")
    top = max(d.values(), default=0)
    snapshot = d.copy()
    d.clear()
    d["new"] = len(snapshot)
    return keys, back, items, first, top, bool(snapshot), snapshot, d


CASES = [
    dict(d={}),
    dict(d={"b": 2, "a": 1, "c": 2}),
    dict(d={"new": 5, "x": -1}),
]


def strategies(st):
    return {"d": st.dictionaries(st.text(alphabet="abc", max_size=2), st.integers(-5, 5), max_size=5)}
