"""Comparisons of ints with floats (exact, not via a float cast), chained."""
from ingot import compile


@compile(tag="tests/n-compare-mixed", description="int vs float comparisons")
def compare_mixed(a: int, x: float) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    return a < x, a <= x, a == x, a != x, a > x, x >= a, 0 <= a < x <= 1e300


CASES = [
    dict(a=1, x=1.0),
    dict(a=1, x=1.5),
    dict(a=2, x=1.5),
    dict(a=-1, x=-0.0),
    dict(a=0, x=-0.0),
    dict(a=9007199254740993, x=9007199254740992.0),  # 2**53 + 1 > float(2**53)
    dict(a=9007199254740992, x=9007199254740992.0),
    dict(a=2**63 - 1, x=9.223372036854775807e18),  # the float is 2**63
    dict(a=-(2**63), x=-9.223372036854775808e18),
    dict(a=5, x=float("inf")),
    dict(a=5, x=float("-inf")),
    dict(a=5, x=float("nan")),
]


def strategies(st):
    return {"a": st.integers(-(2**63), 2**63 - 1)}
