"""str() / repr() of floats and format specs: the shortest round-trip digits."""
from ingot import compile


@compile(tag="tests/float-format", description="Formats a float several ways")
def show(x: float) -> list[str]:
    return [str(x), repr(x / 3), f"{x:.2f}", f"{x:e}", f"{x:g}", f"{x:10.3f}|", str(x * 1e20), str(-x)]


CASES = [
    dict(x=0.0),
    dict(x=-0.0),
    dict(x=1.0),
    dict(x=0.1),
    dict(x=2.5),
    dict(x=1e16),
    dict(x=1e-5),
    dict(x=123456.789),
    dict(x=1 / 3),
    dict(x=5e-324),
    dict(x=1.7976931348623157e308),
    dict(x=float("inf")),
    dict(x=float("-inf")),
    dict(x=float("nan")),
    dict(x=0.125),
    dict(x=1e22),
    dict(x=-1.5e-7),
]
