"""divmod, abs and unary minus of ints and floats, including the int64 edges."""
from ingot import compile


@compile(tag="tests/n-divmod-abs-neg", description="divmod, abs, negation")
def divmod_abs_neg(a: int, b: int, x: float) -> tuple[tuple[int, int], tuple[float, float], int, float, int, float, int]:
    return divmod(a, b), divmod(x, 1.5), abs(a), abs(x), -a, -x, +a


CASES = [
    dict(a=7, b=3, x=2.0),
    dict(a=-7, b=3, x=-2.0),
    dict(a=7, b=-3, x=0.0),
    dict(a=-7, b=-3, x=-0.0),
    dict(a=0, b=1, x=float("inf")),
    dict(a=0, b=1, x=float("-inf")),
    dict(a=1, b=1, x=float("nan")),
    dict(a=-(2**63), b=1, x=1.0),  # abs and - overflow
    dict(a=2**63 - 1, b=-1, x=-1e308),
    dict(a=5, b=0, x=1.0),  # integer division or modulo by zero
    dict(a=-(2**63), b=-1, x=1.0),
]
