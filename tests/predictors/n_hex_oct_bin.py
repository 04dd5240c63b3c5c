"""hex(), oct(), bin() of ints of both signs, and formatting them back."""
from ingot import compile


@compile(tag="tests/n-hex-oct-bin", description="Radix strings of an int")
def hex_oct_bin(n: int) -> tuple[str, str, str, int]:
    h = hex(n)
    return h, oct(n), bin(n), int(h, 16) + int(bin(n), 0)


CASES = [dict(n=n) for n in (0, 1, -1, 255, -255, 8, -8, 2**63 - 1, -(2**63), 10**18)]


def strategies(st):
    return {"n": st.integers(-(2**62), 2**62)}
