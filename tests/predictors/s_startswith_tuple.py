"""startswith/endswith with single strings, tuples of prefixes, and start/end bounds."""
from ingot import compile

PREFIXES = ("ab", "ß", "😀", "")


@compile(tag="tests/s-startswith-tuple", description="startswith and endswith")
def affix_tests(text: str, prefix: str, start: int, end: int) -> list[bool]:
    return [
        text.startswith(prefix),
        text.endswith(prefix),
        text.startswith(prefix, start),
        text.endswith(prefix, start),
        text.startswith(prefix, start, end),
        text.endswith(prefix, start, end),
        text.startswith(("x", prefix)),
        text.endswith(("x", "y", prefix), start, end),
        text.startswith(PREFIXES[:3], start),
        text.endswith(PREFIXES, start, end),
        text.startswith(()),
    ]


CASES = [
    dict(text="abcdef", prefix="ab", start=0, end=6),
    dict(text="abcdef", prefix="cd", start=2, end=4),
    dict(text="abcdef", prefix="", start=6, end=6),
    dict(text="abcdef", prefix="", start=7, end=9),
    dict(text="", prefix="", start=0, end=0),
    dict(text="", prefix="", start=1, end=0),
    dict(text="ßab😀", prefix="😀", start=-1, end=100),
    dict(text="Straße", prefix="SS", start=0, end=-1),
    dict(text="e\u0301", prefix="e", start=-2, end=-1),
]


def strategies(st):
    alpha = "abx😀ß"
    return {
        "text": st.text(alphabet=alpha, max_size=8),
        "prefix": st.text(alphabet=alpha, max_size=3),
        "start": st.integers(-10, 10),
        "end": st.integers(-10, 10),
    }
