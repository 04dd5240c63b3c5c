"""partition/rpartition: separator found once, several times, never; empty separator raises."""
from ingot import compile


@compile(tag="tests/s-partition", description="partition and rpartition")
def parts(text: str, sep: str) -> tuple[tuple[str, str, str], tuple[str, str, str], str]:
    head, mid, tail = text.partition(sep)
    return text.partition(sep), text.rpartition(sep), tail + mid + head


CASES = [
    dict(text="key=value=more", sep="="),
    dict(text="no separator", sep="="),
    dict(text="", sep="="),
    dict(text="===", sep="=="),
    dict(text="ßaßaß", sep="aß"),
    dict(text="😀x😀", sep="😀"),
    dict(text="abc", sep=""),  # ValueError: empty separator
    dict(text="e\u0301=\u0301", sep="\u0301"),
]


def strategies(st):
    return {"text": st.text(alphabet="a=ß😀 ", max_size=10), "sep": st.text(alphabet="a=ß😀", min_size=1, max_size=2)}
