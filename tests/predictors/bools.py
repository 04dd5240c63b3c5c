"""bool is not int: any/all, bools in lists, True + True == 2 (an int)."""
from ingot import compile


@compile(tag="tests/bools", description="Facts about a list of ints")
def facts(xs: list[int]) -> tuple[bool, bool, int, list[bool], bool, int]:
    positive = [x > 0 for x in xs]
    count = sum(positive)
    both = bool(xs) and xs[0] == 0
    return any(positive), all(positive), count, positive, both, True + True


CASES = [dict(xs=[]), dict(xs=[1, 2, 3]), dict(xs=[0, -1, 5]), dict(xs=[0])]
