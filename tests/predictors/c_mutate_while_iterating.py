"""Mutating while iterating: appending to the list being walked, dict/set size change (RuntimeError), removing items."""
from ingot import compile


@compile(tag="tests/c-mutate-while-iterating", description="Grows a list while walking it")
def grow(xs: list[int], d: dict[str, int], s: set[int]) -> tuple[list[int], str, str, list[int]]:
    for x in xs:
        if x > 0 and len(xs) < 20:
            xs.append(x - 1)
    note = ""
    try:
        for k in d:
            if d[k] > 0:
                d[k + "!"] = 0
    except RuntimeError as e:
        note = str(e)
    note2 = ""
    try:
        for v in s:
            s.add(v + 100)
    except RuntimeError as e:
        note2 = str(e)
    ys = list(xs)
    for y in ys:
        if y % 2 == 0:
            ys.remove(y)
    return xs, note, note2, ys


CASES = [
    dict(xs=[], d={}, s=set()),
    dict(xs=[3], d={"a": 1}, s={1}),
    dict(xs=[0, 2, 4, 1], d={"a": 0, "b": 0}, s=set()),
    dict(xs=[2, 2, 2, 3], d={"a": 0, "b": 5}, s={5, 6}),
]


def strategies(st):
    return {
        "xs": st.lists(st.integers(-2, 3), max_size=5),
        "d": st.dictionaries(st.text(alphabet="ab", max_size=2), st.integers(-1, 1), max_size=3),
        "s": st.sets(st.integers(-5, 5), max_size=3),
    }
