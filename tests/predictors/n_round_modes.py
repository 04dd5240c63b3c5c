"""round(): half to even, ndigits positive and negative, int and float results."""
from ingot import compile


@compile(tag="tests/n-round-modes", description="round() in all its forms")
def round_modes(x: float, n: int, k: int) -> tuple[int, float, float, float, int, int]:
    return round(x), round(x, 0), round(x, k), round(x, -1), round(n, -k), round(n)


CASES = [
    dict(x=0.5, n=15, k=1),
    dict(x=1.5, n=25, k=1),
    dict(x=2.5, n=-25, k=1),
    dict(x=-0.5, n=35, k=2),  # round(x, 0) == -0.0
    dict(x=-2.5, n=150, k=2),
    dict(x=2.675, n=-150, k=2),  # 2.67: the double is below 2.675
    dict(x=0.125, n=12345, k=2),
    dict(x=0.375, n=12345, k=-2),
    dict(x=1234.5678, n=5, k=-2),
    dict(x=1e300, n=5, k=400),
    dict(x=1e-300, n=5, k=-400),
    dict(x=123.456, n=2**62, k=18),
    dict(x=5.0, n=9223372036854775807, k=0),
    dict(x=5.0, n=9223372036854775807, k=1),  # round(n, -1) overflows
    dict(x=float("inf"), n=1, k=1),  # OverflowError: cannot convert float infinity to integer
    dict(x=float("nan"), n=1, k=1),  # ValueError: cannot convert float NaN to integer
    dict(x=1e20, n=1, k=1),  # round(x) beyond int64
    dict(x=-0.0, n=0, k=3),
]


def strategies(st):
    return {"x": st.floats(-1e12, 1e12), "k": st.integers(-20, 20)}
