"""xs[i] = v and del xs[i] with negative indexes, 'list assignment index out of range', del of a slice."""
from ingot import compile


@compile(tag="tests/c-list-setitem-del", description="Overwrites and deletes list items")
def edit(xs: list[str], i: int, j: int) -> tuple[list[str], list[str], str]:
    ys = list(xs)
    note = ""
    try:
        ys[i] = "*"
    except IndexError as e:
        note = str(e)
    try:
        del ys[j]
    except IndexError as e:
        note += "/" + str(e)
    zs = list(xs)
    del zs[-1:]
    return ys, zs, note


CASES = [
    dict(xs=["a", "b", "c"], i=0, j=-1),
    dict(xs=["a", "b", "c"], i=-3, j=2),
    dict(xs=["a", "b", "c"], i=3, j=-4),
    dict(xs=[], i=0, j=0),
    dict(xs=["a", "b", "c", "d"], i=-1, j=1),
]


def strategies(st):
    return {"xs": st.lists(st.text(alphabet="ab", max_size=1), max_size=5), "i": st.integers(-6, 6), "j": st.integers(-6, 6)}
