"""bytes: iteration yields ints, slicing yields bytes, hex(), len."""
from ingot import compile


@compile(tag="tests/bytes-ops", description="An Adler-32 style checksum")
def checksum(data: bytes) -> tuple[int, bytes, str, int]:
    a = 1
    b = 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a, data[:3] + data[-1:], data.hex(), len(data)


CASES = [
    dict(data=b""),
    dict(data=b"Wikipedia"),
    dict(data=bytes(range(256))),
    dict(data=b"\x00\xff\x00"),
]
