"""str.split / str.rsplit with and without sep, with maxsplit (negative, 0, large)."""
from ingot import compile


@compile(tag="tests/s-split-variants", description="split and rsplit variants")
def splits(text: str, sep: str, maxsplit: int) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    return (
        text.split(),
        text.rsplit(None, maxsplit),
        text.split(maxsplit=maxsplit),
        text.split(sep, maxsplit),
        text.rsplit(sep, maxsplit=maxsplit),
    )


CASES = [
    dict(text="", sep=",", maxsplit=-1),
    dict(text="a,b,,c,", sep=",", maxsplit=-1),
    dict(text="a,b,,c,", sep=",", maxsplit=0),
    dict(text="a,b,,c,", sep=",", maxsplit=2),
    dict(text="  a  b\tc\n d  ", sep=" ", maxsplit=1),
    dict(text="\u2003a\u3000b\x1cc\x85d\xa0e", sep="\u3000", maxsplit=-5),
    dict(text="ßßßß", sep="ß", maxsplit=2),
    dict(text="😀|😀||😀", sep="||", maxsplit=10**9),
    dict(text="x", sep="", maxsplit=-1),  # ValueError: empty separator
    dict(text="aaa", sep="aa", maxsplit=-1),
    dict(text="e\u0301e\u0301", sep="\u0301", maxsplit=1),
]


def strategies(st):
    return {
        "text": st.text(alphabet="ab ,\t\n\u3000ß😀", max_size=20),
        "sep": st.sampled_from([",", " ", "a", "ab", "ß", "😀", "", "\u3000"]),
        "maxsplit": st.integers(-2, 5),
    }
