"""Iterating a str yields code points; len counts code points; `in` tests substrings."""
from ingot import compile


@compile(tag="tests/s-iteration", description="str iteration, len, in")
def walk(text: str, needle: str) -> tuple[int, list[str], list[int], bool, bool, int, str]:
    chars = [c for c in text]
    codes: list[int] = []
    for c in text:
        codes.append(ord(c))
    upper_count = 0
    i = 0
    while i < len(text):
        if text[i].isupper():
            upper_count += 1
        i += 1
    rev = ""
    for c in reversed(text):
        rev += c
    return len(text), chars, codes, needle in text, needle not in text, upper_count, rev


CASES = [
    dict(text="", needle=""),
    dict(text="abc", needle=""),
    dict(text="abc", needle="bc"),
    dict(text="ABc", needle="d"),
    dict(text="ß😀e\u0301", needle="e\u0301"),
    dict(text="日本語テキスト", needle="テキ"),
    dict(text="\x00\x7f\x80\uffff\U0010ffff", needle="\x00"),
    dict(text="İ", needle="i"),
]


def strategies(st):
    return {"text": st.text(max_size=10), "needle": st.text(max_size=2)}
