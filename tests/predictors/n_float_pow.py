"""float ** float and math.pow: special values, overflow and zero-division messages."""
import math

from ingot import compile


def power(x: float, y: float, use_math: bool) -> str:
    try:
        if x < 0 and math.isfinite(y) and math.fmod(y, 1.0) != 0.0:
            return "complex"
        return repr(math.pow(x, y) if use_math else x ** y)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)


@compile(tag="tests/n-float-pow", description="Powers of floats")
def float_pow(x: float, y: float) -> tuple[str, str, str, float]:
    return power(x, y, False), power(x, y, True), power(y, x, False), pow(abs(x), 0.5)


CASES = [
    dict(x=2.0, y=10.0),
    dict(x=2.0, y=-1.0),
    dict(x=-2.0, y=3.0),
    dict(x=-2.0, y=-3.0),
    dict(x=0.0, y=-1.0),  # 0.0 cannot be raised to a negative power / math domain error
    dict(x=-0.0, y=3.0),
    dict(x=-0.0, y=-3.0),
    dict(x=10.0, y=400.0),  # overflow
    dict(x=-10.0, y=401.0),
    dict(x=10.0, y=-400.0),  # underflow to 0.0
    dict(x=1.0, y=float("nan")),
    dict(x=float("nan"), y=0.0),
    dict(x=float("inf"), y=-1.0),
    dict(x=float("-inf"), y=3.0),
    dict(x=float("-inf"), y=-3.0),
    dict(x=0.5, y=float("inf")),
    dict(x=-1.0, y=float("inf")),
    dict(x=-8.0, y=1.0 / 3.0),
    dict(x=1e-320, y=0.5),
]


def strategies(st):
    return {"y": st.floats(-400, 400)}
