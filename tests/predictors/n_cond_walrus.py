"""Conditional expressions, chained comparisons, the walrus operator, elif chains."""
from ingot import compile


def classify(v: int) -> str:
    if v < -10:
        return "very low"
    elif -10 <= v < 0:
        return "low"
    elif v == 0:
        return "zero"
    elif 0 < v <= 10 != v:
        return "small"
    else:
        return "big" if v < 1000 else "huge"


@compile(tag="tests/n-cond-walrus", description="Classifies values with expressions")
def cond_walrus(xs: list[int], lo: int, hi: int) -> tuple[list[str], list[int], int, bool]:
    labels = [classify(x) for x in xs]
    kept = [y for x in xs if lo <= (y := x * 2) < hi]
    n = 0
    while (n := n + 1) < len(xs) and xs[n] >= xs[n - 1]:
        pass
    return labels, kept, n, lo < hi > 0 == lo - lo


CASES = [
    dict(xs=[-20, -10, -1, 0, 1, 10, 11, 999, 1000], lo=0, hi=100),
    dict(xs=[], lo=5, hi=1),
    dict(xs=[1, 2, 3, 2], lo=-5, hi=5),
    dict(xs=[3], lo=6, hi=7),
]


def strategies(st):
    return {"xs": st.lists(st.integers(-2000, 2000), max_size=8)}
