"""math trigonometry and constants: sin, cos, tan, atan2, hypot, degrees, radians, pi, e."""
import math

from ingot import compile


@compile(tag="tests/n-math-trig", description="Angles and distances")
def math_trig(x: float, y: float) -> tuple[float, float, float, float, float, float, float, float]:
    ang = math.atan2(y, x)
    return (
        math.hypot(x, y),
        ang,
        math.degrees(ang),
        math.radians(math.degrees(ang)),
        math.sin(x) if not math.isinf(x) else math.pi,
        math.cos(y) if not math.isinf(y) else math.e,
        math.tan(x / 4) if math.isfinite(x) else math.inf,
        math.sin(math.pi) + math.cos(math.pi / 2) + math.tau,
    )


CASES = [
    dict(x=1.0, y=1.0),
    dict(x=-1.0, y=0.0),
    dict(x=-1.0, y=-0.0),  # atan2: -pi
    dict(x=0.0, y=0.0),
    dict(x=-0.0, y=0.0),
    dict(x=3.0, y=4.0),
    dict(x=1e308, y=1e308),
    dict(x=1.7976931348623157e308, y=-1.7976931348623157e308),  # hypot: inf, no error
    dict(x=883462.3397262753, y=883462.3397262753),  # CPython's hypot is not libm's
    dict(x=5e-324, y=-5e-324),
    dict(x=float("inf"), y=float("nan")),  # hypot(inf, nan) == inf
    dict(x=float("nan"), y=1.0),
    dict(x=float("-inf"), y=float("inf")),
    dict(x=1e22, y=-1e22),
    dict(x=math.pi / 2, y=math.pi),
]


def strategies(st):
    return {"x": st.floats(-1e6, 1e6), "y": st.floats(-1e6, 1e6)}
