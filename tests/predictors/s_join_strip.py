"""str.join over lists and comprehensions; strip/lstrip/rstrip with and without chars."""
from ingot import compile


@compile(tag="tests/s-join-strip", description="join and strip variants")
def join_strip(parts: list[str], chars: str) -> tuple[str, str, str, str, str, str, str]:
    glued = chars.join(parts)
    return (
        glued,
        "".join([p.strip() for p in parts]),
        glued.strip(chars),
        glued.lstrip(chars),
        glued.rstrip(chars),
        " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000x ".strip(),
        "|".join(p.lstrip() + "/" + p.rstrip() for p in parts),
    )


CASES = [
    dict(parts=[], chars=""),
    dict(parts=["a"], chars=", "),
    dict(parts=["  x ", "\ty\n", ""], chars="-"),
    dict(parts=["xxaxx", "x"], chars="x"),
    dict(parts=["ßa", "ß"], chars="ß"),
    dict(parts=["😀ok😀", "\u3000"], chars="😀\u3000"),
    dict(parts=["\u200b zero-width is not space \u200b"], chars="\u200b"),
    dict(parts=["e\u0301", "\u0301"], chars="\u0301"),
]


def strategies(st):
    return {
        "parts": st.lists(st.text(alphabet="ab \tß😀\u3000x", max_size=6), max_size=5),
        "chars": st.text(alphabet="ab ß😀x", max_size=3),
    }
