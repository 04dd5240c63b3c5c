"""Optional[int] and Optional[str] parameters narrowed by `is None` / `is not None`."""
from typing import Optional

from ingot import compile


def describe(n: Optional[int]) -> str:
    if n is None:
        return "none"
    elif n < 0:
        return "negative " + str(-n)
    return "n=" + str(n)


@compile(tag="tests/n-optional-narrow", description="Defaults filled in for missing values")
def optional_narrow(n: Optional[int] = None, label: Optional[str] = None, limit: Optional[int] = 10) -> tuple[int, str, str, bool]:
    count = 0 if n is None else n * 2
    if label is not None and len(label) > 0:
        text = label.upper()
    else:
        text = "-"
    capped = count if limit is None else min(count, limit)
    return capped, text, describe(n), n is not None and label is None


CASES = [
    dict(),
    dict(n=3),
    dict(n=-4, label="ab"),
    dict(n=0, label=""),
    dict(n=100, limit=None),
    dict(n=None, label="x", limit=-1),
    dict(n=2**62, label=None, limit=None),  # n * 2 overflows int64
]


def strategies(st):
    return {"n": st.one_of(st.none(), st.integers(-1000, 1000))}
