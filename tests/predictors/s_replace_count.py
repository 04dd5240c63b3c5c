"""str.replace with count (negative, 0, partial), empty old; str.count with start/end."""
from ingot import compile


@compile(tag="tests/s-replace-count", description="replace and count")
def replace_count(text: str, old: str, new: str, count: int, start: int, end: int) -> tuple[str, str, int, int, int]:
    return (
        text.replace(old, new),
        text.replace(old, new, count),
        text.count(old),
        text.count(old, start),
        text.count(old, start, end),
    )


CASES = [
    dict(text="banana", old="a", new="o", count=2, start=0, end=6),
    dict(text="banana", old="", new="-", count=3, start=2, end=4),
    dict(text="banana", old="", new="-", count=-1, start=-3, end=-1),
    dict(text="", old="", new="x", count=-1, start=0, end=0),
    dict(text="", old="", new="x", count=0, start=1, end=5),
    dict(text="aaaa", old="aa", new="b", count=-7, start=1, end=100),
    dict(text="Straße ß", old="ß", new="ss", count=1, start=-100, end=3),
    dict(text="😀😀😀", old="😀", new="", count=2, start=1, end=-1),
    dict(text="abc", old="abc", new="ab", count=1, start=4, end=2),
    dict(text="e\u0301e", old="e", new="E", count=5, start=0, end=2),
]


def strategies(st):
    alpha = "ab😀ß"
    return {
        "text": st.text(alphabet=alpha, max_size=12),
        "old": st.text(alphabet=alpha, max_size=2),
        "new": st.text(alphabet=alpha + "-", max_size=3),
        "count": st.integers(-2, 4),
        "start": st.integers(-15, 15),
        "end": st.integers(-15, 15),
    }
