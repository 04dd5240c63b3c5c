"""Every str.is* predicate on ASCII, Unicode digits, letters, marks, spaces and empty text."""
from ingot import compile


@compile(tag="tests/s-predicates", description="str predicates")
def predicates(text: str) -> list[bool]:
    return [
        text.isdigit(),
        text.isalpha(),
        text.isalnum(),
        text.isspace(),
        text.isupper(),
        text.islower(),
        text.isdecimal(),
        text.isnumeric(),
        text.isidentifier(),
        text.istitle(),
        text.isascii(),
        text.isprintable(),
    ]


CASES = [
    dict(text=""),
    dict(text="abc"),
    dict(text="ABC1"),
    dict(text="123"),
    dict(text="²³"),
    dict(text="½Ⅻ"),
    dict(text="٣٤"),
    dict(text="ß"),
    dict(text="İ"),
    dict(text="\u0301"),
    dict(text="e\u0301"),
    dict(text=" \t\n\x1c\x85\xa0\u3000"),
    dict(text="\u200b"),
    dict(text="_x1"),
    dict(text="1x"),
    dict(text="class"),
    dict(text="Hello World"),
    dict(text="Hello world"),
    dict(text="ǅemal"),
    dict(text="😀"),
    dict(text="\x7f"),
    dict(text="a\nb"),
    dict(text="ℌ"),
]


def strategies(st):
    return {"text": st.text(max_size=6)}
