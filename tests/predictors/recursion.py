"""Recursion through an annotated helper."""
from ingot import compile


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a: int, b: int) -> int:
    return a if b == 0 else gcd(b, a % b)


@compile(tag="tests/recursion", description="Fibonacci numbers and a gcd")
def fibs(n: int) -> tuple[list[int], int]:
    values = [fib(i) for i in range(n)]
    return values, gcd(fib(n), fib(n + 1))


CASES = [dict(n=n) for n in (0, 1, 2, 10, 20, -3)]


def strategies(st):
    return {"n": st.integers(-5, 22)}
