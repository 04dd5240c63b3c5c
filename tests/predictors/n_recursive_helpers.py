"""Recursion through annotated helpers: factorial, fib, gcd, power, digit sums."""
from ingot import compile


def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a: int, b: int) -> int:
    if b == 0:
        return abs(a)
    return gcd(b, a % b)


def fast_pow(b: float, e: int) -> float:
    if e == 0:
        return 1.0
    half = fast_pow(b, e // 2)
    return half * half * (b if e % 2 else 1.0)


def digit_sum(n: int) -> int:
    return n if n < 10 else digit_sum(n // 10) + n % 10


@compile(tag="tests/n-recursive-helpers", description="Classic recursive functions")
def recursive_helpers(n: int, m: int) -> tuple[int, int, int, float, int]:
    return fact(n), fib(n), gcd(n, m), fast_pow(1.5, abs(n)), digit_sum(abs(m))


CASES = [
    dict(n=0, m=0),
    dict(n=1, m=-12),
    dict(n=10, m=25),
    dict(n=20, m=2**62),
    dict(n=21, m=3),  # fact(21) overflows
    dict(n=-4, m=18),
    dict(n=24, m=-(2**63)),  # fact overflows before abs(m) does
]


def strategies(st):
    return {"n": st.integers(-3, 22), "m": st.integers(-(2**40), 2**40)}
