"""sorted() with key=lambda, reverse=, stability; list.sort()."""
from ingot import compile


@compile(tag="tests/sorting", description="Ranks scores")
def rank(scores: dict[str, float], top: int = 3) -> tuple[list[tuple[str, float]], list[str], list[str]]:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    by_length = sorted(scores, key=lambda name: len(name))  # stable: ties keep dict order
    names = list(scores)
    names.sort(reverse=True)
    return ranked[:top], by_length, names


CASES = [
    dict(scores={"ann": 3.5, "bob": 9.0, "cy": 3.5, "dave": 1.0}),
    dict(scores={}),
    dict(scores={"x": 1.0}, top=0),
    dict(scores={"b": -0.0, "a": 0.0, "c": -1e300}, top=5),
    dict(scores={"zz": 2.0, "z": 2.0, "a": 2.0, "yy": 2.0}, top=10),
]


def strategies(st):
    return {
        "scores": st.dictionaries(st.text(max_size=6), st.floats(allow_nan=False), max_size=8),
        "top": st.integers(-3, 10),
    }
