"""range used directly (not stored): negative steps, len, min/max, in, reversed, list(range)."""
from ingot import compile


@compile(tag="tests/c-range-inline", description="Queries ranges written in place")
def ranges(start: int, stop: int, step: int, probe: int) -> tuple[list[int], int, bool, bool, list[int], int, int]:
    values = list(range(start, stop, step))
    back = [v for v in reversed(range(start, stop, step))]
    total = 0
    for k in range(stop, start, -1):
        total += k
    for k in range(start, stop, -2):
        total -= k
    found = probe in range(start, stop, step)
    missing = probe not in range(stop)
    return values, len(range(start, stop, step)), found, missing, back, total, min(range(start, stop, step), default=-999)


CASES = [
    dict(start=0, stop=10, step=3, probe=3),
    dict(start=10, stop=0, step=-3, probe=2),
    dict(start=10, stop=0, step=-3, probe=-1),
    dict(start=0, stop=0, step=1, probe=0),
    dict(start=-5, stop=5, step=1, probe=-5),
    dict(start=5, stop=-5, step=-2, probe=4),
    dict(start=0, stop=5, step=0, probe=0),  # ValueError: range() arg 3 must not be zero
]


def strategies(st):
    return {
        "start": st.integers(-20, 20),
        "stop": st.integers(-20, 20),
        "step": st.integers(-5, 5),
        "probe": st.integers(-8, 8),
    }
