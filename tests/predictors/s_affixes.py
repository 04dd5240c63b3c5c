"""removeprefix/removesuffix: present, absent, empty, whole string, non-ASCII."""
from ingot import compile


@compile(tag="tests/s-affixes", description="removeprefix and removesuffix")
def affixes(text: str, affix: str) -> tuple[str, str, str]:
    return text.removeprefix(affix), text.removesuffix(affix), text.removeprefix(affix).removesuffix(affix)


CASES = [
    dict(text="test_case.py", affix="test_"),
    dict(text="test_case.py", affix=".py"),
    dict(text="abc", affix=""),
    dict(text="", affix="a"),
    dict(text="abab", affix="ab"),
    dict(text="ßxß", affix="ß"),
    dict(text="😀", affix="😀"),
    dict(text="e\u0301", affix="e"),
]


def strategies(st):
    return {"text": st.text(alphabet="abß😀", max_size=8), "affix": st.text(alphabet="abß😀", max_size=3)}
