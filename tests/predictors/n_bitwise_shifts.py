"""& | ^ ~ << >> on ints of both signs; negative shift counts; shift overflow."""
from ingot import compile


@compile(tag="tests/n-bitwise-shifts", description="Bitwise operators")
def bitwise_shifts(a: int, b: int, s: int) -> tuple[int, int, int, int, int, int]:
    return a & b, a | b, a ^ b, ~a, a >> s, a << s


CASES = [
    dict(a=12, b=10, s=1),
    dict(a=-12, b=10, s=2),
    dict(a=-1, b=-1, s=63),  # -1 << 63 == -2**63 fits
    dict(a=1, b=0, s=63),  # 1 << 63 overflows
    dict(a=1, b=0, s=62),
    dict(a=-1, b=0, s=100),  # >> 100 gives -1, << 100 overflows
    dict(a=0, b=0, s=1000),  # 0 << 1000 == 0
    dict(a=5, b=3, s=-1),  # ValueError: negative shift count
    dict(a=2**63 - 1, b=-(2**63), s=0),
    dict(a=-(2**63), b=2**63 - 1, s=64),
    dict(a=-5, b=-3, s=2),
]


def strategies(st):
    return {"s": st.integers(-2, 70)}
