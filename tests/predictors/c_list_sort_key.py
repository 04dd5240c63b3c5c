"""list.sort with key=lambda and reverse=True (stable in both directions), reverse(), copy(), clear()."""
from ingot import compile


@compile(tag="tests/c-list-sort-key", description="Sorts words by several keys")
def sort_words(words: list[str]) -> tuple[list[str], list[str], list[str], list[str], int]:
    by_len = words.copy()
    by_len.sort(key=lambda w: len(w))
    by_len_desc = list(words)
    by_len_desc.sort(key=lambda w: len(w), reverse=True)
    plain = words[:]
    plain.sort(reverse=True)
    plain.reverse()
    keep = len(words)
    words.clear()
    return by_len, by_len_desc, plain, words, keep


CASES = [
    dict(words=[]),
    dict(words=["bb", "a", "cc", "d", "eee", "aa"]),
    dict(words=["x", "x", "y", "X"]),
    dict(words=["é", "e", "ß", "ss", ""]),
]


def strategies(st):
    return {"words": st.lists(st.text(alphabet="abAB", max_size=3), max_size=8)}
