"""min/max with key=, default=, several arguments, ties (first wins), empty sequence ValueError."""
from ingot import compile


@compile(tag="tests/c-min-max-key", description="Extremes of words and numbers")
def extremes(words: list[str], nums: list[int]) -> tuple[str, str, int, int, int, str, int]:
    shortest = min(words, key=lambda w: len(w), default="")
    longest = max(words, key=lambda w: len(w), default="")
    lo = min(nums, default=0)
    far = max(nums, key=lambda n: abs(n), default=-1)
    three = max(len(words), len(nums), 2)
    first = min(words)
    return shortest, longest, lo, far, three, first, max(nums)


CASES = [
    dict(words=["bb", "a", "cc", "d"], nums=[3, -3, 2]),
    dict(words=["x"], nums=[]),  # ValueError: max() arg is an empty sequence
    dict(words=[], nums=[1]),  # ValueError: min() arg is an empty sequence
    dict(words=["aa", "bb"], nums=[-5, 5, 4]),
    dict(words=["é", "e", "ee"], nums=[0]),
]


def strategies(st):
    return {"words": st.lists(st.text(alphabet="abé", max_size=3), max_size=5), "nums": st.lists(st.integers(-9, 9), max_size=5)}
