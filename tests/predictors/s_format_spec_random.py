"""Generated well-formed format specs ([[fill]align][sign][#][0][width][grouping][.precision][type]) on ints and floats."""
from ingot import compile


def build(fill: str, align: str, sign: str, alt: bool, zero: bool, width: int, group: str, prec: int, kind: str) -> str:
    spec = ""
    if align:
        spec += fill + align
    spec += sign
    if alt:
        spec += "#"
    if zero:
        spec += "0"
    if width >= 0:
        spec += str(width)
    spec += group
    if prec >= 0:
        spec += "." + str(prec)
    return spec + kind


def attempt_int(n: int, spec: str) -> str:
    try:
        return format(n, spec)
    except ValueError as e:
        return "ValueError: " + str(e)


def attempt_float(x: float, spec: str) -> str:
    try:
        return format(x, spec)
    except ValueError as e:
        return "ValueError: " + str(e)


@compile(tag="tests/s-format-spec-random", description="generated format specs")
def specs(n: int, x: float, fill: str, align: str, sign: str, alt: bool, zero: bool, width: int, group: str,
          prec: int, kind: str) -> tuple[str, str, str]:
    spec = build(fill, align, sign, alt, zero, width, group, prec, kind)
    return spec, attempt_int(n, spec), attempt_float(x, spec)


CASES = [
    dict(n=1234567, x=1234.5678, fill="*", align="^", sign="+", alt=True, zero=False, width=20, group=",", prec=3, kind="g"),
    dict(n=-42, x=-0.0, fill="ß", align="=", sign=" ", alt=False, zero=True, width=10, group="_", prec=-1, kind=""),
    dict(n=255, x=0.125, fill="0", align="<", sign="-", alt=True, zero=True, width=8, group="_", prec=-1, kind="x"),
    dict(n=0, x=float("nan"), fill="😀", align=">", sign="+", alt=False, zero=False, width=6, group="", prec=2, kind="%"),
    dict(n=7, x=2.5, fill=" ", align="", sign="", alt=False, zero=False, width=-1, group="", prec=0, kind="f"),
    dict(n=-7, x=0.5, fill=" ", align="", sign="", alt=True, zero=False, width=-1, group="", prec=0, kind="e"),
    dict(n=10**15, x=1e16, fill=".", align="<", sign="", alt=True, zero=False, width=-1, group=",", prec=-1, kind="g"),
]


def strategies(st):
    return {
        "n": st.integers(-(10**12), 10**12),
        "fill": st.sampled_from([" ", "*", "0", "ß", "😀", "{"]),
        "align": st.sampled_from(["", "<", ">", "^", "="]),
        "sign": st.sampled_from(["", "+", "-", " "]),
        "width": st.integers(-1, 25),
        "group": st.sampled_from(["", ",", "_"]),
        "prec": st.integers(-1, 20),
        "kind": st.sampled_from(["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]),
    }
