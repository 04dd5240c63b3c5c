"""math.fsum against sum() (plain left-to-right in 3.11), isclose, copysign, fmod, fabs."""
import math

from ingot import compile


@compile(tag="tests/n-fsum-sum", description="Sums of floats, compared")
def fsum_sum(xs: list[float], tol: float) -> tuple[float, float, bool, float, float, float, float, float]:
    s = sum(xs, 0.0)
    f = math.fsum(xs)
    first = xs[0] if xs else 1.5
    p = math.prod(xs)
    return s, f, math.isclose(s, f, rel_tol=tol), math.copysign(f, first), math.fmod(s, first), math.fabs(s), p, sum(xs)


CASES = [
    dict(xs=[0.1] * 10, tol=1e-9),
    dict(xs=[1e100, 1.0, -1e100], tol=1e-9),
    dict(xs=[], tol=0.0),
    dict(xs=[-0.0], tol=0.0),
    dict(xs=[-0.0, -0.0], tol=0.0),
    dict(xs=[1.0, float("inf")], tol=0.5),
    dict(xs=[float("inf"), float("-inf")], tol=0.5),  # fsum: ValueError -inf + inf in fsum
    dict(xs=[1e308, 1e308], tol=0.5),  # fsum: OverflowError intermediate overflow in fsum
    dict(xs=[5.5, 0.25], tol=-1.0),  # isclose: ValueError tolerances must be non-negative
    dict(xs=[-3.0, 7.5], tol=1e-3),
    dict(xs=[0.0, 1.0], tol=1e-3),  # fmod(s, 0.0): math domain error
    dict(xs=[float("nan"), 2.0], tol=0.1),
]


def strategies(st):
    return {"xs": st.lists(st.floats(-1e10, 1e10), max_size=8), "tol": st.floats(0, 1)}
