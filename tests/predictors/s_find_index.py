"""find/rfind/index/rindex with start and end; index raises ValueError('substring not found')."""
from ingot import compile


def try_index(text: str, sub: str, start: int, end: int, right: bool) -> str:
    try:
        if right:
            return str(text.rindex(sub, start, end))
        return str(text.index(sub, start, end))
    except ValueError as e:
        return "ValueError: " + str(e)


@compile(tag="tests/s-find-index", description="find and index variants")
def find_index(text: str, sub: str, start: int, end: int) -> tuple[int, int, int, int, int, int, str, str, int]:
    return (
        text.find(sub),
        text.rfind(sub),
        text.find(sub, start),
        text.rfind(sub, start),
        text.find(sub, start, end),
        text.rfind(sub, start, end),
        try_index(text, sub, start, end, False),
        try_index(text, sub, start, end, True),
        text.index(sub),
    )


CASES = [
    dict(text="hello world", sub="o", start=0, end=11),
    dict(text="hello world", sub="o", start=5, end=-1),
    dict(text="hello world", sub="", start=11, end=20),
    dict(text="hello world", sub="", start=12, end=20),
    dict(text="", sub="", start=0, end=0),
    dict(text="", sub="", start=1, end=0),
    dict(text="abc", sub="z", start=0, end=3),  # escapes: substring not found
    dict(text="héllo😀wörld😀", sub="😀", start=-7, end=-1),
    dict(text="ßßß", sub="ß", start=-100, end=100),
    dict(text="aaaa", sub="aa", start=1, end=3),
    dict(text="e\u0301\u0301", sub="\u0301", start=1, end=2),
]


def strategies(st):
    alpha = "ab😀é"
    return {
        "text": st.text(alphabet=alpha, max_size=10),
        "sub": st.text(alphabet=alpha, max_size=2),
        "start": st.integers(-12, 12),
        "end": st.integers(-12, 12),
    }
