"""Nested containers: dict of dicts, list of dicts, dict of sets, tuple keys, mutating an inner container through an alias."""
from ingot import compile


@compile(tag="tests/c-nested-containers", description="Builds an index of edges")
def index(edges: list[tuple[str, str]]) -> tuple[dict[str, dict[str, int]], dict[str, set[str]], list[dict[str, int]], dict[tuple[str, str], int]]:
    weights: dict[str, dict[str, int]] = {}
    out: dict[str, set[str]] = {}
    seen: dict[tuple[str, str], int] = {}
    for a, b in edges:
        inner = weights.setdefault(a, {})
        inner[b] = inner.get(b, 0) + 1
        if a not in out:
            out[a] = set()
        out[a].add(b)
        seen[(b, a)] = seen.get((b, a), 0) + 1
    rows = [dict(v) for v in weights.values()]
    for r in rows:
        r["total"] = sum(r.values())
    return weights, out, rows, seen


CASES = [
    dict(edges=[]),
    dict(edges=[("a", "b"), ("a", "c"), ("a", "b"), ("b", "a")]),
    dict(edges=[("x", "x")]),
]


def strategies(st):
    n = st.text(alphabet="abc", max_size=1)
    return {"edges": st.lists(st.tuples(n, n), max_size=6)}
