"""bytes.decode: utf-8 (valid, truncated, overlong, surrogates), ascii, latin-1; strict/ignore/replace messages."""
from ingot import compile


def attempt(data: bytes, encoding: str, errors: str) -> str:
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as e:
        return "UnicodeDecodeError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
    except LookupError as e:
        return "LookupError: " + str(e)


@compile(tag="tests/s-bytes-decode", description="bytes decode")
def decode(data: bytes, encoding: str, errors: str) -> tuple[str, str, str, str, str]:
    return (
        attempt(data, "utf-8", "strict"),
        attempt(data, "utf-8", "replace"),
        attempt(data, "utf-8", "ignore"),
        attempt(data, encoding, errors),
        data.decode("latin-1"),
    )


CASES = [
    dict(data=b"", encoding="ascii", errors="strict"),
    dict(data=b"plain", encoding="ascii", errors="strict"),
    dict(data="Straße😀".encode(), encoding="ascii", errors="strict"),
    dict(data="Straße😀".encode(), encoding="ascii", errors="replace"),
    dict(data=b"\xff", encoding="utf-8", errors="strict"),
    dict(data=b"ok\xc3", encoding="utf-8", errors="strict"),
    dict(data=b"\xc0\xaf", encoding="utf-8", errors="strict"),
    dict(data=b"\xed\xa0\x80", encoding="utf-8", errors="strict"),
    dict(data=b"\xf0\x9f\x98", encoding="utf-8", errors="strict"),
    dict(data=b"\xf4\x90\x80\x80", encoding="utf-8", errors="strict"),
    dict(data=b"\xe2\x28\xa1", encoding="utf-8", errors="strict"),
    dict(data=b"a\x80b\xfe\xc3\xa9", encoding="latin1", errors="strict"),
    dict(data=b"x", encoding="nope", errors="strict"),
    dict(data=b"\xef\xbb\xbfBOM", encoding="UTF8", errors="strict"),
    dict(data=b"ok", encoding="ascii", errors="bogus"),
    dict(data=b"\xffok", encoding="ascii", errors="bogus"),
    dict(data=b"a\xf0\x9f\x98b\xff", encoding="utf-8", errors="backslashreplace"),
    dict(data=b"a\x80", encoding="ascii", errors="backslashreplace"),
    dict(data=b"a\x80", encoding="utf-8", errors="xmlcharrefreplace"),
]


def strategies(st):
    return {
        "data": st.binary(max_size=8),
        "encoding": st.sampled_from(["utf-8", "ascii", "latin-1"]),
        "errors": st.sampled_from(["strict", "ignore", "replace", "backslashreplace"]),
    }
