"""int() of strings: what parses, and the ValueError messages of what does not."""
from ingot import compile


@compile(tag="tests/parse-ints", description="Parses what it can")
def parse(items: list[str]) -> tuple[list[int], list[str]]:
    numbers: list[int] = []
    errors: list[str] = []
    for item in items:
        try:
            numbers.append(int(item))
        except ValueError as e:
            errors.append(str(e))
    return numbers, errors


CASES = [
    dict(items=["12", " 42 ", "-7", "+3", "0", "007", "1_000"]),
    dict(items=["abc", "", "4.5", "1__0", "_1", "0x10", " "]),
    dict(items=["٣", "１２"]),  # Unicode decimal digits parse
    dict(items=["9223372036854775807", "-9223372036854775808"]),
    dict(items=[]),
]


def strategies(st):
    digits = st.text("0123456789 -+_", min_size=0, max_size=12)
    return {"items": st.lists(st.one_of(digits, st.text(max_size=5)), max_size=6)}
