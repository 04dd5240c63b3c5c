"""`int in bytes`: membership of byte values, with ValueError for values outside 0..255."""
from ingot import compile


@compile(tag="tests/s-bytes-contains-int", description="int in bytes")
def has_byte(data: bytes, value: int) -> tuple[bool, bool, int]:
    found = 0
    for v in range(0, 256, 51):
        if v in data:
            found += 1
    return value in data, value not in data, found


CASES = [
    dict(data=b"", value=0),
    dict(data=b"\x00", value=0),
    dict(data=b"abc", value=98),
    dict(data=b"abc", value=256),  # ValueError: byte must be in range(0, 256)
    dict(data=b"abc", value=-1),
    dict(data=bytes([0, 51, 102, 255]), value=255),
]


def strategies(st):
    return {"data": st.binary(max_size=8), "value": st.integers(-2, 258)}
