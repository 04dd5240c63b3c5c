"""list(), tuple(), set(), dict() from other containers, strings, ranges, dict views; copies are independent."""
from ingot import compile


@compile(tag="tests/c-constructors", description="Converts between containers")
def convert(s: str, d: dict[str, int], n: int) -> tuple[list[str], tuple[str, ...], set[str], dict[str, int], list[int], tuple[int, ...], list[tuple[str, int]], list[int], int]:
    chars = list(s)
    as_tuple = tuple(chars)
    unique = set(s)
    copy = dict(d)
    copy["new"] = n
    nums = list(range(n))
    t = tuple(nums)
    items = list(d.items())
    vals = list(d.values())
    pairs = dict([("a", 1), ("b", 2), ("a", 3)])
    return chars, as_tuple, unique, copy, nums, t, items, vals + list(pairs.values()), len(d)


CASES = [
    dict(s="", d={}, n=0),
    dict(s="hello", d={"x": 1, "y": 2}, n=3),
    dict(s="é€é", d={"new": 5}, n=1),
]


def strategies(st):
    return {"n": st.integers(-2, 6), "d": st.dictionaries(st.text(max_size=3), st.integers(-9, 9), max_size=4)}
