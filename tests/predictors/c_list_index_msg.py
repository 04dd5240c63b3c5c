"""list.index raising ValueError with CPython's message ('5 is not in list')."""
from ingot import compile


@compile(tag="tests/c-list-index-msg", description="Index of a word")
def where(words: list[str], word: str) -> int:
    return words.index(word) * 10 + words.count(word)


CASES = [
    dict(words=["a", "b", "a"], word="a"),
    dict(words=["a", "b", "a"], word="c"),
    dict(words=[], word="it's"),
    dict(words=["x"], word='say "hi"'),
]


def strategies(st):
    return {"words": st.lists(st.sampled_from(["a", "b", "c", ""]), max_size=6), "word": st.sampled_from(["a", "b", "c", "", "z"])}
