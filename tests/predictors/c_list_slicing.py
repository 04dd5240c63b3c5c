"""Slices with every step sign, out-of-range bounds, step 0 (ValueError), on list and str."""
from ingot import compile


@compile(tag="tests/c-list-slicing", description="Slices a list and a string")
def slices(xs: list[int], s: str, a: int, b: int, step: int) -> tuple[list[int], list[int], list[int], str, str, list[int]]:
    return xs[a:b:step], xs[::-1], xs[a::step], s[b:a:step], s[::2], xs[-2:]


CASES = [
    dict(xs=[0, 1, 2, 3, 4, 5], s="abcdef", a=1, b=5, step=2),
    dict(xs=[0, 1, 2, 3, 4, 5], s="abcdef", a=5, b=1, step=-2),
    dict(xs=[0, 1, 2, 3, 4, 5], s="abcdef", a=-1, b=-100, step=-1),
    dict(xs=[0, 1, 2, 3, 4, 5], s="abcdef", a=-100, b=100, step=3),
    dict(xs=[0, 1, 2], s="abc", a=0, b=3, step=0),  # ValueError: slice step cannot be zero
    dict(xs=[], s="", a=0, b=0, step=1),
    dict(xs=[9], s="é€x", a=2, b=0, step=-1),
]


def strategies(st):
    return {
        "xs": st.lists(st.integers(-9, 9), max_size=8),
        "a": st.integers(-10, 10),
        "b": st.integers(-10, 10),
        "step": st.integers(-4, 4),
    }
