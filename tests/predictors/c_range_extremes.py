"""range near the int64 extremes: len (OverflowError), in, the first items, reversed, empty ranges."""
from ingot import compile


@compile(tag="tests/c-range-extremes", description="Ranges with huge bounds")
def huge(start: int, stop: int, step: int, probe: int) -> tuple[bool, bool, int, int, list[int], int]:
    found = probe in range(start, stop, step)
    empty = not range(start, stop, step)
    first = 0
    count = 0
    for v in range(start, stop, step):
        if count == 0:
            first = v
        count += 1
        if count > 3:
            break
    rev: list[int] = []
    for v in reversed(range(start, stop, step)):
        rev.append(v)
        if len(rev) == 3:
            break
    return found, empty, first, count, rev, len(range(start, stop, step))


BIG = 2**63 - 1
SMALL = -(2**63)
CASES = [
    dict(start=0, stop=10, step=1, probe=5),
    dict(start=SMALL, stop=BIG, step=1, probe=0),  # len: OverflowError
    dict(start=SMALL, stop=BIG, step=2**62, probe=0),
    dict(start=BIG, stop=SMALL, step=-(2**62), probe=BIG),
    dict(start=BIG - 2, stop=BIG, step=1, probe=BIG - 1),
    dict(start=SMALL, stop=SMALL + 3, step=1, probe=SMALL),
    dict(start=5, stop=5, step=-1, probe=5),
    dict(start=BIG, stop=SMALL, step=SMALL, probe=-1),
]


def strategies(st):
    edge = st.sampled_from([0, 1, -1, 3, -3, 2**62, -(2**62), BIG, SMALL, BIG - 1, SMALL + 1, 2**31])
    return {"start": edge, "stop": edge, "step": edge.filter(lambda v: v != 0), "probe": edge}
