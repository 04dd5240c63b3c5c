"""set union/intersection/difference/symmetric_difference methods, issubset/issuperset, <=, set comprehension, sorted results."""
from ingot import compile


@compile(tag="tests/c-set-methods", description="Set algebra on words")
def algebra(a: list[str], b: list[str]) -> tuple[list[str], list[str], list[str], list[str], bool, bool, bool, set[int], bool]:
    sa = set(a)
    sb = set(b)
    lengths = {len(w) for w in a + b if w}
    return (
        sorted(sa.union(sb)),
        sorted(sa.intersection(sb)),
        sorted(sa.difference(sb)),
        sorted(sa.symmetric_difference(sb)),
        sa.issubset(sb),
        sa.issuperset(sb),
        sa <= sb,
        lengths,
        sa == sb,
    )


CASES = [
    dict(a=[], b=[]),
    dict(a=["a", "b"], b=["a", "b", "c"]),
    dict(a=["a", "b", "c"], b=["b"]),
    dict(a=["x"], b=["y"]),
    dict(a=["ab", "ab", "c"], b=["c", "ab"]),
]


def strategies(st):
    word = st.text(alphabet="abc", max_size=2)
    return {"a": st.lists(word, max_size=5), "b": st.lists(word, max_size=5)}
