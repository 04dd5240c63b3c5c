"""Float arithmetic with inf, nan and -0.0; float // and % signs."""
from ingot import compile


@compile(tag="tests/n-float-special", description="Float arithmetic on special values")
def float_special(x: float, y: float) -> tuple[float, float, float, float, float, float, bool, bool]:
    return x + y, x - y, x * y, x / y, x // y, x % y, x == y, x < y


CASES = [
    dict(x=1.0, y=float("inf")),
    dict(x=-1.0, y=float("inf")),
    dict(x=float("inf"), y=float("inf")),
    dict(x=float("inf"), y=float("-inf")),
    dict(x=float("nan"), y=1.0),
    dict(x=0.0, y=-0.0),
    dict(x=-0.0, y=-0.0),
    dict(x=-0.0, y=5.0),
    dict(x=5.0, y=-0.0),  # float division by zero
    dict(x=1e308, y=1e-308),
    dict(x=1e308, y=10.0),
    dict(x=-5.5, y=2.0),
    dict(x=5.5, y=-2.0),
    dict(x=-1e-320, y=3.0),
    dict(x=0.1, y=0.1),
    dict(x=float("inf"), y=2.0),
    dict(x=float("-inf"), y=-2.0),
    dict(x=2.0, y=float("nan")),
]
