"""Floats in containers: sorted/sort with nan and -0.0 (CPython's timsort order), min/max with nan first or later,
sort by a float key, count/in, dict keys 0.0 and -0.0 (the first key is kept)."""
from ingot import compile


@compile(tag="tests/c-float-containers", description="Orders and finds floats")
def floats(xs: list[float], probe: float) -> tuple[list[float], list[float], float, float, float, float, list[int], int, dict[float, int]]:
    ordered = sorted(xs)
    desc = list(xs)
    desc.sort(reverse=True)
    lo = min(xs, default=-1.0)
    hi = max(xs, default=-1.0)
    first = max(probe, 1.0)
    second = min(1.0, probe)
    by_key = sorted(range(len(xs)), key=lambda j: xs[j] * 2.0)
    n = xs.count(probe) if probe == probe else -1
    keys: dict[float, int] = {}
    for i, x in enumerate(xs):
        if x == x:
            keys[x] = keys.get(x, 0) + i
    return ordered, desc, lo, hi, first, second, by_key, n, keys


NAN = float("nan")
CASES = [
    dict(xs=[], probe=0.0),
    dict(xs=[3.0, NAN, 1.0, 2.0], probe=NAN),
    dict(xs=[NAN, 3.0, 1.0], probe=2.0),
    dict(xs=[0.0, -0.0, 0.0], probe=-0.0),
    dict(xs=[-0.0, 0.0], probe=0.0),
    dict(xs=[1.0, 1.0, float("inf"), -float("inf")], probe=1.0),
    dict(xs=[2.0, 1.0, NAN, 0.5, NAN, -1.0, 7.0], probe=NAN),
    dict(xs=[float(i % 17) if i % 11 else NAN for i in range(200)], probe=3.0),
    dict(xs=[float((i * 7919) % 101) if i % 37 else NAN for i in range(300)], probe=NAN),
]


def strategies(st):
    f = st.sampled_from([0.0, -0.0, 1.0, -1.0, 2.5, 3.0, -7.0, NAN, float("inf"), -float("inf")])
    return {"xs": st.lists(f, max_size=150), "probe": f}
