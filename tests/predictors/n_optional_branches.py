"""Optional[int] and Optional[str] narrowed by `is None` / `is not None` in if statements."""
from typing import Optional

from ingot import compile


def describe(n: Optional[int]) -> str:
    if n is None:
        return "none"
    elif n < 0:
        return "negative " + str(-n)
    return "n=" + str(n)


def length(s: Optional[str]) -> int:
    if s is not None:
        return len(s)
    return -1


@compile(tag="tests/n-optional-branches", description="Defaults filled in for missing values")
def optional_branches(n: Optional[int] = None, label: Optional[str] = None, limit: Optional[int] = 10) -> tuple[int, str, str, int, bool]:
    count = 0
    if n is not None:
        count = n * 2
    text = "-"
    if label is not None:
        if len(label) > 0:
            text = label.upper()
    if limit is not None:
        count = min(count, limit)
    return count, text, describe(n), length(label), label is None


CASES = [
    dict(),
    dict(n=3),
    dict(n=-4, label="ab"),
    dict(n=0, label=""),
    dict(n=100, limit=None),
    dict(n=None, label="x", limit=-1),
    dict(n=2**62, label=None, limit=None),  # n * 2 overflows
]


def strategies(st):
    return {"n": st.one_of(st.none(), st.integers(-1000, 1000))}
