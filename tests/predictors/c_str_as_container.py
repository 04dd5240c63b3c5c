"""Strings as containers: list/set/sorted/min/max/reversed/enumerate of a str, in (substring), non-BMP characters."""
from ingot import compile


@compile(tag="tests/c-str-as-container", description="Treats text as a sequence of characters")
def chars(text: str, sub: str) -> tuple[list[str], list[str], str, str, str, bool, dict[str, int], int]:
    letters = list(text)
    ordered = sorted(set(text))
    lo = min(text, default="")
    hi = max(text)
    back = "".join(reversed(text))
    counts: dict[str, int] = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    firsts = {c: i for i, c in enumerate(text) if c not in sub}
    return letters, ordered, lo, back, hi, sub in text, counts, len(firsts)


CASES = [
    dict(text="banana", sub="an"),
    dict(text="", sub=""),  # ValueError: max() arg is an empty sequence
    dict(text="a😀b😀", sub="😀"),
    dict(text="ÉéE", sub="x"),
]


def strategies(st):
    return {"text": st.text(max_size=6), "sub": st.text(max_size=2)}
