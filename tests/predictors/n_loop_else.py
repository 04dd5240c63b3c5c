"""while-else and for-else, break/continue in nested loops, early return, pass."""
from ingot import compile


def first_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    else:
        pass
    return n


@compile(tag="tests/n-loop-else", description="Searches with loop else clauses")
def loop_else(xs: list[int], target: int) -> tuple[str, str, list[tuple[int, int]], list[int]]:
    for x in xs:
        if x == target:
            found = "found"
            break
    else:
        found = "absent"
    i = 0
    while i < len(xs):
        if xs[i] < 0:
            state = "negative at " + str(i)
            break
        i += 1
    else:
        state = "no negative"
    pairs: list[tuple[int, int]] = []
    for a in range(len(xs)):
        if a % 2 == 1:
            continue
        for b in range(a + 1, len(xs)):
            if xs[a] + xs[b] == target:
                pairs.append((a, b))
                break
            if b - a > 3:
                break
    return found, state, pairs, [first_divisor(abs(x)) for x in xs if x != 0]


CASES = [
    dict(xs=[1, 2, 3, 4, 5], target=5),
    dict(xs=[], target=0),
    dict(xs=[7, -1, 9], target=9),
    dict(xs=[0, 0, 0], target=0),
    dict(xs=[97, 91, 1, 2**31 - 1], target=3),
]


def strategies(st):
    return {"xs": st.lists(st.integers(-50, 1000), max_size=8), "target": st.integers(-10, 20)}
