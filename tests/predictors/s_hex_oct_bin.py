"""hex(), oct(), bin() of ints (negative, zero, int64 limits) and of bools."""
from ingot import compile


@compile(tag="tests/s-hex-oct-bin", description="hex, oct, bin")
def radixes(n: int) -> tuple[str, str, str, str, str, str, int, int, int]:
    return (
        hex(n),
        oct(n),
        bin(n),
        hex(True) + oct(False) + bin(True),
        hex(-n),
        bin(n & 0xFF),
        int(hex(n), 16),
        int(oct(n), 8),
        int(bin(n), 0),
    )


CASES = [
    dict(n=0),
    dict(n=1),
    dict(n=-1),
    dict(n=255),
    dict(n=-256),
    dict(n=2**63 - 1),
    dict(n=-(2**63) + 1),
    dict(n=0xDEADBEEF),
]


def strategies(st):
    return {"n": st.integers(-(2**63) + 1, 2**63 - 1)}
