"""Sets: building, union/intersection/difference, membership, set results."""
from ingot import compile


@compile(tag="tests/sets", description="Compares two word lists")
def overlap(a: list[str], b: list[str]) -> tuple[list[str], list[str], int, set[str], bool]:
    sa = set(a)
    sb = set(b)
    common = sorted(sa & sb)
    only_a = sorted(sa - sb)
    seen: set[str] = set()
    for word in b:
        if word not in sa:
            seen.add(word.upper())
    return common, only_a, len(sa | sb), seen, sa.issubset(sb)


CASES = [
    dict(a=[], b=[]),
    dict(a=["x", "y", "x"], b=["y", "z"]),
    dict(a=["a"], b=["a", "b", "c"]),
    dict(a=["ß", "é"], b=["ss", "É", "é"]),
]
