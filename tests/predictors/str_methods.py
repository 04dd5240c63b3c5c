"""str methods with Unicode case mapping (ß -> SS, final sigma, dotted I)."""
from ingot import compile


@compile(tag="tests/str-methods", description="upper/lower/split/join/strip/replace")
def transform(text: str, sep: str = ",") -> tuple[str, str, list[str], str, str, str]:
    return (
        text.upper(),
        text.lower(),
        text.split(sep),
        "-".join(text.split()),
        text.strip().replace("a", "4"),
        text.title(),
    )


CASES = [
    dict(text="Straße"),
    dict(text="  Hello World  "),
    dict(text=""),
    dict(text="a,b,,c"),
    dict(text="a;b;c", sep=";"),
    dict(text="ΣΑΣ ΟΔΟΣ"),
    dict(text="İstanbul"),
    dict(text="ﬁne ǆ"),
    dict(text="tab\tnew\nline\u2003em-space"),
    dict(text="x", sep=""),  # ValueError: empty separator
    dict(text="banana", sep="an"),
    dict(text="ǅemal o'neil 3rd"),
]
