"""f-string conversions !r !s !a on strs, ints, floats, bools, lists; with format specs after them."""
from ingot import compile


@compile(tag="tests/s-fstring-conversions", description="f-string conversions")
def conversions(text: str, n: int, x: float, flag: bool) -> list[str]:
    items = [text, "ß"]
    return [
        f"{text!r}|{text!s}|{text!a}",
        f"{n!r}|{n!s}|{n!a}|{x!r}|{x!s}|{x!a}",
        f"{flag!r}|{flag}|{flag!a}|{items!r}|{items!a}",
        f"{text!r:>20}|{text!a:<15}|{text!s:^9}",
        f"{text=}|{n = }|{x=:.2f}|{text=!s}",
        f"{'nested ' + text!r}",
        f"{{}}{text}{{{n}}}",
    ]


CASES = [
    dict(text="", n=0, x=0.0, flag=False),
    dict(text="plain", n=-3, x=2.5, flag=True),
    dict(text="ß😀é\u0301", n=10**15, x=-0.0, flag=True),
    dict(text="it's \"q\"", n=1, x=float("nan"), flag=False),
    dict(text="\t\n\x00\x7f\x85\u2028\U000e0001", n=7, x=float("-inf"), flag=True),
    dict(text="日本", n=-1, x=1e22, flag=False),
]


def strategies(st):
    return {"text": st.text(max_size=6)}
