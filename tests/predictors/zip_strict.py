"""zip(..., strict=True) and its ValueError wording."""
from ingot import compile


@compile(tag="tests/zip-strict", description="strict zip")
def pairs(a: list[int], b: list[str], c: list[float]) -> list[str]:
    out: list[str] = []
    try:
        for x, y in zip(a, b, strict=True):
            out.append(f"{x}{y}")
    except ValueError as e:
        out.append(str(e))
    try:
        out.append(str(len(list(zip(a, b, c, strict=True)))))
    except ValueError as e:
        out.append(str(e))
    out.append(str(len(list(zip(a, c, strict=False)))))
    return out


CASES = [
    dict(a=[1, 2], b=["x", "y"], c=[0.5, 1.5]),
    dict(a=[1, 2, 3], b=["x"], c=[]),
    dict(a=[], b=["x"], c=[1.0]),
    dict(a=[1], b=["x"], c=[1.0, 2.0]),
    dict(a=[], b=[], c=[]),
]


def strategies(st):
    return {"a": st.lists(st.integers(0, 9), max_size=3), "b": st.lists(st.text(max_size=1), max_size=3),
            "c": st.lists(st.floats(0, 1), max_size=3)}
