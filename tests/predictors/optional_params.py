"""Optional parameters with defaults; `is None` narrowing."""
from typing import Optional

from ingot import compile


@compile(tag="tests/optional-params", description="Greets someone")
def greet(name: Optional[str] = None, times: int = 1, punct: str = "!", width: Optional[int] = None) -> str:
    if name is None:
        name = "world"
    text = " ".join(["hello " + name] * times) + punct
    if width is not None:
        text = text[:width]
    return text


CASES = [
    dict(),
    dict(name="Ada"),
    dict(name="Ada", times=3),
    dict(name="", punct="?"),
    dict(times=0),
    dict(name=None, width=4),
    dict(name="Grace", width=0),
    dict(name="Grace", width=-2),
]


def strategies(st):
    return {"times": st.integers(-2, 5)}
