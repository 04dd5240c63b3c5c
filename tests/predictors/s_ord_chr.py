"""ord() of one-character strs and bytes, chr() of code points; errors for other lengths and ranges."""
from ingot import compile


def try_ord(s: str) -> str:
    try:
        return str(ord(s))
    except TypeError as e:
        return "TypeError: " + str(e)


def try_chr(i: int) -> str:
    try:
        return repr(chr(i))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


@compile(tag="tests/s-ord-chr", description="ord and chr")
def ord_chr(text: str, code: int) -> tuple[list[int], str, str, str, int, int]:
    return (
        [ord(c) for c in text],
        try_ord(text),
        try_chr(code),
        "".join([chr(ord(c) + 1) for c in text if ord(c) < 0x10FFFF]),
        ord(b"A"),
        ord(b"\xff"),
    )


CASES = [
    dict(text="", code=0),
    dict(text="a", code=97),
    dict(text="ß", code=223),
    dict(text="😀", code=0x1F600),
    dict(text="ab", code=0x10FFFF),
    dict(text="e\u0301", code=0x110000),
    dict(text="x", code=-1),
    dict(text="\U0010ffff", code=0xD800),
    dict(text="\x00", code=2**31 - 1),
    dict(text="\x7f", code=0x85),
]


def strategies(st):
    return {"text": st.text(max_size=3), "code": st.integers(-5, 0x110005)}
