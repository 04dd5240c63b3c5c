"""while with break/continue, for...else and while...else, nested loops broken out of with a flag."""
from ingot import compile


@compile(tag="tests/c-iter-while-else", description="Searches a matrix")
def search(grid: list[list[int]], target: int) -> tuple[int, int, str, int, list[int]]:
    row = -1
    col = -1
    for i, line in enumerate(grid):
        for j, v in enumerate(line):
            if v == target:
                row, col = i, j
                break
        else:
            continue
        break
    status = ""
    k = 0
    while k < len(grid):
        k += 1
        if not grid[k - 1]:
            continue
        if grid[k - 1][0] < 0:
            status = "negative"
            break
    else:
        status = "done"
    skipped: list[int] = []
    n = 0
    while True:
        n += 1
        if n > 6:
            break
        if n % 3 == 0:
            continue
        skipped.append(n)
    return row, col, status, k, skipped


CASES = [
    dict(grid=[], target=0),
    dict(grid=[[1, 2], [3, 4]], target=3),
    dict(grid=[[1, 2], [], [-3, 4]], target=4),
    dict(grid=[[5, 5], [5]], target=5),
    dict(grid=[[1]], target=9),
]


def strategies(st):
    return {"grid": st.lists(st.lists(st.integers(-3, 5), max_size=3), max_size=4), "target": st.integers(-3, 5)}
