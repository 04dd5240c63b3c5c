"""Aliasing: two names for one list, a list stored in a dict and in another list, then mutated."""
from ingot import compile


@compile(tag="tests/c-list-aliasing", description="Mutates shared lists")
def share(xs: list[int], key: str) -> tuple[list[int], dict[str, list[int]], list[list[int]], bool, bool]:
    alias = xs
    alias.append(len(xs))
    table: dict[str, list[int]] = {key: xs}
    table[key].append(-1)
    grid = [xs, xs]
    grid[0].extend([7, 8])
    copy = list(xs)
    copy.append(100)
    row = [0] * 2
    rows = [row] * 2
    rows[0][0] = 5
    return alias, table, rows, grid[1] == alias, copy == xs


CASES = [dict(xs=[], key="k"), dict(xs=[1, 2], key=""), dict(xs=[3], key="é")]
