"""str.format failures: too few arguments, mixing manual and automatic numbering, bad specs, single braces."""
from ingot import compile


def attempt(template: str, a: int, b: str) -> str:
    try:
        return template.format(a, b)
    except IndexError as e:
        return "IndexError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)
    except KeyError as e:
        return "KeyError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
    except AttributeError as e:
        return "AttributeError: " + str(e)


@compile(tag="tests/s-str-format-errors", description="str.format errors")
def format_errors(a: int, b: str) -> list[str]:
    templates = ["{}{}", "{}{}{}", "{0}{}", "{}{1}", "{2}", "{", "}", "{:d}", "{1:d}", "{0:s}", "{:z}",
                 "{0:>5}{1:<5}", "{!x}", "{0!r}{1!s}{1!a}", "{0:,d}|{1:^7}", "{name}", "{0:{1}}", "{:}", "{0[0]}",
                 "a}}b{{c", "{0:=+8}", "{1:=8}"]
    return [attempt(t, a, b) for t in templates]


CASES = [dict(a=42, b="ß😀"), dict(a=-7, b=""), dict(a=0, b="x")]
GENERATE = False
