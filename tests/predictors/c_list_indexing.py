"""Indexing with negative indexes and IndexError; nested lists; setitem and del."""
from ingot import compile


@compile(tag="tests/c-list-indexing", description="Reads and writes a grid")
def grid(rows: list[list[int]], r: int, c: int) -> tuple[int, list[list[int]], int]:
    value = rows[r][c]
    rows[r][c] = value * 2
    last = rows[-1][-1]
    del rows[0]
    return value, rows, last


CASES = [
    dict(rows=[[1, 2], [3, 4]], r=0, c=1),
    dict(rows=[[1, 2], [3, 4]], r=-1, c=-2),
    dict(rows=[[1, 2], [3, 4]], r=2, c=0),  # IndexError: list index out of range
    dict(rows=[[1, 2], [3, 4]], r=0, c=-3),
    dict(rows=[[5]], r=0, c=0),
    dict(rows=[[1], []], r=1, c=0),
    dict(rows=[], r=0, c=0),
]


def strategies(st):
    return {
        "rows": st.lists(st.lists(st.integers(-50, 50), max_size=3), max_size=3),
        "r": st.integers(-4, 4),
        "c": st.integers(-4, 4),
    }
