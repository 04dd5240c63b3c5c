"""Case mappings with Unicode special cases: ß, İ, final sigma, ligatures, titlecase digraphs."""
from ingot import compile


@compile(tag="tests/s-case-mapping", description="lower/upper/title/capitalize/swapcase/casefold")
def cases(text: str) -> tuple[str, str, str, str, str, str, bool, int]:
    return (
        text.lower(),
        text.upper(),
        text.title(),
        text.capitalize(),
        text.swapcase(),
        text.casefold(),
        text.upper().lower() == text.lower(),
        len(text.upper()) - len(text),
    )


CASES = [
    dict(text=""),
    dict(text="ß"),
    dict(text="Straße STRASSE"),
    dict(text="İstanbul ıi"),
    dict(text="ΣΑΣ ΟΔΟΣ σς"),
    dict(text="ﬁﬂ ﬃ ŉ ǰ"),
    dict(text="ǆemal ǅ Ǆ"),
    dict(text="hello world, it's 3rd-time_x"),
    dict(text="ᾳ ᾼ ῳ"),
    dict(text="e\u0301cole \u0345"),
    dict(text="😀aB😀"),
    dict(text="ＡＢＣ ａｂｃ"),
    dict(text="𐐀𐐨"),
]


def strategies(st):
    return {"text": st.text(max_size=12)}
