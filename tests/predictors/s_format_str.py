"""Format specs for strs: fill/align, width, precision (truncation), 's', non-ASCII fill; errors for numeric types."""
from ingot import compile


def attempt(text: str, spec: str) -> str:
    try:
        return format(text, spec)
    except ValueError as e:
        return "ValueError: " + str(e)


@compile(tag="tests/s-format-str", description="str format specs")
def str_specs(text: str, width: int) -> list[str]:
    return [
        f"{text}|{text:}|{text:s}|{text:10}|{text:<10}|{text:>10}|{text:^10}|{text:^11}",
        f"{text:*<7}|{text:ß>7}|{text:😀^7}|{text:{width}}|{text:>{width}.{width}}",
        f"{text:.0}|{text:.1}|{text:.3s}|{text:8.2}|{text:<{width}.2s}",
        f"[{text:{'<' if width > 3 else '>'}{width}}]",
        attempt(text, "d"),
        attempt(text, "=10"),
        attempt(text, "+"),
        attempt(text, ","),
        attempt(text, "#"),
        attempt(text, "010"),
        attempt(text, "x"),
    ]


CASES = [
    dict(text="", width=0),
    dict(text="abc", width=5),
    dict(text="ßü😀", width=6),
    dict(text="e\u0301e\u0301", width=3),
    dict(text="a long string indeed", width=4),
    dict(text="日本語", width=1),
]


def strategies(st):
    return {"text": st.text(max_size=8), "width": st.integers(0, 12)}
