"""Float -> int conversions: int(), round(), math.floor/ceil, and their errors."""
import math

from ingot import compile


@compile(tag="tests/float-to-int", description="Converts a float to ints several ways")
def to_ints(x: float) -> tuple[int, int, int, int, float]:
    return (int(x), round(x), math.floor(x), math.ceil(x), round(x, 1))


CASES = [
    dict(x=2.5),  # round half to even: 2
    dict(x=3.5),
    dict(x=-2.5),
    dict(x=-0.7),
    dict(x=0.0),
    dict(x=1e15 + 0.5),
    dict(x=0.05),
    dict(x=2.675),  # round(2.675, 1) == 2.7, round(x, 2) would show binary floats
    dict(x=float("nan")),  # ValueError: cannot convert float NaN to integer
    dict(x=float("inf")),  # OverflowError: cannot convert float infinity to integer
    dict(x=1e19),  # fits in a Python int, not in int64
    dict(x=-9.2e18),
]


def strategies(st):
    return {"x": st.floats(-1e15, 1e15)}
