"""range with negative and positive steps: iteration, len, indexing (IndexError), in, reversed, step 0 (ValueError)."""
from ingot import compile


@compile(tag="tests/c-iter-range", description="Walks and queries ranges")
def walk(start: int, stop: int, step: int, probe: int) -> tuple[list[int], int, bool, int, list[int], int]:
    r = range(start, stop, step)
    values = [v for v in r]
    back: list[int] = []
    for v in reversed(r):
        back.append(v)
    first = r[0] if len(r) > 0 else -999
    last = r[-1] if r else -999
    total = 0
    for k in range(stop, start, -1):
        total += k
    return values, len(r), probe in r, first + last, back, total + r[probe]


CASES = [
    dict(start=0, stop=10, step=3, probe=3),
    dict(start=10, stop=0, step=-3, probe=4),
    dict(start=10, stop=0, step=-3, probe=-1),
    dict(start=0, stop=0, step=1, probe=0),  # IndexError: range object index out of range
    dict(start=-5, stop=5, step=1, probe=-5),
    dict(start=5, stop=-5, step=-2, probe=5),
    dict(start=0, stop=5, step=0, probe=0),  # ValueError: range() arg 3 must not be zero
]


def strategies(st):
    return {
        "start": st.integers(-20, 20),
        "stop": st.integers(-20, 20),
        "step": st.integers(-5, 5),
        "probe": st.integers(-8, 8),
    }
