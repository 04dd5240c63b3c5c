"""bytes: `in` (bytes and int), +, *, comparisons, iteration yields ints, hex(), repr."""
from ingot import compile


@compile(tag="tests/s-bytes-ops", description="bytes operators")
def bytes_ops(a: bytes, b: bytes, n: int) -> tuple[list[bool], bytes, bytes, list[int], str, str, bool, str, int]:
    total = 0
    for byte in a:
        total += byte
    return (
        [a < b, a <= b, a > b, a >= b, a == b, a != b],
        a + b,
        a * n,
        [x ^ 0xFF for x in b],
        a.hex(),
        repr(a + b),
        b in a,
        str(a),
        total,
    )


CASES = [
    dict(a=b"", b=b"", n=0),
    dict(a=b"abc", b=b"abd", n=2),
    dict(a=b"abc", b=b"ab", n=-1),
    dict(a=b"\x00", b=b"", n=3),
    dict(a=b"\xff\xfe", b=b"\xfe", n=1),
    dict(a=b"it's \"q\"", b=b"'", n=1),
    dict(a=b"\\\t\n\r\x7f", b=b"\t", n=2),
]


def strategies(st):
    return {"a": st.binary(max_size=6), "b": st.binary(max_size=3), "n": st.integers(-1, 4)}
