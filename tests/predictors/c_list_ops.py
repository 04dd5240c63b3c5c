"""list +, *, ==, <, <=, in / not in, nested lists compared element by element."""
from ingot import compile


@compile(tag="tests/c-list-ops", description="Combines and compares lists")
def combine(a: list[int], b: list[int], n: int) -> tuple[list[int], list[int], bool, bool, bool, bool, bool, list[list[int]]]:
    joined = a + b
    repeated = a * n
    nested = [a, b, [n]]
    nested_sorted = sorted(nested)
    return (joined, repeated, a == b, a < b, a <= b, n in a, n not in b, nested_sorted)


CASES = [
    dict(a=[], b=[], n=0),
    dict(a=[1, 2], b=[1, 2, 0], n=2),
    dict(a=[1, 3], b=[1, 2, 9], n=-1),
    dict(a=[2], b=[2], n=3),
    dict(a=[0, 0], b=[0], n=0),
]


def strategies(st):
    return {
        "a": st.lists(st.integers(-3, 3), max_size=4),
        "b": st.lists(st.integers(-3, 3), max_size=4),
        "n": st.integers(-2, 4),
    }
