"""Generator expressions consumed by sum, any, all, min, max, sorted, str.join, list, set, dict, tuple."""
from ingot import compile


@compile(tag="tests/c-genexpr-builtins", description="Summarises words with generator expressions")
def summary(words: list[str]) -> tuple[int, bool, bool, int, str, list[str], str, list[int], set[str], dict[str, int], tuple[int, ...]]:
    total = sum(len(w) for w in words)
    has_upper = any(w.isupper() for w in words)
    all_short = all(len(w) < 3 for w in words)
    longest = max((len(w) for w in words), default=-1)
    smallest = min((w for w in words if w), default="<none>")
    by_len = sorted((w for w in words), key=lambda w: (len(w), w))
    joined = "-".join(w.upper() for w in words if w)
    lengths = list(len(w) for w in words)
    firsts = set(w[:1] for w in words)
    index = dict((w, i) for i, w in enumerate(words))
    evens = tuple(i for i in range(len(words)) if i % 2 == 0)
    return total, has_upper, all_short, longest, smallest, by_len, joined, lengths, firsts, index, evens


CASES = [
    dict(words=[]),
    dict(words=["a", "BB", "ccc", ""]),
    dict(words=["zz", "y", "zz"]),
    dict(words=["é", "ÉÉ"]),
]


def strategies(st):
    return {"words": st.lists(st.text(alphabet="abAB", max_size=3), max_size=6)}
