"""Dict displays whose values (or keys) are computed expressions: lists, tuples, calls."""
from ingot import compile


@compile(tag="tests/c-dict-literal-values", description="Builds a dict display of computed values")
def display(n: int, name: str) -> tuple[dict[int, list[int]], dict[str, tuple[int, str]], dict[str, int]]:
    return {n: [n, n + 1]}, {name.upper(): (n, name)}, {name: len(name) * 2, "k": n}


CASES = [dict(n=0, name=""), dict(n=5, name="ab"), dict(n=-1, name="k")]


def strategies(st):
    return {"n": st.integers(-1000, 1000), "name": st.text(max_size=3)}
