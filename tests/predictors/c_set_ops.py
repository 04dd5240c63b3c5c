"""set add/discard/remove (KeyError with repr), the | & - ^ operators, len, in."""
from ingot import compile


@compile(tag="tests/c-set-ops", description="Combines two sets of ints")
def combine(a: list[int], b: list[int], x: int) -> tuple[set[int], set[int], set[int], set[int], int, bool, set[int]]:
    sa = set(a)
    sb = set(b)
    sa.add(x)
    sb.discard(x)
    sb.discard(x)
    both = sa | sb
    common = sa & sb
    only = sa - sb
    either = sa ^ sb
    sa.remove(x)
    sa.remove(x)  # KeyError: x
    return both, common, only, either, len(both), x in sb, sa


CASES = [
    dict(a=[], b=[], x=0),
    dict(a=[1, 2, 3], b=[2, 3, 4], x=2),
    dict(a=[1, 1, 1], b=[1], x=-5),
    dict(a=[5], b=[6, 7], x=7),
]


def strategies(st):
    return {"a": st.lists(st.integers(-4, 4), max_size=6), "b": st.lists(st.integers(-4, 4), max_size=6), "x": st.integers(-4, 4)}
