"""int / int is correctly rounded (not float(a) / float(b)); mixed int/float arithmetic."""
from ingot import compile


@compile(tag="tests/n-true-division", description="True division of ints, and ints mixed with floats")
def true_division(a: int, b: int, x: float) -> tuple[float, float, float, float, float, bool]:
    return a / b, b / a if a != 0 else -0.0, a + x, a * x, x - a, a / b == float(a) / float(b)


CASES = [
    dict(a=1, b=3, x=0.5),
    dict(a=-7, b=2, x=-0.0),
    dict(a=9007199254740993, b=1, x=1.0),  # 2**53 + 1: rounds to even
    dict(a=9007199254740993, b=3, x=1.0),
    dict(a=2**63 - 1, b=3, x=1e-300),
    dict(a=2**63 - 1, b=2**62 + 1, x=1e300),
    dict(a=-(2**63), b=2**63 - 1, x=float("inf")),
    dict(a=123456789012345678, b=10, x=float("nan")),
    dict(a=10**18 + 1, b=10**18, x=2.5),
    dict(a=0, b=5, x=-1.5),
    dict(a=0, b=-5, x=-1.5),  # 0 / -5 == -0.0
    dict(a=5, b=0, x=1.0),  # division by zero
]


def strategies(st):
    return {"a": st.integers(-(2**63), 2**63 - 1), "b": st.integers(-(2**63), 2**63 - 1).filter(lambda v: v != 0)}
