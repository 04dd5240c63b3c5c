"""dict.get (with and without default), setdefault (returns the stored value), dict of lists."""
from ingot import compile


@compile(tag="tests/c-dict-get-setdefault", description="Groups words by first letter")
def group(words: list[str], probe: str) -> tuple[dict[str, list[str]], dict[str, int], int, bool, int]:
    groups: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for w in words:
        head = w[:1]
        groups.setdefault(head, []).append(w)
        counts[head] = counts.get(head, 0) + 1
    first = counts.setdefault(probe, -1)
    again = counts.setdefault(probe, 99)
    missing = counts.get(probe + "?") is None
    return groups, counts, first, missing, again


CASES = [
    dict(words=[], probe=""),
    dict(words=["apple", "avocado", "banana", "", "cherry", "blue"], probe="a"),
    dict(words=["x", "y"], probe="z"),
    dict(words=["été", "euro", "é"], probe="é"),
]


def strategies(st):
    return {"words": st.lists(st.text(alphabet="abé", max_size=3), max_size=8), "probe": st.text(alphabet="abz", max_size=1)}
