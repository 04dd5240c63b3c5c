"""Float arithmetic and the math module: z-scores, with division by zero."""
import math

from ingot import compile


def mean(xs: list[float]) -> float:
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


@compile(tag="tests/zscores", description="Standardises a list of floats")
def zscores(xs: list[float]) -> list[float]:
    m = mean(xs)
    var = mean([(x - m) * (x - m) for x in xs])
    sd = math.sqrt(var)
    return [round((x - m) / sd, 6) for x in xs]


CASES = [
    dict(xs=[1.0, 2.0, 3.0]),
    dict(xs=[2.5, -1.0, 0.0, 10.0]),
    dict(xs=[1e-300, 2e-300]),
    dict(xs=[5.0, 5.0]),  # sd == 0: ZeroDivisionError: float division by zero
    dict(xs=[]),  # mean([]): ZeroDivisionError
    dict(xs=[1.0, float("inf")]),
    dict(xs=[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]),
]


def strategies(st):
    return {"xs": st.lists(st.floats(-1e6, 1e6), min_size=2, max_size=10)}
