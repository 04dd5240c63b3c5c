"""Dict comprehensions with conditions, dict(zip(...)), iterating keys/values/items, duplicate keys keep first position."""
from ingot import compile


@compile(tag="tests/c-dict-comprehension", description="Builds dicts from two lists")
def build(keys: list[str], values: list[int]) -> tuple[dict[str, int], dict[str, int], dict[int, str], list[str], int]:
    zipped = dict(zip(keys, values))
    positive = {k: v for k, v in zipped.items() if v > 0 and k != ""}
    inverse = {v: k for k, v in zipped.items()}
    ordered = [k for k in zipped if k in positive]
    total = sum(v for v in zipped.values())
    return zipped, positive, inverse, ordered, total


CASES = [
    dict(keys=[], values=[]),
    dict(keys=["a", "b", "c"], values=[1, -2, 3]),
    dict(keys=["a", "b", "a"], values=[1, 2, 3]),
    dict(keys=["a", "b", "c", "d"], values=[5, 5]),
    dict(keys=["", "x"], values=[4, 4, 4, 4]),
]


def strategies(st):
    return {"keys": st.lists(st.text(alphabet="abc", max_size=1), max_size=6), "values": st.lists(st.integers(-5, 5), max_size=6)}
