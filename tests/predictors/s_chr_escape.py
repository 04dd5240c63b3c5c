"""chr() in a loop and its repr: control characters, surrogates are skipped, non-printables escape."""
from ingot import compile


@compile(tag="tests/s-chr-escape", description="repr of chr over a range")
def chars(start: int, count: int) -> list[str]:
    out: list[str] = []
    for code in range(start, start + count):
        if 0xD800 <= code <= 0xDFFF:
            continue
        out.append(repr(chr(code)))
    return out


CASES = [
    dict(start=0, count=130),
    dict(start=0x9F, count=3),
    dict(start=0xAD, count=1),
    dict(start=0x2000, count=48),
    dict(start=0xD7FE, count=4),
    dict(start=0xDFFF, count=3),
    dict(start=0xFFF0, count=16),
    dict(start=0xE0000, count=3),
    dict(start=0x10FFFE, count=2),
]


def strategies(st):
    return {"start": st.integers(0, 0x10FFF0), "count": st.integers(0, 16)}
