"""for/while loops with break, continue and else."""
from ingot import compile


@compile(tag="tests/loops", description="Primes and Collatz steps")
def primes_and_steps(n: int) -> tuple[list[int], int, int]:
    primes: list[int] = []
    for candidate in range(2, n + 1):
        for p in primes:
            if candidate % p == 0:
                break
        else:
            primes.append(candidate)
    steps = 0
    x = n
    while x > 1:
        steps += 1
        if x % 2 == 0:
            x //= 2
            continue
        x = 3 * x + 1
    first_square = -1
    i = 0
    while i < n:
        i += 1
        if i * i > n:
            break
        first_square = i * i
    else:
        first_square = -2
    return primes, steps, first_square


CASES = [dict(n=n) for n in (-5, 0, 1, 2, 3, 10, 27, 30, 97)]


def strategies(st):
    return {"n": st.integers(-10, 300)}
