"""repr() and str() of floats: shortest round trip, exponent forms, -0.0, inf, nan."""
from ingot import compile


@compile(tag="tests/n-float-repr", description="The text of a float and of a few derived ones")
def float_repr(x: float) -> list[str]:
    return [repr(x), str(x), repr(x * 10), repr(x / 3), repr(-x), f"{x}", str([x, 1.0])]


CASES = [
    dict(x=x)
    for x in (
        0.0, -0.0, 1.0, 0.1, 0.3, 1e16, 1e15, 9999999999999998.0, 1e-05, 0.0001, 1.5e-7,
        123456789.123, 1e22, 1e300, 5e-324, 1.7976931348623157e308, 2.0**53,
        float("inf"), float("-inf"), float("nan"), 0.1 + 0.2, 1 / 3,
    )
]
