"""Functions passed as key=: module helpers (with defaults), builtins and
unbound str methods."""
from ingot import compile


def vowels(word: str, weight: int = 1) -> int:
    return sum(weight for ch in word if ch in "aeiouAEIOU")


def last(pair: tuple[str, int]) -> int:
    return pair[1]


@compile(tag="tests/key-functions", description="key= with named functions")
def rank(words: list[str], scores: dict[str, int]) -> tuple[list[str], list[str], str, list[tuple[str, int]], list[int]]:
    by_vowels = sorted(words, key=vowels)
    folded = sorted(words, key=str.casefold)
    longest = max(words, key=len) if words else ""
    pairs = sorted(scores.items(), key=last, reverse=True)
    lengths = sorted([len(w) - 3 for w in words], key=abs)
    return by_vowels, folded, longest, pairs, lengths


CASES = [
    dict(words=["Banana", "apple", "Cherry", "date"], scores={"a": 3, "b": 1, "c": 2}),
    dict(words=[], scores={}),
    dict(words=["ß", "SS", "ss", "Straße"], scores={"x": -1, "y": -1}),
]
