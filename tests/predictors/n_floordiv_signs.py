"""// and % with every sign combination, for ints and floats."""
from ingot import compile


@compile(tag="tests/n-floordiv-signs", description="Floor division and modulo, int and float")
def floordiv_signs(a: int, b: int, x: float, y: float) -> tuple[int, int, float, float, float, float]:
    return a // b, a % b, x // y, x % y, a // y, x % b


CASES = [
    dict(a=7, b=2, x=7.5, y=2.0),
    dict(a=-7, b=2, x=-7.5, y=2.0),
    dict(a=7, b=-2, x=7.5, y=-2.0),
    dict(a=-7, b=-2, x=-7.5, y=-2.0),
    dict(a=0, b=-3, x=-0.0, y=3.0),
    dict(a=6, b=-3, x=6.0, y=-3.0),  # x % y == -0.0
    dict(a=-6, b=3, x=-6.0, y=3.0),  # x % y == 0.0
    dict(a=1, b=3, x=1e-300, y=-1e300),
    dict(a=-1, b=3, x=-1.0, y=float("inf")),
    dict(a=1, b=3, x=1.0, y=float("-inf")),
    dict(a=5, b=7, x=float("inf"), y=2.0),
    dict(a=5, b=7, x=float("nan"), y=2.0),
    dict(a=-(2**63), b=-1, x=1.0, y=1.0),  # a // b overflows
    dict(a=-(2**63), b=2, x=0.1, y=0.01),
    dict(a=3, b=0, x=1.0, y=2.0),  # integer division or modulo by zero
    dict(a=3, b=2, x=1.0, y=0.0),  # float floor division by zero
    dict(a=3, b=2, x=1.0, y=-0.0),
]


def strategies(st):
    return {"b": st.integers(-50, 50)}
