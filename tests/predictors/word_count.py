"""Counting words in a dict (insertion order = first appearance)."""
from ingot import compile


@compile(tag="tests/word-count", description="Counts the words of a text")
def word_counts(text: str, min_count: int = 1) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?\"'()")
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
    return {w: c for w, c in counts.items() if c >= min_count}


CASES = [
    dict(text="the cat and the hat"),
    dict(text="The THE the. the!", min_count=2),
    dict(text=""),
    dict(text="... ,,, !!!"),
    dict(text="Größe größe GRÖSSE"),
    dict(text="b a b c a b", min_count=2),
]
