"""int arithmetic: floor division and modulo of negatives, int64 overflow."""
from ingot import compile


@compile(tag="tests/int-arithmetic", description="The basic int operators on two ints")
def int_ops(a: int, b: int) -> tuple[int, int, int, int, int, int, int]:
    return (a + b, a - b, a * b, a // b, a % b, -a, abs(b))


CASES = [
    dict(a=7, b=2),
    dict(a=-7, b=2),
    dict(a=7, b=-2),
    dict(a=-7, b=-2),
    dict(a=0, b=5),
    dict(a=-1, b=3),
    dict(a=6, b=3),
    dict(a=5, b=0),  # ZeroDivisionError: integer division or modulo by zero
    dict(a=2**62, b=1),
    dict(a=2**62, b=2),  # a * b == 2**63: OverflowError
    dict(a=2**63 - 1, b=1),  # a + b overflows
    dict(a=-(2**63), b=-1),  # a // b and -a overflow
    dict(a=3037000499, b=3037000499),  # the largest square that fits
    dict(a=3037000500, b=3037000500),  # ... and the smallest that does not
]
