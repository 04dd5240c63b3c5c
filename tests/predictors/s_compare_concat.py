"""str ordering by code point, equality, + concatenation, * repetition (negative counts), += in loops."""
from ingot import compile


@compile(tag="tests/s-compare-concat", description="str comparison and concatenation")
def compare(a: str, b: str, n: int) -> tuple[list[bool], str, str, str, str, list[str]]:
    acc = ""
    for k in range(3):
        acc += a[:k] + "."
    return (
        [a < b, a <= b, a > b, a >= b, a == b, a != b, a + b == b + a],
        a + b,
        a * n,
        n * b,
        acc,
        sorted([a, b, a + b, b * 2, "", "Z", "a", "ß", "😀", "\uffff"]),
    )


CASES = [
    dict(a="", b="", n=0),
    dict(a="abc", b="abd", n=2),
    dict(a="abc", b="ab", n=-1),
    dict(a="Z", b="a", n=3),
    dict(a="ß", b="ss", n=1),
    dict(a="😀", b="\uffff", n=2),
    dict(a="e\u0301", b="é", n=1),
    dict(a="İ", b="i", n=4),
]


def strategies(st):
    return {"a": st.text(max_size=5), "b": st.text(max_size=5), "n": st.integers(-2, 5)}
