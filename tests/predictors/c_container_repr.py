"""str()/repr()/f-strings of containers: nested lists, dicts, tuples of one, empty set, quotes in strings, floats."""
from ingot import compile


@compile(tag="tests/c-container-repr", description="Formats containers as text")
def show(xs: list[str], d: dict[str, list[float]], t: tuple[int, ...], n: int) -> str:
    single = (n,)
    pair = (n, xs)
    empty: set[int] = set()
    nums = {n}
    nested = [xs, [s.upper() for s in xs]]
    inner = (n, [n])
    return f"{xs} {d!r} {t} {single} {pair} {empty} {nums} {nested} " + str(d) + repr(t) + str([[n]]) + str({n: inner})


CASES = [
    dict(xs=[], d={}, t=(), n=0),
    dict(xs=["a", "it's", 'say "x"', "both ' and \""], d={"k": [1.0, -0.0, 1e16, 0.1]}, t=(1,), n=-5),
    dict(xs=["\n", "\t", "\\", "é", "\x7f", "\u200b"], d={"": [float("inf"), float("nan")]}, t=(1, 2), n=10**12),
]


def strategies(st):
    return {"n": st.integers(-1000, 1000)}
