"""find/count/in/startswith and slicing with str indices (code points, not bytes)."""
from ingot import compile


@compile(tag="tests/str-search", description="All positions of a word in a text")
def find_all(text: str, word: str) -> tuple[list[int], int, bool, bool, str]:
    positions: list[int] = []
    if word:
        start = text.find(word)
        while start != -1:
            positions.append(start)
            start = text.find(word, start + 1)
    return (positions, text.count(word), word in text, text.startswith(word), text[1:-1])


CASES = [
    dict(text="banana", word="an"),
    dict(text="banana", word="ana"),
    dict(text="banana", word=""),
    dict(text="", word="x"),
    dict(text="héllo wörld héllo", word="héllo"),
    dict(text="😀a😀a😀", word="a"),
    dict(text="aaaa", word="aa"),
]
