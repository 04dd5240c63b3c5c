"""sum with start, sum of floats, any/all of empty and non-empty lists, of lists of lists (truthiness)."""
from ingot import compile


@compile(tag="tests/c-sum-any-all", description="Totals and truth tests")
def totals(nums: list[int], vals: list[float], rows: list[list[int]]) -> tuple[int, int, float, float, bool, bool, bool, bool, list[int]]:
    return (
        sum(nums),
        sum(nums, 100),
        sum(vals, 0.5),
        sum([v * 2 for v in vals], 0.0),
        any(nums),
        all(nums),
        any(rows),
        all(rows),
        sum(rows, [0]),
    )


CASES = [
    dict(nums=[], vals=[], rows=[]),
    dict(nums=[0, 0], vals=[0.1, 0.2], rows=[[], [1]]),
    dict(nums=[1, -1], vals=[-0.0], rows=[[1], [2, 3]]),
    dict(nums=[5], vals=[1e308, 1e308], rows=[[]]),
]


def strategies(st):
    return {
        "vals": st.lists(st.floats(allow_nan=False, allow_infinity=False, width=32), max_size=4),
        "rows": st.lists(st.lists(st.integers(-3, 3), max_size=2), max_size=3),
    }
