"""int64 overflow inside loops: factorial and powers raise OverflowError once too big."""
from ingot import compile


@compile(tag="tests/overflow", description="n! and base**exp by repeated multiplication")
def grow(n: int, base: int = 2) -> tuple[int, int]:
    fact = 1
    for i in range(2, n + 1):
        fact *= i
    power = 1
    for _ in range(n):
        power = power * base
    return fact, power


CASES = [
    dict(n=0),
    dict(n=5, base=3),
    dict(n=20),  # 20! fits in int64
    dict(n=21),  # 21! does not: OverflowError
    dict(n=62),  # 2**62
    dict(n=63),  # 2**63: OverflowError
    dict(n=63, base=-2),  # (-2)**63 == -2**63 fits, 63! does not
    dict(n=3, base=-(2**31)),
]


def strategies(st):
    return {"n": st.integers(-2, 25), "base": st.integers(-20, 20)}
