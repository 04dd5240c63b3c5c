"""dict.pop with and without default (KeyError repr of the key), popitem (LIFO, 'popitem(): dictionary is empty')."""
from ingot import compile


@compile(tag="tests/c-dict-pop-popitem", description="Pops entries")
def pop_items(d: dict[str, int], key: str, times: int) -> tuple[int, list[tuple[str, int]], dict[str, int], str]:
    got = d.pop(key, -7)
    popped: list[tuple[str, int]] = []
    note = ""
    try:
        for _ in range(times):
            popped.append(d.popitem())
        note = str(d.pop(key))
    except KeyError as e:
        note = str(e)
    return got, popped, d, note


CASES = [
    dict(d={}, key="a", times=0),
    dict(d={}, key="a", times=1),
    dict(d={"a": 1, "b": 2, "c": 3}, key="b", times=1),
    dict(d={"a": 1, "b": 2, "c": 3}, key="z", times=2),
    dict(d={"a": 1, "b": 2, "c": 3}, key="a", times=5),
    dict(d={"it's": 1}, key="it's", times=0),
    dict(d={'q"': 1}, key="it's", times=0),
]


def strategies(st):
    return {
        "d": st.dictionaries(st.text(alphabet="abc'\"", max_size=2), st.integers(-9, 9), max_size=5),
        "key": st.text(alphabet="abc'\"", max_size=2),
        "times": st.integers(0, 6),
    }
