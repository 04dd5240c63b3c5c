"""A predictor whose signature does not fit embeddings (its result is a
dict, not (N, D) floats): the client must refuse it with a clear error."""

from ingot import compile


@compile(tag="tests/word-count", description="Counts words (not an embedding model)")
def count(texts: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        for w in text.split():
            counts[w] = counts.get(w, 0) + 1
    return counts
