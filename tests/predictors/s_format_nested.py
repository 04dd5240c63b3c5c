"""Nested replacement fields: width, precision, fill, align and type supplied at run time."""
from ingot import compile


@compile(tag="tests/s-format-nested", description="nested format specs")
def nested(x: float, n: int, w: int, p: int, align: str, kind: str) -> list[str]:
    return [
        f"{x:{w}.{p}f}",
        f"{x:{align}{w}.{p}{kind}}",
        f"{n:{align}{w}}",
        f"{n:0{w}d}|{n:{'+' if n >= 0 else ''}{w},}",
        f"{'label':{align}{w}}|{x:.{p}%}",
        "{:{}.{}f}".format(x, w, p),
    ]


CASES = [
    dict(x=3.14159, n=42, w=10, p=2, align="<", kind="f"),
    dict(x=-2.5, n=-7, w=0, p=0, align=">", kind="e"),
    dict(x=1e10, n=123456, w=15, p=3, align="^", kind="g"),
    dict(x=float("nan"), n=0, w=5, p=1, align="=", kind="G"),
    dict(x=-0.0, n=-1, w=3, p=5, align="^", kind="%"),
    dict(x=2.0, n=5, w=4, p=2, align="<", kind="d"),  # Unknown format code 'd' for object of type 'float'
    dict(x=2.0, n=5, w=4, p=2, align="=", kind="s"),
]


def strategies(st):
    return {
        "n": st.integers(-10**6, 10**6),
        "w": st.integers(0, 20),
        "p": st.integers(0, 12),
        "align": st.sampled_from(["<", ">", "^", "="]),
        "kind": st.sampled_from(["e", "E", "f", "F", "g", "G", "%", "n", ""]),
    }
