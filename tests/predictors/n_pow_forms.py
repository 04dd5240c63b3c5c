"""/, ** and pow(a, b, mod): float results, negative exponents, modular inverses."""
from ingot import compile


@compile(tag="tests/n-pow-forms", description="Division and powers of ints")
def pow_forms(a: int, b: int, m: int) -> tuple[float, int, float, int, float]:
    r = pow(a, b, m)
    q = a / m
    p = a ** b if 0 <= b <= 64 else 0
    n = float(a) ** -b if b > 0 else 1.0
    return q, p, n, r, 2 ** 0.5 * a


CASES = [
    dict(a=2, b=10, m=1000),
    dict(a=2, b=62, m=7),
    dict(a=2, b=63, m=7),  # a ** b overflows
    dict(a=-2, b=63, m=7),  # -2**63 fits
    dict(a=3, b=-1, m=7),  # modular inverse: 5
    dict(a=4, b=-1, m=8),  # ValueError: base is not invertible for the given modulus
    dict(a=3, b=5, m=0),  # ValueError: pow() 3rd argument cannot be 0
    dict(a=-3, b=3, m=5),
    dict(a=3, b=3, m=-5),
    dict(a=0, b=0, m=1),
    dict(a=0, b=3, m=2),  # 0 ** -3: ZeroDivisionError
    dict(a=10**9, b=2, m=10**9 + 7),
    dict(a=7, b=2**40, m=13),
]


def strategies(st):
    return {"a": st.integers(-20, 20), "b": st.integers(-5, 14), "m": st.integers(-30, 30)}
