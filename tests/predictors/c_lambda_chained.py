"""Lambdas as key= and called directly, chained comparisons, in / not in on list, str, dict, set, tuple."""
from ingot import compile

VOWELS = "aeiou"
STOP = {"the", "a", "an"}


@compile(tag="tests/c-lambda-chained", description="Classifies numbers and words")
def classify(xs: list[int], word: str, lo: int, hi: int) -> tuple[list[int], list[bool], int, bool, bool, bool, list[int]]:
    inside = [x for x in xs if lo <= x < hi]
    flags = [lo < x == hi or x > hi > lo for x in xs]
    doubled = (lambda v: v * 2 + 1)(len(xs))
    has_vowel = any(c in VOWELS for c in word)
    common = word in STOP
    absent = word not in {"x": 1} and (1, 2) not in [(lo, hi)]
    order = sorted(xs, key=lambda v: (v % 2 != 0, -v))
    return inside, flags, doubled, has_vowel, common, absent, order


CASES = [
    dict(xs=[], word="", lo=0, hi=0),
    dict(xs=[1, 2, 3, 4, 5, 6], word="the", lo=2, hi=5),
    dict(xs=[5, 5, -1], word="x", lo=1, hi=5),
    dict(xs=[3], word="rhythm", lo=1, hi=2),
]


def strategies(st):
    return {"xs": st.lists(st.integers(-9, 9), max_size=6), "lo": st.integers(-5, 5), "hi": st.integers(-5, 5)}
