"""list.append/insert/pop: positions past either end, negative indexes, IndexError messages."""
from ingot import compile


@compile(tag="tests/c-list-pop-insert", description="Inserts and pops at given positions")
def pop_insert(xs: list[int], at: int, value: int) -> tuple[list[int], int, list[int]]:
    ys = xs.copy()
    ys.insert(at, value)
    ys.append(value + 1)
    popped: list[int] = []
    popped.append(ys.pop())
    popped.append(ys.pop(0))
    got = xs.pop(at)
    return ys, got, popped


CASES = [
    dict(xs=[1, 2, 3], at=1, value=9),
    dict(xs=[1, 2, 3], at=-1, value=9),
    dict(xs=[1, 2, 3], at=-3, value=9),
    dict(xs=[1, 2, 3], at=3, value=9),  # IndexError: pop index out of range
    dict(xs=[1, 2, 3], at=-4, value=9),  # insert clamps, pop raises
    dict(xs=[1, 2, 3], at=100, value=0),
    dict(xs=[1, 2, 3], at=-100, value=0),
    dict(xs=[], at=0, value=5),  # IndexError: pop from empty list
    dict(xs=[7], at=0, value=5),
]


def strategies(st):
    return {"xs": st.lists(st.integers(-100, 100), max_size=6), "at": st.integers(-8, 8)}
