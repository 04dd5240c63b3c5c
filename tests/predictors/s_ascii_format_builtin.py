"""ascii() and format() builtins on strs, ints, floats, bools and lists; format() of a bool with int specs."""
from ingot import compile


@compile(tag="tests/s-ascii-format-builtin", description="ascii and format builtins")
def builtins(text: str, n: int, flag: bool) -> list[str]:
    return [
        ascii(text),
        ascii([text, "ß"]),
        ascii(n) + ascii(flag) + ascii(1.5),
        format(text),
        format(text, "^9"),
        format(n, "+,"),
        format(flag),
        format(flag, "d"),
        format(flag, ">6"),
        format(flag, "x") + format(flag, ".1f") + format(flag, "%"),
        f"{flag}|{flag:}|{flag:5}|{flag!s:5}|{flag:<5d}",
    ]


CASES = [
    dict(text="", n=0, flag=False),
    dict(text="plain", n=1234, flag=True),
    dict(text="ß😀é\u0301\u200b", n=-9876543, flag=True),
    dict(text="\t'\"\\\x7f\x80\xff\u0100\U0010ffff", n=2**62, flag=False),
]


def strategies(st):
    return {"text": st.text(max_size=6)}
