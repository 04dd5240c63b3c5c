"""int ** negative int literal is a float in CPython (2 ** -1 == 0.5)."""
from ingot import compile


@compile(tag="tests/n-int-pow-negative", description="Powers of an int with negative literal exponents")
def int_pow_negative(n: int) -> tuple[float, float, float]:
    return n ** -1, 2 ** -2, 10 ** -3


CASES = [dict(n=2), dict(n=1), dict(n=-4), dict(n=0)]  # n == 0: 0.0 cannot be raised to a negative power


def strategies(st):
    return {"n": st.integers(-5, 5)}
