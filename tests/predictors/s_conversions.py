"""int() and float() of strings: whitespace, signs, underscores, Unicode digits, invalid literals."""
from ingot import compile


def to_int(s: str) -> str:
    try:
        return repr(int(s))
    except ValueError as e:
        return "ValueError: " + str(e)


def to_int_base(s: str, base: int) -> str:
    try:
        return repr(int(s, base))
    except ValueError as e:
        return "ValueError: " + str(e)


def to_float(s: str) -> str:
    try:
        return repr(float(s))
    except ValueError as e:
        return "ValueError: " + str(e)


@compile(tag="tests/s-conversions", description="str to int and float")
def convert(items: list[str], base: int) -> list[tuple[str, str, str, str]]:
    return [(to_int(s), to_int_base(s, base), to_float(s), str(s)) for s in items]


CASES = [
    dict(items=["0", "-0", " 12 ", "+7", "1_000", "0x1f", "0b101", "0o17", "00"], base=0),
    dict(items=["ff", "FF", "-ff", "0xff", "z", "Z"], base=16),
    dict(items=["zz", "10", "1_0"], base=36),
    dict(items=["1.5", "-0.0", "1e3", "inf", "-Infinity", "nan", "NaN", "+nan", ".5", "5.", "1_0.5"], base=10),
    dict(items=["", " ", "abc", "1.2.3", "1e", "e5", "--1", "1__0", "_1", "1_"], base=10),
    dict(items=["٣.٥", "１２", "\u3000 7 \u3000", "ß", "😀", "\x00"], base=10),
    dict(items=["12"], base=1),  # ValueError: int() base must be >= 2 and <= 36, or 0
    dict(items=["12"], base=37),
    dict(items=["9223372036854775807", "1e400", "-1e400", "1e-400"], base=10),
]


def strategies(st):
    return {
        "items": st.lists(st.text(alphabet="0123456789abefinx._+- ", max_size=6), max_size=5),
        "base": st.sampled_from([0, 2, 8, 10, 16, 36]),
    }
