"""repr() and str() of strs (quote choice, escapes), ints, floats, bools, None and containers."""
from ingot import compile


@compile(tag="tests/s-repr-values", description="repr and str of values")
def reprs(text: str, n: int, x: float) -> list[str]:
    empty: list[int] = []
    ns = [n]
    return [
        repr(text),
        str(text),
        repr(n),
        str(x),
        repr(x),
        repr(True) + str(False) + repr(None) + str(None),
        repr([text, text]),
        str((n, x, text)),
        repr((text,)),
        str({text: ns, "k": empty}),
        repr(b"\x00'\"\\\t\n\r\x7f\x80abc"),
        repr(text.encode()),
        repr(x * 1e20) + str(x / 1e20),
        str([1.0, -0.0, 1e16, 1.5e-5, 123456789012345678.0]),
    ]


CASES = [
    dict(text="", n=0, x=0.0),
    dict(text="it's", n=-5, x=1.5),
    dict(text='say "hi"', n=10**18, x=-0.0),
    dict(text="both ' and \"", n=1, x=float("inf")),
    dict(text="\\ \t\n\r\x00\x07\x1b\x7f", n=1, x=float("nan")),
    dict(text="ß😀\u0301\u200b\u2028\xa0\xad\U000e0001\ud7ff", n=1, x=1e-310),
    dict(text="\x80\x9f\u0378", n=2, x=0.1),
]


def strategies(st):
    return {"text": st.text(max_size=8)}
