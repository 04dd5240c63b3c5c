"""Nested comprehensions with several for and if clauses; list, set and dict comprehensions over pairs."""
from ingot import compile


@compile(tag="tests/c-comprehensions-nested", description="Flattens, filters and transposes")
def shapes(grid: list[list[int]], limit: int) -> tuple[list[int], list[tuple[int, int]], set[int], dict[int, list[int]], list[list[int]]]:
    flat = [v for row in grid for v in row if v < limit]
    pairs = [(i, j) for i in range(3) if i != limit for j in range(i) if (i + j) % 2 == 1]
    odd = {v % 5 for row in grid if len(row) > 1 for v in row}
    by_len = {len(row): [v * 2 for v in row] for row in grid if row}
    width = max([len(row) for row in grid], default=0)
    cols = [[row[c] for row in grid if c < len(row)] for c in range(width)]
    return flat, pairs, odd, by_len, cols


CASES = [
    dict(grid=[], limit=0),
    dict(grid=[[1, 2, 3], [4, 5], [6]], limit=5),
    dict(grid=[[], [7, -7]], limit=1),
    dict(grid=[[1, 1], [2, 2], [3, 3]], limit=100),
]


def strategies(st):
    return {"grid": st.lists(st.lists(st.integers(-9, 9), max_size=4), max_size=4), "limit": st.integers(-3, 10)}
