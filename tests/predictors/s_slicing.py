"""Slicing a str with steps: negative steps, bounds out of range, omitted parts; step 0 raises ValueError."""
from ingot import compile


@compile(tag="tests/s-slicing", description="str slicing")
def slices(text: str, a: int, b: int, step: int) -> tuple[str, str, str, str, str, str, str, str]:
    return (
        text[a:b],
        text[a:],
        text[:b],
        text[::-1],
        text[::2],
        text[-2::-2],
        text[a:b:step],
        text[b:a:-1],
    )


CASES = [
    dict(text="abcdefg", a=1, b=5, step=2),
    dict(text="abcdefg", a=5, b=1, step=-2),
    dict(text="abcdefg", a=-100, b=100, step=3),
    dict(text="abcdefg", a=100, b=-100, step=-3),
    dict(text="", a=0, b=0, step=1),
    dict(text="ß😀e\u0301ü", a=-4, b=-1, step=1),
    dict(text="ß😀e\u0301ü", a=4, b=0, step=-1),
    dict(text="abc", a=0, b=3, step=0),  # ValueError: slice step cannot be zero
    dict(text="abc", a=0, b=3, step=-(2**62)),
]


def strategies(st):
    return {
        "text": st.text(max_size=10),
        "a": st.integers(-12, 12),
        "b": st.integers(-12, 12),
        "step": st.integers(-4, 4),
    }
