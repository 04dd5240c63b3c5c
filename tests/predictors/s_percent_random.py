"""Generated printf-style conversions: %[flags][width][.precision]type on ints, floats and strs."""
from ingot import compile


def attempt(template: str, n: int, x: float, s: str) -> str:
    try:
        return (template % n) + "|" + (template % x)
    except TypeError as e:
        return "TypeError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


def attempt_str(template: str, s: str) -> str:
    try:
        return template % s
    except TypeError as e:
        return "TypeError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)


@compile(tag="tests/s-percent-random", description="generated percent conversions")
def percent(n: int, x: float, s: str, flags: str, width: int, prec: int, kind: str) -> tuple[str, str, str]:
    template = "%" + flags
    if width >= 0:
        template += str(width)
    if prec >= 0:
        template += "." + str(prec)
    template += kind
    return template, attempt(template, n, x, s), attempt_str(template, s)


CASES = [
    dict(n=255, x=3.14159, s="ab", flags="#", width=8, prec=-1, kind="x"),
    dict(n=-3, x=-0.0, s="ß", flags="-+", width=6, prec=2, kind="f"),
    dict(n=0, x=float("inf"), s="", flags="0", width=5, prec=-1, kind="d"),
    dict(n=65, x=1e100, s="😀", flags="", width=3, prec=-1, kind="c"),
    dict(n=1, x=1.5, s="x", flags=" ", width=-1, prec=3, kind="e"),
    dict(n=8, x=12345.678, s="xyz", flags="#", width=-1, prec=0, kind="g"),
    dict(n=8, x=0.1, s="xyz", flags="", width=-1, prec=2, kind="r"),
    dict(n=8, x=0.1, s="xyz", flags="", width=5, prec=-1, kind="%"),  # only a bare %% is a literal
    dict(n=8, x=1e19, s="xyz", flags="0", width=25, prec=22, kind="d"),
]


def strategies(st):
    return {
        "n": st.integers(-(10**12), 10**12),
        "s": st.text(max_size=4),
        "flags": st.text(alphabet="-+ #0", max_size=3),
        "width": st.integers(-1, 20),
        "prec": st.integers(-1, 20),
        "kind": st.sampled_from(list("sradiouxXeEfFgGc%") + ["y", "é", "\x01", "😀"]),
    }
