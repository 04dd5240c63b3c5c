"""int + - * near the int64 limits: OverflowError, never wrapping."""
from ingot import compile

BIG: int = 2**62


@compile(tag="tests/n-int-overflow-ops", description="Sums, differences and products of two ints")
def int_overflow_ops(a: int, b: int) -> tuple[int, int, int, int, int]:
    s = a + b
    d = a - b
    p = a * b
    q = a * 2 + BIG - BIG
    return s, d, p, q, -(a - b)


CASES = [
    dict(a=1, b=2),
    dict(a=2**63 - 1, b=0),
    dict(a=2**63 - 1, b=1),  # a + b overflows
    dict(a=-(2**63), b=0),  # a * 2 overflows
    dict(a=-(2**63), b=1),  # a - b overflows
    dict(a=0, b=-(2**63)),  # -b overflows: a - b
    dict(a=-(2**62), b=2),
    dict(a=2**32, b=2**31),
    dict(a=2**32, b=2**32),  # a * b == 2**64
    dict(a=-(2**31), b=2**32),  # a * b == -2**63 fits
    dict(a=4611686018427387904, b=-2),  # -2**63 fits
    dict(a=-4611686018427387904, b=-2),  # 2**63 does not
    dict(a=-1, b=-(2**63)),
]


def strategies(st):
    return {"a": st.integers(-(2**63), 2**63 - 1), "b": st.integers(-(2**63), 2**63 - 1)}
