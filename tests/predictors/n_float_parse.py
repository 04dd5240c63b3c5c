"""float() of strings: inf, nan, whitespace, exponents, underscores, and errors."""
from ingot import compile


@compile(tag="tests/n-float-parse", description="Parses a float, reporting bad input")
def float_parse(text: str) -> str:
    try:
        v = float(text)
    except ValueError as e:
        return "error: " + str(e)
    return repr(v) + " " + str(v > 0) + " " + (str(round(v, 2)) if abs(v) < 1e15 else "big")


CASES = [
    dict(text="1.5"),
    dict(text=" 1e3 "),
    dict(text="inf"),
    dict(text="-Infinity"),
    dict(text="+iNf"),
    dict(text="nan"),
    dict(text="-nan"),
    dict(text="1_000.5"),
    dict(text="1__0"),
    dict(text=".5"),
    dict(text="5."),
    dict(text="-0"),
    dict(text="1e400"),
    dict(text="1e-400"),
    dict(text="0x10"),
    dict(text=""),
    dict(text="   "),
    dict(text="abc"),
    dict(text="\t-2.5e-3\n"),
    dict(text="\u0661.\u0665"),
    dict(text="1e"),
    dict(text="infinity "),
]


def strategies(st):
    return {"text": st.text("0123456789.eE+-_ infa", max_size=10)}
