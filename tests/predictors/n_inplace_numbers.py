"""Augmented assignment on numbers: every operator, int to float rebinding, errors."""
from ingot import compile


@compile(tag="tests/n-inplace-numbers", description="Updates a number with each augmented operator")
def inplace_numbers(a: int, b: int, x: float) -> tuple[int, float, float, bool]:
    n = a
    n += b
    n -= 3
    n *= 2
    n //= b
    n %= 1000
    n **= 2
    n <<= 3
    n >>= 1
    n &= 0xFFFF
    n |= 1
    n ^= b
    f = x
    f += a
    f -= 0.5
    f *= b
    f /= 4
    f //= 0.75
    f %= 10.0
    f **= 2
    g = 0.0
    g += n
    flag = True
    flag &= a > 0
    flag |= b < -5
    flag ^= x > 0
    return n, f, g, flag


CASES = [
    dict(a=7, b=3, x=1.5),
    dict(a=-7, b=3, x=-1.5),
    dict(a=7, b=-3, x=0.0),
    dict(a=0, b=0, x=1.0),  # n //= b: integer division or modulo by zero
    dict(a=1, b=1, x=float("inf")),  # f %= 10.0 of nan
    dict(a=5, b=-9, x=float("nan")),
]


def strategies(st):
    return {"b": st.integers(-50, 50).filter(lambda v: v != 0)}
