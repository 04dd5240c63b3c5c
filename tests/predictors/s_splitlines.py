"""splitlines with and without keepends over every line boundary Python recognises."""
from ingot import compile


@compile(tag="tests/s-splitlines", description="splitlines")
def lines(text: str) -> tuple[list[str], list[str], int, list[str]]:
    return text.splitlines(), text.splitlines(True), len(text.splitlines(keepends=False)), text.split("\n")


CASES = [
    dict(text=""),
    dict(text="\n"),
    dict(text="a\nb\r\nc\rd"),
    dict(text="a\r\r\nb\n\n"),
    dict(text="1\x0b2\x0c3\x1c4\x1d5\x1e6\x857\u20288\u20299"),
    dict(text="no boundary\x1f\xa0\u3000"),
    dict(text="trailing\r"),
    dict(text="ß\n😀\r\n"),
]


def strategies(st):
    return {"text": st.text(alphabet="ab\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029 ß", max_size=12)}
