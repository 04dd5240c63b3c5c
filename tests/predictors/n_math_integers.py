"""math functions on ints: gcd, factorial, comb, perm, prod, floor/ceil/trunc, and their errors."""
import math

from ingot import compile


def attempt(op: int, n: int, k: int, errors: list[str]) -> int:
    try:
        if op == 0:
            return math.factorial(n)
        if op == 1:
            return math.comb(n, k)
        return math.perm(n, k)
    except ValueError as e:
        errors.append("ValueError: " + str(e))
        return -1


@compile(tag="tests/n-math-integers", description="Combinatorics and integer math")
def math_integers(n: int, k: int, xs: list[int]) -> tuple[int, int, int, int, int, int, int, int, int, list[str]]:
    errors: list[str] = []
    return (
        math.gcd(n, k),
        math.gcd(-n, 0),
        attempt(0, n, k, errors),
        attempt(1, n, k, errors),
        attempt(2, n, k, errors),
        math.prod(xs),
        math.floor(n),
        math.ceil(k),
        math.trunc(n),
        errors,
    )


CASES = [
    dict(n=5, k=2, xs=[1, 2, 3]),
    dict(n=0, k=0, xs=[]),
    dict(n=12, k=18, xs=[-2, 5]),
    dict(n=-12, k=18, xs=[2**62, 2]),  # prod overflows
    dict(n=20, k=10, xs=[2**31, 2**31]),
    dict(n=21, k=3, xs=[0]),  # 21! overflows
    dict(n=10, k=11, xs=[7]),  # comb and perm: 0
    dict(n=-1, k=1, xs=[7]),  # ValueError: factorial() not defined for negative values
    dict(n=5, k=-1, xs=[7]),  # ValueError: k must be a non-negative integer
    dict(n=60, k=30, xs=[1]),
    dict(n=67, k=33, xs=[1]),  # comb overflows int64
    dict(n=25, k=20, xs=[1]),  # perm overflows
]


def strategies(st):
    return {"n": st.integers(-3, 30), "k": st.integers(-3, 30), "xs": st.lists(st.integers(-1000, 1000), max_size=5)}
