"""Indexing a str by code point: positive, negative, out of range (IndexError)."""
from ingot import compile


@compile(tag="tests/s-indexing", description="str indexing")
def index_all(text: str, i: int) -> tuple[list[str], list[str], str]:
    forward = [text[k] for k in range(len(text))]
    backward = [text[-k] for k in range(1, len(text) + 1)]
    return forward, backward, text[i]


CASES = [
    dict(text="abc", i=0),
    dict(text="abc", i=-1),
    dict(text="abc", i=-3),
    dict(text="abc", i=3),  # IndexError: string index out of range
    dict(text="abc", i=-4),
    dict(text="", i=0),
    dict(text="ß😀e\u0301", i=3),
    dict(text="ß😀e\u0301", i=-3),
    dict(text="日本語", i=2),
]


def strategies(st):
    return {"text": st.text(max_size=8), "i": st.integers(-10, 10)}
