"""zfill, center, ljust, rjust with fill characters; a fill that is not one character raises TypeError."""
from ingot import compile


@compile(tag="tests/s-padding", description="padding")
def pad(text: str, width: int, fill: str) -> tuple[str, str, str, str, str, str, str, str]:
    return (
        text.zfill(width),
        text.center(width),
        text.ljust(width),
        text.rjust(width),
        text.center(width, fill),
        text.ljust(width, fill),
        text.rjust(width, fill),
        "[" + text.center(width, "*") + "]",
    )


CASES = [
    dict(text="42", width=5, fill="0"),
    dict(text="-42", width=6, fill="-"),
    dict(text="+", width=3, fill="+"),
    dict(text="", width=4, fill="ß"),
    dict(text="abc", width=-3, fill="😀"),
    dict(text="ab", width=7, fill="\u0301"),
    dict(text="abc", width=6, fill="x"),
    dict(text="ab", width=5, fill="x"),
    dict(text="ß😀", width=5, fill=" "),
    dict(text="x", width=3, fill="ab"),  # TypeError
    dict(text="x", width=3, fill=""),  # TypeError
]


def strategies(st):
    return {
        "text": st.text(alphabet="ab-+0ß😀", max_size=5),
        "width": st.integers(-2, 9),
        "fill": st.text(alphabet="*ß😀 ", min_size=1, max_size=1),
    }
