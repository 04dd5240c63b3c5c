"""enumerate with start=, zip of unequal lengths, zip of three, reversed lists, iterating str and dict."""
from ingot import compile


@compile(tag="tests/c-iter-enumerate-zip", description="Pairs up sequences")
def pair_up(names: list[str], scores: list[int], text: str, start: int) -> tuple[list[tuple[int, str]], list[tuple[str, int]], list[tuple[str, int, str]], list[str], str, list[str]]:
    numbered = list(enumerate(names, start=start))
    pairs: list[tuple[str, int]] = []
    for name, score in zip(names, scores):
        pairs.append((name, score))
    triples = list(zip(names, scores, text))
    backwards = [n for n in reversed(names)]
    chars = ""
    for i, ch in enumerate(text):
        if i % 2 == 0:
            chars += ch
    table = {n: i for i, n in enumerate(names)}
    keys: list[str] = []
    for k in table:
        keys.append(k)
    return numbered, pairs, triples, backwards, chars, keys


CASES = [
    dict(names=[], scores=[], text="", start=0),
    dict(names=["a", "b", "c"], scores=[1, 2], text="xyzw", start=1),
    dict(names=["a"], scores=[1, 2, 3], text="é€", start=-5),
    dict(names=["b", "a", "b"], scores=[3, 2, 1], text="q", start=100),
]


def strategies(st):
    return {
        "names": st.lists(st.text(alphabet="abc", max_size=2), max_size=5),
        "scores": st.lists(st.integers(-9, 9), max_size=5),
        "text": st.text(max_size=5),
        "start": st.integers(-10, 10),
    }
