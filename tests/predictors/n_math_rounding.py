"""math.floor/ceil/trunc of floats, fabs, copysign, isnan/isinf/isfinite, sum() of floats."""
import math

from ingot import compile


@compile(tag="tests/n-math-rounding", description="Float rounding and classification")
def math_rounding(xs: list[float]) -> tuple[list[tuple[int, int, int]], list[float], list[str], float, float]:
    parts: list[tuple[int, int, int]] = []
    signs: list[float] = []
    kinds: list[str] = []
    for x in xs:
        if math.isnan(x):
            kinds.append("nan")
        elif math.isinf(x):
            kinds.append("inf" if x > 0 else "-inf")
        else:
            kinds.append("finite" if math.isfinite(x) else "?")
            if math.fabs(x) < 9e18:
                parts.append((math.floor(x), math.ceil(x), math.trunc(x)))
        signs.append(math.copysign(1.0, x) * math.fabs(x))
    return parts, signs, kinds, sum(xs), sum([x * 2 for x in xs], 0.5)


CASES = [
    dict(xs=[1.5, -1.5, 0.0, -0.0, 2.0, -2.0]),
    dict(xs=[]),
    dict(xs=[0.1] * 10),
    dict(xs=[1e16, 1.0, -1e16]),
    dict(xs=[float("inf"), 1.0]),
    dict(xs=[float("nan"), -0.5]),
    dict(xs=[-0.0]),
    dict(xs=[-0.0, -0.0]),
    dict(xs=[9.5e18]),
    dict(xs=[-9.2e18, 4.9e-324]),
]
