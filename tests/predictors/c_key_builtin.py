"""A builtin function passed as key= (key=len, key=abs, key=str.lower is not needed)."""
from ingot import compile


@compile(tag="tests/c-key-builtin", description="Sorts by a builtin key")
def by_builtin(words: list[str], nums: list[int]) -> tuple[list[str], str, list[int]]:
    return sorted(words, key=len), max(words, key=len, default=""), sorted(nums, key=abs)


CASES = [dict(words=[], nums=[]), dict(words=["bb", "a", "ccc", "d"], nums=[3, -1, -3, 2])]


def strategies(st):
    return {"words": st.lists(st.text(alphabet="ab", max_size=3), max_size=5), "nums": st.lists(st.integers(-9, 9), max_size=5)}
