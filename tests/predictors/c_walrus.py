"""Walrus := in comprehension conditions and while conditions; conditional expressions."""
from ingot import compile


def cost(x: int) -> int:
    return x * x - 3 * x


@compile(tag="tests/c-walrus", description="Keeps computed values that pass a test")
def keep(xs: list[int], cap: int) -> tuple[list[int], list[tuple[int, int]], list[int], int, str]:
    kept = [c for x in xs if (c := cost(x)) > 0]
    tagged = [(x, y) for x in xs if (y := x % 3) != 1]
    queue = list(xs)
    taken: list[int] = []
    while len(queue) > 0 and (head := queue.pop(0)) < cap:
        taken.append(head)
    label = "big" if len(xs) > 3 else "small" if xs else "empty"
    return kept, tagged, taken, len(queue), label


CASES = [
    dict(xs=[], cap=0),
    dict(xs=[1, 2, 3, 4, 5], cap=4),
    dict(xs=[-1, 0, 7], cap=100),
    dict(xs=[9, 1], cap=5),
]


def strategies(st):
    return {"xs": st.lists(st.integers(-20, 20), max_size=6), "cap": st.integers(-20, 20)}
