"""tuple index errors: 'tuple index out of range', tuple.index ValueError 'tuple.index(x): x not in tuple'."""
from ingot import compile


@compile(tag="tests/c-tuple-index-err", description="Indexes a variable-length tuple")
def pick(t: tuple[int, ...], i: int, x: int) -> tuple[int, int]:
    return t[i], t.index(x)


CASES = [
    dict(t=(1, 2, 3), i=0, x=3),
    dict(t=(1, 2, 3), i=-3, x=1),
    dict(t=(1, 2, 3), i=3, x=1),
    dict(t=(1, 2, 3), i=-4, x=1),
    dict(t=(1, 2, 3), i=1, x=9),
    dict(t=(), i=0, x=0),
]


def strategies(st):
    return {"t": st.lists(st.integers(-3, 3), max_size=4).map(tuple), "i": st.integers(-5, 5), "x": st.integers(-3, 3)}
