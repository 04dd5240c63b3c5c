"""str.encode: utf-8 by default, ascii and latin-1 with strict/ignore/replace; errors and unknown encodings."""
from ingot import compile


def attempt(text: str, encoding: str, errors: str) -> str:
    try:
        return text.encode(encoding, errors).hex()
    except UnicodeEncodeError as e:
        return "UnicodeEncodeError: " + str(e)
    except LookupError as e:
        return "LookupError: " + str(e)


@compile(tag="tests/s-encode", description="encode")
def encode(text: str, encoding: str, errors: str) -> tuple[bytes, int, bytes, str, str]:
    return (
        text.encode(),
        len(text.encode("utf-8")),
        text.encode(encoding="UTF-8"),
        attempt(text, encoding, errors),
        attempt(text, "ascii", "strict"),
    )


CASES = [
    dict(text="", encoding="ascii", errors="strict"),
    dict(text="plain", encoding="ascii", errors="strict"),
    dict(text="Straße", encoding="latin-1", errors="strict"),
    dict(text="Straße 😀", encoding="latin-1", errors="strict"),
    dict(text="Straße 😀", encoding="latin-1", errors="replace"),
    dict(text="Straße 😀", encoding="ascii", errors="ignore"),
    dict(text="İ€", encoding="utf8", errors="strict"),
    dict(text="x", encoding="utf-16-nope", errors="strict"),
    dict(text="e\u0301", encoding="ascii", errors="replace"),
    dict(text="ßß😀😀a", encoding="ascii", errors="strict"),
    dict(text="ok", encoding="ascii", errors="bogus"),  # the handler is looked up only on an error
    dict(text="ok ß", encoding="ascii", errors="bogus"),
    dict(text="ß😀\u0301x", encoding="ascii", errors="backslashreplace"),
    dict(text="ß😀\u0301x", encoding="latin-1", errors="xmlcharrefreplace"),
]


def strategies(st):
    return {
        "text": st.text(max_size=8),
        "encoding": st.sampled_from(["utf-8", "ascii", "latin-1", "latin1", "UTF-8"]),
        "errors": st.sampled_from(["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]),
    }
