"""Format-spec errors for ints, floats and strs, with CPython's exact messages."""
from ingot import compile


def fmt_int(n: int, spec: str) -> str:
    try:
        return format(n, spec)
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def fmt_float(x: float, spec: str) -> str:
    try:
        return format(x, spec)
    except ValueError as e:
        return "ValueError: " + str(e)


@compile(tag="tests/s-format-errors", description="format spec errors")
def errors(n: int, x: float, spec: str) -> tuple[str, str]:
    return fmt_int(n, spec), fmt_float(x, spec)


SPECS = ["d", "s", "c", "x", "f", "e", "%", "n", "b", "o", "X", "g", "q", "z", ",x", "_n", ",_", "_,", ".2d", ".2x",
         ".1c", "+c", "#c", "10.2", "<", "=^5", "^=5", "0", "00", "010", ">010", ",c", "#f", "#.0e", ".%", "5.",
         "99999999999999999999", ".99999999999999999999", "<<", "ß<5", "😀^7", "-", "--", " +", "+ ", "_d", ",b",
         "=10s", "^", ".", "", "#", "#o", "#x", ",.2f", "_.3e", ",%", "10,", ",10", "é", "😀", ", ", ",é", "\x01",
         "éé", "5é", "ß^5é", "z", "z.1f", "zd", "z5"]
CASES = [dict(n=n, x=x, spec=s) for s in SPECS for n, x in [(42, 2.5), (-1, float("nan"))]] + [
    dict(n=0x110000, x=0.0, spec="c"),
    dict(n=-1, x=0.0, spec="c"),
]


def strategies(st):
    return {"spec": st.text(alphabet="<>=^+- #0123,_.bcdeEfFgGnosxX%zé😀\x01", max_size=5), "n": st.integers(-300, 300)}
